/**
 * `npm run curation -- export FILE` / `import FILE`: moves the curation log
 * between stores as JSON (the format of GET /api/curation/export). Import
 * appends the entries the store's log lacks and applies them; importing into
 * an empty store before `npm run ingest` makes the ingest apply them.
 *
 * Like `npm run ingest`, it opens the configured store; when a running server
 * holds the embedded one, it goes through that server instead (`--server`,
 * or NEWSGRAPH_SERVER; import then needs an editor's token, NEWSGRAPH_TOKEN).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { Command } from 'commander';
import type { CurationImportResponse } from '../../core/api.js';
import { runIfMain } from '../../core/cli.js';
import type { AppConfig } from '../../core/config.js';
import { CURATION_FILE_FORMAT, CurationFileSchema, type CurationFile } from '../../core/curation/edits.js';
import { errors, isAppError } from '../../core/errors.js';
import { createLogger } from '../../core/logger.js';
import { openStore } from '../../core/store/index.js';
import type { GraphStore } from '../../core/store/port.js';

/** What the command does with a store it opened, or with a server. */
interface Target {
  exportLog(): Promise<CurationFile>;
  importLog(file: CurationFile): Promise<CurationImportResponse>;
}

function storeTarget(store: GraphStore): Target {
  return {
    exportLog: async () => ({
      format: CURATION_FILE_FORMAT,
      version: 1,
      exportedAt: new Date().toISOString(),
      entries: await store.curation.entries(),
    }),
    importLog: (file) => store.curation.importLog(file.entries),
  };
}

function serverTarget(server: string, token: string | undefined): Target {
  const call = async <T>(path: string, init: RequestInit = {}): Promise<T> => {
    const response = await fetch(new URL(`/api${path}`, server), init).catch((error: unknown) => {
      throw errors.storeUnavailable(`Cannot reach the server at ${server}: ${(error as Error).message}`);
    });
    const body = (await response.json().catch(() => ({}))) as T & { message?: string };
    if (!response.ok) {
      throw errors.storeUnavailable(`The server refused (${response.status}): ${body.message ?? response.statusText}`);
    }
    return body;
  };
  return {
    exportLog: () => call<CurationFile>('/curation/export'),
    importLog: (file) => {
      if (!token) throw errors.validation('Importing through a server needs an editor’s token: set NEWSGRAPH_TOKEN.');
      return call<CurationImportResponse>('/curation/import', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(file),
      });
    },
  };
}

/** Runs `work` on the store, or on the server that holds it. */
async function withTarget<T>(
  config: AppConfig,
  server: string | undefined,
  work: (t: Target) => Promise<T>,
): Promise<T> {
  if (server) return work(serverTarget(server, config.clientToken));
  const log = createLogger(config.logLevel, { name: 'newsgraph-curation', stream: 'stderr' });
  let store: GraphStore;
  try {
    store = await openStore(config, log);
  } catch (error) {
    if (isAppError(error) && error.id === 'store_locked' && config.serverUrl) {
      log.info(`the store is held by a running server: going through ${config.serverUrl}`);
      return work(serverTarget(config.serverUrl, config.clientToken));
    }
    throw error;
  }
  try {
    return await work(storeTarget(store));
  } finally {
    await store.close();
  }
}

export async function readCurationFile(file: string): Promise<CurationFile> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw errors.badInput(`${file}: not a JSON file (${(error as Error).message})`);
  }
  const parsed = CurationFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw errors.badInput(`${file}: not a curation log: ${issue.path.join('.') || '(file)'}: ${issue.message}`);
  }
  return parsed.data;
}

export function buildCurationCli(config: AppConfig): Command {
  const program = new Command('curation').description('Move the curation log between stores as JSON.');
  const server = '--server <url>';
  const serverHelp = 'go through a running server instead of opening the store';
  program
    .command('export')
    .description('write the whole curation log to FILE')
    .argument('<file>')
    .option(server, serverHelp)
    .action(async (file: string, opts: { server?: string }) => {
      const log = await withTarget(config, opts.server, (t) => t.exportLog());
      await writeFile(file, `${JSON.stringify(log, null, 2)}\n`);
      console.log(`wrote ${log.entries.length} entr${log.entries.length === 1 ? 'y' : 'ies'} to ${file}`);
    });
  program
    .command('import')
    .description('append the entries of FILE that the log lacks, and apply them to the graph')
    .argument('<file>')
    .option(server, serverHelp)
    .action(async (file: string, opts: { server?: string }) => {
      const log = await readCurationFile(file);
      const outcome = await withTarget(config, opts.server, (t) => t.importLog(log));
      console.log(
        `${outcome.added} entr${outcome.added === 1 ? 'y' : 'ies'} added, ${outcome.skipped} already in the log, ` +
          `${outcome.articles} article(s) projected again`,
      );
    });
  return program;
}

runIfMain(import.meta.url, (config) => ({
  program: buildCurationCli(config),
  log: createLogger(config.logLevel, { name: 'newsgraph-curation', stream: 'stderr' }),
}));
