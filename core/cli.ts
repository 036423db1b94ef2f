/**
 * How every command line of the product starts: read the configuration
 * (a bad one exits 2 listing every bad variable), build the commands, run
 * them; an error of ours (a locked store, an unreachable server) prints its
 * message for people, anything else is logged with its stack. SIGINT /
 * SIGTERM ask the command to stop between writes: it closes the store, then
 * the process exits 130 / 143 (core/shutdown.ts).
 */
import { pathToFileURL } from 'node:url';
import type { Command } from 'commander';
import { loadConfig, type AppConfig } from './config.js';
import { isAppError } from './errors.js';
import type { Logger } from './logger.js';
import { listenForStop } from './shutdown.js';

/** Runs the command line `build` makes, when the module at `moduleUrl` is the script node started. */
export function runIfMain(
  moduleUrl: string,
  build: (config: AppConfig, stop: AbortSignal) => { program: Command; log: Logger },
): void {
  if (moduleUrl !== pathToFileURL(process.argv[1] ?? '').href) return;
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  // The command's logger exists only once the command is built, which needs the stop signal first.
  const said: { log?: Logger } = {};
  const stop = listenForStop(
    (signal) => said.log?.warn(`${signal}: finishing the current write, then closing the store`),
    (signal) =>
      said.log?.warn(
        `${signal} again: still closing the store; SIGKILL stops at once (every write is one transaction)`,
      ),
  );
  const built = build(config, stop.signal);
  said.log = built.log;
  built.program
    .parseAsync(process.argv)
    .catch((error: unknown) => {
      // Our errors are for people (a locked store, an unreachable server): their message says it all.
      if (isAppError(error)) console.error(error.message);
      else built.log.fatal({ err: error }, (error as Error).message);
      process.exitCode = 2;
    })
    .finally(() => {
      const code = stop.exitCode();
      if (code !== undefined) {
        built.log.warn(`stopped by ${stop.received()}: the store is closed; exit ${code}`);
        process.exitCode = code;
      }
      stop.dispose();
    });
}
