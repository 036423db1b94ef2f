/**
 * A bare connection to an embedded engine (Kuzu 0.11 or LadybugDB) for the benchmarks' baselines: catalogue calls
 * run as the store runs them, nothing else.
 */
import type { Database, KuzuValue, PreparedStatement } from 'kuzu';
import type { EmbeddedEngine } from '../core/config.js';
import { Catalogue, type TemplateArgs } from '../core/store/catalogue.js';
import { loadEngine } from '../core/store/kuzu/runner.js';
import { splitByListShape } from '../core/store/kuzu/list-shapes.js';
import { readRows } from '../core/store/kuzu/result-rows.js';
import type { Params } from '../core/store/runner.js';

/** One catalogue call a store operation made, recorded to be replayed bare. */
export interface Call {
  name: string;
  params: Params;
  template: TemplateArgs;
}

/** Parameters as the store's Kuzu adapter sends them (an empty list travels as NULL). */
export function bareValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.length === 0 ? null : value.map(bareValue);
  if (value && typeof value === 'object' && value.constructor === Object) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, bareValue(v)]));
  }
  return value ?? null;
}

export type BareConnection = Awaited<ReturnType<typeof bareConnection>>;

/** Opens a database file with the engine's module, as the store would (write-ahead log threshold included). */
export async function bareDatabase(engine: EmbeddedEngine, file: string, checkpointBytes = -1): Promise<Database> {
  const module = await loadEngine(engine);
  return new module.Database(file, 0, true, false, 0, true, checkpointBytes);
}

/** A bare connection that runs catalogue calls as the store would on that engine, statements prepared once. */
export async function bareConnection(db: Database, engine: EmbeddedEngine = 'kuzu') {
  const catalogue = Catalogue.load('kuzu', undefined, engine);
  const c = new (await loadEngine(engine)).Connection(db);
  await c.init();
  const prepared = new Map<string, PreparedStatement>();
  const exec = async (text: string, params: Record<string, unknown> = {}) => {
    let ps = prepared.get(text);
    if (!ps) {
      ps = await c.prepare(text);
      if (!ps.isSuccess()) throw new Error(ps.getErrorMessage());
      prepared.set(text, ps);
    }
    const result = await c.execute(ps, bareValue(params) as Record<string, KuzuValue>);
    const last = Array.isArray(result) ? result.at(-1)! : result;
    const rows = await readRows(last);
    last.close();
    return rows;
  };
  return {
    run: async (call: Call) => {
      const rows: Awaited<ReturnType<typeof exec>> = [];
      for (const { text, params } of catalogue.bindAll(call.name, call.params, call.template)) {
        // Kuzu types a batch of rows from its first row, as the store's adapter knows (list-shapes.ts).
        // Appended one by one: a 1M-entity read returns more rows than a spread call takes arguments.
        for (const part of splitByListShape(params)) for (const row of await exec(text, part)) rows.push(row);
      }
      return rows;
    },
    exec,
    query: async (text: string) => {
      const r = await c.query(text);
      const results = Array.isArray(r) ? r : [r];
      const rows = await readRows(results.at(-1)!);
      for (const x of results) x.close();
      return rows;
    },
    async close() {
      prepared.clear();
      await c.close();
    },
  };
}
