import { describe, expect, it } from '@jest/globals';
import { sceneToSvg, wrapLabel, type Scene } from '../../../client/src/export/svg.js';

const scene: Scene = {
  background: '#ffffff',
  box: { x1: 0, y1: 0, x2: 200, y2: 100 },
  nodes: [
    {
      x: 20,
      y: 20,
      w: 30,
      h: 30,
      shape: 'ellipse',
      fill: '#e15759',
      stroke: '#7c3031',
      strokeWidth: 2,
      strokeDash: null,
      opacity: 1,
      label: 'Benny Gantz <MoD> & co',
      fontSize: 11,
    },
    {
      x: 180,
      y: 80,
      w: 40,
      h: 40,
      shape: 'cut-rectangle',
      fill: '#f28e2b',
      stroke: '#854e18',
      strokeWidth: 3,
      strokeDash: '5 3',
      opacity: 0.5,
      label: '',
      fontSize: 11,
    },
  ],
  edges: [
    {
      source: { x: 35, y: 25 },
      controls: [{ x: 100, y: 10 }],
      target: { x: 160, y: 70 },
      color: '#c86a12',
      width: 3,
      dash: null,
      opacity: 0.85,
      arrow: true,
      label: 'signed',
    },
  ],
};

describe('SVG export', () => {
  it('writes a well-formed standalone document with escaped labels', () => {
    const svg = sceneToSvg(scene);
    expect(svg.startsWith('<?xml')).toBe(true);
    expect(svg).toContain('viewBox="-20 -20 240 140"');
    expect(svg).toContain('Benny Gantz &lt;MoD&gt; &amp;');
    expect(svg).not.toContain('<MoD>');
    expect(svg).toContain('Q 100 10 160 70');
    expect(svg).toContain('stroke-dasharray="5 3"');
    expect(svg).toContain('>signed</text>');
    // Every element closed: as many opening as closing tags for the ones that carry content.
    for (const tag of ['svg', 'g', 'text']) {
      expect(svg.split(`<${tag}`).length - 1).toBe(svg.split(`</${tag}>`).length - 1);
    }
  });

  it('wraps long labels the way the graph does', () => {
    expect(wrapLabel('Israel–Morocco defence memorandum of understanding')).toEqual([
      'Israel–Morocco',
      'defence memorandum',
      'of understanding',
    ]);
    expect(wrapLabel('')).toEqual([]);
  });
});
