/**
 * What an export of the screen sends the server: the entities and exactly
 * the relations drawn (a relation hidden by a filter, the co-occurrence
 * links included, stays out), and how each is drawn: position, diameter,
 * fill colour (the kind's, or the community's when the view colours by
 * community) and community; each relation's type colour and width. Colours
 * are the base ones, not the passing highlight of a selection or a path.
 */
import type { Collection } from 'cytoscape';
import type { ExportView } from '../../../core/api.js';
import type { RelationType } from '../../../core/ontology.js';
import { cssToHex } from '../view/colour.js';
import { RELATION_STYLES } from '../view/palette.js';

export interface ViewSnapshot {
  ids: string[];
  edges: string[];
  view: ExportView;
}

/** The export request body of the drawn elements `eles`; `community` names each node's group when shown. */
export function snapshotOf(eles: Collection, community?: (id: string) => number | undefined): ViewSnapshot {
  const view: ExportView = { nodes: {}, edges: {} };
  const ids: string[] = [];
  eles.nodes().forEach((n) => {
    const id = n.id();
    const { x, y } = n.position();
    const group = community?.(id);
    ids.push(id);
    view.nodes[id] = {
      x,
      y,
      size: n.width(),
      color: cssToHex(String(n.style('background-color'))) ?? '#999999',
      ...(group !== undefined ? { community: group } : {}),
    };
  });
  const edges: string[] = [];
  eles.edges().forEach((e) => {
    const id = e.id();
    edges.push(id);
    view.edges![id] = {
      color: RELATION_STYLES[e.data('type') as RelationType].color,
      width: Number(e.data('width')) || 1,
    };
  });
  return { ids, edges, view };
}
