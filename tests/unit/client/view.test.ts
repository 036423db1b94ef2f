import { describe, expect, it } from '@jest/globals';
import { ENTITY_KINDS, RELATION_TYPES, RELATIONS } from '../../../core/ontology.js';
import { contrast, darken } from '../../../client/src/view/colour.js';
import { CANVAS, KIND_STYLES, RELATION_STYLES } from '../../../client/src/view/palette.js';
import { chooseRenderer, isSoftwareRenderer } from '../../../client/src/view/renderer.js';
import { stylesheet } from '../../../client/src/view/styles.js';

describe('palette and stylesheet from the ontology', () => {
  it('gives every kind a distinct colour and shape, with a border readable on the canvas (≥ 3:1)', () => {
    const colours = new Set(ENTITY_KINDS.map((k) => KIND_STYLES[k].color));
    const shapes = new Set(ENTITY_KINDS.map((k) => KIND_STYLES[k].shape));
    expect(colours.size).toBe(ENTITY_KINDS.length);
    expect(shapes.size).toBe(ENTITY_KINDS.length);
    for (const kind of ENTITY_KINDS)
      expect(contrast(KIND_STYLES[kind].border, CANVAS.background)).toBeGreaterThanOrEqual(3);
  });

  it('draws symmetric relation types without arrowheads and typed facts readable on white', () => {
    for (const type of RELATION_TYPES) {
      expect(RELATION_STYLES[type].directed).toBe(!RELATIONS[type].symmetric);
      if (type !== 'MENTIONED_WITH')
        expect(contrast(RELATION_STYLES[type].color, CANVAS.background)).toBeGreaterThanOrEqual(3);
    }
    expect(contrast(CANVAS.label, CANVAS.labelBackground)).toBeGreaterThanOrEqual(7);
  });

  it('has a selector for every kind and type in both modes, bezier edges on small graphs', () => {
    const selectors = stylesheet().map((b) => ('selector' in b ? b.selector : ''));
    for (const kind of ENTITY_KINDS) expect(selectors).toContain(`node.kind-${kind}`);
    for (const type of RELATION_TYPES) expect(selectors).toContain(`edge.type-${type}`);
    const largeSelectors = stylesheet({ large: true }).map((b) => ('selector' in b ? b.selector : ''));
    for (const kind of ENTITY_KINDS) expect(largeSelectors).toContain(`node.kind-${kind}`);
    for (const type of RELATION_TYPES) expect(largeSelectors).toContain(`edge.type-${type}`);
    const edgeStyle = stylesheet().find((b) => 'selector' in b && b.selector === 'edge') as unknown as {
      style: Record<string, unknown>;
    };
    expect(edgeStyle.style['curve-style']).toBe('bezier');
  });

  it('darkens colours', () => {
    expect(darken('#ffffff', 0.5)).toBe('#808080');
  });
});

describe('renderer choice', () => {
  it('treats SwiftShader, llvmpipe and missing WebGL as software', () => {
    expect(isSoftwareRenderer('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)')).toBe(
      true,
    );
    expect(isSoftwareRenderer('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe(true);
    expect(isSoftwareRenderer(null)).toBe(true);
    expect(isSoftwareRenderer('ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)')).toBe(false);
  });

  it('uses WebGL only on hardware GL unless overridden', () => {
    expect(chooseRenderer({ renderer: 'Apple M2', software: false }, null)).toBe('webgl');
    expect(chooseRenderer({ renderer: 'SwiftShader', software: true }, null)).toBe('canvas');
    expect(chooseRenderer({ renderer: 'SwiftShader', software: true }, 'webgl')).toBe('webgl');
    expect(chooseRenderer({ renderer: 'Apple M2', software: false }, 'canvas')).toBe('canvas');
  });
});
