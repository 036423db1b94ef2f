/** POST /api/export with the response body kept as text, whatever its content type. */
import type { Express } from 'express';
import request from 'supertest';

export function exportRequest(app: Express, body: Record<string, unknown>) {
  return request(app)
    .post('/api/export')
    .send(body)
    .buffer(true)
    .parse((res, done) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => done(null, text));
    });
}
