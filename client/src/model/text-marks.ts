/**
 * Cuts a text into plain and marked runs from character spans, for the
 * evidence sentences (the two mentions) and the article reader (every
 * entity mention). Spans come from the ingest pipeline in article
 * coordinates and may overlap or spill past the sentence: this is where
 * that is made safe, once.
 */

export interface Mark<T> {
  /** Article offsets, half-open. */
  start: number;
  end: number;
  value: T;
}

export interface Run<T> {
  text: string;
  /** Article offset of the run's first character. */
  start: number;
  mark: T | null;
}

/**
 * Splits `text`, which starts at article offset `offset`, into runs. Marks
 * outside the text are clipped; where marks overlap, the one that starts
 * first (the longer one on a tie) wins and the other is cut.
 */
export function markRuns<T>(text: string, offset: number, marks: ReadonlyArray<Mark<T>>): Array<Run<T>> {
  const end = offset + text.length;
  const usable = marks
    .map((m) => ({ start: Math.max(m.start, offset), end: Math.min(m.end, end), value: m.value }))
    .filter((m) => m.end > m.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const runs: Array<Run<T>> = [];
  let cursor = offset;
  for (const m of usable) {
    if (m.end <= cursor) continue;
    const start = Math.max(m.start, cursor);
    if (start > cursor) runs.push({ text: text.slice(cursor - offset, start - offset), start: cursor, mark: null });
    runs.push({ text: text.slice(start - offset, m.end - offset), start, mark: m.value });
    cursor = m.end;
  }
  if (cursor < end) runs.push({ text: text.slice(cursor - offset), start: cursor, mark: null });
  return runs;
}
