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
  server: RunningServer;
  browser: LaunchedBrowser;
  page: Page;
  close(): Promise<void>;
}

/** `kind`: what to load (default: E2E_SEED, else the real corpus). */
export async function openSession(kind?: SeedKind): Promise<E2eSession> {
  assertClientBuilt();
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-e2e-'));
  const scenario = await seed(path.join(dataDir, 'db'), kind);
  const server = await startServer(path.join(dataDir, 'db'));
  const browser = await launchChromium({ width: 1280, height: 800 });
  const page = await browser.context.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  return {
    scenario,
    server,
    browser,
    page,
    async close() {
      await browser.close();
      await server.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
