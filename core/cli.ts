/**
 * How every command line of the product starts: listen for SIGINT / SIGTERM,
 * read `.env`, then the configuration (a bad one exits 2 listing every bad variable), build
 * the commands, run them; an error of ours (a locked store, an unreachable
 * server) prints its message for people, anything else is logged with its
 * stack. A signal asks the command to stop between writes: it closes the
 * store, then the process exits 130 / 143 (core/shutdown.ts).
 */
import { pathToFileURL } from 'node:url';
import type { Command } from 'commander';
import { loadConfig, loadEnvFile, type AppConfig } from './config.js';
import { isAppError } from './errors.js';
import type { Logger } from './logger.js';
import { listenForStop, type StopRequest } from './shutdown.js';

export type BuildCommand = (config: AppConfig, stop: AbortSignal) => { program: Command; log: Logger };

/** A stop request whose messages go to the command's logger once it exists, to standard error before. */
export interface CommandStop {
  readonly request: StopRequest;
  log?: Logger;
}

export function listenForCommandStop(): CommandStop {
  const stop: { request?: StopRequest; log?: Logger } = {};
  const say = (message: string) => (stop.log ? stop.log.warn(message) : console.error(message));
  stop.request = listenForStop(
    (signal) => say(`${signal}: finishing the current write, then closing the store`),
    (signal) => say(`${signal} again: still closing the store; SIGKILL stops at once (every write is one transaction)`),
  );
  return stop as CommandStop;
}

/**
 * Runs the command line `build` makes with `process.argv`. A signal that came
 * before the command started ends it at once: nothing is open yet.
 */
export async function runCommand(build: BuildCommand, stop: CommandStop): Promise<void> {
  const { request } = stop;
  try {
    if (request.signal.aborted) {
      console.error(`stopped by ${request.received()} before the command started: nothing was opened`);
      process.exitCode = request.exitCode();
      return;
    }
    let config: AppConfig;
    try {
      loadEnvFile();
      config = loadConfig();
    } catch (error) {
      console.error((error as Error).message);
      process.exitCode = 2;
      return;
    }
    const built = build(config, request.signal);
    stop.log = built.log;
    try {
      await built.program.parseAsync(process.argv);
    } catch (error) {
      // Our errors are for people (a locked store, an unreachable server): their message says it all.
      if (isAppError(error)) console.error(error.message);
      else built.log.fatal({ err: error }, (error as Error).message);
      process.exitCode = 2;
    }
    const code = request.exitCode();
    if (code !== undefined) {
      built.log.warn(`stopped by ${request.received()}: the store is closed; exit ${code}`);
      process.exitCode = code;
    }
  } finally {
    request.dispose();
  }
}

/** Runs the command line `build` makes, when the module at `moduleUrl` is the script node started. */
export function runIfMain(moduleUrl: string, build: BuildCommand): void {
  if (moduleUrl !== pathToFileURL(process.argv[1] ?? '').href) return;
  void runCommand(build, listenForCommandStop());
}
