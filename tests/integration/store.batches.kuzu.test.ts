/**
 * Batched loads on the embedded store read, before they write, the relations
 * they will look up, one statement per table for the whole batch
 * (core/store/prefetched-relations.ts). A relation written by an earlier
 * article of the same transaction must then be read again, not taken from
 * what was read before: the batch must build exactly the graph that loading
 * the same articles one at a time builds.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import type { ArticleGraph } from '../../core/domain.js';
import { silentLogger } from '../../core/logger.js';
import { CypherGraphStore } from '../../core/store/graph-store.js';
import { KuzuRunner } from '../../core/store/kuzu/runner.js';
import type { GraphStore } from '../../core/store/port.js';
import { articleGraph, type EntityFact } from '../support/article-factory.js';
import { recordingRunner } from '../support/recording-runner.js';
import { comparableStats } from '../support/store-suite.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-batches-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const PEOPLE: EntityFact[] = [
  { id: 'ada-brenner', name: 'Ada Brenner', kind: 'Person' },
  { id: 'tomas-vell', name: 'Tomas Vell', kind: 'Person' },
  { id: 'freedonia', name: 'Freedonia', kind: 'Country' },
  { id: 'sylvania', name: 'Sylvania', kind: 'Country' },
];

function story(
  id: string,
  sentences: Array<[string, 'MET_WITH' | 'VISITED' | 'SUPPORTS', string, string]>,
): ArticleGraph {
  const text = sentences.map((s) => s[3]).join(' ');
  const used = new Set(sentences.flatMap(([s, , o]) => [s, o]));
  return articleGraph(
    id,
    text,
    PEOPLE.filter((p) => used.has(p.id)),
    sentences.map(([subject, type, object, sentence]) => ({ subject, type, object, sentence })),
  );
}

// Stored before the batch: both people, both countries, and one meeting.
const base = story('base', [
  ['ada-brenner', 'MET_WITH', 'tomas-vell', 'Ada Brenner met Tomas Vell in March.'],
  ['ada-brenner', 'VISITED', 'freedonia', 'Ada Brenner visited Freedonia.'],
  ['tomas-vell', 'VISITED', 'sylvania', 'Tomas Vell visited Sylvania.'],
]);
const batch = [
  // Corroborates the stored meeting and states a new relation among stored entities...
  story('first', [
    ['tomas-vell', 'MET_WITH', 'ada-brenner', 'Tomas Vell met Ada Brenner again.'],
    ['freedonia', 'SUPPORTS', 'sylvania', 'Freedonia backs Sylvania.'],
  ]),
  // ...which the next article of the same transaction states again: one edge, two sentences.
  story('second', [
    ['freedonia', 'SUPPORTS', 'sylvania', 'Freedonia supports Sylvania openly.'],
    ['ada-brenner', 'MET_WITH', 'tomas-vell', 'Ada Brenner and Tomas Vell met once more.'],
  ]),
  // A changed version of the stored article: it retracts its meeting, which the batch has corroborated meanwhile.
  story('base', [['ada-brenner', 'VISITED', 'freedonia', 'Ada Brenner visited Freedonia.']]),
];

async function open(name: string, seen = new Set<string>()): Promise<{ store: GraphStore; runner: KuzuRunner }> {
  const runner = await KuzuRunner.open({ directory: path.join(dir, name), readConnections: 1, logger: silentLogger() });
  await runner.ensureSchema();
  const store = new CypherGraphStore(recordingRunner(runner, seen), silentLogger(), {
    consoleTimeoutMs: 2000,
    consoleRowCap: 50,
  });
  return { store, runner };
}

async function graphOf(store: GraphStore) {
  const ids = PEOPLE.map((p) => p.id);
  const { edges } = await store.subgraph(ids);
  const relations = await Promise.all(
    edges.map(async (e) => {
      const { evidence } = await store.relation(e.id);
      return { id: e.id, sentences: evidence.map((x) => `${x.articleId}: ${x.sentence}`).sort() };
    }),
  );
  const nodes = (await store.nodes(ids)).map((n) => [n.id, n.degree] as const).sort();
  return {
    stats: comparableStats(await store.stats()),
    relations: relations.sort((a, b) => a.id.localeCompare(b.id)),
    nodes,
  };
}

describe('a batch of articles in one transaction', () => {
  it('reads the relations it looks up a table at a time and builds the graph that one article at a time builds', async () => {
    const seen = new Set<string>();
    const batched = await open('batched', seen);
    const single = await open('single');
    try {
      for (const { store } of [batched, single]) await store.loadArticle(base);
      const outcomes = await batched.store.loadArticles(batch);
      expect(outcomes.map((o) => o.status)).toEqual(['loaded', 'loaded', 'loaded']);
      for (const graph of batch) await single.store.loadArticle(graph);
      expect(seen.has('relations-get-many')).toBe(true);

      const expected = await graphOf(single.store);
      expect(await graphOf(batched.store)).toEqual(expected);
      // The graph itself, not only its agreement: one supports edge with both sentences, the meeting kept by the batch alone.
      const supports = expected.relations.find((r) => r.id === 'freedonia|SUPPORTS|sylvania');
      expect(supports?.sentences).toHaveLength(2);
      const met = expected.relations.find((r) => r.id.includes('|MET_WITH|'));
      expect(met?.sentences.every((s) => !s.startsWith('base:'))).toBe(true);
      expect(met?.sentences).toHaveLength(2);
    } finally {
      for (const { store } of [batched, single]) await store.close();
    }
  });
});
