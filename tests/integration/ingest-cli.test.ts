/**
 * The `ingest` command as a user runs it: a child process on the sample
 * corpus into a fresh store, run twice, with bad files beside good ones,
 * beside a running server (Kuzu: the server holds the store; Neo4j: both
 * write), and through that server.
 */
import type { ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from '@jest/globals';
import { loadConfig } from '../../core/config.js';
import { silentLogger } from '../../core/logger.js';
import { openStore } from '../../core/store/index.js';
import { createUploadIngestor } from '../../ingest/load/load.js';
import { createApp } from '../../server/app.js';
import { startIngest } from '../support/cli-run.js';
import { CORPUS_DIR } from '../support/corpus.js';
import { freshStoreEnv, storeEnv, TEST_STORE } from '../support/test-store.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-ingest-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

// A test that times out leaves its CLI running; on Neo4j it would go on writing into the database the next
// test empties and loads (its articles then fail for reasons of neither test). Each test ends its children.
const running = new Set<ChildProcess>();
afterEach(() => {
  for (const child of running) child.kill('SIGKILL');
  running.clear();
});

async function ingest(args: string[], env: Record<string, string>) {
  const { child, done } = startIngest(args, env);
  running.add(child);
  const { code, stdout, stderr } = await done;
  running.delete(child);
  return { code, stdout, stderr };
}

const statsOf = async (dataDir: string) => {
  const store = await openStore(loadConfig(storeEnv(dataDir)), silentLogger());
  try {
    return await store.stats();
  } finally {
    await store.close();
  }
};

describe('npm run ingest', () => {
  const dataDir = path.join(tmp, 'corpus-store');

  it('loads the sample corpus, one line per file, and a second run changes nothing', async () => {
    const first = await ingest([CORPUS_DIR], await freshStoreEnv(dataDir));
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/5 file\(s\): 5 loaded, 0 unchanged/);
    for (const f of fs.readdirSync(CORPUS_DIR))
      expect(first.stdout).toMatch(new RegExp(`loaded\\s+${f}\\s+\\d+ entities`));
    const before = await statsOf(dataDir);
    expect(before.articles).toBe(5);
    expect(before.entities).toBeGreaterThan(50);

    const second = await ingest([CORPUS_DIR], storeEnv(dataDir));
    expect(second.code).toBe(0);
    expect(second.stdout).toMatch(/5 file\(s\): 0 loaded, 5 unchanged/);
    expect(await statsOf(dataDir)).toEqual(before);
  });

  it('reports and skips bad files, loads the good one, and exits non-zero', async () => {
    const dir = path.join(tmp, 'mixed');
    fs.mkdirSync(path.join(dir, 'nested'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'empty.txt'), '');
    fs.writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    fs.writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 au lait in Rabat.', 'latin1'));
    fs.writeFileSync(path.join(dir, 'notes.json'), '{}');
    fs.copyFileSync(path.join(CORPUS_DIR, fs.readdirSync(CORPUS_DIR)[0]!), path.join(dir, 'nested', 'good.txt'));
    const store = path.join(tmp, 'mixed-store');
    const result = await ingest([dir], await freshStoreEnv(store));
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/skipped\s+empty\.txt\s+empty file/);
    expect(result.stdout).toMatch(/skipped\s+binary\.txt\s+binary content/);
    expect(result.stdout).toMatch(/skipped\s+latin1\.txt\s+not valid UTF-8/);
    expect(result.stdout).toMatch(/skipped\s+\S*notes\.json\s+unsupported extension/);
    expect(result.stdout).toMatch(/loaded\s+good\.txt/);
    expect((await statsOf(store)).articles).toBe(1);
  });

  it('extracts without writing with --dry-run', async () => {
    const store = path.join(tmp, 'dry-store');
    const result = await ingest(['--dry-run', CORPUS_DIR], await freshStoreEnv(store));
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/5 would load/);
    expect((await statsOf(store)).articles).toBe(0);
  });

  it('beside a running server: Kuzu says the server holds the store, Neo4j takes both; through the server when told', async () => {
    const serverStore = path.join(tmp, 'served-store');
    const env = await freshStoreEnv(serverStore);
    const config = loadConfig({ ...env, INGEST_TOKEN: 'test-token', LOG_LEVEL: 'silent' });
    const store = await openStore(config, silentLogger());
    const app = createApp({
      config,
      store,
      logger: silentLogger(),
      ingest: createUploadIngestor(store, silentLogger()),
    });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const first = path.join(CORPUS_DIR, fs.readdirSync(CORPUS_DIR).sort()[0]!);
      const beside = await ingest([first], env);
      if (TEST_STORE === 'kuzu') {
        // One process may open a Kuzu directory: the CLI says so, names the way round it, and writes nothing.
        expect(beside.code).toBe(2);
        expect(beside.stderr).toContain('is open in another process');
        expect(beside.stderr).toContain('--server');
        expect((await store.stats()).articles).toBe(0);
      } else {
        // A Neo4j server takes writes from several clients: the CLI loads, and the running server reads it at once.
        expect(beside.code).toBe(0);
        expect(beside.stdout).toMatch(/1 loaded/);
        expect((await store.stats()).articles).toBe(1);
      }

      // Kuzu: NEWSGRAPH_SERVER makes the CLI fall back to the server that holds the store; --server always goes through it.
      const through =
        TEST_STORE === 'kuzu'
          ? await ingest([CORPUS_DIR], { ...env, NEWSGRAPH_SERVER: url, INGEST_TOKEN: 'test-token' })
          : await ingest(['--server', url, CORPUS_DIR], { ...env, INGEST_TOKEN: 'test-token' });
      expect(through.code).toBe(0);
      expect(through.stdout).toMatch(TEST_STORE === 'kuzu' ? /5 loaded/ : /4 loaded, 1 unchanged/);
      expect((await store.stats()).articles).toBe(5);
      expect((await store.search({ query: 'Gantz' })).hits[0]?.id).toBe('benny-gantz');

      const badToken = await ingest(['--server', url, CORPUS_DIR], { ...env, INGEST_TOKEN: 'wrong' });
      expect(badToken.code).toBe(2);
      expect(badToken.stderr).toContain('401');
    } finally {
      await new Promise((resolve) => server.close(resolve));
      await store.close();
    }
  });
});
