/**
 * Layout worker: runs fcose / concentric / dagre on a headless graph so the
 * page keeps drawing and answering input while positions are computed.
 */
import cytoscape from 'cytoscape';
import dagre from 'cytoscape-dagre';
import fcose from 'cytoscape-fcose';
import { computeLayout, type LayoutRequest } from './layout-core.js';

cytoscape.use(fcose);
cytoscape.use(dagre);

interface WorkerScope {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  try {
    const result = computeLayout(cytoscape, event.data);
    scope.postMessage({ ok: true, result }, [result.positions.buffer]);
  } catch (error) {
    scope.postMessage({
      ok: false,
      id: event.data.id,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
