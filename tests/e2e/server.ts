/**
 * The real server for e2e tests: createApp over the tier's store (embedded in
 * a temporary directory, or the neo4j tier's server), serving the built
 * client, on a free port.
 */
import fs from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { loadConfig } from '../../core/config.js';
import { createLogger } from '../../core/logger.js';
import { openStore } from '../../core/store/index.js';
import { CLIENT_DIST, createApp } from '../../server/app.js';
import { storeEnv } from '../support/test-store.js';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Fails early with the fix when the client was not built: the e2e run builds nothing itself. */
export function assertClientBuilt(): void {
  if (!fs.existsSync(path.join(CLIENT_DIST, 'index.html'))) {
    throw new Error(`No built client at ${CLIENT_DIST}: run \`npm run build\` before \`npm run test:e2e\`.`);
  }
}

/** `env` adds settings (editor tokens for the curation tests). */
export async function startServer(dataDir: string, env: Record<string, string> = {}): Promise<RunningServer> {
  const config = loadConfig({
    ...process.env,
    ...env,
    ...storeEnv(dataDir),
    LOG_LEVEL: 'warn',
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: '0',
  });
  const logger = createLogger('warn', { stream: 'stderr' });
  const store = await openStore(config, logger);
  const app = createApp({ config, store, logger });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await store.close();
    },
  };
}
