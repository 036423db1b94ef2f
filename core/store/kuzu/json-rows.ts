/**
 * Rows written as one JSON array file for Kuzu's COPY FROM. Written a slice
 * at a time as the rows are produced: a table of a few million rows
 * serialised whole is longer than the longest string V8 can hold, and rows
 * made one slice at a time die young instead of all surviving to the write
 * (with every row alive at once, garbage collection cost more than the writing).
 */
import fs from 'node:fs';

/** Rows serialised per write: a few megabytes of text. */
const ROWS_PER_WRITE = 10_000;

/** Writes `rows` as one JSON array; returns how many there were. */
export function writeJsonRows(file: string, rows: Iterable<object>): number {
  const fd = fs.openSync(file, 'w');
  let count = 0;
  let slice: object[] = [];
  const flush = () => {
    const text = JSON.stringify(slice).slice(1, -1);
    fs.writeSync(fd, count === slice.length ? text : `,${text}`);
    slice = [];
  };
  try {
    fs.writeSync(fd, '[');
    for (const row of rows) {
      slice.push(row);
      count++;
      if (slice.length === ROWS_PER_WRITE) flush();
    }
    if (slice.length > 0) flush();
    fs.writeSync(fd, ']');
  } finally {
    fs.closeSync(fd);
  }
  return count;
}
