/**
 * Writes one article's contribution to the graph inside one transaction:
 * upsert the article, its entities (aliases merged) and its relations, whose
 * evidence lists gain this article's sentences. A changed re-load first
 * retracts what the previous version contributed; an identical one is a no-op.
 *
 * Entities and mentions are written a kind at a time, relations a table
 * (type between two kinds) at a time: one statement with the rows of that
 * group (Neo4j: UNWIND; Kuzu runs the relation files once per row, see `// each:`
 * in the catalogue, and mentions as one join per kind). Entity updates and new
 * relations go through the transaction's {@link DeferredWrites}, which merges
 * them across its articles. On the embedded store the in-process {@link EntityDirectory}
 * says what is stored already, and learns what the write produced only once
 * the transaction commits ({@link ArticleWriter.committed}).
 */
import type { ArticleGraph, EntityKind, ExtractedEntity, LoadSummary, RelationProperties } from '../domain.js';
import { isEntityKind } from '../ontology.js';
import { parseRelationId, type RelationKey } from '../relation-id.js';
import type { Logger } from '../logger.js';
import { contentHash, entityColumns, isTyped, mergeEvidence, planRelations, relationColumns } from './article-plan.js';
import type { DirectoryEntry, EntityChanges, EntityLookup } from './entity-directory.js';
import { groupByKind, groupByTable, type KindIndex } from './kind-index.js';
import { articleMetadata, storedEvidence, toGraphEdge, toGraphNode, type StoredEvidence } from './records.js';
import type { QueryExecutor } from './runner.js';
import { numList, str, strList } from './values.js';

interface Counters {
  degree: number;
  article: number;
  mention: number;
}

/** The key columns of a relation row: its two ends. */
function endpoints(r: { source: string; target: string }): { source: string; target: string } {
  return { source: r.source, target: r.target };
}

/** What the store holds of an entity before this write. */
type StoredEntity = Omit<DirectoryEntry, 'id'>;

export class ArticleWriter {
  /** Kinds learned or invalidated by the running transaction, applied to the index only once it commits. */
  private pendingKinds = new Map<string, EntityKind | null>();
  private readonly counters = new Map<string, Counters & { kind: EntityKind }>();
  private readonly changes: EntityChanges = { upserted: [], removed: [] };

  /**
   * @param directory the embedded store's directory as this transaction sees
   * it (it answers what is stored); null on Neo4j, where the writer reads it
   * in the transaction.
   */
  constructor(
    private readonly tx: QueryExecutor,
    private readonly kinds: KindIndex,
    private readonly directory: EntityLookup | null,
    private readonly logger: Logger,
  ) {}

  /** What this article changed in the entity set (for the transaction's view of the directory). */
  entityChanges(): EntityChanges {
    return this.changes;
  }

  /** Applies what this write learned to the shared kind index; call after commit. */
  committed(): void {
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

  /** The kinds of the stored entities among `ids`. */
  private async locate(ids: Iterable<string>): Promise<Map<string, EntityKind>> {
    if (!this.directory) return this.kinds.locate(ids, this.tx);
    const found = new Map<string, EntityKind>();
    for (const id of ids) {
      const kind = this.directory.get(id)?.kind;
      if (kind) found.set(id, kind);
    }
    return found;
  }

  /** What is stored of the entities among `ids` whose kinds are known. */
  private async stored(kinds: Map<string, EntityKind>): Promise<Map<string, StoredEntity>> {
    const out = new Map<string, StoredEntity>();
    if (this.directory) {
      for (const id of kinds.keys()) {
        const entry = this.directory.get(id);
        if (entry) out.set(id, entry);
      }
      return out;
    }
    for (const [kind, ids] of groupByKind(kinds.keys(), kinds)) {
      for (const row of await this.tx.run('entity-nodes', { ids }, { kind })) {
        const node = toGraphNode(row.node);
        if (node) out.set(node.id, node);
      }
    }
    return out;
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

    const existingKinds = await this.locate(graph.entities.map((e) => e.id));
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
    const amongStored = planned.filter((r) => existingKinds.has(r.source) && existingKinds.has(r.target));
    for (const { table, relations } of groupByTable(amongStored, kindOf)) {
      for (const row of await this.tx.run('relations-get', { rows: relations.map(endpoints) }, table)) {
        const edge = toGraphEdge(row.edge);
        if (!edge) continue;
        existingEdges.set(edge.id, storedEvidence(row));
        existingProps.set(edge.id, edge.properties);
      }
    }
    for (const r of planned) {
      if (!existingEdges.has(r.id) && isTyped(r.type)) {
        this.count(r.source, kindOf(r.source)!, { degree: 1 });
        this.count(r.target, kindOf(r.target)!, { degree: 1 });
      }
    }

    const touched = new Map([...existingKinds, ...previousEntities.map((p): [string, EntityKind] => [p.id, p.kind])]);
    const before = await this.stored(touched);
    await this.upsertEntities(graph.entities, existingKinds, kindOf, before);
    await this.flushCounters(new Set(graph.entities.map((e) => e.id)), before);

    for (const { table, relations } of groupByTable(planned, kindOf)) {
      const updates: object[] = [];
      const creates: object[] = [];
      for (const r of relations) {
        const previous = existingEdges.get(r.id);
        if (previous) {
          const properties = { ...r.properties, ...existingProps.get(r.id) };
          updates.push({
            ...endpoints(r),
            ...relationColumns(properties, mergeEvidence(previous, r.evidence), this.tx.dialect),
          });
        } else {
          creates.push({ ...endpoints(r), id: r.id, ...relationColumns(r.properties, r.evidence, this.tx.dialect) });
        }
      }
      if (updates.length > 0) await this.tx.run('relations-update', { rows: updates }, table);
      if (creates.length > 0) await this.tx.run('relations-create', { rows: creates }, table);
    }

    const evidence = planned.reduce((n, r) => n + r.evidence.length, 0);
    await this.tx.run('article-upsert', {
      id: article.id,
      ...articleMetadata(article),
      sourceHash: article.sourceHash ?? null,
      text: article.text,
      contentHash: hash,
      relationIds: planned.map((r) => r.id),
      entityIds: graph.entities.map((e) => e.id),
      entityCount: graph.entities.length,
      relationCount: planned.length,
      evidenceCount: evidence,
    });

    const mentioned = graph.entities.filter((e) => e.mentions.length > 0);
    for (const [kind, ids] of groupByKind(
      mentioned.map((e) => e.id),
      new Map(mentioned.map((e) => [e.id, kindOf(e.id)!])),
    )) {
      const byId = new Map(mentioned.map((e) => [e.id, e]));
      const rows = ids.map((id) => {
        const mentions = byId.get(id)!.mentions;
        return {
          entity: id,
          count: mentions.length,
          spanStarts: mentions.map((m) => m.start),
          spanEnds: mentions.map((m) => m.end),
        };
      });
      await this.tx.run('mentions-create', { article: article.id, rows }, { kind });
    }

    const current = new Set(graph.entities.map((e) => e.id));
    const gone = previousEntities.filter((p) => !current.has(p.id));
    for (const [kind, ids] of groupByKind(
      gone.map((g) => g.id),
      new Map(gone.map((g) => [g.id, g.kind])),
    )) {
      for (const row of await this.tx.run('entities-delete-orphans', { ids }, { kind })) {
        const id = str(row, 'id');
        this.pendingKinds.set(id, null);
        this.changes.removed.push(id);
        this.changes.upserted = this.changes.upserted.filter((e) => e.id !== id);
      }
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
    const kinds = await this.locate(keys.flatMap((k) => [k.source, k.target]));
    for (const { table, relations } of groupByTable(keys, (id) => kinds.get(id))) {
      const deletes: object[] = [];
      const updates: object[] = [];
      for (const row of await this.tx.run('relations-get', { rows: relations.map(endpoints) }, table)) {
        const edge = toGraphEdge(row.edge);
        if (!edge) continue;
        const kept = storedEvidence(row).filter((e) => e.article !== articleId);
        if (kept.length > 0) {
          updates.push({ ...endpoints(edge), ...relationColumns(edge.properties, kept, this.tx.dialect) });
          continue;
        }
        deletes.push(endpoints(edge));
        if (isTyped(edge.type)) {
          this.count(edge.source, table.from, { degree: -1 });
          this.count(edge.target, table.to, { degree: -1 });
        }
      }
      if (deletes.length > 0) await this.tx.run('relations-delete', { rows: deletes }, table);
      if (updates.length > 0) await this.tx.run('relations-update', { rows: updates }, table);
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

  /** Updates the entities already stored (names merged, counters moved by deltas) and creates the new ones, a kind at a time. */
  private async upsertEntities(
    entities: ExtractedEntity[],
    existingKinds: Map<string, EntityKind>,
    kindOf: (id: string) => EntityKind | undefined,
    stored: Map<string, StoredEntity>,
  ): Promise<void> {
    const creates = new Map<EntityKind, object[]>();
    const updates = new Map<EntityKind, object[]>();
    const add = (to: Map<EntityKind, object[]>, kind: EntityKind, row: object) => {
      const rows = to.get(kind);
      if (rows) rows.push(row);
      else to.set(kind, [row]);
    };
    for (const e of entities) {
      const kind = kindOf(e.id)!;
      const before = existingKinds.has(e.id) ? stored.get(e.id) : undefined;
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
        add(updates, kind, {
          ...columns,
          degreeDelta: delta.degree,
          articleDelta: counters.article,
          mentionDelta: counters.mention,
        });
      } else {
        add(creates, kind, {
          ...columns,
          degree: delta.degree,
          articleCount: counters.article,
          mentionCount: counters.mention,
        });
      }
      this.pendingKinds.set(e.id, kind);
      this.changes.upserted.push({
        id: e.id,
        kind,
        name: columns.name,
        aliases: columns.aliases,
        roles: columns.roles,
        degree: (before?.degree ?? 0) + delta.degree,
      });
    }
    for (const [kind, rows] of updates) await this.tx.run('entities-update', { rows }, { kind });
    for (const [kind, rows] of creates) await this.tx.run('entities-create', { rows }, { kind });
  }

  /** Applies the counter changes of entities the new version does not upsert. */
  private async flushCounters(upserted: Set<string>, stored: Map<string, StoredEntity>): Promise<void> {
    const byKind = new Map<EntityKind, object[]>();
    for (const [id, c] of this.counters) {
      if (upserted.has(id)) continue;
      const rows = byKind.get(c.kind) ?? [];
      rows.push({ id, degreeDelta: c.degree, articleDelta: c.article, mentionDelta: c.mention });
      byKind.set(c.kind, rows);
      const before = stored.get(id);
      if (before) this.changes.upserted.push({ ...before, id, degree: before.degree + c.degree });
    }
    for (const [kind, rows] of byKind) await this.tx.run('entities-counters', { rows }, { kind });
    for (const id of [...this.counters.keys()]) if (!upserted.has(id)) this.counters.delete(id);
  }
}
