/**
 * The `ingest` and `extract` commands as a process (`npm run ingest`,
 * `npm run extract`). It listens for SIGINT and SIGTERM before it loads the
 * rest: the pipeline, the store and Kuzu's native module take seconds to load,
 * and a signal in that time would end the process by the signal's default
 * action, with none of our code run and no 130 / 143.
 */
import { listenForCommandStop, runCommand } from '../../core/cli.js';

const stop = listenForCommandStop();
const { buildIngestCommand } = await import('./cli.js');
// A signal that came while the modules loaded waits for the event loop to poll for it: two turns of the
// loop (the first may end the turn that is polling now) let it through before the command starts.
for (let turn = 0; turn < 2; turn++) await new Promise((resolve) => setImmediate(resolve));
await runCommand(buildIngestCommand, stop);
