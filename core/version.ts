/** The product's version: package.json's, read once (for `--version` and the like). */
import fs from 'node:fs';

export const APP_VERSION: string = (
  JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
