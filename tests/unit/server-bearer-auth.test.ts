import express from 'express';
import request from 'supertest';
import { describe, expect, it } from '@jest/globals';
import { requireBearer, tokensMatch } from '../../server/http/bearer-auth.js';
import { errorHandler } from '../../server/http/error-handler.js';
import { silentLogger } from '../../core/logger.js';

describe('bearer token', () => {
  it('matches only the exact token, whatever the lengths', () => {
    expect(tokensMatch('s3cret', 's3cret')).toBe(true);
    expect(tokensMatch('s3cre', 's3cret')).toBe(false);
    expect(tokensMatch('s3cret!', 's3cret')).toBe(false);
    expect(tokensMatch('', 's3cret')).toBe(false);
    expect(tokensMatch('S3CRET', 's3cret')).toBe(false);
  });

  it('refuses every request while no token is configured', async () => {
    const app = express();
    app.post(
      '/x',
      requireBearer(() => undefined),
      (_req, res) => res.json({ ok: true }),
    );
    app.use(errorHandler(silentLogger()));
    await request(app).post('/x').set('Authorization', 'Bearer undefined').expect(401);
    await request(app).post('/x').set('Authorization', 'Bearer ').expect(401);
  });
});
