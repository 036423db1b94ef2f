/**
 * The graph store over either database: every operation is a sequence of
 * named catalogue queries run through a {@link CypherRunner}, so the logic
 * here is written once for Kuzu and Neo4j alike.
 */
import type {
  ArticleDetail,
  ArticleGraph,
  ArticleMention,
  ArticleSummary,
  EntityDetail,
  EntityKind,
  Evidence,
  GraphEdge,
  GraphNode,
  GraphPath,
  GraphStats,
  JsonValue,
  KnownEntity,
  LoadSummary,
  QueryRunResult,
  RankedEntity,
  RelationOfEntity,
  RelationType,
  SearchHit,
  SearchPage,
  Subgraph,
} from '../domain.js';
import { errors } from '../errors.js';
import type { Logger } from '../logger.js';
import {
  ENTITY_KINDS,
  LIMITS,
  RELATION_TYPES,
  TYPED_RELATION_TYPES,
  WEAK_RELATION,
  isEntityKind,
} from '../ontology.js';
import { parseRelationId } from '../relation-id.js';
import { validateArticleGraph } from './article-plan.js';
import { ArticleWriter } from './article-writer.js';
import { assertReadOnlyQuery } from './console-guard.js';
import { planBulkImport } from './bulk-import.js';
import type { TemplateArgs } from './catalogue.js';
import { KindIndex, groupByKind } from './kind-index.js';
import type { GraphStore, NeighbourhoodSpec, PathSpec, ReadOnlyQuerySpec, SchemaInfo, SearchSpec } from './port.js';
import {
  storedEvidence,
  toArticleSummary,
  toEvidence,
  toGraphEdge,
  toGraphNode,
  type StoredEvidence,
} from './records.js';
import type { CypherRunner } from './runner.js';
import { schemaProperties } from './schema.js';
import { luceneQuery, nameMatcher, queryTerms } from './search-terms.js';
import {
  StoreNode,
  StorePath,
  StoreRelationship,
  num,
  numList,
  str,
  strList,
  type Row,
  type StoreValue,
} from './values.js';

export interface GraphStoreOptions {
  consoleTimeoutMs: number;
  consoleRowCap: number;
}

/** Most nodes a neighbourhood walk visits before it stops counting (hubs at depth 3). */
const MAX_VISITED = 20_000;
/** Matches fetched per kind from the full-text index before ranking. */
const SEARCH_CANDIDATES = 50;
/** A name-match score this high (a word exact, or the start of one: someone typing) needs no typo round. */
const GOOD_MATCH = 0.5;

export class CypherGraphStore implements GraphStore {
  readonly dialect;
  private readonly kinds = new KindIndex();
  private writes = 0;
  private centrality: { generation: number; ranked: Array<{ id: string; score: number }> } | null = null;

  constructor(
    private readonly runner: CypherRunner,
    private readonly logger: Logger,
    private readonly options: GraphStoreOptions,
  ) {
    this.dialect = runner.dialect;
  }

  generation(): number | null {
    // Only an embedded store has every writer in this process.
    return this.dialect === 'kuzu' ? this.writes : null;
  }

  // ---------------------------------------------------------------- writes

  async loadArticle(graph: ArticleGraph): Promise<LoadSummary> {
    validateArticleGraph(graph);
    let writer: ArticleWriter | undefined;
    const summary = await this.runner.write((tx) => {
      writer = new ArticleWriter(tx, this.kinds, this.logger);
      return writer.write(graph);
    });
    writer?.commitKinds();
    if (summary.changed) this.writes++;
    return summary;
  }

  async importArticles(
    graphs: ArticleGraph[],
    onProgress: (done: number, total: number) => void = () => undefined,
  ): Promise<LoadSummary[]> {
    graphs.forEach(validateArticleGraph);
    if (!this.runner.bulkCopy || !(await this.isEmpty())) {
      const summaries: LoadSummary[] = [];
      for (const [i, graph] of graphs.entries()) {
        summaries.push(await this.loadArticle(graph));
        onProgress(i + 1, graphs.length);
      }
      return summaries;
    }
    const plan = planBulkImport(graphs);
    const copies: Array<[string, TemplateArgs, object[]]> = [
      ...[...plan.entities].map(([kind, rows]): [string, TemplateArgs, object[]] => [
        'bulk-copy-entities',
        { kind },
        rows,
      ]),
      ['bulk-copy-articles', {}, plan.articles],
      ...[...plan.relations.values()].map((g): [string, TemplateArgs, object[]] => [
        'bulk-copy-relations',
        { type: g.type, from: g.from, to: g.to },
        g.rows,
      ]),
      ...[...plan.mentions].map(([kind, rows]): [string, TemplateArgs, object[]] => [
        'bulk-copy-mentions',
        { kind },
        rows,
      ]),
    ];
    try {
      for (const [i, [name, template, rows]] of copies.entries()) {
        await this.runner.bulkCopy(name, template, rows);
        onProgress(i + 1, copies.length);
      }
    } catch (error) {
      // The store was empty: emptying it again undoes the tables already copied.
      await this.runner.write(async (tx) => {
        for (const kind of ENTITY_KINDS) await tx.run('bulk-clear-entities', {}, { kind });
        await tx.run('bulk-clear-articles');
      });
      throw error;
    } finally {
      this.writes++;
    }
    return plan.summaries;
  }

  private async isEmpty(): Promise<boolean> {
    const [articles] = await this.runner.run('stats-articles');
    const kinds = await this.runner.run('stats-kinds');
    return num(articles ?? {}, 'n') === 0 && kinds.every((k) => num(k, 'n') === 0);
  }

  async knownEntities(): Promise<KnownEntity[]> {
    const rows = await this.runner.run('entities-all');
    return rows.flatMap((r) =>
      isEntityKind(r.kind)
        ? [{ id: str(r, 'id'), name: str(r, 'name'), kind: r.kind, aliases: strList(r, 'aliases') }]
        : [],
    );
  }

  // ----------------------------------------------------------------- reads

  private locate(ids: Iterable<string>): Promise<Map<string, EntityKind>> {
    return this.kinds.locate(ids, this.runner);
  }

  async search(spec: SearchSpec): Promise<SearchPage> {
    const offset = spec.offset ?? 0;
    const limit = Math.min(spec.limit ?? LIMITS.searchPageSize, LIMITS.maxSearchPageSize);
    if (!queryTerms(spec.query)) return { hits: [], total: 0, offset, limit };
    const kinds = spec.kinds?.length ? spec.kinds : ENTITY_KINDS;
    const top = Math.max(SEARCH_CANDIDATES, offset + limit);
    // Words and prefixes first; the one-edit variants (many more index terms) only when nothing matched well.
    let hits = await this.searchOnce(spec.query, kinds, top, false);
    if (!hits.some((h) => h.score >= GOOD_MATCH)) {
      const fuzzy = await this.searchOnce(spec.query, kinds, top, true);
      const seen = new Set(hits.map((h) => h.id));
      hits = [...hits, ...fuzzy.filter((h) => !seen.has(h.id))];
    }
    hits.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
    return { hits: hits.slice(offset, offset + limit), total: hits.length, offset, limit };
  }

  /** One round of full-text matching over every kind asked for, ranked by how well a name or alias answers. */
  private async searchOnce(
    query: string,
    kinds: readonly EntityKind[],
    top: number,
    fuzzy: boolean,
  ): Promise<SearchHit[]> {
    const params = { terms: queryTerms(query, { fuzzy }), lucene: luceneQuery(query, { fuzzy }), top };
    const perKind = await Promise.all(kinds.map((kind) => this.runner.run('search-fulltext', params, { kind })));
    const score = nameMatcher(query);
    const hits: SearchHit[] = [];
    for (const row of perKind.flat()) {
      const node = toGraphNode(row.node);
      if (!node) continue;
      let best = 0;
      let matched = node.name;
      for (const n of [node.name, ...node.aliases]) {
        const s = score(n);
        if (s > best) [best, matched] = [s, n];
      }
      if (best === 0) continue;
      this.kinds.remember(node.id, node.kind);
      hits.push({
        id: node.id,
        name: node.name,
        kind: node.kind,
        aliases: node.aliases,
        matched,
        // Name match first; the index's own score and then connectedness break ties.
        score: best + Math.min(num(row, 'score'), 10) / 1000 + Math.min(node.degree, 1000) / 1e6,
      });
    }
    return hits;
  }

  async nodes(ids: string[]): Promise<GraphNode[]> {
    const kinds = await this.locate(ids);
    const out: GraphNode[] = [];
    for (const [kind, group] of groupByKind(ids, kinds)) {
      for (const row of await this.runner.run('entity-nodes', { ids: group }, { kind })) {
        const node = toGraphNode(row.node);
        if (node) out.push(node);
      }
    }
    return out;
  }

  async entity(id: string, retried = false): Promise<EntityDetail> {
    const kind = (await this.locate([id])).get(id);
    const [row] = kind ? await this.runner.run('entity-nodes', { ids: [id] }, { kind }) : [];
    const node = row ? toGraphNode(row.node) : null;
    if (kind && !node && !retried) {
      // Another writer (a shared Neo4j) may have deleted and re-created the id under another kind.
      this.kinds.forget([id]);
      return this.entity(id, true);
    }
    if (!kind || !node) throw errors.notFound('entity', id);
    const [articleRows, relationRows] = await Promise.all([
      this.runner.run('entity-articles', { id }, { kind }),
      this.runner.run('entity-relations', { id }, { kind, types: RELATION_TYPES }),
    ]);
    const relations: EntityDetail['relations'] = {};
    for (const r of relationRows) {
      const edge = toGraphEdge(r.edge);
      const other = toGraphNode(r.node);
      if (!edge || !other) continue;
      const entry: RelationOfEntity = {
        edge,
        other: { id: other.id, name: other.name, kind: other.kind, aliases: other.aliases },
        direction: edge.source === id ? 'out' : 'in',
      };
      (relations[edge.type] ??= []).push(entry);
    }
    return {
      ...node,
      articles: articleRows.map((r) => ({ ...toArticleSummary(r.article), mentions: num(r, 'mentions') })),
      relations,
    };
  }

  async neighbourhood(spec: NeighbourhoodSpec): Promise<Subgraph> {
    const depth = spec.depth ?? 1;
    if (!Number.isInteger(depth) || depth < 1 || depth > LIMITS.maxDepth) {
      throw errors.validation(`depth must be 1..${LIMITS.maxDepth}`);
    }
    const limit = Math.min(spec.limit ?? LIMITS.defaultNodeLimit, LIMITS.maxNodeLimit);
    const types = spec.types?.length ? spec.types : TYPED_RELATION_TYPES;
    const kinds = new Set<EntityKind>(spec.kinds?.length ? spec.kinds : ENTITY_KINDS);
    const articleFilter = spec.articleIds?.length ? new Set(spec.articleIds) : null;
    const minCorroboration = spec.minCorroboration ?? 1;
    const keepEdge = (edge: GraphEdge) =>
      edge.corroboration >= minCorroboration && (!articleFilter || edge.articles.some((a) => articleFilter.has(a)));

    const seedKinds = await this.locate(spec.ids);
    const seeds = spec.ids.filter((id) => seedKinds.has(id));
    if (seeds.length === 0) throw errors.notFound('entity', spec.ids.join(', '));

    const distance = new Map<string, number>(seeds.map((id) => [id, 0]));
    const relevance = new Map<string, number>();
    const nodes = new Map<string, GraphNode>();
    const edges = new Map<string, GraphEdge>();
    const kindOf = new Map(seedKinds);
    let frontier = seeds;
    for (let hop = 1; hop <= depth && frontier.length > 0 && distance.size < MAX_VISITED; hop++) {
      const next: string[] = [];
      for (const row of await this.hop(frontier, kindOf, types)) {
        const edge = toGraphEdge(row.edge);
        const node = toGraphNode(row.node);
        if (!edge || !node || !kinds.has(node.kind) || !keepEdge(edge)) continue;
        edges.set(edge.id, edge);
        nodes.set(node.id, node);
        kindOf.set(node.id, node.kind);
        this.kinds.remember(node.id, node.kind);
        relevance.set(
          node.id,
          (relevance.get(node.id) ?? 0) + edge.corroboration * (edge.type === WEAK_RELATION ? 1 : 3),
        );
        if (!distance.has(node.id)) {
          distance.set(node.id, hop);
          next.push(node.id);
        }
      }
      frontier = next;
    }
    for (const node of await this.nodes(seeds.filter((id) => !nodes.has(id)))) nodes.set(node.id, node);

    // Seeds first, then the closest, most corroborated, best connected.
    const ranked = [...distance.keys()].sort(
      (a, b) =>
        distance.get(a)! - distance.get(b)! ||
        (relevance.get(b) ?? 0) - (relevance.get(a) ?? 0) ||
        (nodes.get(b)?.degree ?? 0) - (nodes.get(a)?.degree ?? 0) ||
        a.localeCompare(b),
    );
    const kept = new Set(ranked.slice(0, Math.max(limit, seeds.length)));
    // Relations among the outermost ring the walk did not cross (two neighbours linked to each other).
    const ring = [...kept].filter((id) => distance.get(id) === depth);
    for (const edge of await this.edgesAmong(ring, [...kept], kindOf, types)) {
      if (keepEdge(edge)) edges.set(edge.id, edge);
    }
    return {
      nodes: [...kept].map((id) => nodes.get(id)).filter((n): n is GraphNode => n !== undefined),
      edges: [...edges.values()].filter((e) => kept.has(e.source) && kept.has(e.target)),
      omitted: distance.size - kept.size,
    };
  }

  /** One hop out of the frontier, one query per kind, run side by side on the reader pool. */
  private async hop(frontier: string[], kindOf: Map<string, EntityKind>, types: readonly RelationType[]) {
    const groups = [...groupByKind(frontier, kindOf)];
    const results = await Promise.all(
      groups.map(([kind, ids]) => this.runner.run('neighbour-hop', { ids }, { kind, types: [...types] })),
    );
    return results.flat();
  }

  /** Relations going out of `from` to any entity in `among`. */
  private async edgesAmong(
    from: string[],
    among: string[],
    kindOf: Map<string, EntityKind>,
    types: readonly RelationType[],
  ): Promise<GraphEdge[]> {
    const groups = [...groupByKind(from, kindOf)];
    const results = await Promise.all(
      groups.map(([kind, ids]) => this.runner.run('edges-among', { ids, among }, { kind, types: [...types] })),
    );
    return results
      .flat()
      .map((row) => toGraphEdge(row.edge))
      .filter((e): e is GraphEdge => e !== null);
  }

  async subgraph(ids: string[], types: RelationType[] = [...RELATION_TYPES]): Promise<Subgraph> {
    const kinds = await this.locate(ids);
    const among = [...kinds.keys()];
    const [nodes, edges] = await Promise.all([this.nodes(among), this.edgesAmong(among, among, kinds, types)]);
    return { nodes, edges, omitted: 0 };
  }

  async paths(spec: PathSpec): Promise<GraphPath[]> {
    const maxLength = spec.maxLength ?? 4;
    const k = Math.min(spec.k ?? 3, LIMITS.maxPaths);
    if (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > LIMITS.maxPathLength) {
      throw errors.validation(`maxLength must be 1..${LIMITS.maxPathLength}`);
    }
    if (spec.from === spec.to) throw errors.validation('A path needs two different entities.');
    const kinds = await this.locate([spec.from, spec.to]);
    for (const id of [spec.from, spec.to]) if (!kinds.has(id)) throw errors.notFound('entity', id);
    const template = {
      from: kinds.get(spec.from)!,
      to: kinds.get(spec.to)!,
      types: spec.types?.length ? spec.types : TYPED_RELATION_TYPES,
      maxLength,
    };
    const params = { source: spec.from, target: spec.to, k };
    const found = new Map<string, { nodeIds: string[]; edgeIds: string[] }>();
    const add = (rows: Awaited<ReturnType<CypherRunner['run']>>) => {
      for (const r of rows) {
        const nodeIds = strList(r, 'nodeIds');
        const edgeIds = strList(r, 'edgeIds');
        const key = edgeIds.join('>');
        if (!found.has(key) && found.size < k) found.set(key, { nodeIds, edgeIds });
      }
    };
    add(await this.runner.run('paths-shortest', params, template));
    const shortest = Math.min(...[...found.values()].map((p) => p.edgeIds.length));
    // Fewer than k shortest paths: the next lengths up, without revisiting a node.
    for (let length = shortest + 1; found.size > 0 && found.size < k && length <= maxLength; length++) {
      add(
        await this.runner.run(
          'paths-of-length',
          { ...params, k: k * 4 },
          { ...template, minLength: length, maxLength: length },
        ),
      );
    }
    const paths = [...found.values()];
    const allNodes = new Map((await this.nodes([...new Set(paths.flatMap((p) => p.nodeIds))])).map((n) => [n.id, n]));
    const allEdgeIds = [...new Set(paths.flatMap((p) => p.edgeIds))];
    const allEdges = new Map<string, GraphEdge>();
    await Promise.all(
      allEdgeIds.map(async (id) => {
        const found = await this.relationRow(id);
        if (found) allEdges.set(id, found.edge);
      }),
    );
    const allEvidence = await this.evidence(allEdgeIds);
    return paths.map((p) => ({
      nodes: p.nodeIds.map((id) => allNodes.get(id)).filter((n): n is GraphNode => n !== undefined),
      edges: p.edgeIds.map((id) => allEdges.get(id)).filter((e): e is GraphEdge => e !== undefined),
      evidence: Object.fromEntries(p.edgeIds.map((id) => [id, allEvidence.get(id) ?? []])),
    }));
  }

  async relation(id: string): Promise<{ edge: GraphEdge; evidence: Evidence[] }> {
    const found = await this.relationRow(id);
    if (!found) throw errors.notFound('relation', id);
    const entries = storedEvidence(found.row);
    const articles = await this.articleSummaries([...new Set(entries.map((e) => e.article))]);
    return { edge: found.edge, evidence: toEvidence(id, entries, articles) };
  }

  async evidence(relationIds: string[]): Promise<Map<string, Evidence[]>> {
    const rows = new Map<string, StoredEvidence[]>();
    await Promise.all(
      [...new Set(relationIds)].map(async (id) => {
        const found = await this.relationRow(id).catch(() => null);
        if (found) rows.set(id, storedEvidence(found.row));
      }),
    );
    const articles = await this.articleSummaries([...new Set([...rows.values()].flat().map((e) => e.article))]);
    return new Map([...rows].map(([id, entries]) => [id, toEvidence(id, entries, articles)]));
  }

  /** The stored row of one relation (edge and evidence lists), or null when there is none. */
  private async relationRow(id: string): Promise<{ edge: GraphEdge; row: Row } | null> {
    const key = parseRelationId(id);
    if (!key) throw errors.validation(`"${id}" is not a relation id (expected subject|TYPE|object).`);
    const kinds = await this.locate([key.source, key.target]);
    const from = kinds.get(key.source);
    const to = kinds.get(key.target);
    if (!from || !to) return null;
    const [row] = await this.runner.run(
      'relation-get',
      { source: key.source, target: key.target },
      { from, type: key.type, to },
    );
    const edge = row ? toGraphEdge(row.edge) : null;
    return row && edge ? { edge, row } : null;
  }

  async mostConnected(limit: number): Promise<GraphNode[]> {
    const rows = await this.runner.run('stats-most-connected', { limit });
    return rows.map((r) => toGraphNode(r.node)).filter((n): n is GraphNode => n !== null);
  }

  private async articleSummaries(ids: string[]): Promise<Map<string, ArticleSummary>> {
    if (ids.length === 0) return new Map();
    const rows = await this.runner.run('articles-by-ids', { ids });
    return new Map(rows.map((r) => toArticleSummary(r.article)).map((a) => [a.id, a]));
  }

  async articles(): Promise<ArticleSummary[]> {
    return (await this.runner.run('articles-list')).map((r) => toArticleSummary(r.article));
  }

  async article(id: string): Promise<ArticleDetail> {
    const [row] = await this.runner.run('article-get', { id });
    if (!row) throw errors.notFound('article', id);
    const mentions: ArticleMention[] = [];
    for (const m of await this.runner.run('article-mentions', { id })) {
      if (!isEntityKind(m.kind)) continue;
      const starts = numList(m, 'spanStarts');
      const ends = numList(m, 'spanEnds');
      starts.forEach((start, i) =>
        mentions.push({
          entityId: str(m, 'id'),
          name: str(m, 'name'),
          kind: m.kind as EntityKind,
          start,
          end: ends[i] ?? start,
        }),
      );
    }
    mentions.sort((a, b) => a.start - b.start || b.end - a.end);
    return { ...toArticleSummary(row.article), text: str(row, 'text'), mentions };
  }

  async stats(options: { top?: number } = {}): Promise<GraphStats> {
    const top = options.top ?? 10;
    const [kindRows, typeRows, articleRows, connected, ranked] = await Promise.all([
      this.runner.run('stats-kinds'),
      this.runner.run('stats-types', {}, { types: RELATION_TYPES }),
      this.runner.run('stats-articles'),
      this.mostConnected(top),
      this.pageRank(top),
    ]);
    const byKind: GraphStats['byKind'] = {};
    for (const r of kindRows) if (isEntityKind(r.kind)) byKind[r.kind] = num(r, 'n');
    const byType: GraphStats['byType'] = {};
    let evidence = 0;
    for (const r of typeRows) {
      const type = r.type as RelationType;
      byType[type] = num(r, 'n');
      evidence += num(r, 'evidence');
    }
    const ranking = (n: GraphNode, score: number): RankedEntity => ({
      id: n.id,
      name: n.name,
      kind: n.kind,
      aliases: n.aliases,
      score,
    });
    const centralNodes = new Map((await this.nodes(ranked.map((r) => r.id))).map((n) => [n.id, n]));
    return {
      entities: Object.values(byKind).reduce((a, b) => a + b, 0),
      relations: Object.values(byType).reduce((a, b) => a + b, 0),
      articles: num(articleRows[0] ?? {}, 'n'),
      evidence,
      byKind,
      byType,
      mostConnected: connected.map((n) => ranking(n, n.degree)),
      mostCentral: ranked.flatMap((r) => {
        const n = centralNodes.get(r.id);
        return n ? [ranking(n, r.score)] : [];
      }),
    };
  }

  /** PageRank, recomputed only after writes (embedded store) or on every call (Neo4j). */
  private async pageRank(limit: number): Promise<Array<{ id: string; score: number }>> {
    const generation = this.generation();
    if (generation !== null && this.centrality?.generation === generation && this.centrality.ranked.length >= limit) {
      return this.centrality.ranked.slice(0, limit);
    }
    try {
      // Parallel float sums differ in the last digits from run to run: round, and break ties by id.
      const ranked = (await this.runner.pageRank(limit))
        .map((r) => ({ id: r.id, score: Number(r.score.toFixed(6)) }))
        .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
      if (generation !== null) this.centrality = { generation, ranked };
      return ranked;
    } catch (error) {
      this.logger.warn({ err: error }, 'PageRank unavailable');
      return [];
    }
  }

  async runReadOnly(spec: ReadOnlyQuerySpec): Promise<QueryRunResult> {
    assertReadOnlyQuery(spec.query);
    const timeoutMs = Math.min(spec.timeoutMs ?? this.options.consoleTimeoutMs, this.options.consoleTimeoutMs);
    const rowCap = Math.min(spec.rowCap ?? this.options.consoleRowCap, this.options.consoleRowCap);
    const started = performance.now();
    const result = await this.runner.runReadOnly(spec.query, spec.params ?? {}, { timeoutMs, rowCap });
    const elapsedMs = performance.now() - started;
    const nodes = new Map<string, GraphNode>();
    const edges = new Map<string, GraphEdge>();
    const visit = (v: StoreValue): void => {
      if (v instanceof StoreNode) {
        const node = toGraphNode(v.properties);
        if (node) nodes.set(node.id, node);
      } else if (v instanceof StoreRelationship) {
        const edge = toGraphEdge(v.properties);
        if (edge) edges.set(edge.id, edge);
      } else if (v instanceof StorePath) {
        v.nodes.forEach(visit);
        v.relationships.forEach(visit);
      } else if (Array.isArray(v)) {
        v.forEach(visit);
      } else if (v && typeof v === 'object') {
        Object.values(v).forEach(visit);
      }
    };
    result.rows.forEach((row) => Object.values(row).forEach(visit));
    // Edges whose ends the query did not return still need their nodes to be drawn.
    const missing = [...edges.values()].flatMap((e) => [e.source, e.target]).filter((id) => !nodes.has(id));
    for (const n of await this.nodes([...new Set(missing)])) nodes.set(n.id, n);
    return {
      columns: result.columns,
      rows: result.rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, toJson(v)]))),
      elements: { nodes: [...nodes.values()], edges: [...edges.values()], omitted: 0 },
      truncated: result.truncated,
      elapsedMs,
    };
  }

  schemaInfo(): SchemaInfo {
    return { dialect: this.dialect, ...schemaProperties() };
  }

  async close(): Promise<void> {
    await this.runner.close();
  }
}

/** Properties that are internal plumbing, not something an analyst reads. */
const HIDDEN_PROPERTIES = new Set(['searchTerms']);

/** A store value as plain JSON for the console's table. */
function toJson(v: StoreValue): JsonValue {
  if (v instanceof StoreNode) {
    return { label: v.label, properties: jsonProperties(v.properties) };
  }
  if (v instanceof StoreRelationship) {
    return { type: v.type, start: v.startId, end: v.endId, properties: jsonProperties(v.properties) };
  }
  if (v instanceof StorePath) {
    return { nodes: v.nodes.map(toJson), relationships: v.relationships.map(toJson) };
  }
  if (Array.isArray(v)) return v.map(toJson);
  if (v && typeof v === 'object') return jsonProperties(v);
  return v;
}

function jsonProperties(props: Record<string, StoreValue>): { [key: string]: JsonValue } {
  const out: { [key: string]: JsonValue } = {};
  for (const [k, v] of Object.entries(props)) if (!HIDDEN_PROPERTIES.has(k)) out[k] = toJson(v);
  return out;
}
