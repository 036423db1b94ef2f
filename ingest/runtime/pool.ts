/**
 * A small worker-thread pool for extraction: each worker keeps its own
 * compromise instance and gazetteer, articles go to the first free worker.
 * Cross-article linking is not done here: the caller links the results in
 * order afterwards (a cheap sequential pass).
 */
import { Worker } from 'node:worker_threads';
import type { ArticleGraph, KnownEntity } from '../../core/domain.js';
import type { ArticleInput } from '../extract.js';

interface Job {
  id: number;
  input: ArticleInput;
  known: readonly KnownEntity[];
  resolve: (graph: ArticleGraph) => void;
  reject: (error: Error) => void;
}

type WorkerReply = { id: number; graph: ArticleGraph } | { id: number; error: string };

export class ExtractionPool {
  private readonly idle: Worker[] = [];
  private readonly all: Worker[] = [];
  private readonly queue: Job[] = [];
  private readonly running = new Map<Worker, Job>();
  private nextId = 0;

  constructor(size: number) {
    // From source (tsx) a worker needs tsx's loader registered before it imports TypeScript.
    const fromSource = import.meta.url.endsWith('.ts');
    const entry = new URL(fromSource ? './worker.ts' : './worker.js', import.meta.url);
    for (let i = 0; i < size; i++) {
      const worker = fromSource
        ? new Worker(new URL('./worker-bootstrap.mjs', import.meta.url), { workerData: { entry: entry.href } })
        : new Worker(entry);
      worker.on('message', (reply: WorkerReply) => this.finish(worker, reply));
      worker.on('error', (error) => this.fail(worker, error));
      this.all.push(worker);
      this.idle.push(worker);
    }
  }

  /** Extracts one article on the next free worker. */
  extract(input: ArticleInput, known: readonly KnownEntity[] = []): Promise<ArticleGraph> {
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, input, known, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop() as Worker;
      const job = this.queue.shift() as Job;
      this.running.set(worker, job);
      worker.postMessage({ id: job.id, input: job.input, known: job.known });
    }
  }

  private finish(worker: Worker, reply: WorkerReply): void {
    const job = this.running.get(worker);
    this.running.delete(worker);
    this.idle.push(worker);
    if (job) {
      if ('graph' in reply) job.resolve(reply.graph);
      else job.reject(new Error(reply.error));
    }
    this.pump();
  }

  private fail(worker: Worker, error: Error): void {
    const job = this.running.get(worker);
    this.running.delete(worker);
    job?.reject(error);
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    await Promise.all(this.all.map((w) => w.terminate()));
  }
}
