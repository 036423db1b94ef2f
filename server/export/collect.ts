/**
 * What an export request selects, read from the store: the subgraph among
 * given ids (narrowed to the listed relations when the screen names them), a
 * neighbourhood, or the drawable elements of a console query; then every
 * edge's evidence and the screen's drawing of what is exported.
 */
import type { ExportView } from '../../core/api.js';
import type { ClaimView } from '../../core/claims.js';
import type { Evidence, Subgraph } from '../../core/domain.js';
import { errors } from '../../core/errors.js';
import { LIMITS } from '../../core/ontology.js';
import type { AppConfig } from '../../core/config.js';
import type { GraphStore } from '../../core/store/port.js';
import type { NeighbourhoodBody, QueryBody } from '../http/schemas.js';
import type { ExportArticle, ExportDocument } from './document.js';

export interface ExportSelection {
  ids?: string[];
  /** With ids: exactly these relations among them (what the screen shows). */
  edges?: string[];
  neighbourhood?: NeighbourhoodBody;
  query?: QueryBody;
  view?: ExportView;
  /** With ids: only what was reported in a range, of some statuses. */
  claimView?: ClaimView;
  bom?: boolean;
}

export interface CollectedExport {
  document: ExportDocument;
  /** The console's row cap cut the query's result: the file holds part of what it matched. */
  truncated: boolean;
}

function tooLarge(nodes: number): Error {
  return errors.tooLarge(
    `The export would hold ${nodes} entities; the most one file may hold is ${LIMITS.exportMaxNodes}. Export a smaller selection.`,
  );
}

async function selectGraph(
  store: GraphStore,
  selection: ExportSelection,
  limits: AppConfig['console'],
): Promise<{ graph: Subgraph; truncated: boolean }> {
  if (selection.ids) {
    const distinct = new Set(selection.ids).size;
    if (distinct > LIMITS.exportMaxNodes) throw tooLarge(distinct);
    const graph = await store.subgraph(selection.ids, undefined, selection.claimView);
    if (!selection.edges) return { graph, truncated: false };
    const wanted = new Set(selection.edges);
    return { graph: { ...graph, edges: graph.edges.filter((e) => wanted.has(e.id)) }, truncated: false };
  }
  if (selection.edges) throw errors.validation('`edges` narrows an export by `ids`; give the ids too.');
  if (selection.neighbourhood) {
    return { graph: await store.neighbourhood(selection.neighbourhood), truncated: false };
  }
  if (selection.query) {
    const result = await store.runReadOnly({ ...selection.query, ...limits });
    return { graph: result.elements, truncated: result.truncated };
  }
  throw errors.validation('Give one of ids, neighbourhood or query.');
}

/** The drawing of the exported elements only (a view may name more than the store still holds). */
function viewOf(view: ExportView | undefined, graph: Subgraph): ExportView | null {
  if (!view) return null;
  const nodes = Object.fromEntries(graph.nodes.flatMap((n) => (view.nodes[n.id] ? [[n.id, view.nodes[n.id]!]] : [])));
  const edges = view.edges
    ? Object.fromEntries(graph.edges.flatMap((e) => (view.edges![e.id] ? [[e.id, view.edges![e.id]!]] : [])))
    : undefined;
  return { nodes, ...(edges ? { edges } : {}) };
}

/**
 * The articles the evidence cites, each with its mentions of the exported
 * entities, in the order they are first cited. One read per article: an
 * export holds at most LIMITS.exportMaxNodes entities, and only the Cypher
 * scripts ask for this.
 */
async function citedArticles(
  store: GraphStore,
  evidence: ReadonlyMap<string, Evidence[]>,
  graph: Subgraph,
): Promise<ExportArticle[]> {
  const ids = [...new Set([...evidence.values()].flatMap((list) => list.map((e) => e.articleId)))];
  const exported = new Set(graph.nodes.map((n) => n.id));
  const articles: ExportArticle[] = [];
  for (const id of ids) {
    const { text: _text, mentions, ...article } = await store.article(id);
    const spans = new Map<string, { spanStarts: number[]; spanEnds: number[] }>();
    for (const m of mentions) {
      if (!exported.has(m.entityId)) continue;
      const entry = spans.get(m.entityId) ?? { spanStarts: [], spanEnds: [] };
      entry.spanStarts.push(m.start);
      entry.spanEnds.push(m.end);
      spans.set(m.entityId, entry);
    }
    articles.push({ article, mentions: [...spans].map(([entityId, s]) => ({ entityId, ...s })) });
  }
  return articles;
}

export async function collectExport(
  store: GraphStore,
  selection: ExportSelection,
  limits: AppConfig['console'],
  { withArticles = false }: { withArticles?: boolean } = {},
): Promise<CollectedExport> {
  const { graph, truncated } = await selectGraph(store, selection, limits);
  if (graph.nodes.length > LIMITS.exportMaxNodes) throw tooLarge(graph.nodes.length);
  // Every format carries at least one sentence per relation; JSON and Cypher carry them all.
  const evidence = await store.evidence(graph.edges.map((e) => e.id));
  return {
    document: {
      nodes: graph.nodes,
      edges: graph.edges,
      omitted: graph.omitted,
      evidence,
      articles: withArticles ? await citedArticles(store, evidence, graph) : [],
      view: viewOf(selection.view, graph),
      bom: selection.bom ?? false,
    },
    truncated,
  };
}
