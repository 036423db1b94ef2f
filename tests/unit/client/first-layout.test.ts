/**
 * The first drawing of an empty canvas (layout-controller.ts): laid out
 * from the data before its elements reach Cytoscape, which then adds them
 * in place, each styled once. Headless Cytoscape; the layout runs on the
 * main thread (no worker in Node).
 */
import cytoscape from 'cytoscape';
import { describe, expect, it } from '@jest/globals';
import { GraphModel } from '../../../client/src/model/graph-model.js';
import { LayoutRunner } from '../../../client/src/view/layout.js';
import { drawingContext } from '../../support/drawing-context.js';
import { edge, node } from './fixtures.js';

function setup() {
  const cy = cytoscape({ headless: true, styleEnabled: true });
  const model = new GraphModel();
  const layout = new LayoutRunner(cy, { onPositions: (positions) => model.rememberPositions(positions) });
  drawingContext(cy, model, layout);
  const hiddenOnArrival: string[] = [];
  cy.on('add', (event) => {
    if (event.target.hasClass('unplaced')) hiddenOnArrival.push(event.target.id());
  });
  /** Until no layout runs and none is about to start. */
  const settled = async () => {
    for (let i = 0; i < 5; i++) {
      await layout.whenIdle();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  };
  return { cy, model, layout, hiddenOnArrival, settled };
}

/** A ring of `count` people. */
function ring(count: number) {
  const nodes = Array.from({ length: count }, (_, i) => node(`n${i}`));
  const edges = nodes.map((n, i) => edge(n.id, 'MET_WITH', nodes[(i + 1) % count]!.id));
  return { nodes, edges };
}

describe('first drawing', () => {
  it('adds every element where the layout put it: none arrives hidden waiting for its place', async () => {
    const { cy, model, hiddenOnArrival, settled } = setup();
    model.merge(ring(30));
    await settled();
    expect(cy.elements().length).toBe(60);
    expect(hiddenOnArrival).toEqual([]);
    expect(cy.elements('.unplaced').length).toBe(0);
    // Spread out, and remembered by the model as drawn.
    expect(new Set(cy.nodes().map((n) => `${Math.round(n.position('x'))},${Math.round(n.position('y'))}`)).size).toBe(
      30,
    );
    expect(model.position('n7')).toEqual(cy.getElementById('n7').position());
  });

  it('lays out once drawn what a newer layout left without a place', async () => {
    const { cy, model, layout, settled } = setup();
    model.merge(ring(12));
    // The analyst switches layouts before the first one answered: it supersedes the first.
    void layout.runFull('concentric');
    await settled();
    expect(cy.nodes().length).toBe(12);
    expect(cy.elements('.unplaced').length).toBe(0);
  });
});
