/**
 * Validates exported XML against the formats' published XSDs with xmllint
 * (Debian's libxml2-utils). The schema files are read where ../shared keeps
 * them, never copied into the repository; `--nonet` proves validation needs
 * no network. Fails loudly when xmllint is missing, rather than skipping.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
export const SCHEMAS_DIR = process.env['SCHEMAS_DIR'] ?? path.resolve(REPO_ROOT, '../shared/schemas');

const SCHEMA_FILES = {
  graphml: 'graphml/graphml.xsd',
  gexf: 'gexf-1.3/gexf.xsd',
} as const;

export type XmlFormat = keyof typeof SCHEMA_FILES;

/** xmllint's complaints about `content` against the format's XSD; empty when the file is valid. */
export function schemaErrors(format: XmlFormat, content: string): string[] {
  const schema = path.join(SCHEMAS_DIR, SCHEMA_FILES[format]);
  if (!fs.existsSync(schema)) throw new Error(`No ${format} schema at ${schema} (../shared/schemas).`);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-xsd-'));
  try {
    const file = path.join(dir, `export.${format}`);
    fs.writeFileSync(file, content, 'utf8');
    const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', schema, file], { encoding: 'utf8' });
    if (run.error) {
      throw new Error(`xmllint did not run (${run.error.message}): install Debian's libxml2-utils.`);
    }
    if (run.status === 0) return [];
    return run.stderr
      .split('\n')
      .filter((line) => line.trim() && !line.endsWith('fails to validate'))
      .map((line) => line.replace(file, `export.${format}`));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
