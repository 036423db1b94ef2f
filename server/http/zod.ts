/**
 * zod with the `.openapi()` metadata method, so that request schemas carry
 * their documentation. Route modules import `z` from here: the extension must
 * run before any schema that uses it is built.
 */
import { extendZodWithOpenApi } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';

extendZodWithOpenApi(z);

export { z };
