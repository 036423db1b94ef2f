import { describe, expect, it } from '@jest/globals';
import {
  EDGE_WIDTH,
  NODE_SIZE,
  edgeElement,
  edgeLabel,
  edgeWidth,
  nodeElement,
  nodeSize,
  subgraphElements,
} from '../../../client/src/model/elements.js';
import { edge, node } from './fixtures.js';

describe('API shapes → Cytoscape elements', () => {
  it('maps an entity to a node element carrying what the stylesheet reads', () => {
    const el = nodeElement(
      node('benny-gantz', 'Person', {
        name: 'Benny Gantz',
        degree: 9,
        aliases: ['Gantz'],
        roles: ['Defense Minister'],
      }),
    );
    expect(el.group).toBe('nodes');
    expect(el.data).toMatchObject({
      id: 'benny-gantz',
      label: 'Benny Gantz',
      kind: 'Person',
      aliases: ['Gantz'],
      roles: ['Defense Minister'],
      degree: 9,
    });
    expect(el.data['size']).toBe(nodeSize(9));
    expect(el.classes).toEqual(['kind-Person']);
  });

  it('maps a relation to an edge element with type, weak and symmetric classes', () => {
    const signed = edgeElement(edge('benny-gantz', 'SIGNED', 'mou', { corroboration: 3 }));
    expect(signed.data).toMatchObject({
      id: 'benny-gantz|SIGNED|mou',
      source: 'benny-gantz',
      target: 'mou',
      type: 'SIGNED',
      label: 'signed',
      caption: 'signed ×3',
      corroboration: 3,
    });
    expect(signed.data['width']).toBe(edgeWidth(3));
    expect(edgeElement(edge('a', 'SIGNED', 'b')).data['caption']).toBe('signed');
    expect(signed.classes).toEqual(['type-SIGNED', 'claim-asserted']);
    expect(edgeElement(edge('a', 'MENTIONED_WITH', 'b')).classes).toEqual([
      'type-MENTIONED_WITH',
      'claim-asserted',
      'weak',
      'symmetric',
    ]);
    expect(edgeElement(edge('a', 'MET_WITH', 'b', { claim: 'disputed' })).classes).toEqual([
      'type-MET_WITH',
      'claim-disputed',
      'symmetric',
    ]);
  });

  it('sizes nodes by degree and edges by corroboration within their bounds', () => {
    expect(nodeSize(0)).toBe(NODE_SIZE.min);
    expect(nodeSize(NODE_SIZE.degreeAtMax * 10)).toBe(NODE_SIZE.max);
    expect(nodeSize(4)).toBeGreaterThan(nodeSize(1));
    expect(edgeWidth(1)).toBe(EDGE_WIDTH.min);
    expect(edgeWidth(2)).toBeGreaterThan(edgeWidth(1));
    expect(edgeWidth(50)).toBe(EDGE_WIDTH.max);
  });

  it('reads properties into the edge label where they say more than the type', () => {
    expect(edgeLabel({ type: 'HOLDS_ROLE', properties: { role: 'Defense Minister' } })).toBe('Defense Minister of');
    expect(edgeLabel({ type: 'RELATIONS_WITH', properties: { status: 'normalized' } })).toBe('relations: normalized');
    expect(edgeLabel({ type: 'HOLDS_ROLE', properties: {} })).toBe('holds role in');
  });

  it('puts nodes before edges, once each, and drops edges with an unknown end', () => {
    const a = node('a');
    const els = subgraphElements(
      {
        nodes: [a, node('b'), a],
        edges: [
          edge('a', 'MET_WITH', 'b'),
          edge('a', 'MET_WITH', 'b'),
          edge('a', 'VISITED', 'nowhere'),
          edge('b', 'VISITED', 'known'),
        ],
      },
      new Set(['known']),
    );
    expect(els.map((e) => e.data.id)).toEqual(['a', 'b', 'a|MET_WITH|b', 'b|VISITED|known']);
  });
});
