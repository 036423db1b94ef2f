import express from 'express';
import request from 'supertest';
import { describe, expect, it } from '@jest/globals';
import { loadConfig } from '../../core/config.js';
import { silentLogger } from '../../core/logger.js';
import { identify, isLoopback, principalOf, requireEditor, tokensMatch } from '../../server/http/access.js';
import { errorHandler } from '../../server/http/error-handler.js';

const EDITOR = 'ana:ana-token-0123456789';
const READER = 'rob:rob-token-0123456789';

function app(env: Record<string, string>) {
  const { access } = loadConfig(env);
  const a = express();
  a.use(identify(access));
  a.get('/read', (_req, res) => res.json({ who: principalOf(res) }));
  a.post('/edit', requireEditor(access, 'Editing'), (_req, res) => res.json({ who: principalOf(res) }));
  a.use(errorHandler(silentLogger()));
  return a;
}

describe('access', () => {
  it('matches only the exact token, whatever the lengths', () => {
    expect(tokensMatch('s3cret', 's3cret')).toBe(true);
    expect(tokensMatch('s3cre', 's3cret')).toBe(false);
    expect(tokensMatch('s3cret!', 's3cret')).toBe(false);
    expect(tokensMatch('', 's3cret')).toBe(false);
    expect(tokensMatch('S3CRET', 's3cret')).toBe(false);
  });

  it('tells loopback peers from others', () => {
    for (const a of ['127.0.0.1', '::1', '::ffff:127.0.0.1', '127.3.2.1']) expect(isLoopback(a)).toBe(true);
    for (const a of ['10.0.0.2', '::ffff:192.168.1.4', '1.127.0.0', '', undefined]) expect(isLoopback(a)).toBe(false);
  });

  it('names the editor and reader of a token; an unknown token reads as anonymous', async () => {
    const a = app({ EDITOR_TOKENS: EDITOR, READER_TOKENS: READER });
    expect((await request(a).get('/read').expect(200)).body.who).toBeNull();
    expect(
      (await request(a).get('/read').auth('rob-token-0123456789', { type: 'bearer' }).expect(200)).body.who,
    ).toEqual({
      name: 'rob',
      role: 'reader',
    });
    expect(
      (await request(a).get('/read').auth('nobody-0123456789', { type: 'bearer' }).expect(200)).body.who,
    ).toBeNull();
    const wrong = await request(a).post('/edit').auth('nobody-0123456789', { type: 'bearer' }).expect(401);
    expect(wrong.body.message).toContain('matches no editor');
    expect(wrong.headers['www-authenticate']).toBe('Bearer');
  });

  it('lets editors edit, and refuses readers (403), anonymous requests (401) and servers without editors (403)', async () => {
    const a = app({ EDITOR_TOKENS: EDITOR, READER_TOKENS: READER, INGEST_TOKEN: 'legacy' });
    const ok = await request(a).post('/edit').auth('ana-token-0123456789', { type: 'bearer' }).expect(200);
    expect(ok.body.who).toEqual({ name: 'ana', role: 'editor' });
    // INGEST_TOKEN is the editor "ingest", as it always allowed ingest.
    expect((await request(a).post('/edit').auth('legacy', { type: 'bearer' }).expect(200)).body.who.name).toBe(
      'ingest',
    );
    expect(
      (await request(a).post('/edit').auth('rob-token-0123456789', { type: 'bearer' }).expect(403)).body.error,
    ).toBe('forbidden');
    await request(a).post('/edit').expect(401);
    const none = app({ READER_TOKENS: READER });
    expect(
      (await request(none).post('/edit').auth('rob-token-0123456789', { type: 'bearer' }).expect(403)).body.error,
    ).toBe('disabled');
  });

  it('needs a token to read when READ_ACCESS=token (a proxy on this machine makes everyone look local)', async () => {
    const a = app({ READER_TOKENS: READER, READ_ACCESS: 'token' });
    await request(a).get('/read').expect(401);
    await request(a).get('/read').auth('rob-token-0123456789', { type: 'bearer' }).expect(200);
  });

  it('refuses badly written token lists at start, naming the variable but not the token', () => {
    expect(() => loadConfig({ EDITOR_TOKENS: 'ana:short' })).toThrow(/EDITOR_TOKENS/);
    expect(() => loadConfig({ EDITOR_TOKENS: 'no-colon-here-at-all' })).toThrow(/EDITOR_TOKENS/);
    expect(() => loadConfig({ EDITOR_TOKENS: 'ana:short' })).not.toThrow(/short/);
    expect(() => loadConfig({ EDITOR_TOKENS: EDITOR, READER_TOKENS: 'rob:ana-token-0123456789' })).toThrow(/twice/);
  });
});
