/**
 * One e2e file's world: a seeded store in a temporary directory, the real
 * server on it, and a fresh headless Chromium with one page (1280×800),
 * page errors printed. `close` takes it all down again.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, type LaunchedBrowser } from './browser.js';
import { REPO_ROOT, seed, type Scenario, type SeedKind } from './seed.js';
import { assertClientBuilt, startServer, type RunningServer } from './server.js';

export const ARTIFACTS = path.join(REPO_ROOT, 'test-artifacts');

export interface E2eSession {
  scenario: Scenario;
  /** The store's directory (DATA_DIR of the server and of an ingest run between restarts). */
  dbDir: string;
  /** The server now running (a restart replaces it: another port, so another origin for the page). */
  server: RunningServer;
  browser: LaunchedBrowser;
  page: Page;
  /** Stops the server, runs `between` (one process holds the embedded store), starts it again. */
  restart(between: () => Promise<void>): Promise<void>;
  close(): Promise<void>;
}

/** `kind`: what to load (default: E2E_SEED, else the real corpus); `env`: server settings (editor tokens). */
export async function openSession(kind?: SeedKind, env: Record<string, string> = {}): Promise<E2eSession> {
  assertClientBuilt();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-e2e-'));
  const dbDir = path.join(dataDir, 'db');
  const scenario = await seed(dbDir, kind);
  const browser = await launchChromium({ width: 1280, height: 800 });
  const page = await browser.context.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  const session: E2eSession = {
    scenario,
    dbDir,
    server: await startServer(dbDir, env),
    browser,
    page,
    async restart(between) {
      await session.server.close();
      await between();
      session.server = await startServer(dbDir, env);
    },
    async close() {
      await browser.close();
      await session.server.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return session;
}
