/**
 * The worker-thread pool every extraction runs on (the CLI's and the server's
 * uploads alike), so that extraction never holds the calling thread: each
 * worker keeps its own compromise instance and gazetteer, articles go to the
 * first free worker. Each article has a time budget and each worker a memory
 * cap: a worker that blows either is terminated and replaced, its article is
 * reported as over budget, and the others go on. Cross-article linking is not
 * done here: the caller links the results in order afterwards.
 */
import { Worker } from 'node:worker_threads';
import type { ArticleGraph } from '../../core/domain.js';
import { KnownPeople } from '../entities/known-people.js';
import type { ArticleInput } from '../extract.js';
import type { ExtractionJob, KnownPeopleUpdate, WorkerReply } from './worker-messages.js';

/** An article the pool gave up on: over its time or memory budget, or the pool was closed. */
export class ExtractionBudgetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExtractionBudgetError';
  }
}

export interface PoolOptions {
  /** Wall-clock budget of one article, in ms. */
  timeoutMs: number;
  /** Heap of one worker, in MB. */
  memoryMb: number;
}

export const DEFAULT_POOL_OPTIONS: PoolOptions = { timeoutMs: 60_000, memoryMb: 1024 };

interface Job {
  id: number;
  input: ArticleInput;
  known: KnownPeople;
  /** How many of `known`'s names the article is extracted with: those learnt before it was queued. */
  knownCount: number;
  resolve: (graph: ArticleGraph) => void;
  reject: (error: Error) => void;
}

interface Running {
  job: Job;
  timer: NodeJS.Timeout;
}

/** No one known: an article extracted on its own. */
const NO_ONE = new KnownPeople();

export class ExtractionPool {
  private readonly idle: Worker[] = [];
  private readonly all = new Set<Worker>();
  private readonly queue: Job[] = [];
  private readonly running = new Map<Worker, Running>();
  /** Which known people each worker holds: the set's id and how many of its names it has been sent. */
  private readonly sentPeople = new Map<Worker, { id: number; count: number }>();
  private nextId = 0;
  private closed = false;

  constructor(
    size: number,
    private readonly options: PoolOptions = DEFAULT_POOL_OPTIONS,
  ) {
    for (let i = 0; i < size; i++) this.spawn();
  }

  private spawn(): Worker {
    // From source (tsx) a worker needs tsx's loader registered before it imports TypeScript.
    const fromSource = import.meta.url.endsWith('.ts');
    const entry = new URL(fromSource ? './worker.ts' : './worker.js', import.meta.url);
    const resourceLimits = { maxOldGenerationSizeMb: this.options.memoryMb };
    const worker = fromSource
      ? new Worker(new URL('./worker-bootstrap.mjs', import.meta.url), {
          workerData: { entry: entry.href },
          resourceLimits,
        })
      : new Worker(entry, { resourceLimits });
    worker.on('message', (reply: WorkerReply) => this.finish(worker, reply));
    worker.on('error', (error: Error & { code?: string }) =>
      this.replace(
        worker,
        new ExtractionBudgetError(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? `extraction needed more than ${this.options.memoryMb} MB (the per-file budget) and was stopped`
            : `extraction failed: ${error.message}`,
        ),
      ),
    );
    worker.on('exit', () => this.replace(worker, new ExtractionBudgetError('the extraction worker stopped')));
    this.all.add(worker);
    return worker;
  }

  /**
   * Extracts one article on the next free worker, within the pool's budgets,
   * with the people `known` so far (names it learns later are not this article's).
   */
  extract(input: ArticleInput, known: KnownPeople = NO_ONE): Promise<ArticleGraph> {
    if (this.closed) return Promise.reject(new ExtractionBudgetError('extraction stopped'));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, input, known, knownCount: known.names.length, resolve, reject });
      this.pump();
    });
  }

  /** The names of `job`'s known people that `worker` lacks: all of them if it holds another set or more names. */
  private peopleUpdate(worker: Worker, job: Job): KnownPeopleUpdate {
    const sent = this.sentPeople.get(worker);
    const from = sent?.id === job.known.id && sent.count <= job.knownCount ? sent.count : 0;
    this.sentPeople.set(worker, { id: job.known.id, count: job.knownCount });
    return { set: job.known.id, from, names: job.known.names.slice(from, job.knownCount) };
  }

  private pump(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const job = this.queue.shift()!;
      const timer = setTimeout(
        () =>
          this.replace(
            worker,
            new ExtractionBudgetError(
              `extraction took longer than ${Math.round(this.options.timeoutMs / 1000)} s (the per-file budget) and was stopped`,
            ),
          ),
        this.options.timeoutMs,
      );
      this.running.set(worker, { job, timer });
      worker.ref();
      const message: ExtractionJob = { id: job.id, input: job.input, people: this.peopleUpdate(worker, job) };
      worker.postMessage(message);
    }
  }

  private finish(worker: Worker, reply: WorkerReply): void {
    // A new worker takes articles once it has loaded its parser: start-up is not part of any budget.
    if ('ready' in reply) {
      this.idle.push(worker);
      this.pump();
      this.unrefIfIdle(worker);
      return;
    }
    const running = this.running.get(worker);
    if (!running || running.job.id !== reply.id) return;
    clearTimeout(running.timer);
    this.running.delete(worker);
    this.idle.push(worker);
    if ('graph' in reply) running.job.resolve(reply.graph);
    else running.job.reject(new Error(reply.error));
    this.pump();
    this.unrefIfIdle(worker);
  }

  /**
   * An idle worker does not keep the process alive (a server's, a test's); a
   * starting or busy one does, or a command awaiting it would simply exit.
   */
  private unrefIfIdle(worker: Worker): void {
    if (this.idle.includes(worker)) worker.unref();
  }

  /** Fails the worker's article (if any), terminates it and puts a fresh worker in its place. */
  private replace(worker: Worker, error: Error): void {
    if (!this.all.delete(worker)) return;
    this.sentPeople.delete(worker);
    const running = this.running.get(worker);
    this.running.delete(worker);
    if (running) {
      clearTimeout(running.timer);
      running.job.reject(error);
    }
    const idleAt = this.idle.indexOf(worker);
    if (idleAt >= 0) this.idle.splice(idleAt, 1);
    void worker.terminate();
    if (!this.closed) {
      this.spawn();
    }
  }

  /** Stops every worker; articles not yet extracted fail with an {@link ExtractionBudgetError}. */
  async close(): Promise<void> {
    this.closed = true;
    const stopped = new ExtractionBudgetError('extraction stopped');
    for (const job of this.queue.splice(0)) job.reject(stopped);
    const workers = [...this.all];
    for (const worker of workers) this.replace(worker, stopped);
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
