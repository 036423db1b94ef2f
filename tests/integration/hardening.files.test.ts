/**
 * A malformed-file corpus, generated here beside two good articles: binary,
 * NUL bytes, bad UTF-8, over the size limit, nested deeper than browsers
 * nest, empty, over the time budget, a folder linking to itself, links out of
 * the corpus (to /etc/passwd, to another folder), a broken link, a FIFO and a
 * socket. `npm run ingest` reports each with its reason and goes on, loads the
 * good files, and exits 1 after closing the store.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { LIMITS } from '../../core/ontology.js';
import { seededRandom } from '../../core/random.js';
import { MAX_HTML_DEPTH } from '../../ingest/clean/html-depth.js';
import { graphDump, ingest } from '../support/cli-run.js';
import { CORPUS_DIR } from '../support/corpus.js';
import { nameDenseText } from '../support/name-dense.js';

const BUDGET_MS = 8000;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-files-'));
const corpus = path.join(tmp, 'corpus');
let socket: net.Server;
let good: string[];

/** Each bad file (path relative to the corpus) and what its report must say. */
const EXPECTED: Array<[string, RegExp]> = [
  ['binary.txt', /binary content/],
  ['nul.txt', /binary content \(NUL bytes\)/],
  ['bad-utf8.md', /not valid UTF-8/],
  ['huge.txt', /too large/],
  ['deep.html', new RegExp(`nested deeper than ${MAX_HTML_DEPTH} elements`)],
  ['empty.md', /empty file/],
  ['dense.txt', new RegExp(`took longer than ${BUDGET_MS / 1000} s`)],
  ['loop', /a folder already read \(a loop/],
  ['passwd.txt', /outside the given paths/],
  ['elsewhere', /outside the given paths/],
  ['broken.txt', /broken link/],
  ['pipe.txt', /named pipe \(FIFO\)/],
  ['socket.txt', /a socket/],
];

beforeAll(async () => {
  fs.mkdirSync(path.join(corpus, 'good'), { recursive: true });
  good = fs
    .readdirSync(CORPUS_DIR)
    .filter((f) => /\.(txt|md|html)$/.test(f))
    .sort()
    .slice(0, 2);
  for (const f of good) fs.copyFileSync(path.join(CORPUS_DIR, f), path.join(corpus, 'good', f));
  const random = seededRandom(11);
  const write = (name: string, data: string | Buffer) => fs.writeFileSync(path.join(corpus, name), data);
  write('binary.txt', Buffer.from(Array.from({ length: 4096 }, () => Math.floor(random() * 256))));
  write('nul.txt', 'An article with\u0000a NUL byte in it.');
  write('bad-utf8.md', Buffer.concat([Buffer.from('Caf'), Buffer.from([0xc3, 0x28]), Buffer.from(' au lait.')]));
  write('huge.txt', 'word '.repeat(Math.ceil(LIMITS.maxArticleBytes / 5) + 10));
  write('deep.html', `<html><body>${'<div>'.repeat(100_000)}text${'</div>'.repeat(100_000)}</body></html>`);
  write('empty.md', '');
  // About 1.4 MB (under the size limit): linear extraction still needs several times the budget.
  write('dense.txt', nameDenseText(250_000, 5));
  fs.symlinkSync(corpus, path.join(corpus, 'loop'));
  fs.symlinkSync('/etc/passwd', path.join(corpus, 'passwd.txt'));
  fs.mkdirSync(path.join(tmp, 'elsewhere'));
  fs.copyFileSync(path.join(CORPUS_DIR, good[0]!), path.join(tmp, 'elsewhere', 'outside.txt'));
  fs.symlinkSync(path.join(tmp, 'elsewhere'), path.join(corpus, 'elsewhere'));
  fs.symlinkSync(path.join(tmp, 'missing.txt'), path.join(corpus, 'broken.txt'));
  execFileSync('mkfifo', [path.join(corpus, 'pipe.txt')]);
  socket = net.createServer();
  await new Promise<void>((resolve) => socket.listen(path.join(corpus, 'socket.txt'), resolve));
});

afterAll(async () => {
  await new Promise((resolve) => socket?.close(resolve));
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('npm run ingest on a malformed corpus', () => {
  it('reports every bad file with its reason, loads the good ones, and exits 1 after closing the store', async () => {
    const dataDir = path.join(tmp, 'data');
    const run = await ingest([corpus], { DATA_DIR: dataDir, INGEST_FILE_TIMEOUT_MS: String(BUDGET_MS) });
    expect(run.code).toBe(1);
    const lines = run.stdout.split('\n');
    const reportOf = (name: string) =>
      lines.find((l) => l.startsWith('skipped') && (l.includes(`/${name} `) || l.includes(` ${name} `))) ?? '';
    expect(EXPECTED.map(([name, reason]) => [name, reason.test(reportOf(name))])).toEqual(
      EXPECTED.map(([name]) => [name, true]),
    );
    for (const f of good) expect(lines.some((l) => l.startsWith('loaded') && l.includes(f))).toBe(true);
    const stored = await graphDump(dataDir);
    expect(stored.articles.map((a) => a.file).sort()).toEqual([...good].sort());
  }, 600_000);
});
