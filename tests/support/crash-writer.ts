/**
 * A writer to be killed: opens the embedded store under the given directory
 * and loads invented articles one after another forever, printing each
 * committed article id. The test kills it with SIGKILL mid-write.
 * `node --import tsx tests/support/crash-writer.ts <dir>`
 */
import { silentLogger } from '../../core/logger.js';
import { openStore } from '../../core/store/index.js';
import { articleGraph } from './article-factory.js';

const directory = process.argv[2]!;
const store = await openStore(
  {
    store: { kind: 'kuzu', engine: 'kuzu', directory, readConnections: 1 },
    console: { timeoutMs: 1000, rowCap: 10, workers: 1, queue: 1, memoryMb: 256 },
  },
  silentLogger(),
);
for (let i = 0; ; i++) {
  const name = `Crashwriter Number${i}`;
  const text = `${name} met Velmoran envoy Ostrik${i} in Tarsa.`;
  await store.loadArticle(
    articleGraph(
      `crash-${i}`,
      text,
      [
        { id: `crashwriter-${i}`, name, kind: 'Person' },
        { id: `ostrik-${i}`, name: `Ostrik${i}`, kind: 'Person' },
        { id: 'tarsa', name: 'Tarsa', kind: 'Place' },
      ],
      [{ subject: `crashwriter-${i}`, type: 'MET_WITH', object: `ostrik-${i}`, sentence: text }],
    ),
  );
  process.stdout.write(`committed crash-${i}\n`);
}
