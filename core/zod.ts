/**
 * zod with the `.openapi()` metadata method, so that request schemas carry
 * their documentation. Schema modules (core/requests.ts, the server's routes)
 * import `z` from here: the extension must run before any schema that uses it
 * is built. Browser-safe; the client imports only types from the schemas.
 */
import { extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';

extendZodWithOpenApi(z);

export { z };
