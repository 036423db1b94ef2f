import { describe, expect, it } from '@jest/globals';
import { GraphModel, type ModelChange } from '../../../client/src/model/graph-model.js';
import { edge, node } from './fixtures.js';

function recorder(model: GraphModel): ModelChange[] {
  const changes: ModelChange[] = [];
  model.subscribe((c) => changes.push(c));
  return changes;
}

describe('GraphModel', () => {
  it('merges subgraphs: adds what is new, refreshes what changed, skips dangling edges', () => {
    const model = new GraphModel();
    const changes = recorder(model);
    const first = model.merge({
      nodes: [node('a'), node('b')],
      edges: [edge('a', 'MET_WITH', 'b'), edge('a', 'VISITED', 'c')],
    });
    expect(first).toEqual({ addedNodes: ['a', 'b'], addedEdges: ['a|MET_WITH|b'] });
    const second = model.merge({
      nodes: [node('a', 'Person', { degree: 5 }), node('c', 'Place')],
      edges: [edge('a', 'VISITED', 'c'), edge('a', 'MET_WITH', 'b')],
    });
    expect(second).toEqual({ addedNodes: ['c'], addedEdges: ['a|VISITED|c'] });
    expect(changes[1]!.updatedNodes.map((n) => n.id)).toEqual(['a']);
    expect(changes[1]!.updatedEdges).toEqual([]);
    expect(model.edgesOf('a').sort()).toEqual(['a|MET_WITH|b', 'a|VISITED|c']);
  });

  it('removes a node with its edges and restores it with flags, expansion and position', () => {
    const model = new GraphModel();
    model.merge({ nodes: [node('a'), node('b')], edges: [edge('a', 'MET_WITH', 'b')] });
    model.rememberPositions([['a', { x: 10, y: 20 }]]);
    model.setPinned(['a'], true);
    model.setHidden(['a|MET_WITH|b'], true);
    model.setExpansion('a', { seed: 'a', limit: 26, omitted: 4 });
    const removal = model.remove(['a']);
    expect(model.nodeIds()).toEqual(['b']);
    expect(model.edgeCount).toBe(0);
    expect(model.expansion('a')).toBeUndefined();
    model.restore(removal);
    expect(model.node('a')).toBeDefined();
    expect(model.edge('a|MET_WITH|b')).toBeDefined();
    expect(model.position('a')).toEqual({ x: 10, y: 20 });
    expect(model.isPinned('a')).toBe(true);
    expect(model.isHidden('a|MET_WITH|b')).toBe(true);
    expect(model.expansion('a')?.omitted).toBe(4);
  });

  it('reports only flags that actually changed, and stays silent when nothing did', () => {
    const model = new GraphModel();
    model.merge({ nodes: [node('a')], edges: [] });
    const changes = recorder(model);
    expect(model.setHidden(['a', 'ghost'], true)).toEqual(['a']);
    expect(model.setHidden(['a'], true)).toEqual([]);
    expect(model.setPinned(['a'], false)).toEqual([]);
    expect(changes).toHaveLength(1);
    expect(changes[0]!.flagged).toEqual(['a']);
  });
});
