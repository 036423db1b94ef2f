/**
 * Bulk import of many articles into an empty store, for first loads of a
 * large corpus: the same planning as the per-article writer (relations in
 * stored orientation, evidence merged across articles, counters), computed
 * in memory and appended with the database's bulk loader (Kuzu's COPY FROM),
 * one table at a time. Orders of magnitude faster than one transaction per
 * article; later articles go through the normal writer. Rows of the large
 * tables are made from the merged records only as the loader writes them
 * ({@link BulkCopy.rows}).
 */
import type { ArticleGraph, EntityKind, ExtractedEntity, LoadSummary, RelationProperties } from '../domain.js';
import { ENTITY_KINDS } from '../ontology.js';
import {
  contentHash,
  entityColumns,
  isTyped,
  mergeEvidence,
  planRelations,
  relationColumns,
  type PlannedRelation,
} from './article-plan.js';
import type { StoredEvidence } from './records.js';
import type { BulkCopy } from './runner.js';

interface EntityAccumulator {
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  roles: string[];
  degree: number;
  articleCount: number;
  mentionCount: number;
}

interface RelationAccumulator {
  key: PlannedRelation;
  from: EntityKind;
  to: EntityKind;
  properties: RelationProperties;
  evidence: StoredEvidence[];
}

interface MentionRecord {
  article: string;
  entity: ExtractedEntity;
}

/** A relation table and one of its endpoint pairs: Kuzu copies one pair at a time. */
interface RelationPair {
  type: PlannedRelation['type'];
  from: EntityKind;
  to: EntityKind;
}

export interface BulkTables {
  entities: Map<EntityKind, BulkCopy['rows']>;
  articles: object[];
  /** Keyed `TYPE|FromKind|ToKind`. */
  relations: Map<string, RelationPair & { rows: BulkCopy['rows'] }>;
  mentions: Map<EntityKind, BulkCopy['rows']>;
  summaries: LoadSummary[];
}

/** Rows made from `records` each time they are read (see {@link BulkCopy.rows}). */
function rowsOf<T>(records: readonly T[], toRow: (record: T) => object): BulkCopy['rows'] {
  return {
    *[Symbol.iterator]() {
      for (const record of records) yield toRow(record);
    },
  };
}

function entityRow(e: EntityAccumulator): object {
  return {
    ...entityColumns({ id: e.id, name: e.name, kind: e.kind }, e.aliases, e.roles),
    degree: e.degree,
    articleCount: e.articleCount,
    mentionCount: e.mentionCount,
  };
}

function relationRow(r: RelationAccumulator): object {
  return {
    from: r.key.source,
    to: r.key.target,
    id: r.key.id,
    // Only the embedded store bulk-loads (COPY FROM).
    ...relationColumns(r.properties, r.evidence, 'kuzu'),
  };
}

function mentionRow({ article, entity }: MentionRecord): object {
  return {
    from: article,
    to: entity.id,
    count: entity.mentions.length,
    spanStarts: entity.mentions.map((m) => m.start),
    spanEnds: entity.mentions.map((m) => m.end),
  };
}

/** Everything the articles contribute, as rows per table. Later copies of an article id are ignored. */
export function planBulkImport(graphs: ArticleGraph[]): BulkTables {
  const entities = new Map<string, EntityAccumulator>();
  const relations = new Map<string, RelationAccumulator>();
  const articles: object[] = [];
  const mentions = new Map<EntityKind, MentionRecord[]>();
  const summaries: LoadSummary[] = [];
  const seenArticles = new Set<string>();

  for (const graph of graphs) {
    if (seenArticles.has(graph.article.id)) continue;
    seenArticles.add(graph.article.id);
    for (const e of graph.entities) {
      const acc = entities.get(e.id);
      if (acc) {
        acc.aliases.push(...e.aliases, e.name);
        acc.roles.push(...e.roles);
        acc.articleCount += 1;
        acc.mentionCount += e.mentions.length;
      } else {
        entities.set(e.id, {
          id: e.id,
          name: e.name,
          kind: e.kind,
          aliases: [...e.aliases],
          roles: [...e.roles],
          degree: 0,
          articleCount: 1,
          mentionCount: e.mentions.length,
        });
      }
    }
    // The first kind an id was seen with wins, as in the per-article writer.
    const { planned, dropped } = planRelations(graph, (id) => entities.get(id)?.kind);
    for (const r of planned) {
      const acc = relations.get(r.id);
      if (acc) {
        acc.evidence = mergeEvidence(acc.evidence, r.evidence);
        for (const [k, v] of Object.entries(r.properties)) {
          acc.properties[k as keyof RelationProperties] ??= v;
        }
      } else {
        relations.set(r.id, {
          key: r,
          from: entities.get(r.source)!.kind,
          to: entities.get(r.target)!.kind,
          properties: { ...r.properties },
          evidence: r.evidence,
        });
      }
    }
    for (const e of graph.entities) {
      if (e.mentions.length === 0) continue;
      const kind = entities.get(e.id)!.kind;
      const records = mentions.get(kind) ?? [];
      records.push({ article: graph.article.id, entity: e });
      mentions.set(kind, records);
    }
    const evidence = planned.reduce((n, r) => n + r.evidence.length, 0);
    const { text, ...meta } = graph.article;
    articles.push({
      ...meta,
      sourceHash: meta.sourceHash ?? null,
      text,
      contentHash: contentHash(graph),
      relationIds: planned.map((r) => r.id),
      entityIds: graph.entities.map((e) => e.id),
      entityCount: graph.entities.length,
      relationCount: planned.length,
      evidenceCount: evidence,
    });
    summaries.push({
      articleId: graph.article.id,
      entities: graph.entities.length,
      relations: planned.length,
      evidence,
      dropped,
      changed: true,
    });
  }

  for (const r of relations.values()) {
    if (!isTyped(r.key.type)) continue;
    entities.get(r.key.source)!.degree += 1;
    entities.get(r.key.target)!.degree += 1;
  }

  const entityRecords = new Map<EntityKind, EntityAccumulator[]>(ENTITY_KINDS.map((k) => [k, []]));
  for (const e of entities.values()) entityRecords.get(e.kind)!.push(e);
  const relationGroups = new Map<string, RelationPair & { records: RelationAccumulator[] }>();
  for (const r of relations.values()) {
    const group = `${r.key.type}|${r.from}|${r.to}`;
    const entry = relationGroups.get(group) ?? { type: r.key.type, from: r.from, to: r.to, records: [] };
    entry.records.push(r);
    relationGroups.set(group, entry);
  }
  return {
    entities: new Map([...entityRecords].map(([kind, records]) => [kind, rowsOf(records, entityRow)])),
    articles,
    relations: new Map(
      [...relationGroups].map(([group, { records, ...pair }]) => [
        group,
        { ...pair, rows: rowsOf(records, relationRow) },
      ]),
    ),
    mentions: new Map([...mentions].map(([kind, records]) => [kind, rowsOf(records, mentionRow)])),
    summaries,
  };
}
