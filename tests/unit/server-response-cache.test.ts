/** The read-response cache, on a tiny app whose "store" is a generation counter. */
import express from 'express';
import request from 'supertest';
import { describe, expect, it } from '@jest/globals';
import { ResponseCache } from '../../server/http/response-cache.js';

function appWith(store: { generation(): number | null }, maxBytes = 1 << 20) {
  const cache = new ResponseCache(store, { maxBytes });
  let computed = 0;
  const app = express();
  app.get('/value/:id', cache.middleware(), async (req, res) => {
    computed++;
    if (req.params.id === 'missing') {
      res.status(404).json({ error: 'not_found' });
      return;
    }
    if (req.params.id === 'racing') store.generation = () => 99;
    res.json({ id: req.params.id, padding: 'x'.repeat(Number(req.query.size ?? 0)), computed });
  });
  return { app, computed: () => computed };
}

describe('response cache', () => {
  it('answers a repeated read from the cache until the generation changes', async () => {
    let generation = 1;
    const { app, computed } = appWith({ generation: () => generation });
    const first = await request(app).get('/value/a').expect(200);
    const second = await request(app).get('/value/a').expect(200);
    expect([first.headers['x-cache'], second.headers['x-cache']]).toEqual(['miss', 'hit']);
    expect(second.body).toEqual(first.body);
    expect(second.headers['content-type']).toMatch(/^application\/json/);
    expect(computed()).toBe(1);
    generation = 2;
    expect((await request(app).get('/value/a').expect(200)).headers['x-cache']).toBe('miss');
    expect(computed()).toBe(2);
  });

  it('keys on the query string and never caches errors', async () => {
    const { app, computed } = appWith({ generation: () => 1 });
    await request(app).get('/value/a?size=1');
    await request(app).get('/value/a?size=2');
    await request(app).get('/value/missing').expect(404);
    await request(app).get('/value/missing').expect(404);
    expect(computed()).toBe(4);
  });

  it('does not keep an answer computed while a write landed', async () => {
    const store = { generation: (): number | null => 1 };
    const { app, computed } = appWith(store);
    await request(app).get('/value/racing');
    await request(app).get('/value/racing');
    expect(computed()).toBe(2);
  });

  it('caches nothing when the store cannot vouch for every write', async () => {
    const { app, computed } = appWith({ generation: () => null });
    const res = await request(app).get('/value/a');
    await request(app).get('/value/a');
    expect(res.headers['x-cache']).toBeUndefined();
    expect(computed()).toBe(2);
  });

  it('evicts the least recently used answers beyond its byte budget, and skips outsized ones', async () => {
    // Each answer is about 490 bytes: eight fit in 4000, a ninth evicts one.
    const { app, computed } = appWith({ generation: () => 1 }, 4000);
    const read = (id: string, size = 450) => request(app).get(`/value/${id}?size=${size}`).expect(200);
    for (const id of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) await read(id);
    expect((await read('a')).headers['x-cache']).toBe('hit');
    await read('i');
    expect(computed()).toBe(9);
    expect((await read('a')).headers['x-cache']).toBe('hit');
    expect((await read('b')).headers['x-cache']).toBe('miss');
    // More than an eighth of the budget is not worth evicting others for.
    await read('big', 600);
    expect((await read('big', 600)).headers['x-cache']).toBe('miss');
  });
});
