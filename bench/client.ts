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
import { parseArgs } from 'node:util';
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
  /**
   * Records a CPU profile of each run (data → drawn graph) into this
   * directory, with an unminified page, and prints where the time went.
   */
  profileDir?: string;
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
  /** The viewport's zoom once drawn (labels show from about 0.6). */
  zoom: number;
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

async function buildPage(readable: boolean): Promise<string> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-bench-client-'));
  await build({
    configFile: false,
    root: path.join(HERE, 'client-page'),
    logLevel: 'warn',
    // A profile names functions only when the bundle keeps their names.
    build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 4000, minify: !readable },
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

/** A CPU profile node as Chrome's profiler returns it. */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Starts Chrome's sampling profiler on the page; `stop` writes the profile (DevTools opens it) and returns it. */
async function startProfile(page: Page): Promise<{ stop(file: string): Promise<CpuProfile> }> {
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 500 });
  await session.send('Profiler.start');
  return {
    async stop(file) {
      const { profile } = (await session.send('Profiler.stop')) as unknown as { profile: CpuProfile };
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, JSON.stringify(profile));
      await session.detach();
      return profile;
    },
  };
}

/** Self time per function, and time per function including what it called (each function counted once per sample). */
function printProfile(profile: CpuProfile, title: string, top = 25): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (n: ProfileNode) => {
    const { functionName, url, lineNumber } = n.callFrame;
    const file = url ? url.replace(/^.*\//, '').replace(/-[\w-]{8}\.js$/, '.js') : '';
    return `${functionName || '(anonymous)'}${file ? ` ${file}:${lineNumber + 1}` : ''}`;
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let all = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    all += ms;
    const leaf = byId.get(id)!;
    self.set(name(leaf), (self.get(name(leaf)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const key = name(byId.get(at)!);
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + ms);
    }
  });
  const rows = (map: Map<string, number>) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([fn, ms]) => [fn, ms, (100 * ms) / all]);
  printTable(
    `Client profile (${title}): self time, ${Math.round(all)} ms sampled`,
    ['function', 'ms', '%'],
    rows(self),
  );
  printTable(`Client profile (${title}): total time (with callees)`, ['function', 'ms', '%'], rows(total));
}

/** Runs every size with every renderer, prints the table, returns the rows. */
export async function runClientBench(options: ClientBenchOptions = {}): Promise<ClientBenchRow[]> {
  const sizes = options.sizes ?? [1000, 5000, 15000, 20000];
  const renderers = options.renderers ?? ['canvas', 'webgl'];
  const panSteps = options.panSteps ?? 40;
  const runLimitMs = options.runLimitMs ?? 120_000;
  const dir = await buildPage(Boolean(options.profileDir));
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
        const baselineProfiler = options.profileDir ? await startProfile(page) : null;
        const baselineMs = await page.evaluate(
          ([n, e]) => (window as unknown as BenchWindow).bench.baseline(n as number, e as number),
          [nodes, edges] as const,
        );
        if (baselineProfiler && options.profileDir) {
          const file = path.join(options.profileDir, `plain-${elements}.cpuprofile`);
          printProfile(await baselineProfiler.stop(file), `plain Cytoscape, ${elements} elements`);
        }
        const profiler = options.profileDir ? await startProfile(page) : null;
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
        if (profiler && options.profileDir) {
          const file = path.join(options.profileDir, `client-${renderer}-${elements}.cpuprofile`);
          printProfile(await profiler.stop(file), `${renderer}, ${elements} elements`);
          const shot = path.join(options.profileDir, `client-${renderer}-${elements}.png`);
          await page.screenshot({ path: shot });
          process.stderr.write(`client bench: profile written to ${file}, screenshot ${shot} (zoom ${result.zoom})\n`);
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
      '× plain',
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
      r.totalMs / r.baselineMs,
      r.panP50,
      r.panP95,
      r.restyleMs,
    ]),
  );
  return rows;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  // `tsx bench/client.ts [sizes...] [canvas|webgl] [--profile DIR]`
  const { values, positionals } = parseArgs({ options: { profile: { type: 'string' } }, allowPositionals: true });
  const sizes = positionals.map(Number).filter((n) => n > 0);
  const renderers = positionals.filter((a): a is 'canvas' | 'webgl' => a === 'canvas' || a === 'webgl');
  await runClientBench({
    ...(sizes.length ? { sizes } : {}),
    ...(renderers.length ? { renderers } : {}),
    ...(values.profile ? { profileDir: path.resolve(values.profile) } : {}),
  });
}
