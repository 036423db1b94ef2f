/**
 * Runs console queries in separate, restartable processes (sandbox-child.ts),
 * so that nothing an analyst types can take the server down with it: a query
 * that crashes the database's parser, grows memory without bound, or runs past
 * its time-out (parsing included) costs only its own process, which is killed
 * and started again for the next query.
 *
 * Limits: a hard deadline (the query's time-out plus a grace), a resident
 * memory ceiling checked every 100 ms, OS limits on writable memory and core
 * dumps (`prlimit`, where installed), a V8 heap cap, and Kuzu's own buffer
 * pool and database-size caps. The console has its own slots and a bounded
 * queue: when they are full it answers 503 `console_busy` at once, so it never
 * holds up the rest of the API.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { errors } from '../../errors.js';
import type { Logger } from '../../logger.js';
import type { ConsoleOptions, ConsoleRows, Params } from '../runner.js';
import type { ConsoleReply, ConsoleRequest, ConsoleView } from './sandbox-protocol.js';
import { decodeError, decodeRows } from './wire.js';

export interface ConsoleSandboxOptions {
  /** The view to query now (a fresh snapshot after writes, for Kuzu). */
  view: () => Promise<ConsoleView>;
  /** Queries run at once, one process each. */
  slots: number;
  /** Queries that may wait for a slot; more are refused with 503. */
  queue: number;
  /** Resident memory of one sandbox process, in MB. */
  memoryMb: number;
  logger: Logger;
}

/** Time past the query's own time-out before the process is killed (the database stops it first, normally). */
const GRACE_MS = 1_000;
/** How long a new sandbox process may take to start. */
const START_MS = 60_000;
const WATCH_MS = 100;
const PAGE_BYTES = 4096;
const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const PRLIMIT = ['/usr/bin/prlimit', '/bin/prlimit'].find((p) => fs.existsSync(p));

/** Resident memory of a process in bytes, or 0 when it is gone. */
function residentBytes(pid: number): number {
  try {
    const statm = fs.readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ');
    return Number(statm[1]) * PAGE_BYTES;
  } catch {
    return 0;
  }
}

/** One sandbox process, started on first use and again after it is killed or dies. */
class Slot {
  private child: ChildProcess | null = null;
  private started: Promise<ChildProcess> | null = null;
  private nextId = 0;
  /** The view the process has open (its JSON), so that it reopens only after a write. */
  private openedView: string | null = null;
  private closing = false;

  constructor(private readonly options: ConsoleSandboxOptions) {}

  private start(): Promise<ChildProcess> {
    this.started ??= new Promise<ChildProcess>((resolve, reject) => {
      const fromSource = import.meta.url.endsWith('.ts');
      const entry = fileURLToPath(new URL(fromSource ? './sandbox-child.ts' : './sandbox-child.js', import.meta.url));
      const heapMb = Math.max(64, Math.floor(this.options.memoryMb / 4));
      const nodeArgs = [
        `--max-old-space-size=${heapMb}`,
        // Run from source: tsx's loader, found from the repository root (the child's working directory).
        ...(fromSource ? ['--import', 'tsx'] : []),
        entry,
      ];
      // The kernel's own cap on writable memory (heap, malloc, Kuzu's buffer pool) at four times the budget, a
      // backstop should the watchdog below be late; no core dumps. Address space is not capped: V8 and Kuzu
      // reserve tens of GB of it up front without using it.
      const dataBytes = this.options.memoryMb * 4 * 1024 * 1024;
      const [command, args] = PRLIMIT
        ? [PRLIMIT, [`--data=${dataBytes}`, '--core=0', '--', process.execPath, ...nodeArgs]]
        : [process.execPath, nodeArgs];
      const child = spawn(command, args, {
        cwd: REPO_ROOT,
        stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
        serialization: 'advanced',
      });
      this.child = child;
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(errors.storeUnavailable('The console’s sandbox process did not start in time.'));
      }, START_MS);
      child.once('message', () => {
        clearTimeout(timer);
        resolve(child);
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        this.forget(child);
        reject(errors.storeUnavailable(`The console’s sandbox process stopped while starting (${signal ?? code}).`));
      });
    });
    return this.started;
  }

  async run(query: string, params: Params, options: ConsoleOptions): Promise<ConsoleRows> {
    const view = await this.options.view();
    const child = await this.start();
    const key = JSON.stringify(view);
    if (this.openedView !== key) {
      this.openedView = null;
      await this.exchange(
        child,
        { type: 'open', id: this.nextId++, view, memoryMb: this.options.memoryMb },
        START_MS,
        () => errors.storeUnavailable('The console’s sandbox could not open the store in time.'),
      );
      this.openedView = key;
    }
    const reply = await this.exchange(
      child,
      { type: 'run', id: this.nextId++, query, params, ...options },
      options.timeoutMs + GRACE_MS,
      () => errors.queryTimeout(options.timeoutMs),
    );
    if (!('rows' in reply)) throw errors.storeUnavailable('The console’s sandbox answered out of turn.');
    return decodeRows(reply.rows);
  }

  /**
   * Sends one request and waits for its reply, killing the process when the
   * deadline passes or its memory goes over the ceiling; a process that dies
   * fails the request. A killed process is started again on the next request.
   */
  private exchange(
    child: ChildProcess,
    request: ConsoleRequest,
    deadlineMs: number,
    late: () => Error,
  ): Promise<ConsoleReply> {
    return new Promise<ConsoleReply>((resolve, reject) => {
      const limitBytes = this.options.memoryMb * 1024 * 1024;
      const stop = (error: Error) => {
        cleanup();
        this.forget(child);
        child.kill('SIGKILL');
        reject(error);
      };
      const deadline = setTimeout(() => stop(late()), deadlineMs);
      const watch = setInterval(() => {
        if (residentBytes(child.pid ?? 0) > limitBytes) {
          stop(errors.queryFailed(`The query needed more than ${this.options.memoryMb} MB of memory and was stopped.`));
        }
      }, WATCH_MS);
      const onMessage = (reply: ConsoleReply) => {
        if ('ready' in reply || reply.id !== request.id) return;
        cleanup();
        if ('error' in reply) reject(decodeError(reply.error));
        else resolve(reply);
      };
      const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
        cleanup();
        this.forget(child);
        this.options.logger.warn({ code, signal }, 'console sandbox process died during a query');
        reject(
          errors.queryFailed(
            `The query stopped the console’s database process (${signal ?? `exit ${code}`}); nothing else was affected.`,
          ),
        );
      };
      const cleanup = () => {
        clearTimeout(deadline);
        clearInterval(watch);
        child.off('message', onMessage);
        child.off('exit', onExit);
      };
      child.on('message', onMessage);
      child.on('exit', onExit);
      child.send(request);
    });
  }

  /** Drops a process that is being killed or has died: the next request starts a new one. */
  private forget(child: ChildProcess): void {
    if (this.child !== child) return;
    this.child = null;
    this.started = null;
    this.openedView = null;
    // Start the replacement now, so the next query does not wait for it.
    if (!this.closing) this.start().catch(() => undefined);
  }

  async close(): Promise<void> {
    this.closing = true;
    const child = this.child;
    this.child = null;
    this.started = null;
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    }
  }
}

export class ConsoleSandbox {
  private readonly slots: Slot[];
  private readonly idle: Slot[];
  private readonly waiting: Array<(slot: Slot) => void> = [];
  private closed = false;

  constructor(private readonly options: ConsoleSandboxOptions) {
    this.slots = Array.from({ length: options.slots }, () => new Slot(options));
    this.idle = [...this.slots];
  }

  async run(query: string, params: Params, options: ConsoleOptions): Promise<ConsoleRows> {
    if (this.closed) throw errors.storeUnavailable('The console is closed.');
    if (this.idle.length === 0 && this.waiting.length >= this.options.queue) {
      throw errors.consoleBusy(
        `The console is running ${this.slots.length} queries with ${this.waiting.length} waiting; try again in a moment.`,
      );
    }
    const slot = this.idle.pop() ?? (await new Promise<Slot>((resolve) => this.waiting.push(resolve)));
    try {
      return await slot.run(query, params, options);
    } finally {
      const next = this.waiting.shift();
      if (next) next(slot);
      else this.idle.push(slot);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.close()));
  }
}
