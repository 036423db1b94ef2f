/**
 * The HTTP server around the app, with time limits a slow or stalled client
 * cannot stretch: Node's defaults (60 s for headers, 300 s for a request,
 * checked every 30 s) let a client that trickles its headers hold a
 * connection for 88 s before the 408.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';

export const HTTP_LIMITS = {
  /** All request headers must arrive within this. */
  headersTimeoutMs: 10_000,
  /** The whole request (an upload of ten 2 MB articles included) within this. */
  requestTimeoutMs: 120_000,
  /** How often Node checks those two time-outs. */
  checkIntervalMs: 1_000,
  /** An idle keep-alive connection is closed after this. */
  keepAliveTimeoutMs: 5_000,
} as const;

export interface Listening {
  server: http.Server;
  url: string;
  /** Stops accepting, waits for requests in flight (at most `graceMs`, then cuts them). */
  close(graceMs?: number): Promise<void>;
}

export function listen(app: Express, port: number, host: string): Promise<Listening> {
  const server = http.createServer(
    {
      headersTimeout: HTTP_LIMITS.headersTimeoutMs,
      requestTimeout: HTTP_LIMITS.requestTimeoutMs,
      connectionsCheckingInterval: HTTP_LIMITS.checkIntervalMs,
      keepAliveTimeout: HTTP_LIMITS.keepAliveTimeoutMs,
    },
    app,
  );
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address() as AddressInfo;
      resolve({
        server,
        url: `http://${address.address.includes(':') ? `[${address.address}]` : address.address}:${address.port}`,
        close: (graceMs = 30_000) =>
          new Promise<void>((done) => {
            const cut = setTimeout(() => server.closeAllConnections(), graceMs);
            server.close(() => {
              clearTimeout(cut);
              done();
            });
            server.closeIdleConnections();
          }),
      });
    });
  });
}
