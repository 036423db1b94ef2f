/**
 * Wraps a runner to record which catalogue queries ran, so a suite can prove
 * that it executed every query of its dialect's catalogue; `calls`, when
 * given, also receives each call's name in order (how many queries a read
 * takes).
 */
import type { CypherRunner, QueryExecutor } from '../../core/store/runner.js';

export function recordingRunner(runner: CypherRunner, seen: Set<string>, calls?: string[]): CypherRunner {
  const record =
    (executor: QueryExecutor): QueryExecutor['run'] =>
    (name, params, template) => {
      seen.add(name);
      calls?.push(name);
      return executor.run(name, params, template);
    };
  return new Proxy(runner, {
    get(target, prop, receiver) {
      if (prop === 'run') return record(target);
      if (prop === 'write') {
        return <T>(work: (tx: QueryExecutor) => Promise<T>) =>
          target.write((tx) => work({ dialect: tx.dialect, run: record(tx) }));
      }
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
