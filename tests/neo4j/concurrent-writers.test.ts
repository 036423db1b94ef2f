/**
 * Two writers on one Neo4j database at once, as when the ingest CLI loads
 * files beside a running server (on Neo4j both may write; Kuzu lets one
 * process in). Loading the same articles in opposite orders, each writer
 * needs entities the other is creating: Neo4j serialises them on its locks
 * (a deadlock is retried by the driver, which runs the transaction's work
 * again: core/store/writes.ts keeps only the committed attempt's view).
 * Neither writer may lose an article, and the graph must be the one a single
 * writer makes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { loadConfig } from '../../core/config.js';
import type { GraphStats } from '../../core/domain.js';
import { silentLogger } from '../../core/logger.js';
import { openStore } from '../../core/store/index.js';
import type { GraphStore } from '../../core/store/port.js';
import { ALL_CLAIM_GRAPHS } from '../support/claim-graphs.js';
import { ALL_SAMPLE_GRAPHS } from '../support/sample-graphs.js';
import { freshStoreEnv, TEST_STORE } from '../support/test-store.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-writers-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const graphs = [...ALL_SAMPLE_GRAPHS, ...ALL_CLAIM_GRAPHS];
const counts = (s: GraphStats) => ({
  entities: s.entities,
  relations: s.relations,
  articles: s.articles,
  evidence: s.evidence,
  byKind: s.byKind,
  byType: s.byType,
});

async function withStores<T>(n: number, use: (stores: GraphStore[]) => Promise<T>): Promise<T> {
  const env = await freshStoreEnv(path.join(dir, 'db'));
  // One store (driver, sessions, caches) per writer, as two processes would have.
  const stores = await Promise.all(Array.from({ length: n }, () => openStore(loadConfig(env), silentLogger())));
  try {
    return await use(stores);
  } finally {
    await Promise.all(stores.map((s) => s.close()));
  }
}

describe('two writers on one Neo4j database at once', () => {
  if (TEST_STORE !== 'neo4j') {
    it.skip('runs in the neo4j tier only', () => undefined);
    return;
  }

  it('both load every article they were given, and the graph is the one a single writer makes', async () => {
    const alone = await withStores(1, async ([store]) => {
      await store!.loadArticles(graphs);
      return counts(await store!.stats());
    });
    await withStores(2, async ([first, second]) => {
      // The same articles in opposite orders: each writer creates entities the other is creating too.
      const outcomes = await Promise.all([first!.loadArticles(graphs), second!.loadArticles([...graphs].reverse())]);
      const failed = outcomes.flat().filter((o) => o.status !== 'loaded');
      expect(failed).toEqual([]);
      expect(counts(await first!.stats())).toEqual(alone);
      // Whichever wrote an article second found it stored: a third run changes nothing.
      const again = await first!.loadArticles(graphs);
      expect(again.map((o) => (o.status === 'loaded' ? o.summary.changed : o.status))).toEqual(graphs.map(() => false));
    });
  });
});
