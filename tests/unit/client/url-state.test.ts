import { describe, expect, it } from '@jest/globals';
import { defaultFilters } from '../../../client/src/model/filters.js';
import {
  decodeViewState,
  encodeViewState,
  initialViewState,
  shareFragment,
  type ViewState,
} from '../../../client/src/model/url-state.js';

describe('view state in the URL', () => {
  it('round-trips a full view', () => {
    const state: ViewState = {
      nodes: ['benny-gantz', 'morocco', 'israel-morocco-mou'],
      edges: ['benny-gantz|SIGNED|israel-morocco-mou', 'morocco|MENTIONED_WITH|benny-gantz'],
      hidden: ['morocco|MENTIONED_WITH|israel'],
      pinned: ['benny-gantz'],
      expanded: [{ id: 'benny-gantz', limit: 26, omitted: 12 }],
      selected: ['benny-gantz|SIGNED|israel-morocco-mou', 'morocco'],
      placed: [
        { id: 'morocco', x: -120, y: 48 },
        { id: 'israel-morocco-mou', x: 300, y: -7 },
      ],
      filters: {
        hiddenKinds: ['Place'],
        hiddenTypes: [],
        articles: ['toi-2021-11-24'],
        sources: ['Reuters, London', 'Al Jazeera & co'],
        minCorroboration: 2,
        hideUnconnected: true,
        hiddenClaims: ['asserted', 'planned'],
        since: '2021-11-01',
        until: '2021-11-30',
        undated: 'exclude',
      },
      layout: 'dagre',
    };
    const fragment = encodeViewState(state);
    expect(decodeViewState(fragment)).toEqual(state);
    expect(decodeViewState(`#${fragment}`)).toEqual(state);
    // Commas and ampersands inside values do not split them.
    expect(fragment).not.toContain('Reuters, London');
  });

  it('shares links compressed when that is shorter, with hand-placed positions, and reads both forms', () => {
    const nodes = Array.from({ length: 50 }, (_, i) => `an-entity-of-the-story-number-${i}`);
    const state: ViewState = {
      ...initialViewState(),
      nodes,
      edges: nodes.slice(1).map((id, i) => `${nodes[i]}|SUPPORTS|${id}`),
      placed: [{ id: nodes[7]!, x: 412, y: -96 }],
    };
    const plain = encodeViewState(state);
    const shared = shareFragment(state);
    expect(shared.startsWith('z=')).toBe(true);
    expect(shared.length).toBeLessThan(plain.length / 2);
    expect(decodeViewState(`#${shared}`)).toEqual(state);
    expect(decodeViewState(plain)).toEqual(state);
    // Positions are whole model units.
    expect(decodeViewState(encodeViewState({ ...state, placed: [{ id: nodes[0]!, x: 1.4, y: -2.6 }] })).placed).toEqual(
      [{ id: nodes[0], x: 1, y: -3 }],
    );
    // A tiny view stays readable.
    expect(shareFragment(initialViewState())).toBe('v=1');
    // A damaged compressed link opens the overview rather than failing.
    expect(decodeViewState('#z=@@@').nodes).toBeNull();
  });

  it('encodes relations compactly by position, dropping those whose ends are not listed', () => {
    const nodes = Array.from({ length: 40 }, (_, i) => `entity-${i}`);
    const edges = ['entity-3|OPPOSES|entity-39', 'entity-0|HOLDS_ROLE|entity-1', 'entity-2|SIGNED|elsewhere'];
    const fragment = encodeViewState({ ...initialViewState(), nodes, edges });
    expect(fragment).toContain('e=3.9.13,0.0.1');
    expect(decodeViewState(fragment).edges).toEqual(edges.slice(0, 2));
    // A hand-written link without relations means "all relations among the entities".
    expect(decodeViewState('#v=1&n=a,b').edges).toBeNull();
  });

  it('keeps the overview link short and distinguishes "no entities" from "overview"', () => {
    expect(encodeViewState(initialViewState())).toBe('v=1');
    expect(decodeViewState('')).toEqual(initialViewState());
    const empty = { ...initialViewState(), nodes: [] };
    expect(decodeViewState(encodeViewState(empty)).nodes).toEqual([]);
  });

  it('survives hand-edited links: unknown kinds, types, layouts and bad numbers fall back', () => {
    const state = decodeViewState(
      '#v=1&n=a,%E0%A4%A,b&e=0.4.1,0.zz.1,7.0.0&fk=Person,Dragon&ft=SIGNED,NOPE&mc=-3&l=spiral&x=a:xx:1,b:26:3',
    );
    expect(state.nodes).toEqual(['a', 'b']);
    expect(state.edges).toEqual(['a|VISITED|b']);
    expect(state.filters.hiddenKinds).toEqual(['Person']);
    expect(state.filters.hiddenTypes).toEqual(['SIGNED']);
    expect(state.filters.minCorroboration).toBe(defaultFilters().minCorroboration);
    expect(state.layout).toBe('fcose');
    expect(state.expanded).toEqual([{ id: 'b', limit: 26, omitted: 3 }]);
  });
});
