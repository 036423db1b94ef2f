import { describe, expect, it } from '@jest/globals';
import { Catalogue } from '../../../core/store/catalogue.js';
import { DeferredWrites } from '../../../core/store/deferred-writes.js';
import type { Params, QueryExecutor } from '../../../core/store/runner.js';

/** A transaction that records what reaches it: query name, table or kind, and the rows' ids or ends. */
function recordingTx(): { tx: QueryExecutor; log: string[]; params: Params[] } {
  const log: string[] = [];
  const params: Params[] = [];
  const tx: QueryExecutor = {
    dialect: 'kuzu',
    run: async (name, p = {}, template = {}) => {
      const rows = Array.isArray(p.rows) ? (p.rows as Array<Record<string, unknown>>) : [];
      const where = template.kind ?? template.type ?? '';
      log.push(
        `${name} ${String(where)} ${rows.map((r) => (r.source ? `${String(r.source)}>${String(r.target)}` : String(r.id))).join(',')}`.trim(),
      );
      params.push(p);
      return [];
    },
  };
  return { tx, log, params };
}

const meets = { from: 'Person', type: 'MET_WITH', to: 'Person' } as const;
const visits = { from: 'Person', type: 'VISITED', to: 'Country' } as const;
const relation = (source: string, target: string) => ({ source, target, id: `${source}|X|${target}` });
const update = (id: string, name: string, articleDelta: number) => ({
  id,
  name,
  degreeDelta: 1,
  articleDelta,
  mentionDelta: 2,
});

describe('writes a transaction holds back to its end', () => {
  it('merges the entity updates of several articles into one row per entity, summing what each adds', async () => {
    const { tx, log, params } = recordingTx();
    const deferred = new DeferredWrites(Catalogue.load('kuzu'));
    const run = deferred.executor(tx).run;
    await run('entities-update', { rows: [update('ada', 'Ada', 1), update('ben', 'Ben', 1)] }, { kind: 'Person' });
    await run('entities-update', { rows: [update('ada', 'Ada Brenner', 1)] }, { kind: 'Person' });
    expect(log).toEqual([]);
    await deferred.flush(tx);
    expect(log).toEqual(['entities-update Person ada,ben']);
    expect(params[0]!.rows).toEqual([
      { id: 'ada', name: 'Ada Brenner', degreeDelta: 2, articleDelta: 2, mentionDelta: 4 },
      update('ben', 'Ben', 1),
    ]);
  });

  it('writes the new relations of a table before that table is read, updated or deleted from, and only them', async () => {
    const { tx, log } = recordingTx();
    const deferred = new DeferredWrites(Catalogue.load('kuzu'));
    const run = deferred.executor(tx).run;
    await run('relations-create', { rows: [relation('ada', 'ben')] }, meets);
    await run('relations-create', { rows: [relation('ada', 'freedonia')] }, visits);
    await run('article-upsert', { id: 'a1' });
    await run('relations-get', { rows: [relation('ben', 'cy')] }, meets);
    expect(log).toEqual(['article-upsert', 'relations-create MET_WITH ada>ben', 'relations-get MET_WITH ben>cy']);
    await run('relations-update', { rows: [relation('cy', 'ada')] }, meets);
    await deferred.flush(tx);
    expect(log.slice(3)).toEqual(['relations-update MET_WITH cy>ada', 'relations-create VISITED ada>freedonia']);
  });

  it('writes everything it holds before a statement it does not know to be independent', async () => {
    const { tx, log } = recordingTx();
    const deferred = new DeferredWrites(Catalogue.load('kuzu'));
    const run = deferred.executor(tx).run;
    await run('entities-update', { rows: [update('ada', 'Ada', 1)] }, { kind: 'Person' });
    await run('relations-create', { rows: [relation('ada', 'ben')] }, meets);
    // Reads counters the held update changes, and deletes entities the held relations may end at.
    await run('entities-delete-orphans', { ids: ['ben'] }, { kind: 'Person' });
    expect(log).toEqual([
      'entities-update Person ada',
      'relations-create MET_WITH ada>ben',
      'entities-delete-orphans Person',
    ]);
    await deferred.flush(tx);
    expect(log).toHaveLength(3);
  });

  it("writes a table's many new relations in one statement where the catalogue has one, few a row at a time", async () => {
    const many = Array.from({ length: 30 }, (_, i) => relation('host', `guest-${i}`));
    for (const [dialect, engine, expected] of [
      ['kuzu', 'kuzu', 'relations-create-many'],
      // LadybugDB's relations-create takes every row in one statement already.
      ['kuzu', 'ladybug', 'relations-create'],
      ['neo4j', undefined, 'relations-create'],
    ] as const) {
      const { tx, log } = recordingTx();
      const deferred = new DeferredWrites(Catalogue.load(dialect, undefined, engine));
      const run = deferred.executor(tx).run;
      await run('relations-create', { rows: many.slice(0, 15) }, meets);
      await run('relations-create', { rows: many.slice(15) }, meets);
      await run('relations-create', { rows: [relation('ada', 'freedonia')] }, visits);
      await deferred.flush(tx);
      expect(log.map((l) => l.split(' ').slice(0, 2).join(' '))).toEqual([
        `${expected} MET_WITH`,
        'relations-create VISITED',
      ]);
    }
  });
});
