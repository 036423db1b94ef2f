/**
 * A cache of read responses, valid for one generation of the store: any
 * write in this process bumps the generation and empties it. When the store
 * cannot vouch for every write (`generation()` is null, as on Neo4j, where
 * other processes write too), nothing is cached.
 */
import type { Request, RequestHandler, Response } from 'express';
import type { GraphStore } from '../../core/store/port.js';

export interface ResponseCacheOptions {
  /** Upper bound of the cached bodies' total size; 0 disables the cache. */
  maxBytes: number;
}

/** Bodies larger than this share of the budget are not worth evicting others for. */
const LARGEST_SHARE = 8;

export class ResponseCache {
  private generation: number | null = null;
  /** Insertion order is recency order: a hit moves its entry to the end. */
  private readonly entries = new Map<string, string>();
  private bytes = 0;

  constructor(
    private readonly store: Pick<GraphStore, 'generation'>,
    private readonly options: ResponseCacheOptions,
  ) {}

  /** Middleware that answers from the cache, or caches the JSON the route sends. */
  middleware(): RequestHandler {
    return (req, res, next) => {
      const generation = this.options.maxBytes > 0 ? this.store.generation() : null;
      if (generation === null) {
        next();
        return;
      }
      if (generation !== this.generation) this.reset(generation);
      const key = cacheKey(req);
      const hit = this.entries.get(key);
      if (hit !== undefined) {
        this.entries.delete(key);
        this.entries.set(key, hit);
        res.set('X-Cache', 'hit');
        sendJsonText(res, hit);
        return;
      }
      res.set('X-Cache', 'miss');
      res.json = (body: unknown) => {
        const text = JSON.stringify(body);
        // A write that finished while this was computed may or may not be in it: not cacheable.
        if (res.statusCode === 200 && this.store.generation() === generation) this.put(key, text, generation);
        return sendJsonText(res, text);
      };
      next();
    };
  }

  private reset(generation: number): void {
    this.entries.clear();
    this.bytes = 0;
    this.generation = generation;
  }

  private put(key: string, text: string, generation: number): void {
    if (generation !== this.generation) return;
    const size = text.length;
    if (size > this.options.maxBytes / LARGEST_SHARE) return;
    const previous = this.entries.get(key);
    if (previous !== undefined) this.bytes -= previous.length;
    this.entries.set(key, text);
    this.bytes += size;
    for (const [oldest, body] of this.entries) {
      if (this.bytes <= this.options.maxBytes) break;
      this.entries.delete(oldest);
      this.bytes -= body.length;
    }
  }
}

/** The URL with its query, and the body for POST reads (neighbourhood, subgraph). */
function cacheKey(req: Request): string {
  return req.method === 'GET'
    ? `GET ${req.originalUrl}`
    : `${req.method} ${req.originalUrl} ${JSON.stringify(req.body ?? null)}`;
}

function sendJsonText(res: Response, text: string): Response {
  return res.type('application/json').send(text);
}
