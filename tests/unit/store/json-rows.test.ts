import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { writeJsonRows } from '../../../core/store/kuzu/json-rows.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-json-rows-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function roundTrip(rows: object[]): unknown {
  const file = path.join(dir, `rows-${rows.length}.json`);
  writeJsonRows(file, rows);
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

describe('rows written for COPY FROM', () => {
  it.each([0, 1, 10_000, 25_001])('writes %i rows as one JSON array, in order', (n) => {
    const rows = Array.from({ length: n }, (_, i) => ({ id: `e${i}`, names: [`A "${i}"`, 'b,c'], n: i }));
    expect(roundTrip(rows)).toEqual(rows);
  });

  // Rows made one slice at a time give the file a list of the same rows gives: one JSON array, in order.
  it.each([0, 1, 10_000, 25_001])('writes %i rows made as they are read as the JSON array of them', (n) => {
    function* rows() {
      for (let i = 0; i < n; i++) yield { id: `e${i}`, names: [`A "${i}"`, 'b,c'], n: i };
    }
    const file = path.join(dir, `made-${n}.json`);
    expect(writeJsonRows(file, rows())).toBe(n);
    expect(fs.readFileSync(file, 'utf8')).toBe(JSON.stringify([...rows()]));
  });
});
