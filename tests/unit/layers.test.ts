/**
 * The layers hold by the type checker, not by convention: client code
 * compiles in client/tsconfig.json, which lists the browser-safe files of core
 * and has no Node types. A client file that imports the store or a Node module
 * does not compile; this test writes such files beside the client and asks
 * TypeScript, with the same settings `npm run check` uses.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import ts from 'typescript';
import { REPO_ROOT } from '../support/corpus.js';

const CLIENT_CONFIG = path.join(REPO_ROOT, 'client/tsconfig.json');
const probeDir = fs.mkdtempSync(path.join(REPO_ROOT, 'client/src/layers-probe-'));
afterAll(() => fs.rmSync(probeDir, { recursive: true, force: true }));

/** Diagnostics, by probe file, of the client project with these files in it (the only ones in the probe folder). */
function diagnosticsWith(files: Record<string, string>): Record<string, string[]> {
  for (const old of fs.readdirSync(probeDir)) fs.rmSync(path.join(probeDir, old));
  for (const [name, source] of Object.entries(files)) fs.writeFileSync(path.join(probeDir, name), source);
  const { config } = ts.readConfigFile(CLIENT_CONFIG, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, path.dirname(CLIENT_CONFIG));
  const program = ts.createProgram({ rootNames: parsed.fileNames, options: parsed.options });
  const byFile: Record<string, string[]> = Object.fromEntries(Object.keys(files).map((name) => [name, []]));
  for (const d of ts.getPreEmitDiagnostics(program)) {
    const name = d.file ? path.relative(probeDir, d.file.fileName) : '(project)';
    (byFile[name] ??= []).push(`TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
  }
  return byFile;
}

describe('the client layer', () => {
  it('compiles what the client may use, and refuses a Node module', () => {
    const found = diagnosticsWith({
      'shared.ts':
        "import { ENTITY_KINDS } from '../../../core/ontology.js';\n" +
        "import type { SearchResponse } from '../../../core/api.js';\n" +
        'export const kinds: readonly string[] = ENTITY_KINDS;\nexport type S = SearchResponse;\n',
      'node.ts': "import fs from 'node:fs';\nexport const read = fs.readFileSync;\n",
    });
    expect(found['shared.ts']).toEqual([]);
    expect(found['node.ts']).toContainEqual(
      expect.stringMatching(/^TS(2307|2591): Cannot find (module|name) 'node:fs'/),
    );
  });

  it('refuses a client file that imports the store or the config', () => {
    const found = diagnosticsWith({
      'store.ts': "export { openStore } from '../../../core/store/index.js';\n",
      'config.ts': "export { loadConfig } from '../../../core/config.js';\n",
    });
    expect(found['store.ts']).toContainEqual(
      expect.stringMatching(/^TS6307: File '.*core\/store\/index\.ts' is not listed/),
    );
    expect(found['config.ts']).toContainEqual(
      expect.stringMatching(/^TS6307: File '.*core\/config\.ts' is not listed/),
    );
  });

  it('types the requests the client sends by the schemas the server validates them with', () => {
    const found = diagnosticsWith({
      'requests.ts':
        "import type { ExportRequest, NeighbourhoodRequest } from '../../../core/api.js';\n" +
        "export const ok: NeighbourhoodRequest = { ids: ['a'], depth: 2, claimView: { claims: ['denied'], since: '2024-01-01' } };\n" +
        "export const file: ExportRequest = { format: 'gexf', ids: ['a'], view: { nodes: { a: { x: 0, y: 0, size: 1, color: '#000000' } } } };\n",
      'bad.ts':
        "import type { NeighbourhoodRequest } from '../../../core/api.js';\n" +
        "export const bad: NeighbourhoodRequest = { ids: ['a'], kinds: ['Planet'] };\n",
    });
    expect(found['requests.ts']).toEqual([]);
    expect(found['bad.ts']).toContainEqual(expect.stringMatching(/^TS2322: Type '"Planet"' is not assignable/));
  });
});
