/**
 * Cytoscape with the layout extensions (fcose, dagre) registered, computing
 * one layout request. The worker runs it; the page loads it (as its own
 * chunk) only when no worker can, so the first screen does not carry the
 * layout libraries twice.
 */
import cytoscape from 'cytoscape';
import dagre from 'cytoscape-dagre';
import fcose from 'cytoscape-fcose';
import { computeLayout, type LayoutRequest, type LayoutResult } from './layout-core.js';

cytoscape.use(fcose);
cytoscape.use(dagre);

export function layoutNow(request: LayoutRequest): LayoutResult {
  return computeLayout(cytoscape, request);
}
