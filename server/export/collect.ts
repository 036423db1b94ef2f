/**
 * What an export request selects, read from the store: the subgraph among
 * given ids, a neighbourhood, or the drawable elements of a console query;
 * then, for formats that carry it, each edge's evidence.
 */
import type { Subgraph } from '../../core/domain.js';
import { errors } from '../../core/errors.js';
import { LIMITS } from '../../core/ontology.js';
import type { AppConfig } from '../../core/config.js';
import type { GraphStore } from '../../core/store/port.js';
import type { NeighbourhoodBody, QueryBody } from '../http/schemas.js';
import type { SubgraphWithEvidence } from './json.js';

export interface ExportSelection {
  ids?: string[];
  neighbourhood?: NeighbourhoodBody;
  query?: QueryBody;
}

export interface CollectedExport {
  graph: Subgraph;
  /** The console's row cap cut the query's result: the file holds part of what it matched. */
  truncated: boolean;
}

function tooLarge(nodes: number): Error {
  return errors.tooLarge(
    `The export would hold ${nodes} entities; the most one file may hold is ${LIMITS.exportMaxNodes}. Export a smaller selection.`,
  );
}

export async function collectExport(
  store: GraphStore,
  selection: ExportSelection,
  limits: AppConfig['console'],
): Promise<CollectedExport> {
  let collected: CollectedExport;
  if (selection.ids) {
    const distinct = new Set(selection.ids).size;
    if (distinct > LIMITS.exportMaxNodes) throw tooLarge(distinct);
    collected = { graph: await store.subgraph(selection.ids), truncated: false };
  } else if (selection.neighbourhood) {
    collected = { graph: await store.neighbourhood(selection.neighbourhood), truncated: false };
  } else if (selection.query) {
    const result = await store.runReadOnly({ ...selection.query, ...limits });
    collected = { graph: result.elements, truncated: result.truncated };
  } else {
    throw errors.validation('Give one of ids, neighbourhood or query.');
  }
  if (collected.graph.nodes.length > LIMITS.exportMaxNodes) throw tooLarge(collected.graph.nodes.length);
  return collected;
}

/** The supporting sentences of every edge, by edge id. */
export async function withEvidence(store: GraphStore, graph: Subgraph): Promise<SubgraphWithEvidence> {
  return { ...graph, evidence: await store.evidence(graph.edges.map((e) => e.id)) };
}
