/**
 * What the e2e tests load, in one place. Three sources:
 *
 * - `sample`: the invented three-article story of tests/support (fast, no NLP);
 * - `claims`: that story and its three invented articles that allege, deny
 *   and plan, with dates over three months (tests/support/claim-graphs.ts):
 *   statuses, disputes and the timeline have something to show;
 * - `corpus`: the real reports of ../shared/corpus through the ingest
 *   pipeline (`npm run ingest -- <dir>` with DATA_DIR set), the Nov 2021
 *   Israel–Morocco defence MOU with Benny Gantz.
 *
 * `E2E_SEED=sample` chooses the invented story; the corpus is the default.
 * Each source names the scenario the tests walk through (what to search,
 * whose relation to an agreement to read).
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { loadConfig } from '../../core/config.js';
import { createLogger } from '../../core/logger.js';
import { openStore } from '../../core/store/index.js';
import { ALL_CLAIM_GRAPHS } from '../support/claim-graphs.js';
import { ALL_SAMPLE_GRAPHS } from '../support/sample-graphs.js';
import { freshStoreEnv, storeEnv } from '../support/test-store.js';

export type SeedKind = 'sample' | 'claims' | 'corpus';

export interface Scenario {
  kind: SeedKind;
  /** Typed into the search box. */
  searchText: string;
  /** The entity that search must find (and the tests expand). */
  personId: string;
}

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
export const CORPUS_DIR = process.env['E2E_CORPUS_DIR'] ?? path.resolve(REPO_ROOT, '../shared/corpus');

export const SCENARIOS: Record<SeedKind, Scenario> = {
  sample: { kind: 'sample', searchText: 'Firefly', personId: 'rufus-firefly' },
  claims: { kind: 'claims', searchText: 'Firefly', personId: 'rufus-firefly' },
  corpus: { kind: 'corpus', searchText: 'Gantz', personId: 'benny-gantz' },
};

/** The seed to use: E2E_SEED when set, else the real corpus. */
export function chooseSeed(): SeedKind {
  return process.env['E2E_SEED'] === 'sample' ? 'sample' : 'corpus';
}

/**
 * Ingests `paths` (default: the corpus) into the tier's store (embedded at
 * `dataDir`, or the neo4j tier's server) with the real command line, as an
 * analyst would; `args` are its options (`--force` extracts every file
 * again). No process may hold an embedded store open.
 */
export async function ingestFiles(dataDir: string, args: string[] = [], paths = [CORPUS_DIR]): Promise<void> {
  await promisify(execFile)('npx', ['tsx', 'ingest/commands/main.ts', 'ingest', ...args, ...paths], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...storeEnv(dataDir), LOG_LEVEL: 'warn' },
    maxBuffer: 64 * 1024 * 1024,
  });
}

/**
 * Loads the chosen data into an empty store: embedded at `dataDir` (no
 * process may hold it open), or the neo4j tier's server, emptied first.
 */
export async function seed(dataDir: string, kind: SeedKind = chooseSeed()): Promise<Scenario> {
  const fresh = await freshStoreEnv(dataDir);
  if (kind === 'corpus') {
    await ingestFiles(dataDir);
  } else {
    const config = loadConfig({ ...process.env, ...fresh, LOG_LEVEL: 'silent' });
    const store = await openStore(config, createLogger('silent'));
    try {
      const graphs = kind === 'claims' ? [...ALL_SAMPLE_GRAPHS, ...ALL_CLAIM_GRAPHS] : ALL_SAMPLE_GRAPHS;
      for (const graph of graphs) await store.loadArticle(graph);
    } finally {
      await store.close();
    }
  }
  return SCENARIOS[kind];
}
