/**
 * Creates the Cytoscape instance: extensions registered once, the
 * stylesheet, renderer options chosen for responsiveness, and the chosen
 * renderer (canvas or WebGL).
 */
import cytoscape, { type Core } from 'cytoscape';
import dagre from 'cytoscape-dagre';
import fcose from 'cytoscape-fcose';
import type { RendererChoice } from './renderer.js';
import { stylesheet } from './styles.js';

let registered = false;

/** Registers the layout extensions (idempotent: Cytoscape warns on double registration). */
export function registerExtensions(): void {
  if (registered) return;
  cytoscape.use(fcose);
  cytoscape.use(dagre);
  registered = true;
}

export interface CyOptions {
  container: HTMLElement;
  renderer: RendererChoice;
  /**
   * Draw a cached texture while panning/zooming and skip edges during the
   * gesture: needed to keep thousands of elements interactive.
   */
  fastViewport?: boolean;
}

export function createCy(options: CyOptions): Core {
  registerExtensions();
  const renderer = {
    name: 'canvas',
    webgl: options.renderer === 'webgl',
    // Labels and textures look soft without the real pixel ratio; WebGL pays it on the GPU.
    ...(options.renderer === 'webgl' ? { webglTexSize: 4096 } : {}),
  };
  return cytoscape({
    container: options.container,
    style: stylesheet({ large: false }),
    minZoom: 0.05,
    maxZoom: 4,
    boxSelectionEnabled: true,
    // A click selects one element; Shift/Ctrl-click and box selection add to it.
    selectionType: 'single',
    textureOnViewport: options.fastViewport ?? false,
    hideEdgesOnViewport: options.fastViewport ?? false,
    motionBlur: false,
    pixelRatio: 'auto',
    renderer,
  } as cytoscape.CytoscapeOptions);
}

/**
 * Switches the viewport shortcuts on or off on a live instance. Cytoscape
 * reads them from its renderer on every frame but offers no public setter,
 * so this writes the two renderer fields it reads (checked on 3.34).
 */
export function setFastViewport(cy: Core, on: boolean): void {
  const renderer = (
    cy as unknown as { renderer(): { textureOnViewport?: boolean; hideEdgesOnViewport?: boolean } }
  ).renderer();
  renderer.textureOnViewport = on;
  renderer.hideEdgesOnViewport = on;
}
