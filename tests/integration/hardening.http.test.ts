/**
 * A client that trickles its request headers cannot hold a connection: the
 * real HTTP server (server/http/listen.ts) answers 408 and closes it once the
 * header time limit has passed, where Node's defaults held it for 88 s.
 */
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { HTTP_LIMITS, listen, type Listening } from '../../server/http/listen.js';
import { startTestApp, type TestApp } from './api-support/test-app.js';

let t: TestApp;
let server: Listening;

beforeAll(async () => {
  t = await startTestApp();
  server = await listen(t.app, 0, '127.0.0.1');
});
afterAll(async () => {
  await server?.close(1000);
  await t?.close();
});

/** Sends a request line, then one header line a second, never the blank line; resolves with what came back. */
function trickle(url: string, maxLines: number): Promise<{ answer: string; closedAfterMs: number }> {
  const { hostname, port } = new URL(url);
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), hostname);
    let answer = '';
    let sent = 0;
    const timer = setInterval(() => {
      if (sent++ < maxLines) socket.write(`X-Slow-${sent}: ${'a'.repeat(20)}\r\n`);
    }, 1000);
    socket.on('connect', () => socket.write('GET /api/health HTTP/1.1\r\nHost: localhost\r\n'));
    socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
    socket.on('error', reject);
    socket.on('close', () => {
      clearInterval(timer);
      resolve({ answer, closedAfterMs: performance.now() - started });
    });
  });
}

describe('slow request headers', () => {
  it(
    'are cut with a 408 after the header time limit, not after minutes',
    async () => {
      // Enough header lines to outlast the limit three times over: the server, not the client, must end it.
      const { answer, closedAfterMs } = await trickle(server.url, (3 * HTTP_LIMITS.headersTimeoutMs) / 1000);
      expect(answer.split('\r\n')[0]).toBe('HTTP/1.1 408 Request Timeout');
      // Cut once the limit and a check interval have passed (slack for a loaded machine), never by the client.
      expect(closedAfterMs).toBeGreaterThanOrEqual(HTTP_LIMITS.headersTimeoutMs - 100);
      expect(closedAfterMs).toBeLessThan(3 * HTTP_LIMITS.headersTimeoutMs);
      await fetch(`${server.url}/api/health`).then((res) => expect(res.status).toBe(200));
    },
    4 * HTTP_LIMITS.headersTimeoutMs,
  );
});
