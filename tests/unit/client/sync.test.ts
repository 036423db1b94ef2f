import cytoscape from 'cytoscape';
import { describe, expect, it } from '@jest/globals';
import { GraphModel } from '../../../client/src/model/graph-model.js';
import { ADD_CHUNK, GraphSync } from '../../../client/src/view/sync.js';
import { edge, node } from './fixtures.js';

function setup() {
  const cy = cytoscape({ headless: true, styleEnabled: true });
  const model = new GraphModel();
  const sync = new GraphSync(cy, model);
  return { cy, model, sync };
}

describe('GraphSync (model → Cytoscape, headless)', () => {
  it('adds, flags, updates and removes elements as the model changes, without rebuilding', () => {
    const { cy, model } = setup();
    model.merge({ nodes: [node('a'), node('b')], edges: [edge('a', 'MET_WITH', 'b')] });
    const a = cy.getElementById('a');
    expect(cy.elements().length).toBe(3);
    expect(a.hasClass('kind-Person') && a.hasClass('unplaced')).toBe(true);

    model.setPinned(['a'], true);
    model.setHidden(['a|MET_WITH|b'], true);
    model.setExpansion('a', { seed: 'a', limit: 26, omitted: 3 });
    expect(a.hasClass('pinned') && a.hasClass('has-more')).toBe(true);
    expect(cy.getElementById('a|MET_WITH|b').hasClass('u-hidden')).toBe(true);

    model.merge({ nodes: [node('a', 'Person', { degree: 30 })], edges: [] });
    expect(cy.getElementById('a')).toBe(a);
    expect(a.data('degree')).toBe(30);

    model.remove(['b']);
    expect(cy.elements().map((e) => e.id())).toEqual(['a']);
  });

  it('draws nodes with a remembered position where they were, without waiting for a layout', () => {
    const { cy, model } = setup();
    model.merge({ nodes: [node('a')], edges: [] });
    model.rememberPositions([['a', { x: 5, y: 6 }]]);
    const removal = model.remove(['a']);
    model.restore(removal);
    const a = cy.getElementById('a');
    expect(a.hasClass('unplaced')).toBe(false);
    expect(a.position()).toEqual({ x: 5, y: 6 });
  });

  it('adds a big graph in slices, tells listeners before and after, and keeps changes made meanwhile', async () => {
    const { cy, model, sync } = setup();
    const count = ADD_CHUNK + 500;
    const nodes = Array.from({ length: count }, (_, i) => node(`n${i}`));
    const edges = Array.from({ length: count - 1 }, (_, i) => edge(`n${i}`, 'MET_WITH', `n${i + 1}`));
    const heard: string[] = [];
    sync.onIncoming(() => heard.push(`incoming with ${cy.nodes().length} nodes drawn`));
    sync.onApplied(() => heard.push(`applied with ${cy.nodes().length} nodes drawn`));
    model.merge({ nodes, edges });
    // Not all there yet: the rest comes after a yield.
    expect(cy.elements().length).toBeLessThan(nodes.length + edges.length);
    model.setPinned([`n${count - 1}`], true);
    model.remove(['n0']);
    await sync.whenDrawn();
    expect(cy.nodes().length).toBe(count - 1);
    expect(cy.edges().length).toBe(count - 2);
    expect(cy.getElementById(`n${count - 1}`).hasClass('pinned')).toBe(true);
    expect(heard[0]).toBe('incoming with 0 nodes drawn');
    expect(heard.at(-1)).toBe(`applied with ${count - 1} nodes drawn`);
    expect(sync.largeMode).toBe(true);
  });
});
