/**
 * The whole stored graph as plain, ordered data: every entity with its
 * names, counters, articles and relations, every relation with its evidence,
 * every article's metadata. Two stores (or one store before and after) hold
 * the same graph when their snapshots are equal.
 */
import type { GraphStore } from '../../core/store/port.js';

export async function graphSnapshot(store: GraphStore) {
  const ids = (await store.knownEntities()).map((k) => k.id).sort();
  const entities = [];
  const relationIds = new Set<string>();
  for (const id of ids) {
    const e = await store.entity(id);
    const relations = Object.values(e.relations)
      .flat()
      .map((r) => r.edge.id)
      .sort();
    for (const r of relations) relationIds.add(r);
    entities.push({
      id: e.id,
      name: e.name,
      kind: e.kind,
      aliases: [...e.aliases].sort(),
      roles: [...e.roles].sort(),
      degree: e.degree,
      articleCount: e.articleCount,
      articles: e.articles.map((a) => `${a.id}:${a.mentions}`).sort(),
      relations,
    });
  }
  const relations = [];
  for (const id of [...relationIds].sort()) {
    const { edge, evidence } = await store.relation(id);
    relations.push({
      ...edge,
      articles: [...edge.articles].sort(),
      // One report per sentence, in the order the articles were loaded (an edit reloads them): compared as a set.
      reports: edge.reports.map((r) => JSON.stringify(r)).sort(),
      evidence: evidence
        .map(
          (e) =>
            `${e.articleId}@${e.start}-${e.end} ${JSON.stringify([e.subject, e.object, e.date, e.source, e.certainty, e.attribution, e.rule])}`,
        )
        .sort(),
    });
  }
  const articles = (await store.articles())
    .map(({ sourceHash: _hash, ...a }) => a)
    .sort((a, b) => a.id.localeCompare(b.id));
  return { entities, relations, articles };
}
