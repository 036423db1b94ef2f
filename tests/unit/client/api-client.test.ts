import { describe, expect, it } from '@jest/globals';
import { ApiClient, ApiError } from '../../../client/src/api/client.js';

function fakeFetch(respond: (url: string, init?: RequestInit) => Response) {
  const calls: Array<{ url: string; init?: RequestInit }> = [];
  const fetchImpl = async (url: string, init?: RequestInit) => {
    calls.push({ url, ...(init ? { init } : {}) });
    return respond(url, init);
  };
  return { calls, api: new ApiClient('/api', fetchImpl) };
}

describe('ApiClient', () => {
  it('builds paths and query strings from the contract, leaving empty options out', async () => {
    const { calls, api } = fakeFetch(() => Response.json({ hits: [], total: 0, offset: 0, limit: 10 }));
    await api.search('Gantz', { kinds: ['Person', 'Country'], limit: 10 });
    await api.search('x');
    await api.paths('benny-gantz', 'morocco', { k: 5, types: ['SIGNED'] });
    await api.relation('benny-gantz|SIGNED|mou');
    expect(calls.map((c) => c.url)).toEqual([
      '/api/search?q=Gantz&kinds=Person%2CCountry&limit=10',
      '/api/search?q=x',
      '/api/paths?from=benny-gantz&to=morocco&k=5&types=SIGNED',
      '/api/relations/benny-gantz%7CSIGNED%7Cmou',
    ]);
  });

  it('posts JSON bodies', async () => {
    const { calls, api } = fakeFetch(() => Response.json({ nodes: [], edges: [], omitted: 0 }));
    await api.neighbourhood({ ids: ['benny-gantz'], limit: 26 });
    expect(calls[0]!.init?.method).toBe('POST');
    expect(JSON.parse(String(calls[0]!.init?.body))).toEqual({ ids: ['benny-gantz'], limit: 26 });
  });

  it("turns the server's error body into an ApiError with its id and query position", async () => {
    const { api } = fakeFetch(() =>
      Response.json(
        { error: 'query_syntax', message: 'Invalid input', details: { position: { line: 1, column: 7, offset: 6 } } },
        { status: 400 },
      ),
    );
    const error = await api.query({ query: 'MATCH (n' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).id).toBe('query_syntax');
    expect((error as ApiError).status).toBe(400);
    expect((error as ApiError).position).toEqual({ line: 1, column: 7, offset: 6 });
  });

  it('reports an unreachable server and a non-JSON error plainly', async () => {
    const down = new ApiClient('/api', async () => {
      throw new TypeError('fetch failed');
    });
    await expect(down.health()).rejects.toMatchObject({ id: 'network' });
    const { api } = fakeFetch(
      () => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }),
    );
    await expect(api.stats()).rejects.toMatchObject({
      id: 'http_502',
      message: 'The server answered 502 Bad Gateway.',
    });
  });

  it('names an export file from Content-Disposition', async () => {
    const { api } = fakeFetch(
      () =>
        new Response('<graphml/>', { headers: { 'content-disposition': 'attachment; filename="newsgraph.graphml"' } }),
    );
    const file = await api.export({ format: 'graphml', ids: ['a'] });
    expect(file.filename).toBe('newsgraph.graphml');
    expect(await file.blob.text()).toBe('<graphml/>');
  });
});
