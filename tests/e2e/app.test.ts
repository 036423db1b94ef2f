/**
 * The analyst's walk through the app, in real headless Chromium against a
 * real server and store: overview, search, expand (and undo), evidence,
 * paths, console, filters, exports, and a shared link reopened. Assertions
 * read the graph through `window.__newsgraph` as well as the page.
 * Screenshots go to test-artifacts/ for a human to look at.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Core } from 'cytoscape';
import { launchChromium, type LaunchedBrowser } from './browser.js';
import { REPO_ROOT, seed, type Scenario } from './seed.js';
import { assertClientBuilt, startServer, type RunningServer } from './server.js';

const ARTIFACTS = path.join(REPO_ROOT, 'test-artifacts');

interface Hook {
  cy: Core;
  model: {
    nodeIds(): string[];
    node(id: string): { name: string; kind: string } | undefined;
    expansion(id: string): { omitted: number } | undefined;
  };
  app: {
    layout: { whenIdle(): Promise<void> };
    selection: { get(): string[] };
    filters: { get(): { hiddenKinds: string[] } };
  };
  url: { write(): void };
  ready: Promise<void>;
}
declare global {
  interface Window {
    __newsgraph: Hook;
  }
}

let dataDir: string;
let server: RunningServer;
let browser: LaunchedBrowser;
let page: Page;
let scenario: Scenario;
/** Paths of the scripts the page asked for, in order: what the first screen loads, and what loads later. */
const scripts: string[] = [];
/** Whether the page asked for the chunk Vite names after this module (`cypher-editor-[hash].js`). */
const loadedChunk = (module: string) => scripts.some((s) => new RegExp(`/${module}-[\\w-]+\\.js$`).test(s));

/** Waits until the app has loaded its view and no layout is running. */
async function settled(p: Page = page): Promise<void> {
  await p.waitForFunction(() => window.__newsgraph !== undefined && document.body.classList.contains('ready'));
  await p.evaluate(() => window.__newsgraph.app.layout.whenIdle());
}

/** Node ids on the graph that no filter or hand hides. */
function shownNodes(p: Page = page): Promise<string[]> {
  return p.evaluate(() =>
    window.__newsgraph.cy
      .nodes()
      .filter((n) => !n.hasClass('f-hidden') && !n.hasClass('u-hidden'))
      .map((n) => n.id())
      .sort(),
  );
}

function shownEdges(p: Page = page): Promise<string[]> {
  return p.evaluate(() =>
    window.__newsgraph.cy
      .edges()
      .filter((e) => !e.hasClass('f-hidden') && !e.hasClass('u-hidden'))
      .map((e) => e.id())
      .sort(),
  );
}

/** Viewport coordinates of a node, for real mouse clicks on the canvas (panned into view first, as a user would). */
async function nodePoint(id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((nodeId) => {
    const cy = window.__newsgraph.cy;
    const node = cy.getElementById(nodeId);
    const extent = cy.extent();
    const at = node.position();
    const margin = 40 / cy.zoom();
    if (
      at.x < extent.x1 + margin ||
      at.x > extent.x2 - margin ||
      at.y < extent.y1 + margin ||
      at.y > extent.y2 - margin
    )
      cy.center(node);
    const p = node.renderedPosition();
    const box = cy.container()!.getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, id);
}

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS, `e2e-${name}.png`) });
}

async function api<T>(pathAndQuery: string): Promise<T> {
  const response = await fetch(`${server.url}/api${pathAndQuery}`);
  if (!response.ok) throw new Error(`${pathAndQuery}: ${response.status}`);
  return (await response.json()) as T;
}

beforeAll(async () => {
  assertClientBuilt();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-e2e-'));
  scenario = await seed(path.join(dataDir, 'db'));
  server = await startServer(path.join(dataDir, 'db'));
  browser = await launchChromium({ width: 1280, height: 800 });
  page = await browser.context.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

describe(`Newsgraph in Chromium (${process.env['E2E_SEED'] ?? 'auto'} seed)`, () => {
  it('opens on the overview with a legend of kinds and relation types', async () => {
    await page.goto(server.url);
    await settled();
    const overview = await api<{ nodes: Array<{ id: string }> }>('/graph/overview?limit=60');
    expect(await shownNodes()).toEqual(overview.nodes.map((n) => n.id).sort());
    // Every node was laid out: none left invisible at the origin.
    expect(await page.evaluate(() => window.__newsgraph.cy.nodes('.unplaced').length)).toBe(0);
    const legendRows = await page.locator('.legend-row').count();
    expect(legendRows).toBeGreaterThanOrEqual(7 + 16);
    expect(await page.locator('#status-counts').textContent()).toContain(
      `${overview.nodes.length} of ${overview.nodes.length} nodes`,
    );
    await shot('01-overview');
    // The first screen loads what it draws: the console's editor, the export writers and the
    // main-thread layout fallback are chunks of their own, fetched when first used.
    expect(scripts.length).toBeGreaterThan(0);
    expect(['cypher-editor', 'svg', 'view-snapshot', 'layout-engine'].filter(loadedChunk)).toEqual([]);

    // The rest starts from a blank canvas, as an analyst with a question would.
    const box = (await page.locator('#cy').boundingBox())!;
    await page.mouse.click(box.x + 8, box.y + 8, { button: 'right' });
    await page.locator('.popup-menu .menu-item', { hasText: 'Clear graph' }).click();
    await page.waitForFunction(() => window.__newsgraph.cy.nodes().length === 0);
    expect(await page.locator('#empty-state').isVisible()).toBe(true);
  });

  it('searches with autocomplete and adds the pick, focused', async () => {
    await page.keyboard.press('/');
    await page.keyboard.type(scenario.searchText);
    const hit = page.locator(`.search-hit[data-id="${scenario.personId}"]`);
    await hit.waitFor();
    await shot('02-search');
    await hit.click();
    await page.waitForFunction((id) => window.__newsgraph.app.selection.get().includes(id), scenario.personId);
    await page.locator('.entity-name').waitFor();
    expect(await page.evaluate((id) => window.__newsgraph.cy.getElementById(id).selected(), scenario.personId)).toBe(
      true,
    );
    expect(await shownNodes()).toEqual([scenario.personId]);
  });

  it('expands a node by double-click, and undoes and redoes the expansion', async () => {
    await settled();
    const before = await shownNodes();
    const neighbours = await api<{ nodes: Array<{ id: string }> }>(
      `/entities/${scenario.personId}/neighbourhood?limit=26`,
    );
    const point = await nodePoint(scenario.personId);
    await page.mouse.dblclick(point.x, point.y);
    await page.waitForFunction((id) => window.__newsgraph.model.expansion(id) !== undefined, scenario.personId);
    await settled();
    const after = await shownNodes();
    for (const n of neighbours.nodes) expect(after).toContain(n.id);
    expect(await page.evaluate(() => window.__newsgraph.cy.nodes('.unplaced').length)).toBe(0);
    await shot('03-expanded');

    const added = after.filter((id) => !before.includes(id));
    expect(added.length).toBeGreaterThan(0);
    const positionsOf = (ids: string[]) =>
      page.evaluate(
        (list) =>
          list.map((id) => {
            const p = window.__newsgraph.cy.getElementById(id).position();
            return [id, Math.round(p.x), Math.round(p.y)];
          }),
        ids,
      );
    const drawnAt = await positionsOf(added);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+z');
    await page.waitForFunction((n) => window.__newsgraph.cy.nodes().length === n, before.length);
    expect(await shownNodes()).toEqual(before);
    await page.keyboard.press('Control+Shift+Z');
    await page.waitForFunction((n) => window.__newsgraph.cy.nodes().length === n, after.length);
    await settled();
    // Redone nodes come back where they were, not re-laid out.
    expect(await positionsOf(added)).toEqual(drawnAt);
  });

  it("reads the evidence of the person's relation to an agreement, mentions marked", async () => {
    const target = await page.evaluate((id) => {
      const { cy, model } = window.__newsgraph;
      const other = (e: { source(): { id(): string }; target(): { id(): string } }) =>
        e.source().id() === id ? e.target().id() : e.source().id();
      const candidates = cy
        .getElementById(id)
        .connectedEdges()
        .map((e) => ({ edge: e.id(), other: other(e) }))
        .filter((c) => model.node(c.other)?.kind === 'Agreement')
        .map((c) => ({ edge: c.edge, agreement: model.node(c.other)!.name }));
      // The defence MOU when the corpus has it; any agreement otherwise.
      candidates.sort(
        (a, b) => Number(/mou|memorandum/i.test(b.agreement)) - Number(/mou|memorandum/i.test(a.agreement)),
      );
      return candidates[0] ?? null;
    }, scenario.personId);
    expect(target).not.toBeNull();
    const point = await nodePoint(scenario.personId);
    await page.mouse.click(point.x, point.y);
    await page.locator('.entity-name').waitFor();
    await page.locator('.relation-list button.link', { hasText: target!.agreement }).first().click();
    const card = page.locator('.evidence-card').first();
    await card.waitFor();
    const relation = await api<{ evidence: Array<{ sentence: string }> }>(
      `/relations/${encodeURIComponent(target!.edge)}`,
    );
    const sentence = (await card.locator('.sentence').first().textContent()) ?? '';
    expect(relation.evidence.map((e) => e.sentence)).toContain(sentence);
    expect(await card.locator('mark.mention-subject, mark.mention-object').count()).toBeGreaterThanOrEqual(1);
    expect(await page.locator('.agreement').textContent()).toMatch(/agree|Stated by/);
    await shot('04-evidence');

    // The article as a hostile or older server could send it, with a link that is not http(s): shown without it.
    let served = 0;
    await page.route('**/api/articles/*', async (route) => {
      const response = await route.fetch();
      served++;
      await route.fulfill({ response, json: { ...(await response.json()), url: 'javascript:alert(document.domain)' } });
    });
    await card.locator('.article-title').click();
    await page.locator('.article-text .mention').first().waitFor();
    expect(await page.locator('.focus-sentence').textContent()).toContain(sentence.slice(0, 20));
    const links = await page.$$eval('a[href]', (as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect({ fetched: served > 0, scripted: links.filter((h) => !/^(https?:|\/|#|\?)/i.test(h.trim())) }).toEqual({
      fetched: true,
      scripted: [],
    });
    await page.unroute('**/api/articles/*');
    await shot('05-article');
  });

  it('finds paths between two entities and steps through their evidence', async () => {
    // An entity two hops away, found through the API so the test fits any seed.
    const near = await api<{ nodes: Array<{ id: string; name: string }> }>(
      `/entities/${scenario.personId}/neighbourhood?depth=1&limit=500`,
    );
    const far = await api<{ nodes: Array<{ id: string; name: string }> }>(
      `/entities/${scenario.personId}/neighbourhood?depth=2&limit=500`,
    );
    const nearIds = new Set(near.nodes.map((n) => n.id));
    const end = far.nodes.find((n) => !nearIds.has(n.id));
    expect(end).toBeDefined();

    const point = await nodePoint(scenario.personId);
    await page.mouse.click(point.x, point.y);
    await page.waitForFunction((id) => window.__newsgraph.app.selection.get().join() === id, scenario.personId);
    await page.locator('#paths-button').click();
    expect(await page.locator('#path-from').inputValue()).not.toBe('');
    const to = page.locator('#path-to');
    await to.fill(end!.name);
    await page.locator(`.search-hit[data-id="${end!.id}"]`).click();
    await page.locator('[data-action="find-paths"]').click();
    await page.locator('.path-list li').first().waitFor();
    await settled();
    const pathEdges = await page.evaluate(() => window.__newsgraph.cy.edges('.path').length);
    expect(pathEdges).toBeGreaterThanOrEqual(2);
    expect(
      await page.evaluate(
        (ids) => ids.every((id) => window.__newsgraph.cy.getElementById(id).hasClass('path')),
        [scenario.personId, end!.id],
      ),
    ).toBe(true);
    expect(await page.locator('.path-step-box .sentence').count()).toBeGreaterThanOrEqual(1);
    const firstStep = await page.locator('.path-step-box .relation-head').textContent();
    await page.locator('[data-action="next-step"]').click();
    expect(await page.locator('.path-step-box .relation-head').textContent()).not.toBe(firstStep);
    await shot('06-paths');
    await page.keyboard.press('Escape');
  });

  it('runs a console query and draws its nodes', async () => {
    await page.locator('#console-button').click();
    await page.locator('.cm-content').click();
    expect(loadedChunk('cypher-editor')).toBe(true);
    await page.keyboard.press('Control+a');
    await page.keyboard.type('MATCH (p:Person)-[r]->(x) RETURN p, r, x LIMIT 20', { delay: 5 });
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Enter');
    const summary = page.locator('.result-summary');
    await summary.waitFor();
    expect(Number(await summary.getAttribute('data-rows'))).toBeGreaterThan(0);
    await settled();
    const check = await page.evaluate(() => {
      const rows = [...document.querySelectorAll('.result-table tbody tr')].length;
      const hl = window.__newsgraph.cy.nodes('.hl');
      return { rows, highlighted: hl.length, people: hl.filter((n) => n.data('kind') === 'Person').length };
    });
    expect(check.rows).toBeGreaterThan(0);
    expect(check.highlighted).toBeGreaterThan(0);
    expect(check.people).toBeGreaterThan(0);
    await shot('07-console');

    // A syntax error is shown with its position, and marked in the editor.
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('MATCH (p:Person RETURN p', { delay: 5 });
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Enter');
    await page.locator('.query-error').waitFor();
    expect(await page.locator('.query-error').textContent()).toMatch(/line 1/);
    expect(await page.locator('.cm-lintRange-error').count()).toBeGreaterThan(0);
    await shot('08-console-error');
    await page.locator('#console-button').click();
  });

  it('filters by kind without moving anything', async () => {
    await page.keyboard.press('Escape');
    const kind = await page.evaluate(() => {
      const counts = new Map<string, number>();
      window.__newsgraph.cy.nodes().forEach((n) => {
        counts.set(n.data('kind'), (counts.get(n.data('kind')) ?? 0) + 1);
      });
      return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
    });
    const positions = () =>
      page.evaluate(() =>
        window.__newsgraph.cy
          .nodes()
          .map((n) => [n.id(), Math.round(n.position('x')), Math.round(n.position('y'))] as const),
      );
    const before = await positions();
    await page.locator(`#legend-${kind}`).uncheck();
    await page.waitForFunction(
      (k) => window.__newsgraph.cy.nodes(`[kind = "${k}"]`).filter((n) => !n.hasClass('f-hidden')).length === 0,
      kind,
    );
    await shot('09-filtered');
    expect(await positions()).toEqual(before);
    await page.locator(`#legend-${kind}`).check();
    await page.waitForFunction(() => window.__newsgraph.cy.nodes('.f-hidden').length === 0);
  });

  it('exports GraphML that a third-party reader (networkx) parses, and SVG and PNG', async () => {
    const onScreen = await shownNodes();
    await page.locator('#export-button').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-format="graphml"]').click(),
    ]);
    const file = path.join(ARTIFACTS, 'e2e-export.graphml');
    await download.saveAs(file);
    const parsed = JSON.parse(
      execFileSync(
        'python3',
        [
          '-c',
          'import json,sys,networkx as nx; g=nx.read_graphml(sys.argv[1]); print(json.dumps({"nodes": sorted(g.nodes()), "edges": g.number_of_edges()}))',
          file,
        ],
        { encoding: 'utf8' },
      ),
    ) as { nodes: string[]; edges: number };
    expect(parsed.nodes).toEqual(onScreen);
    expect(parsed.edges).toBeGreaterThan(0);

    await page.locator('#export-button').click();
    const [svgDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-format="svg"]').click(),
    ]);
    const svgFile = path.join(ARTIFACTS, 'e2e-export.svg');
    await svgDownload.saveAs(svgFile);
    const svgCheck = JSON.parse(
      execFileSync(
        'python3',
        [
          '-c',
          'import json,sys,xml.etree.ElementTree as ET; r=ET.parse(sys.argv[1]).getroot(); ns="{http://www.w3.org/2000/svg}"; print(json.dumps({"root": r.tag, "texts": len(r.findall(".//"+ns+"text"))}))',
          svgFile,
        ],
        { encoding: 'utf8' },
      ),
    ) as { root: string; texts: number };
    expect(svgCheck.root).toBe('{http://www.w3.org/2000/svg}svg');
    expect(svgCheck.texts).toBeGreaterThanOrEqual(onScreen.length);

    await page.locator('#export-button').click();
    const [pngDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-format="png"]').click(),
    ]);
    const pngFile = path.join(ARTIFACTS, 'e2e-export.png');
    await pngDownload.saveAs(pngFile);
    expect(fs.readFileSync(pngFile).subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  });

  it('hides with Delete, brings back with Ctrl+Z, opens the menu with Shift+F10', async () => {
    const point = await nodePoint(scenario.personId);
    await page.mouse.click(point.x, point.y);
    await page.keyboard.press('Delete');
    await page.waitForFunction(
      (id) => window.__newsgraph.cy.getElementById(id).hasClass('u-hidden'),
      scenario.personId,
    );
    await page.keyboard.press('Control+z');
    await page.waitForFunction(
      (id) => !window.__newsgraph.cy.getElementById(id).hasClass('u-hidden'),
      scenario.personId,
    );

    // The same actions without a mouse: Shift+F10 opens the selection's menu, Escape closes it.
    await page.keyboard.press('Shift+F10');
    await page
      .locator('.popup-menu .menu-item', { hasText: /^Expand/ })
      .first()
      .waitFor();
    await page.keyboard.press('Escape');
    expect(await page.locator('.popup-menu').count()).toBe(0);
  });

  it('reopens the same view from a shared link', async () => {
    // A filter, a pin and a selection, so the link carries more than entity ids.
    await page.locator('#legend-Place').uncheck();
    const point = await nodePoint(scenario.personId);
    await page.mouse.click(point.x, point.y, { button: 'right' });
    await page.locator('.popup-menu .menu-item', { hasText: /^Pin/ }).click();
    await page.mouse.click(point.x, point.y);
    await page.waitForFunction((id) => window.__newsgraph.app.selection.get().join() === id, scenario.personId);
    await page.evaluate(() => window.__newsgraph.url.write());
    const link = page.url();
    // Compressed (z=) when that is shorter, which it is for any real view.
    expect(link).toMatch(/#z=/);

    const state = async (p: Page) => ({
      nodes: await shownNodes(p),
      edges: await shownEdges(p),
      selected: await p.evaluate(() => window.__newsgraph.app.selection.get()),
      hiddenKinds: await p.evaluate(() => window.__newsgraph.app.filters.get().hiddenKinds),
      pinned: await p.evaluate(() => window.__newsgraph.cy.nodes('.pinned').map((n) => n.id())),
      expanded: await p.evaluate((id) => window.__newsgraph.model.expansion(id) !== undefined, scenario.personId),
    });
    const original = await state(page);
    const reopened = await browser.context.newPage();
    await reopened.goto(link);
    await settled(reopened);
    await reopened.waitForFunction((id) => window.__newsgraph.app.selection.get().includes(id), scenario.personId);
    expect(await state(reopened)).toEqual(original);
    expect(original.hiddenKinds).toEqual(['Place']);
    expect(original.pinned).toEqual([scenario.personId]);
    await reopened.screenshot({ path: path.join(ARTIFACTS, 'e2e-10-shared-link.png') });
    await reopened.close();
  });
});
