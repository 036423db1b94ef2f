/**
 * Writes one article's contribution to the graph inside one transaction:
 * upsert the article, its entities (aliases merged) and its relations, whose
 * evidence lists gain this article's sentences. A changed re-load first
 * retracts what the previous version contributed; an identical one is a no-op.
 */
import type { ArticleGraph, EntityKind, ExtractedEntity, LoadSummary, RelationProperties } from '../domain.js';
import { isEntityKind } from '../ontology.js';
import { parseRelationId, type RelationKey } from '../relation-id.js';
import type { Logger } from '../logger.js';
import { contentHash, entityColumns, isTyped, mergeEvidence, planRelations, relationColumns } from './article-plan.js';
import { groupByKind, type KindIndex } from './kind-index.js';
import { storedEvidence, toGraphEdge, toGraphNode, type StoredEvidence } from './records.js';
import type { QueryExecutor } from './runner.js';
import { numList, strList } from './values.js';

interface Counters {
  degree: number;
  article: number;
  mention: number;
}

export class ArticleWriter {
  /** Kinds learned or invalidated by the running transaction, applied to the index only once it commits. */
  private pendingKinds = new Map<string, EntityKind | null>();
  private readonly counters = new Map<string, Counters & { kind: EntityKind }>();

  constructor(
    private readonly tx: QueryExecutor,
    private readonly kinds: KindIndex,
    private readonly logger: Logger,
  ) {}

  /** Applies the kinds this write learned to the shared index; call after commit. */
  commitKinds(): void {
    for (const [id, kind] of this.pendingKinds) {
      if (kind) this.kinds.remember(id, kind);
      else this.kinds.forget([id]);
    }
  }

  private count(id: string, kind: EntityKind, delta: Partial<Counters>): void {
    const c = this.counters.get(id) ?? { kind, degree: 0, article: 0, mention: 0 };
    c.degree += delta.degree ?? 0;
    c.article += delta.article ?? 0;
    c.mention += delta.mention ?? 0;
    this.counters.set(id, c);
  }

  async write(graph: ArticleGraph): Promise<LoadSummary> {
    const { article } = graph;
    const hash = contentHash(graph);
    const [state] = await this.tx.run('article-state', { id: article.id });
    const base = { articleId: article.id, entities: graph.entities.length };
    if (state && state.contentHash === hash) {
      return { ...base, relations: strList(state, 'relationIds').length, evidence: 0, dropped: 0, changed: false };
    }
    const previousEntities = state ? await this.retract(article.id, strList(state, 'relationIds')) : [];

    const existingKinds = await this.kinds.locate(
      graph.entities.map((e) => e.id),
      this.tx,
    );
    const declared = new Map(graph.entities.map((e) => [e.id, e.kind]));
    const kindOf = (id: string): EntityKind | undefined => existingKinds.get(id) ?? declared.get(id);
    for (const e of graph.entities) {
      const stored = existingKinds.get(e.id);
      if (stored && stored !== e.kind) {
        this.logger.warn(
          { id: e.id, stored, extracted: e.kind },
          'entity already stored under another kind; keeping it',
        );
      }
    }
    const { planned, dropped } = planRelations(graph, kindOf);

    // Existing edges among already-stored entities gain evidence; the others are new.
    const existingEdges = new Map<string, StoredEvidence[]>();
    const existingProps = new Map<string, RelationProperties>();
    for (const r of planned) {
      if (!existingKinds.has(r.source) || !existingKinds.has(r.target)) continue;
      const [row] = await this.tx.run(
        'relation-get',
        { source: r.source, target: r.target },
        {
          from: kindOf(r.source)!,
          type: r.type,
          to: kindOf(r.target)!,
        },
      );
      if (row) {
        existingEdges.set(r.id, storedEvidence(row));
        existingProps.set(r.id, toGraphEdge(row.edge)?.properties ?? {});
      }
    }
    for (const r of planned) {
      if (!existingEdges.has(r.id) && isTyped(r.type)) {
        this.count(r.source, kindOf(r.source)!, { degree: 1 });
        this.count(r.target, kindOf(r.target)!, { degree: 1 });
      }
    }

    await this.upsertEntities(graph.entities, existingKinds, kindOf);
    await this.flushCounters(new Set(graph.entities.map((e) => e.id)));

    for (const r of planned) {
      const template = { from: kindOf(r.source)!, type: r.type, to: kindOf(r.target)! };
      const previous = existingEdges.get(r.id);
      if (previous) {
        const properties = { ...r.properties, ...existingProps.get(r.id) };
        await this.tx.run(
          'relation-update',
          { source: r.source, target: r.target, ...relationColumns(properties, mergeEvidence(previous, r.evidence)) },
          template,
        );
      } else {
        await this.tx.run(
          'relation-create',
          { source: r.source, target: r.target, id: r.id, ...relationColumns(r.properties, r.evidence) },
          template,
        );
      }
    }

    const evidence = planned.reduce((n, r) => n + r.evidence.length, 0);
    await this.tx.run('article-upsert', {
      id: article.id,
      file: article.file,
      title: article.title,
      source: article.source,
      date: article.date,
      url: article.url,
      byline: article.byline,
      sourceHash: article.sourceHash ?? null,
      text: article.text,
      contentHash: hash,
      relationIds: planned.map((r) => r.id),
      entityIds: graph.entities.map((e) => e.id),
      entityCount: graph.entities.length,
      relationCount: planned.length,
      evidenceCount: evidence,
    });

    for (const e of graph.entities) {
      if (e.mentions.length === 0) continue;
      await this.tx.run(
        'mention-create',
        {
          article: article.id,
          entity: e.id,
          count: e.mentions.length,
          spanStarts: e.mentions.map((m) => m.start),
          spanEnds: e.mentions.map((m) => m.end),
        },
        { kind: kindOf(e.id)! },
      );
    }

    const current = new Set(graph.entities.map((e) => e.id));
    const gone = previousEntities.filter((p) => !current.has(p.id));
    for (const [kind, ids] of groupByKind(
      gone.map((g) => g.id),
      new Map(gone.map((g) => [g.id, g.kind])),
    )) {
      await this.tx.run('entities-delete-orphans', { ids }, { kind });
      for (const id of ids) this.pendingKinds.set(id, null);
    }
    return { ...base, relations: planned.length, evidence, dropped, changed: true };
  }

  /**
   * Removes what a previous version of the article contributed: its evidence
   * on relations (a relation left without evidence is deleted), its mentions,
   * and its share of the entities' counters. Returns the entities it mentioned.
   */
  private async retract(articleId: string, relationIds: string[]): Promise<Array<{ id: string; kind: EntityKind }>> {
    const mentioned = await this.tx.run('article-mentions', { id: articleId });
    const keys = relationIds.map(parseRelationId).filter((k): k is RelationKey => k !== null);
    const kinds = await this.kinds.locate(
      keys.flatMap((k) => [k.source, k.target]),
      this.tx,
    );
    for (const key of keys) {
      const from = kinds.get(key.source);
      const to = kinds.get(key.target);
      if (!from || !to) continue;
      const template = { from, type: key.type, to };
      const [row] = await this.tx.run('relation-get', { source: key.source, target: key.target }, template);
      if (!row) continue;
      const kept = storedEvidence(row).filter((e) => e.article !== articleId);
      if (kept.length === 0) {
        await this.tx.run('relation-delete', { source: key.source, target: key.target }, template);
        if (isTyped(key.type)) {
          this.count(key.source, from, { degree: -1 });
          this.count(key.target, to, { degree: -1 });
        }
      } else {
        const properties = toGraphEdge(row.edge)?.properties ?? {};
        await this.tx.run(
          'relation-update',
          { source: key.source, target: key.target, ...relationColumns(properties, kept) },
          template,
        );
      }
    }
    await this.tx.run('mentions-delete', { id: articleId });
    const previous: Array<{ id: string; kind: EntityKind }> = [];
    for (const m of mentioned) {
      if (typeof m.id !== 'string' || !isEntityKind(m.kind)) continue;
      this.count(m.id, m.kind, { article: -1, mention: -numList(m, 'spanStarts').length });
      previous.push({ id: m.id, kind: m.kind });
    }
    return previous;
  }

  /** Updates the entities already stored (names merged, counters moved by deltas) and creates the new ones. */
  private async upsertEntities(
    entities: ExtractedEntity[],
    existingKinds: Map<string, EntityKind>,
    kindOf: (id: string) => EntityKind | undefined,
  ): Promise<void> {
    const stored = new Map<string, { name: string; aliases: string[]; roles: string[] }>();
    for (const [kind, ids] of groupByKind(
      entities.map((e) => e.id),
      existingKinds,
    )) {
      for (const row of await this.tx.run('entity-nodes', { ids }, { kind })) {
        const node = toGraphNode(row.node);
        if (node) stored.set(node.id, node);
      }
    }
    for (const e of entities) {
      const kind = kindOf(e.id)!;
      const before = stored.get(e.id);
      const name = before?.name ?? e.name;
      const delta = this.counters.get(e.id) ?? { degree: 0, article: 0, mention: 0 };
      this.counters.delete(e.id);
      const columns = entityColumns(
        { id: e.id, name, kind },
        [...(before?.aliases ?? []), name, ...e.aliases, e.name],
        [...(before?.roles ?? []), ...e.roles],
      );
      const counters = { article: delta.article + 1, mention: delta.mention + e.mentions.length };
      if (before) {
        await this.tx.run(
          'entity-update',
          { ...columns, degreeDelta: delta.degree, articleDelta: counters.article, mentionDelta: counters.mention },
          { kind },
        );
      } else {
        await this.tx.run(
          'entity-create',
          { ...columns, degree: delta.degree, articleCount: counters.article, mentionCount: counters.mention },
          { kind },
        );
      }
      this.pendingKinds.set(e.id, kind);
    }
  }

  /** Applies the counter changes of entities the new version does not upsert. */
  private async flushCounters(upserted: Set<string>): Promise<void> {
    for (const [id, c] of this.counters) {
      if (upserted.has(id)) continue;
      await this.tx.run(
        'entity-counters',
        { id, degreeDelta: c.degree, articleDelta: c.article, mentionDelta: c.mention },
        { kind: c.kind },
      );
    }
    for (const id of [...this.counters.keys()]) if (!upserted.has(id)) this.counters.delete(id);
  }
}
