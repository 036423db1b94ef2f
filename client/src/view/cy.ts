/**
 * Creates the Cytoscape instance: the stylesheet, renderer options chosen
 * for responsiveness, and the chosen renderer (canvas or WebGL). Layout
 * extensions live in layout-engine.ts (the worker's, or the page's fallback).
 */
import cytoscape, { type Core } from 'cytoscape';
import type { RendererChoice } from './renderer.js';
import { stylesheet } from './styles.js';

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
