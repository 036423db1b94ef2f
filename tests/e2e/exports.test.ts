/**
 * Exports of the view as an analyst makes them: the overview of the real
 * corpus, a filter (no places), a node dragged by hand, colours by
 * community; then every data format downloaded from the Export menu and
 * read back by its reader. The files hold what the screen shows, no more:
 * no place, and the dragged node where it was dropped. A shared link keeps
 * the hand placement. Screenshots of the explorer at 1280×800 and
 * 1920×1080 go to test-artifacts/ for a person to look at.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Core } from 'cytoscape';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import type { Page } from 'playwright-core';
import { readCsvWithPython, readWithNetworkx } from '../integration/api-support/networkx.js';
import { schemaErrors } from '../support/xml-schemas.js';
import type { LaunchedBrowser } from './browser.js';
import type { RunningServer } from './server.js';
import { ARTIFACTS, openSession, type E2eSession } from './session.js';

interface Hook {
  cy: Core;
  app: { layout: { whenIdle(): Promise<void> } };
  url: { write(): void };
  labels: { apply(): void };
  metrics: { apply(): void };
}
/** The app's test hook, as this file uses it (app.test.ts declares its own view of it). */
type W = { __newsgraph: Hook };

let session: E2eSession;
let server: RunningServer;
let browser: LaunchedBrowser;
let page: Page;

async function idle(p: Page): Promise<void> {
  await p.waitForFunction(() => document.body.classList.contains('ready'));
  await p.evaluate(() => (window as unknown as W).__newsgraph.app.layout.whenIdle());
}

/** What the screen shows: node ids and positions, relation ids. */
function screen(p: Page) {
  return p.evaluate(() => {
    const { cy } = (window as unknown as W).__newsgraph;
    const shown = (e: { hasClass(c: string): boolean }) =>
      !e.hasClass('f-hidden') && !e.hasClass('u-hidden') && !e.hasClass('unplaced');
    return {
      nodes: cy
        .nodes()
        .filter((n) => shown(n))
        .nodes()
        .map((n) => ({ id: n.id(), kind: String(n.data('kind')), x: n.position('x'), y: n.position('y') })),
      edges: cy
        .edges()
        .filter(shown)
        .map((e) => e.id()),
    };
  });
}

async function download(format: string): Promise<string> {
  await page.locator('#export-button').click();
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-format="${format}"]`).click()]);
  const target = path.join(ARTIFACTS, `e2e-view-export.${format}`);
  await file.saveAs(target);
  return fs.readFileSync(target, 'utf8');
}

beforeAll(async () => {
  session = await openSession();
  ({ server, browser, page } = session);
});

afterAll(async () => {
  await session?.close();
});

describe('exports of the view in Chromium', () => {
  let dragged: { id: string; x: number; y: number };
  let shownNodes: string[];
  let shownEdges: string[];

  it('filters out places, places a node by hand and colours by community', async () => {
    await page.goto(server.url);
    await idle(page);
    await page.locator('#legend-Place').uncheck();
    await page.waitForFunction(
      () =>
        (window as unknown as W).__newsgraph.cy.nodes('[kind = "Place"]').filter((n) => !n.hasClass('f-hidden'))
          .length === 0,
    );
    await page.selectOption('#colour-by', 'community');
    // The best-connected node, dragged 120 px right and 90 px down with the mouse.
    const start = await page.evaluate(() => {
      const { cy } = (window as unknown as W).__newsgraph;
      const hub = cy
        .nodes()
        .filter((n) => !n.hasClass('f-hidden'))
        .sort((a, b) => Number(b.data('degree')) - Number(a.data('degree')))[0]!;
      const p = hub.renderedPosition();
      const box = cy.container()!.getBoundingClientRect();
      return { id: hub.id(), x: box.left + p.x, y: box.top + p.y, before: hub.position() };
    });
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    await page.mouse.move(start.x + 60, start.y + 45, { steps: 5 });
    await page.mouse.move(start.x + 120, start.y + 90, { steps: 5 });
    await page.mouse.up();
    const after = await page.evaluate(
      (id) => (window as unknown as W).__newsgraph.cy.getElementById(id).position(),
      start.id,
    );
    expect(after.x - start.before.x).toBeGreaterThan(40);
    dragged = { id: start.id, x: after.x, y: after.y };
    await page.evaluate(() => {
      (window as unknown as W).__newsgraph.metrics.apply();
      (window as unknown as W).__newsgraph.labels.apply();
    });
    const view = await screen(page);
    shownNodes = view.nodes.map((n) => n.id).sort();
    shownEdges = view.edges.sort();
    expect(view.nodes.some((n) => n.kind === 'Place')).toBe(false);
    expect(await page.locator('#status-counts').textContent()).toContain(`${shownNodes.length} of `);
    const fills = await page.evaluate(
      () =>
        new Set((window as unknown as W).__newsgraph.cy.nodes('.by-community').map((n) => String(n.data('ccolor'))))
          .size,
    );
    expect(fills).toBeGreaterThan(1);
    await page.screenshot({ path: path.join(ARTIFACTS, 'e2e-exports-view-1280x800.png') });
  });

  it('GEXF holds exactly the view, valid, with the dragged position and communities', async () => {
    const text = await download('gexf');
    expect(schemaErrors('gexf', text)).toEqual([]);
    const g = parseGexf(Graph, text);
    expect(g.nodes().sort()).toEqual(shownNodes);
    expect(g.edges().sort()).toEqual(shownEdges);
    g.forEachNode((_, a) => expect(a.kind).not.toBe('Place'));
    const node = g.getNodeAttributes(dragged.id);
    expect(node.x).toBeCloseTo(dragged.x, 1);
    expect(node.y).toBeCloseTo(-dragged.y, 1);
    expect(node.community).toEqual(expect.any(Number));
    g.forEachEdge((_, a) => {
      expect(a.kind).toEqual(expect.any(String));
      expect(a.label).toEqual(expect.any(String));
      expect(a.evidence).toEqual(expect.any(String));
    });
  });

  it('GraphML, CSV and Cytoscape JSON hold the same view', async () => {
    const graphml = await download('graphml');
    expect(schemaErrors('graphml', graphml)).toEqual([]);
    const nx = readWithNetworkx('graphml', graphml);
    expect(Object.keys(nx.nodes).sort()).toEqual(shownNodes);
    expect(nx.edges.map((e) => e.data.relationId).sort()).toEqual(shownEdges);
    expect(nx.nodes[dragged.id]?.x).toBeCloseTo(dragged.x, 1);

    const nodes = readCsvWithPython(await download('csv-nodes'));
    const header = nodes[0]!;
    const row = nodes.find((r) => r[0] === dragged.id)!;
    expect(
      nodes
        .slice(1)
        .map((r) => r[0])
        .sort(),
    ).toEqual(shownNodes);
    expect(Number(row[header.indexOf('y')])).toBeCloseTo(-dragged.y, 1);
    const edges = readCsvWithPython(await download('csv-edges'));
    expect(
      edges
        .slice(1)
        .map((r) => r[edges[0]!.indexOf('Id')])
        .sort(),
    ).toEqual(shownEdges);

    const cyjs = JSON.parse(await download('cyjs')) as {
      elements: { nodes: Array<{ data: { id: string }; position: { x: number; y: number } }> };
    };
    const drawn = cyjs.elements.nodes.find((n) => n.data.id === dragged.id)!;
    expect(drawn.position.x).toBeCloseTo(dragged.x, 6);
    expect(drawn.position.y).toBeCloseTo(dragged.y, 6);
  });

  it('a shared link reopens with the node where the analyst put it', async () => {
    await page.evaluate(() => (window as unknown as W).__newsgraph.url.write());
    const link = page.url();
    expect(link).toMatch(/#z=/);
    const reopened = await browser.context.newPage();
    await reopened.goto(link);
    await idle(reopened);
    const at = await reopened.evaluate(
      (id) => (window as unknown as W).__newsgraph.cy.getElementById(id).position(),
      dragged.id,
    );
    expect(Math.abs(at.x - dragged.x)).toBeLessThanOrEqual(1);
    expect(Math.abs(at.y - dragged.y)).toBeLessThanOrEqual(1);
    await reopened.close();
  });

  it('looks right at 1920×1080 too, grouped by community', async () => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.selectOption('#layout-select', 'community');
    await idle(page);
    await page.evaluate(() => (window as unknown as W).__newsgraph.labels.apply());
    // Labels that stay on never overlap one another.
    const overlapping = await page.evaluate(() => {
      const boxes = (window as unknown as W).__newsgraph.cy
        .nodes()
        .filter((n) => !n.hasClass('f-hidden') && !n.hasClass('label-off'))
        .map((n) => n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }));
      let count = 0;
      boxes.forEach((a, i) =>
        boxes.slice(i + 1).forEach((b) => {
          if (a.x1 < b.x2 - 1 && b.x1 < a.x2 - 1 && a.y1 < b.y2 - 1 && b.y1 < a.y2 - 1) count++;
        }),
      );
      return count;
    });
    expect(overlapping).toBe(0);
    await page.screenshot({ path: path.join(ARTIFACTS, 'e2e-exports-grouped-1920x1080.png') });
  });
});
