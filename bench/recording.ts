/** Records the catalogue calls a store makes, to replay them without the store's own logic. */
import type { CypherRunner, QueryExecutor } from '../core/store/runner.js';
import type { Call } from './bare-kuzu.js';

/** Records every catalogue call a store operation makes (and each write transaction's), to replay them bare. */
export function recording(runner: CypherRunner, sink: { calls: Call[]; transactions: Call[][] }): CypherRunner {
  const record =
    (executor: QueryExecutor, into: () => Call[]): QueryExecutor['run'] =>
    (name, params = {}, template = {}) => {
      into().push({ name, params, template });
      return executor.run(name, params, template);
    };
  return new Proxy(runner, {
    get(target, prop, receiver) {
      if (prop === 'run') return record(target, () => sink.calls);
      if (prop === 'write') {
        return <T>(work: (tx: QueryExecutor) => Promise<T>) => {
          const calls: Call[] = [];
          sink.transactions.push(calls);
          return target.write((tx) => work({ dialect: tx.dialect, run: record(tx, () => calls) }));
        };
      }
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
