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

  it('adds a big graph in slices, asks the placer before and tells listeners after, and keeps changes made meanwhile', async () => {
    const { cy, model, sync } = setup();
    const count = ADD_CHUNK + 500;
    const nodes = Array.from({ length: count }, (_, i) => node(`n${i}`));
    const edges = Array.from({ length: count - 1 }, (_, i) => edge(`n${i}`, 'MET_WITH', `n${i + 1}`));
    const heard: string[] = [];
    sync.placeWith(() => {
      heard.push(`placer asked with ${cy.nodes().length} nodes drawn`);
      return null;
    });
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
    expect(heard[0]).toBe('placer asked with 0 nodes drawn');
    expect(heard.at(-1)).toBe(`applied with ${count - 1} nodes drawn`);
    expect(sync.largeMode).toBe(true);
  });

  it("adds a change's nodes where the placer puts them, each element once and never hidden", async () => {
    const { cy, model, sync } = setup();
    const hiddenOnArrival: string[] = [];
    cy.on('add', (event) => {
      if (event.target.hasClass('unplaced')) hiddenOnArrival.push(event.target.id());
    });
    let answer: (positions: ReadonlyMap<string, { x: number; y: number }>) => void = () => undefined;
    const asked: string[][] = [];
    sync.placeWith(({ unplaced }) => {
      asked.push([...unplaced]);
      return new Promise((resolve) => (answer = resolve));
    });
    const heard: string[][] = [];
    sync.onApplied(({ unplaced }) => heard.push([...unplaced]));

    model.merge({
      nodes: [node('a'), node('b'), node('c')],
      edges: [edge('a', 'MET_WITH', 'b'), edge('b', 'MET_WITH', 'c')],
    });
    expect(asked).toEqual([['a', 'b', 'c']]);
    // Held until the placer answers; an update meanwhile reaches the element it is for.
    expect(cy.elements().length).toBe(0);
    model.merge({ nodes: [node('a', 'Person', { degree: 9 })], edges: [] });
    answer(
      new Map([
        ['a', { x: 10, y: 20 }],
        ['b', { x: 30, y: 40 }],
      ]),
    );
    await sync.whenDrawn();

    expect(cy.elements().length).toBe(5);
    expect(cy.getElementById('a').position()).toEqual({ x: 10, y: 20 });
    expect(cy.getElementById('a').data('degree')).toBe(9);
    // 'c' got no place: it and its edge wait for a layout, and listeners hear that it needs one.
    expect(hiddenOnArrival.sort()).toEqual(['b|MET_WITH|c', 'c']);
    expect(heard[0]).toEqual(['c']);
  });

  it('adds the nodes unplaced when the placer fails', async () => {
    const { cy, model, sync } = setup();
    sync.placeWith(() => Promise.reject(new Error('no worker')));
    model.merge({ nodes: [node('a')], edges: [] });
    await sync.whenDrawn();
    expect(cy.getElementById('a').hasClass('unplaced')).toBe(true);
  });

  it('adds a placed big graph in one go: a frame between slices would draw part of it, then all of it again', async () => {
    const { cy, model, sync } = setup();
    const count = ADD_CHUNK + 500;
    const nodes = Array.from({ length: count }, (_, i) => node(`n${i}`));
    sync.placeWith(({ unplaced }) => Promise.resolve(new Map(unplaced.map((id, i) => [id, { x: i, y: 0 }]))));
    let yielded = false;
    let addedAfterYield = 0;
    cy.on('add', () => {
      if (yielded) addedAfterYield++;
      else setTimeout(() => (yielded = true), 0);
    });
    model.merge({ nodes, edges: [] });
    await sync.whenDrawn();
    expect(cy.nodes().length).toBe(count);
    expect(addedAfterYield).toBe(0);
  });
});
