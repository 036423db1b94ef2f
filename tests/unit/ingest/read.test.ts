import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { LIMITS } from '../../../core/ontology.js';
import { discoverArticleFiles } from '../../../ingest/read/discover.js';
import { extractFiles } from '../../../ingest/runtime/pipeline.js';
import { decodeArticle, readArticleFile } from '../../../ingest/read/read.js';

const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('decodeArticle', () => {
  it('accepts UTF-8 text and strips a byte-order mark', () => {
    const r = decodeArticle('a.txt', bytes('\uFEFFGhana signed a deal.'));
    expect(r).toEqual({ ok: true, article: { file: 'a.txt', format: 'text', raw: 'Ghana signed a deal.' } });
  });

  it.each([
    ['empty.txt', new Uint8Array(), /empty/],
    ['blank.md', bytes('  \n\n '), /empty/],
    ['bin.txt', new Uint8Array([65, 0, 66]), /binary/],
    ['latin1.txt', new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x61]), /UTF-8/],
    ['sheet.xlsx', bytes('data'), /unsupported extension/],
    ['big.txt', new Uint8Array(LIMITS.maxArticleBytes + 1).fill(65), /too large/],
  ])('refuses %s', (file, content, reason) => {
    const r = decodeArticle(file, content);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(reason);
  });

  it('reports an unreadable path instead of throwing', async () => {
    const r = await readArticleFile('/nonexistent/dir/a.txt');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toMatch(/unreadable: ENOENT/);
  });
});

describe('file discovery and per-file outcomes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ingest-read-'));
  mkdirSync(join(dir, 'nested'));
  writeFileSync(join(dir, 'good.txt'), 'Kenya and Ethiopia signed a trade agreement in Nairobi on Friday.');
  writeFileSync(
    join(dir, 'nested', 'page.html'),
    '<html><body><article><p>Turkey bought the S-400 system from Russia in a deal that angered NATO allies, officials said.</p></article></body></html>',
  );
  writeFileSync(join(dir, 'empty.md'), '');
  writeFileSync(join(dir, 'notes.csv'), 'a,b');
  writeFileSync(join(dir, '.hidden.txt'), 'ignored');

  it('walks folders recursively, skipping hidden files, and lists unsupported ones as problems', async () => {
    const found = await discoverArticleFiles([dir]);
    expect(found.files.map((f) => f.slice(dir.length + 1))).toEqual(['empty.md', 'good.txt', 'nested/page.html']);
    expect(found.problems.map((p) => p.path.slice(dir.length + 1))).toEqual(['notes.csv']);
  });

  it('returns one outcome per file: graphs for good ones, reasons for bad ones', async () => {
    const outcomes = await extractFiles([dir]);
    const byFile = Object.fromEntries(outcomes.map((o) => [o.file, o]));
    expect(Object.keys(byFile).sort()).toEqual(['empty.md', 'good.txt', 'notes.csv', 'page.html']);
    expect(byFile['good.txt']?.status).toBe('ok');
    expect(byFile['page.html']?.status).toBe('ok');
    expect(byFile['empty.md']).toMatchObject({ status: 'skipped', reason: 'empty file' });
    expect(byFile['notes.csv']).toMatchObject({ status: 'skipped' });
  });
});
