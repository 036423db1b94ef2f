import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig } from '../../core/config.js';

describe('configuration', () => {
  it('defaults to the embedded store under ./data', () => {
    const c = loadConfig({});
    expect(c.store).toEqual({
      kind: 'kuzu',
      engine: 'kuzu',
      directory: path.resolve('data', 'kuzu'),
      readConnections: 4,
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
});
