/**
 * An entity merged into another keeps working as an address: a request for
 * it (or for a relation through it) is redirected (308) to the same route
 * under the survivor, so shared links and bookmarks survive curation.
 */
import type { RequestHandler } from 'express';
import { canonicalRelation, parseRelationId, relationId } from '../../core/relation-id.js';
import type { GraphStore } from '../../core/store/port.js';

async function survivorOf(store: GraphStore, what: 'entity' | 'relation', id: string): Promise<string | null> {
  if (what === 'entity') return (await store.curation.survivors([id])).get(id) ?? null;
  const key = parseRelationId(id);
  if (!key) return null;
  const survivors = await store.curation.survivors([key.source, key.target]);
  if (survivors.size === 0) return null;
  const now = canonicalRelation({
    source: survivors.get(key.source) ?? key.source,
    type: key.type,
    target: survivors.get(key.target) ?? key.target,
  });
  return now.source === now.target ? null : relationId(now);
}

/** A guard for routes whose `:id` is an entity or relation id. */
export function redirectMerged(store: GraphStore, what: 'entity' | 'relation'): RequestHandler {
  return async (req, res, next) => {
    const id = req.params['id'];
    const survivor = typeof id === 'string' ? await survivorOf(store, what, id) : null;
    if (!survivor) {
      next();
      return;
    }
    const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?')) : '';
    const path = String(req.route?.path ?? '').replace(':id', encodeURIComponent(survivor));
    res.redirect(308, `${req.baseUrl}${path}${query}`);
  };
}

/** Ids with every merged one replaced by its survivor (order kept, repeats dropped). */
export async function withSurvivors(store: GraphStore, ids: string[]): Promise<string[]> {
  const survivors = await store.curation.survivors(ids);
  return survivors.size === 0 ? ids : [...new Set(ids.map((id) => survivors.get(id) ?? id))];
}
