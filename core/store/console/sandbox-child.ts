/**
 * The console's sandbox process: parses an analyst's query in its database's
 * grammar, decides on the parse tree that it only reads, and runs it on a
 * read-only view of the store (Kuzu: a snapshot file opened read-only with a
 * bounded buffer pool; Neo4j: a READ session with a transaction time-out).
 * Whatever a query does to this process (a parser or database crash, memory
 * without bound, a loop the time-out misses) costs only this query: the
 * server kills and restarts it. Started by sandbox.ts, never by hand.
 */
import fs from 'node:fs';
import { AppError, errors } from '../../errors.js';
import type { Dialect } from '../catalogue.js';
import { silentLogger } from '../../logger.js';
import { KuzuRunner } from '../kuzu/runner.js';
import { Neo4jRunner } from '../neo4j/runner.js';
import type { CypherRunner } from '../runner.js';
import { assertReadOnlyTree } from './read-only-policy.js';
import type { ConsoleReply, ConsoleRequest, OpenRequest, RunRequest } from './sandbox-protocol.js';
import { encodeError, encodeRows, type EncodedRows } from './wire.js';

let opened: CypherRunner | null = null;

/** Kuzu's database-size cap must be a power of two and hold the file: room for four times it, 1 GiB at least. */
function maxDbBytes(file: string): number {
  const size = fs.statSync(file).size;
  return 2 ** Math.ceil(Math.log2(Math.max(2 ** 30, size * 4)));
}

async function open({ view, memoryMb }: OpenRequest): Promise<void> {
  const previous = opened;
  opened = null;
  await previous?.close().catch(() => undefined);
  const logger = silentLogger();
  opened =
    view.dialect === 'kuzu'
      ? await KuzuRunner.open({
          engine: view.engine,
          directory: view.file,
          readOnly: true,
          readConnections: 1,
          bufferPoolBytes: Math.floor(memoryMb / 2) * 1024 * 1024,
          maxDbBytes: maxDbBytes(view.file),
          logger,
        })
      : await Neo4jRunner.open({ ...view, logger });
  dialect = view.dialect;
}

let dialect: Dialect = 'kuzu';

async function run(request: RunRequest): Promise<EncodedRows> {
  const started = performance.now();
  if (!opened) throw errors.storeUnavailable('The console has no view of the store open.');
  // Parsing is inside the time-out: the budget left after it goes to the database.
  assertReadOnlyTree(request.query, dialect, request.params);
  const left = Math.floor(request.timeoutMs - (performance.now() - started));
  if (left <= 0) throw errors.queryTimeout(request.timeoutMs);
  try {
    return encodeRows(
      await opened.runReadOnly(request.query, request.params, { timeoutMs: left, rowCap: request.rowCap }),
    );
  } catch (error) {
    // The database counts only the budget it was given.
    throw error instanceof AppError && error.id === 'query_timeout' ? errors.queryTimeout(request.timeoutMs) : error;
  }
}

async function handle(request: ConsoleRequest): Promise<ConsoleReply> {
  try {
    if (request.type === 'open') {
      await open(request);
      return { id: request.id, opened: true };
    }
    return { id: request.id, rows: await run(request) };
  } catch (error) {
    return { id: request.id, error: encodeError(error) };
  }
}

/**
 * ANTLR's parsers build their prediction tables on first use: the first query
 * of a kind takes hundreds of milliseconds, later ones a few. Warm both
 * grammars before taking queries, so that an analyst's time-out is not spent here.
 */
function warmUp(): void {
  const samples = [
    "MATCH (a:A {id: $id})-[r:R*1..3]->(b) WHERE a.x > 1 AND NOT b.y = 'z' WITH a, count(r) AS c ORDER BY c DESC RETURN a, c LIMIT 5",
    'OPTIONAL MATCH p = (a)-[]-(b) UNWIND nodes(p) AS n RETURN DISTINCT n.name AS name, size([1, 2]) AS s',
    'CALL show_tables() RETURN *',
  ];
  for (const dialect of ['kuzu', 'neo4j'] as const) {
    for (const query of samples) {
      try {
        assertReadOnlyTree(query, dialect);
      } catch {
        // Only the warming matters.
      }
    }
  }
}

warmUp();
process.on('message', (request: ConsoleRequest) => {
  void handle(request).then((reply) => process.send?.(reply));
});
// The server going away takes this process with it.
process.on('disconnect', () => process.exit(0));
process.send?.({ ready: true } satisfies ConsoleReply);
