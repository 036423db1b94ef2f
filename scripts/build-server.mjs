#!/usr/bin/env node
/**
 * Compiles the server and everything it runs (core/, server/, ingest/) to
 * JavaScript under dist/, one file per source file at the same relative path,
 * so `npm start` runs plain Node without compiling TypeScript at start. Files
 * that code finds next to itself (named queries, lexicon, worker bootstrap)
 * are copied beside the output, and dist/client points at the built client.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'dist');
const sources = ['core', 'server', 'ingest'];

const files = (dir) =>
  fs
    .readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(root, path.join(d.parentPath, d.name)));

fs.rmSync(out, { recursive: true, force: true });
const all = sources.flatMap(files);
await build({
  entryPoints: all.filter((f) => f.endsWith('.ts')).map((f) => path.join(root, f)),
  outdir: out,
  outbase: root,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  logLevel: 'warning',
});
for (const f of [...all.filter((f) => !f.endsWith('.ts')), ...files('cypher')]) {
  fs.mkdirSync(path.dirname(path.join(out, f)), { recursive: true });
  fs.copyFileSync(path.join(root, f), path.join(out, f));
}
fs.writeFileSync(path.join(out, 'package.json'), JSON.stringify({ type: 'module' }) + '\n');
// The server serves ../client/dist relative to itself.
fs.symlinkSync(path.join(root, 'client'), path.join(out, 'client'), 'dir');
console.log(`dist/: ${all.length} files from ${sources.join(', ')}, and cypher/`);
