/**
 * Claims and time as an analyst meets them, in Chromium against a real
 * server and store seeded with invented articles that allege, deny and plan
 * (tests/support/claim-graphs.ts): edges drawn by status with a legend that
 * filters, the Disputes view with both sides and its way back to the graph,
 * each sentence's status and source in the evidence panel, the timeline
 * dragged with the mouse and played, and a GEXF export of the range whose
 * spells networkx reads back. Screenshots go to test-artifacts/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';
import { readGexfSpells } from '../integration/api-support/networkx.js';
import { schemaErrors } from '../support/xml-schemas.js';
import { ARTIFACTS, openSession, type E2eSession } from './session.js';

interface Hook {
  cy: Core;
  app: {
    layout: { whenIdle(): Promise<void> };
    filters: { get(): { since: string | null; until: string | null; hiddenClaims: string[] } };
  };
}
/** The app's test hook, as this file uses it. */
type W = { __newsgraph: Hook };

/** Stated in one article, denied in the same one (alleged + denied). */
const ACQUIRED = 'sylvania|ACQUIRED|skyshield';
/** Planned in April, ruled out in May: articles disagree. */
const ARMS = 'freedonia|SUPPORTS|sylvania';
/** Alleged once, in an undated article, and stated in March. */
const BACKS = 'marxonia|SUPPORTS|red-front';

let session: E2eSession;
let page: Page;

async function idle(): Promise<void> {
  await page.waitForFunction(() => document.body.classList.contains('ready'));
  await page.evaluate(() => (window as unknown as W).__newsgraph.app.layout.whenIdle());
}

/** Relation ids on screen with their status class. */
function shownEdges(): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const out: Record<string, string> = {};
    (window as unknown as W).__newsgraph.cy
      .edges()
      .filter((e) => !e.hasClass('f-hidden') && !e.hasClass('u-hidden'))
      .forEach((e) => {
        out[e.id()] = (e.classes() as string[]).find((c) => c.startsWith('claim-'))?.slice('claim-'.length) ?? '';
      });
    return out;
  });
}

async function shot(name: string): Promise<void> {
  await page.screenshot({ path: path.join(ARTIFACTS, `e2e-claims-${name}.png`) });
}

/** Drags a range handle of the timeline with the mouse from its current value to `value`. */
async function dragHandle(id: 'timeline-from' | 'timeline-until', value: number): Promise<void> {
  const handle = page.locator(`#${id}`);
  const box = (await handle.boundingBox())!;
  const max = Number(await handle.getAttribute('max'));
  const current = Number(await handle.inputValue());
  // The thumb is 14 px wide (styles.css): its centre runs from 7 px to width - 7 px.
  const xOf = (v: number) => box.x + 7 + ((box.width - 14) * v) / max;
  const y = box.y + box.height / 2;
  await page.mouse.move(xOf(current), y);
  await page.mouse.down();
  await page.mouse.move((xOf(current) + xOf(value)) / 2, y, { steps: 4 });
  await page.mouse.move(xOf(value), y, { steps: 4 });
  await page.mouse.up();
}

beforeAll(async () => {
  session = await openSession('claims');
  page = session.page;
});

afterAll(async () => {
  await session?.close();
});

describe('claims and time in Chromium', () => {
  it('draws each relation by its status, with a legend that filters by status', async () => {
    await page.goto(session.server.url);
    await idle();
    const edges = await shownEdges();
    expect(edges[ACQUIRED]).toBe('disputed');
    expect(edges[ARMS]).toBe('disputed');
    expect(edges[BACKS]).toBe('asserted');
    expect(await page.locator('#legend-claims .legend-row').count()).toBe(5);
    // Dashed for alleged and planned, a marker in the middle for disputed.
    const styles = await page.evaluate((id) => {
      const edge = (window as unknown as W).__newsgraph.cy.getElementById(id);
      return { marker: edge.style('mid-target-arrow-shape'), line: edge.style('line-style') };
    }, ARMS);
    expect(styles.marker).toBe('diamond');
    await shot('01-statuses');

    await page.locator('#legend-claims .legend-row', { hasText: 'disputed' }).locator('button.only').click();
    await page.waitForFunction(() => (window as unknown as W).__newsgraph.app.filters.get().hiddenClaims.length === 4);
    expect(Object.keys(await shownEdges()).sort()).toEqual([ARMS, ACQUIRED].sort());
    await shot('02-only-disputed');
    await page.locator('#legend-disputed').uncheck();
    await page.locator('#legend-asserted').check();
    await page.waitForFunction(
      () => !(window as unknown as W).__newsgraph.app.filters.get().hiddenClaims.includes('asserted'),
    );
    const asserted = await shownEdges();
    expect(Object.values(asserted).every((c) => c === 'asserted')).toBe(true);
    expect(asserted[ARMS]).toBeUndefined();
    // Every status back on.
    for (const claim of ['alleged', 'planned', 'denied', 'disputed']) await page.locator(`#legend-${claim}`).check();
    await page.waitForFunction(() => (window as unknown as W).__newsgraph.app.filters.get().hiddenClaims.length === 0);
  });

  it('pages the disputes: the next page comes on request, after the first', async () => {
    // Pages of one (the server's default page is larger than the seed's two disputes): only the URL is rewritten.
    await page.route(/\/api\/disputes(\?|$)/, (route) => {
      const url = new URL(route.request().url());
      if (!url.searchParams.has('limit')) url.searchParams.set('limit', '1');
      return route.continue({ url: url.toString() });
    });
    await page.locator('#disputes-button').click();
    const more = page.locator('#inspector .more-disputes');
    await more.waitFor();
    expect([await page.locator('#inspector .dispute').count(), await more.textContent()]).toEqual([
      1,
      'Show 1 more of 1',
    ]);
    await shot('03-disputes-first-page');
    await more.click();
    await page.locator('#inspector .dispute').nth(1).waitFor();
    expect(
      await page
        .locator('#inspector .dispute')
        .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['relation'])),
    ).toEqual([ARMS, ACQUIRED]);
    await expect(more.isHidden()).resolves.toBe(true);
    await page.unroute(/\/api\/disputes(\?|$)/);
  });

  it('lists the disputes with both sides, one click from the graph and back', async () => {
    await page.locator('#disputes-button').click();
    const cards = page.locator('#inspector .dispute');
    await cards.first().waitFor();
    expect(await cards.count()).toBe(2);
    const arms = page.locator(`#inspector .dispute[data-relation="${ARMS}"]`);
    await expect(arms.locator('.dispute-side.side-for .evidence-card').count()).resolves.toBe(1);
    await expect(arms.locator('.dispute-side.side-against .evidence-card').count()).resolves.toBe(1);
    const forText = await arms.locator('.dispute-side.side-for').innerText();
    const againstText = await arms.locator('.dispute-side.side-against').innerText();
    // Each side with its outlet, date and status; the negative statement kept as evidence against.
    expect(forText).toContain('Delta Post');
    expect(forText).toContain('2024-04-10');
    expect(forText).toContain('planned');
    expect(againstText).toContain('Epsilon Times');
    expect(againstText).toContain('2024-05-20');
    expect(againstText).toContain('will not sell weapons');
    expect(againstText).toMatch(/denied\s+by a Freedonian official/);
    expect(await arms.innerText()).toContain('Articles disagree');
    await expect(page.locator('#inspector .more-disputes').isHidden()).resolves.toBe(true);
    await shot('03-disputes');

    await page.locator(`#inspector .dispute[data-relation="${ACQUIRED}"] .show-dispute`).click();
    await page.locator('#inspector .claim-status[data-claim="disputed"]').waitFor();
    expect(
      await page.evaluate((id) => (window as unknown as W).__newsgraph.cy.getElementById(id).selected(), ACQUIRED),
    ).toBe(true);
    // The evidence panel: each sentence with its status and who says it.
    const lines = await page
      .locator('#inspector .claim-line')
      .evaluateAll((els) =>
        els.map(
          (e) => `${(e as HTMLElement).dataset['certainty']}: ${(e as HTMLElement).innerText.replace(/\s+/g, ' ')}`,
        ),
      );
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^reported: .*according to Amnesty Watch/),
        expect.stringMatching(/^denied: .*by Sylvania/),
      ]),
    );
    await shot('04-evidence');
  });

  it('the timeline filters the graph by report date when its handles are dragged, and plays', async () => {
    const until = page.locator('#timeline-until');
    const weeks = Number(await until.getAttribute('max')) + 1;
    // 4 March to 20 May 2024: twelve weeks.
    expect(weeks).toBe(12);
    // The end of the range back to the fourth week (up to Sunday 31 March).
    await dragHandle('timeline-until', 3);
    await page.waitForFunction(() => (window as unknown as W).__newsgraph.app.filters.get().until === '2024-03-31');
    let edges = await shownEdges();
    expect(edges[ARMS]).toBeUndefined();
    expect(edges[ACQUIRED]).toBeUndefined();
    expect(edges[BACKS]).toBe('asserted');
    expect(await page.locator('#timeline-label').innerText()).toContain('2024-03-31');
    await shot('05-timeline-march');

    // The start to April: only what April reported, drawn with its status then (planned, not yet denied).
    await dragHandle('timeline-until', 6);
    await dragHandle('timeline-from', 4);
    await page.waitForFunction(() => {
      const f = (window as unknown as W).__newsgraph.app.filters.get();
      return f.since === '2024-04-01' && f.until === '2024-04-21';
    });
    edges = await shownEdges();
    expect(edges[ARMS]).toBe('planned');
    expect(edges[ACQUIRED]).toBe('disputed');
    // The legend counts each relation under its status within the range.
    await page.waitForFunction(
      () =>
        document.querySelector('#legend-claims .legend-row:has(#legend-planned) .legend-count')?.textContent === '1',
    );
    await shot('06-timeline-april');

    // Play: the end of the range steps week by week and stops at the last.
    await page.locator('#timeline-play').click();
    await page.waitForFunction(() => (window as unknown as W).__newsgraph.app.filters.get().until === '2024-04-28');
    await page.waitForFunction(() => (window as unknown as W).__newsgraph.app.filters.get().until === null, undefined, {
      timeout: 15_000,
    });
    expect(await page.locator('#timeline-play').getAttribute('title')).toMatch(/^Play/);
    expect((await shownEdges())[ARMS]).toBe('disputed');
  });

  it('exports the range as a dynamic GEXF whose spells networkx reads', async () => {
    await dragHandle('timeline-from', 0);
    await dragHandle('timeline-until', 6);
    await page.waitForFunction(() => {
      const f = (window as unknown as W).__newsgraph.app.filters.get();
      return f.since === null && f.until === '2024-04-21';
    });
    await idle();
    await page.locator('#export-button').click();
    const [file] = await Promise.all([page.waitForEvent('download'), page.locator('[data-format="gexf"]').click()]);
    const target = path.join(ARTIFACTS, 'e2e-claims-range.gexf');
    await file.saveAs(target);
    const text = fs.readFileSync(target, 'utf8');
    expect(schemaErrors('gexf', text)).toEqual([]);
    const times = readGexfSpells(text);
    expect(times.mode).toBe('dynamic');
    // Exactly the relations on screen, each with its status within the range.
    const shown = await shownEdges();
    expect(Object.keys(times.edges).sort()).toEqual(Object.keys(shown).sort());
    for (const [id, { claim }] of Object.entries(times.edges)) expect([id, claim]).toEqual([id, shown[id]]);
    expect(times.edges[ARMS]).toEqual({ claim: 'planned', spells: [['2024-04-10', '2024-04-10']] });
    expect(times.edges[BACKS]?.spells).toEqual([['2024-03-05', '2024-03-05']]);
    for (const { spells } of Object.values(times.edges)) {
      for (const [start] of spells) expect(start <= '2024-04-21').toBe(true);
    }
  });
});
