/**
 * Rows written as one JSON array file for Kuzu's COPY FROM. Written a slice
 * at a time: a table of a few million rows serialised whole is longer than
 * the longest string V8 can hold.
 */
import fs from 'node:fs';

/** Rows serialised per write: a few megabytes of text. */
const ROWS_PER_WRITE = 10_000;

export function writeJsonRows(file: string, rows: readonly object[]): void {
  const fd = fs.openSync(file, 'w');
  try {
    fs.writeSync(fd, '[');
    for (let at = 0; at < rows.length; at += ROWS_PER_WRITE) {
      const slice = JSON.stringify(rows.slice(at, at + ROWS_PER_WRITE)).slice(1, -1);
      fs.writeSync(fd, at === 0 ? slice : `,${slice}`);
    }
    fs.writeSync(fd, ']');
  } finally {
    fs.closeSync(fd);
  }
}
