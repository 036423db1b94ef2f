/**
 * Client benchmark, in headless Chromium: time from data to a drawn,
 * laid-out graph (the app's model → Cytoscape → worker layout path) for
 * graphs of 1k to 20k elements, with the canvas and the WebGL renderer,
 * then frame times while panning with the mouse and the cost of restyling
 * every node (what a filter does). `tsx bench/client.ts`, or
 * `npm run bench -- --only client`. Measures; asserts nothing.
 *
 * The page (bench/client-page) is built with Vite into a temporary
 * directory and served over HTTP (module workers do not load from file://).
 */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { launchChromium } from '../tests/e2e/browser.js';
import { printTable, summarise } from './stats.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));

export interface ClientBenchOptions {
  /** Total elements (nodes + edges, edges twice the nodes) per run. */
  sizes?: number[];
  renderers?: Array<'canvas' | 'webgl'>;
  /** Mouse drags per pan measurement. */
  panSteps?: number;
  /** Give up on one run after this long. */
  runLimitMs?: number;
}

export interface ClientBenchRow {
  elements: number;
  nodes: number;
  edges: number;
  renderer: string;
  gl: string | null;
  addMs: number;
  layoutMs: number;
  layoutWhere: string;
  quality: string;
  drawMs: number;
  totalMs: number;
  panP50: number;
  panP95: number;
  restyleMs: number;
  /** Plain Cytoscape drawing the same graph at random preset positions, measured just before. */
  baselineMs: number;
}

interface PageResult {
  nodes: number;
  edges: number;
  renderer: string;
  gl: string | null;
  addMs: number;
  layoutMs: number;
  layout: { quality: string; where: string; elapsedMs: number } | null;
  drawMs: number;
  totalMs: number;
}

interface BenchWindow {
  bench: {
    run(nodes: number, edges: number, renderer: string): Promise<PageResult>;
    baseline(nodes: number, edges: number): Promise<number>;
    startFrames(): void;
    stopFrames(): number[];
    restyleAll(): Promise<number>;
  };
}

async function buildPage(): Promise<string> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-bench-client-'));
  await build({
    configFile: false,
    root: path.join(HERE, 'client-page'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 4000 },
    worker: { format: 'es' },
  });
  return outDir;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.map': 'application/json',
};

function serve(dir: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const file = path.join(dir, decodeURIComponent((req.url ?? '/').split('?')[0]!).replace(/\/$/, '/index.html'));
    if (!file.startsWith(dir) || !fs.existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

/** Drags the canvas in small steps, as a hand would, while the page records frame intervals. */
async function pan(page: Page, steps: number): Promise<number[]> {
  await page.evaluate(() => (window as unknown as BenchWindow).bench.startFrames());
  const cx = 640;
  const cy = 400;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  for (let i = 0; i < steps; i++) {
    const angle = (i / steps) * Math.PI * 4;
    await page.mouse.move(cx + Math.cos(angle) * 180, cy + Math.sin(angle) * 120, { steps: 2 });
  }
  await page.mouse.up();
  return page.evaluate(() => (window as unknown as BenchWindow).bench.stopFrames());
}

/** Runs every size with every renderer, prints the table, returns the rows. */
export async function runClientBench(options: ClientBenchOptions = {}): Promise<ClientBenchRow[]> {
  const sizes = options.sizes ?? [1000, 5000, 15000, 20000];
  const renderers = options.renderers ?? ['canvas', 'webgl'];
  const panSteps = options.panSteps ?? 40;
  const runLimitMs = options.runLimitMs ?? 120_000;
  const dir = await buildPage();
  const site = await serve(dir);
  const browser = await launchChromium({ width: 1280, height: 800 });
  const rows: ClientBenchRow[] = [];
  try {
    for (const renderer of renderers) {
      for (const elements of sizes) {
        const nodes = Math.round(elements / 3);
        const edges = elements - nodes;
        const page = await browser.context.newPage();
        page.setDefaultTimeout(300_000);
        page.on('pageerror', (error) => console.error(`page error (${renderer}, ${elements}):`, error.message));
        await page.goto(site.url);
        await page.waitForFunction(() => document.body.dataset['ready'] === 'true');
        const baselineMs = await page.evaluate(
          ([n, e]) => (window as unknown as BenchWindow).bench.baseline(n as number, e as number),
          [nodes, edges] as const,
        );
        const run = page.evaluate(
          ([n, e, r]) => (window as unknown as BenchWindow).bench.run(n as number, e as number, r as string),
          [nodes, edges, renderer] as const,
        );
        // A renderer that cannot finish (WebGL on a software rasteriser) is reported, not waited for all night.
        const result = await Promise.race([
          run,
          new Promise<null>((resolve) => setTimeout(() => resolve(null), runLimitMs)),
        ]);
        if (!result) {
          process.stderr.write(
            `client bench: ${renderer} ${elements} elements: no drawn graph after ${runLimitMs / 1000} s, skipped\n`,
          );
          rows.push({
            elements,
            nodes,
            edges,
            renderer,
            gl: null,
            addMs: NaN,
            layoutMs: NaN,
            layoutWhere: '-',
            quality: `> ${runLimitMs / 1000} s`,
            drawMs: NaN,
            totalMs: NaN,
            panP50: NaN,
            panP95: NaN,
            restyleMs: NaN,
            baselineMs,
          });
          await page.close().catch(() => undefined);
          continue;
        }
        const frames = summarise(await pan(page, panSteps));
        const restyleMs = await page.evaluate(() => (window as unknown as BenchWindow).bench.restyleAll());
        rows.push({
          elements: result.nodes + result.edges,
          nodes: result.nodes,
          edges: result.edges,
          renderer: result.renderer,
          gl: result.gl,
          addMs: result.addMs,
          layoutMs: result.layoutMs,
          layoutWhere: result.layout?.where ?? '-',
          quality: result.layout?.quality ?? '-',
          drawMs: result.drawMs,
          totalMs: result.totalMs,
          panP50: frames.p50,
          panP95: frames.p95,
          restyleMs,
          baselineMs,
        });
        process.stderr.write(
          `client bench: ${renderer} ${elements} elements: ${Math.round(result.totalMs)} ms to a drawn, laid-out graph\n`,
        );
        await page.close();
      }
    }
  } finally {
    await browser.close();
    await site.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
  printTable(
    `Client: data → drawn, laid-out graph (headless Chromium, GL: ${rows[0]?.gl ?? 'none'})`,
    [
      'elements',
      'nodes',
      'edges',
      'renderer',
      'add ms',
      'layout ms',
      'fcose',
      'draw ms',
      'total ms',
      'plain cy ms',
      'pan p50 ms',
      'pan p95 ms',
      'restyle ms',
    ],
    rows.map((r) => [
      r.elements,
      r.nodes,
      r.edges,
      r.renderer,
      r.addMs,
      r.layoutMs,
      `${r.quality} (${r.layoutWhere})`,
      r.drawMs,
      r.totalMs,
      r.baselineMs,
      r.panP50,
      r.panP95,
      r.restyleMs,
    ]),
  );
  return rows;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  // `tsx bench/client.ts [sizes...] [canvas|webgl]`
  const args = process.argv.slice(2);
  const sizes = args.map(Number).filter((n) => n > 0);
  const renderers = args.filter((a): a is 'canvas' | 'webgl' => a === 'canvas' || a === 'webgl');
  await runClientBench({ ...(sizes.length ? { sizes } : {}), ...(renderers.length ? { renderers } : {}) });
}
