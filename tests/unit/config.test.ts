import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig, loadEnvFile } from '../../core/config.js';

describe('configuration', () => {
  it('defaults to the embedded store under ./data', () => {
    const c = loadConfig({});
    expect(c.store).toEqual({
      kind: 'kuzu',
      engine: 'kuzu',
      directory: path.resolve('data', 'kuzu'),
      readConnections: 4,
      checkpointBytes: 256 * 2 ** 20,
    });
    expect(c.port).toBe(3000);
    expect(c.ingestToken).toBeUndefined();
  });

  it('selects Neo4j when NEO4J_URI is set', () => {
    const c = loadConfig({ NEO4J_URI: 'bolt://db:7687', NEO4J_PASSWORD: 'secret', NEO4J_DATABASE: 'news' });
    expect(c.store).toEqual({
      kind: 'neo4j',
      uri: 'bolt://db:7687',
      user: 'neo4j',
      password: 'secret',
      database: 'news',
    });
  });

  it('lists every bad variable at once', () => {
    let error: unknown;
    try {
      loadConfig({ PORT: 'eighty', LOG_LEVEL: 'loud', QUERY_TIMEOUT_MS: '5' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toContain('PORT');
    expect(problems).toContain('LOG_LEVEL');
    expect(problems).toContain('QUERY_TIMEOUT_MS');
  });

  it('requires a password with NEO4J_URI', () => {
    expect(() => loadConfig({ NEO4J_URI: 'bolt://db:7687' })).toThrow(/NEO4J_PASSWORD/);
  });

  it('treats empty values as unset', () => {
    expect(loadConfig({ INGEST_TOKEN: '', NEO4J_URI: ' ' }).store.kind).toBe('kuzu');
  });

  it('reads .env under what the environment sets already, and takes a missing file as no settings', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-env-'));
    try {
      const file = path.join(dir, '.env');
      fs.writeFileSync(file, '# settings\nPORT=4123\nLOG_LEVEL=debug\nINGEST_TOKEN="a b"\n');
      const env: NodeJS.ProcessEnv = { LOG_LEVEL: 'warn' };
      expect(loadEnvFile(file, env)).toBe(true);
      expect(env).toEqual({ PORT: '4123', LOG_LEVEL: 'warn', INGEST_TOKEN: 'a b' });
      expect(loadConfig(env)).toMatchObject({ port: 4123, logLevel: 'warn', ingestToken: 'a b' });
      const untouched: NodeJS.ProcessEnv = {};
      expect(loadEnvFile(path.join(dir, 'missing.env'), untouched)).toBe(false);
      expect(untouched).toEqual({});
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
