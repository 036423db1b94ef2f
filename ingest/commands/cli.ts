/**
 * The ingest command line. `extract` runs the pipeline on files or folders and
 * writes one JSON document (to --out, or alone on stdout; logs and progress go
 * to stderr). `ingest` runs the same pipeline and loads the result into the
 * configured graph store.
 */
import { writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { SingleBar, Presets } from 'cli-progress';
import { Command, InvalidArgumentError, Option } from 'commander';
import { runIfMain, type BuildCommand } from '../../core/cli.js';
import type { AppConfig } from '../../core/config.js';
import { APP_VERSION } from '../../core/version.js';
import { createLogger, type Logger } from '../../core/logger.js';
import { formatReport, runIngest } from './ingest-command.js';
import { toExtractionDocument } from './output.js';
import { extractFiles, type FileOutcome } from '../runtime/pipeline.js';
import type { PoolOptions } from '../runtime/pool.js';

/** Logger of the CLI: always stderr, so stdout can carry the JSON document. */
export function createCliLogger(config: AppConfig): Logger {
  return createLogger(config.logLevel, { name: 'newsgraph-ingest', stream: 'stderr' });
}

function parseWorkers(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 64) throw new InvalidArgumentError('must be an integer from 0 to 64');
  return n;
}

/**
 * A progress callback: one bar per stage on stderr when it is a terminal;
 * otherwise (a log file, CI) one line per extracted or loaded file, so a
 * long batch is never silent.
 */
export function progressReporter(
  enabled: boolean,
  log?: Logger,
): {
  onProgress: (stage: string, done: number, total: number, file?: string) => void;
  stop: () => void;
} {
  if (!enabled) return { onProgress: () => undefined, stop: () => undefined };
  if (!process.stderr.isTTY) {
    return {
      onProgress: (stage, done, total, file) => {
        if (stage !== 'read') log?.info({ stage, done, total, file }, `${stage} ${done}/${total} ${file ?? ''}`);
      },
      stop: () => undefined,
    };
  }
  let bar: SingleBar | null = null;
  let stage = '';
  return {
    onProgress: (next, done, total) => {
      if (next !== stage) {
        bar?.stop();
        stage = next;
        bar = new SingleBar(
          { format: `${next.padEnd(8)} [{bar}] {value}/{total}`, stream: process.stderr },
          Presets.shades_classic,
        );
        bar.start(total, 0);
      }
      bar?.update(done);
    },
    stop: () => bar?.stop(),
  };
}

/** Logs one line per skipped file and a summary; returns the number of failures. */
export function reportOutcomes(outcomes: readonly FileOutcome[], log: Logger): number {
  const failed = outcomes.filter((o) => o.status === 'skipped');
  for (const o of failed)
    log.error(
      { file: o.path, reason: o.status === 'skipped' ? o.reason : '' },
      `skipped ${o.file}: ${o.status === 'skipped' ? o.reason : ''}`,
    );
  log.info(
    { ok: outcomes.length - failed.length, skipped: failed.length },
    `${outcomes.length - failed.length} article(s) extracted, ${failed.length} skipped`,
  );
  return failed.length;
}

/** The per-file extraction budget the configuration sets. */
export function budgetOf(config: AppConfig): PoolOptions {
  return { timeoutMs: config.ingest.fileTimeoutMs, memoryMb: config.ingest.workerMemoryMb };
}

/** Options every pipeline command shares. */
export function addPipelineOptions(command: Command): Command {
  return command
    .addOption(
      new Option(
        '-w, --workers <n>',
        'worker threads for extraction; 0 or 1: one, articles in order (each file within a time and memory budget either way)',
      )
        .env('INGEST_WORKERS')
        .argParser(parseWorkers)
        .default(0),
    )
    .option('--follow-links', 'follow symbolic links that lead outside the given paths')
    .option('--no-progress', 'do not draw progress bars');
}

/** Builds the CLI with its commands; `signal` stops a running command between files (SIGINT / SIGTERM). */
export function buildCli(config: AppConfig, log: Logger = createCliLogger(config), signal?: AbortSignal): Command {
  const program = new Command('newsgraph')
    .description('Newsgraph ingest pipeline: articles in, knowledge graph out.')
    .version(APP_VERSION, '-V, --version', 'print the version');
  addPipelineOptions(
    program
      .command('extract')
      .description('extract entities and relations from article files or folders (no database) as one JSON document')
      .argument('<paths...>', 'article files (.txt, .md, .html) or folders to search recursively')
      .option('-o, --out <file>', 'write the JSON document to this file instead of stdout'),
  ).action(
    async (paths: string[], opts: { out?: string; workers: number; progress: boolean; followLinks?: boolean }) => {
      const progress = progressReporter(opts.progress, log);
      const workers = Math.min(opts.workers, availableParallelism());
      const outcomes = await extractFiles(paths, {
        workers,
        followLinks: Boolean(opts.followLinks),
        onProgress: progress.onProgress,
        signal,
        logger: log,
        budget: budgetOf(config),
      });
      progress.stop();
      const graphs = outcomes.flatMap((o) => (o.status === 'ok' ? [o.graph] : []));
      const json = `${JSON.stringify(toExtractionDocument(graphs), null, 2)}\n`;
      if (opts.out) {
        await writeFile(opts.out, json);
        log.info({ out: opts.out }, `wrote ${opts.out}`);
      } else process.stdout.write(json);
      if (reportOutcomes(outcomes, log) > 0) process.exitCode = 1;
    },
  );
  addPipelineOptions(
    program
      .command('ingest')
      .description(
        'extract articles and load them into the graph store (embedded Kuzu under DATA_DIR, or Neo4j with NEO4J_URI), ' +
          'one transaction per article; running it again changes nothing',
      )
      .argument('<paths...>', 'article files (.txt, .md, .html) or folders to search recursively')
      .addOption(
        new Option(
          '--server <url>',
          'send the articles to a running server (POST /api/ingest, with an editor’s token: NEWSGRAPH_TOKEN or INGEST_TOKEN) instead of opening the store',
        ),
      )
      .option('--force', 'extract every file again, also those stored from the same content (after a pipeline change)')
      .option(
        '--bulk',
        'into an empty embedded store, load everything in one bulk import (all or nothing): for large first loads',
      )
      .option('--dry-run', 'extract and report what would be loaded, without touching the store'),
  ).action(
    async (
      paths: string[],
      opts: {
        server?: string;
        force?: boolean;
        bulk?: boolean;
        dryRun?: boolean;
        workers: number;
        progress: boolean;
        followLinks?: boolean;
      },
    ) => {
      const progress = progressReporter(opts.progress, log);
      const workers = Math.min(opts.workers, availableParallelism());
      try {
        const reports = await runIngest(
          paths,
          {
            server: opts.server,
            force: Boolean(opts.force),
            bulk: Boolean(opts.bulk),
            dryRun: Boolean(opts.dryRun),
            workers,
            followLinks: Boolean(opts.followLinks),
            onProgress: progress.onProgress,
            signal,
            logger: log,
            budget: budgetOf(config),
          },
          config,
          log,
        );
        progress.stop();
        console.log(formatReport(reports));
        if (reports.some((r) => r.status === 'skipped')) process.exitCode = 1;
      } finally {
        progress.stop();
      }
    },
  );
  return program;
}

/** The command line with its logger, for core/cli.ts (main.ts is the process's entry). */
export const buildIngestCommand: BuildCommand = (config, stop) => {
  const log = createCliLogger(config);
  return { program: buildCli(config, log, stop), log };
};

runIfMain(import.meta.url, buildIngestCommand);
