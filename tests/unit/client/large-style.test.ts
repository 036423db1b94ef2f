/**
 * The large-graph stylesheet, applied by a headless Cytoscape: fewer
 * properties, yet kinds, types and statuses stay apart, and labels and
 * dashes come with `detail` (the zoom).
 */
import cytoscape, { type Core } from 'cytoscape';
import { describe, expect, it } from '@jest/globals';
import { ENTITY_KINDS, RELATION_TYPES } from '../../../core/ontology.js';
import { DETAIL_ZOOM, DetailController, wantsDetail } from '../../../client/src/controllers/detail-controller.js';
import { claimClass, edgeElement, nodeElement } from '../../../client/src/model/elements.js';
import { cssToHex } from '../../../client/src/view/colour.js';
import { CLAIM_STYLES, KIND_STYLES, RELATION_STYLES } from '../../../client/src/view/palette.js';
import { stylesheet } from '../../../client/src/view/styles.js';
import { edge, node } from './fixtures.js';

/** One node of every kind, chained by one edge of every type. */
function largeGraph(): Core {
  const nodes = ENTITY_KINDS.map((kind) => node(`n-${kind}`, kind));
  const edges = RELATION_TYPES.map((type, i) =>
    edge(nodes[i % nodes.length]!.id, type, nodes[(i + 1) % nodes.length]!.id),
  );
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: stylesheet({ large: true }),
    elements: [...nodes.map(nodeElement), ...edges.map(edgeElement)],
  });
}

const hex = (value: string) => cssToHex(value);

describe('large-graph stylesheet', () => {
  it('keeps every kind its colour and shape, with no border and no label at overview zoom', () => {
    const cy = largeGraph();
    for (const kind of ENTITY_KINDS) {
      const n = cy.getElementById(`n-${kind}`);
      expect(hex(n.style('background-color'))).toBe(KIND_STYLES[kind].color);
      expect(n.style('shape')).toBe(KIND_STYLES[kind].shape);
      expect(n.style('border-width')).toBe('0px');
      expect(n.style('label')).toBe('');
    }
  });

  it('keeps every relation type its colour, on cheap solid haystack lines until zoomed in', () => {
    const cy = largeGraph();
    for (const e of cy.edges()) {
      const type = e.data('type') as (typeof RELATION_TYPES)[number];
      expect(hex(e.style('line-color'))).toBe(RELATION_STYLES[type].color);
      expect(e.style('curve-style')).toBe('haystack');
      expect(e.style('line-style')).toBe('solid');
    }
  });

  it('shows labels and each type’s own line once elements carry `detail`', () => {
    const cy = largeGraph();
    cy.elements().addClass('detail');
    expect(cy.getElementById('n-Person').style('label')).toBe('n Person');
    for (const e of cy.edges()) {
      expect(e.style('line-style')).toBe(RELATION_STYLES[e.data('type') as (typeof RELATION_TYPES)[number]].line);
    }
  });

  it('tells claim statuses apart by their marker, and by their dash when zoomed in', () => {
    const cy = largeGraph();
    const e = cy.edges()[0]!;
    for (const claim of ['alleged', 'planned', 'denied', 'disputed'] as const) {
      e.classes([`type-${e.data('type')}`, claimClass(claim)]);
      expect(e.style('mid-target-arrow-shape')).toBe(CLAIM_STYLES[claim].marker!.shape);
      expect(e.style('line-style')).toBe('solid');
      e.addClass('detail');
      if (CLAIM_STYLES[claim].dash) expect(e.style('line-style')).toBe('dashed');
    }
  });

  it('styles a plain edge with width, opacity and line colour only: each property costs time on every edge', () => {
    const blocks = stylesheet({ large: true }).filter(
      (b): b is cytoscape.StylesheetStyle => 'selector' in b && /^edge(\.type-\w+)?$/.test(b.selector),
    );
    const properties = new Set(blocks.flatMap((b) => Object.keys(b.style)));
    expect([...properties].sort()).toEqual(['line-color', 'opacity', 'width']);
  });

  it('draws a claim marker in its own colour, or else in its type’s', () => {
    const cy = largeGraph();
    const e = cy.edges()[0]!;
    const type = e.data('type') as (typeof RELATION_TYPES)[number];
    for (const claim of ['alleged', 'planned', 'denied', 'disputed'] as const) {
      e.classes([`type-${type}`, claimClass(claim)]);
      expect(hex(e.style('mid-target-arrow-color'))).toBe(
        CLAIM_STYLES[claim].marker!.color ?? RELATION_STYLES[type].color,
      );
    }
  });

  it('draws the border of an edited or partly expanded node in its kind’s darker shade', () => {
    const cy = largeGraph();
    const n = cy.getElementById('n-Place').addClass('has-more');
    expect(n.style('border-style')).toBe('dashed');
    expect(hex(n.style('border-color'))).toBe(KIND_STYLES.Place.border);
  });
});

describe('DetailController', () => {
  function setup(large: boolean) {
    const cy = largeGraph();
    let busy = false;
    let idle: () => void = () => undefined;
    const layout = {
      get busy() {
        return busy;
      },
      whenIdle: () => new Promise<void>((resolve) => (idle = resolve)),
    };
    const sync = { largeMode: large, onApplied: () => () => true };
    const controller = new DetailController({ cy, sync, layout } as never);
    return {
      cy,
      controller,
      setBusy(value: boolean) {
        busy = value;
        if (!value) idle();
      },
    };
  }

  it('wants detail on a large graph from the detail zoom on, never on a small one', () => {
    expect(wantsDetail(true, DETAIL_ZOOM)).toBe(true);
    expect(wantsDetail(true, DETAIL_ZOOM / 2)).toBe(false);
    expect(wantsDetail(false, 4)).toBe(false);
  });

  it('gives every element `detail` when zoomed in on a large graph and takes it back when zoomed out', () => {
    const { cy, controller } = setup(true);
    cy.zoom(1);
    controller.apply();
    expect(cy.elements('.detail').length).toBe(cy.elements().length);
    cy.zoom(0.1);
    controller.apply();
    expect(cy.elements('.detail').length).toBe(0);
  });

  it('leaves small graphs alone, and waits for a running layout to frame the graph', async () => {
    const small = setup(false);
    small.cy.zoom(1);
    small.controller.apply();
    expect(small.cy.elements('.detail').length).toBe(0);

    const large = setup(true);
    large.cy.zoom(1);
    large.setBusy(true);
    large.controller.apply();
    expect(large.cy.elements('.detail').length).toBe(0);
    large.setBusy(false);
    // Once idle, the controller waits for the view to settle, then applies.
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(large.cy.elements('.detail').length).toBe(large.cy.elements().length);
  });
});
