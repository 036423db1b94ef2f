/**
 * Layout worker: runs fcose / concentric / dagre on a headless graph so the
 * page keeps drawing and answering input while positions are computed.
 */
import type { LayoutRequest } from './layout-core.js';
import { layoutNow } from './layout-engine.js';

interface WorkerScope {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  try {
    const result = layoutNow(event.data);
    scope.postMessage({ ok: true, result }, [result.positions.buffer]);
  } catch (error) {
    scope.postMessage({
      ok: false,
      id: event.data.id,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
