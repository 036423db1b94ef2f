/**
 * Where an article's write time goes: its transaction replayed on a bare
 * connection, each catalogue call and the commit timed apart. The first
 * article of a run is printed on its own: it pays for reading the pages it
 * touches and for the first write to each relation table since the last
 * checkpoint (a commit touching ~90 tables for the first time took 0.6–0.7 s
 * on 100k/300k; the same tables touched again commit in ~30 ms).
 */
import type { BareConnection, Call } from './bare-kuzu.js';
import { printTable, summarise } from './stats.js';

interface Profile {
  totalMs: number;
  commitMs: number;
  /** Per catalogue query: calls, rows, ms. */
  byQuery: Map<string, { calls: number; rows: number; ms: number }>;
}

const rowsOf = (call: Call) => (Array.isArray(call.params.rows) ? call.params.rows.length : 1);

/** Replays one transaction, timing each call and the commit. */
export async function replayProfiled(writer: BareConnection, calls: Call[]): Promise<Profile> {
  const byQuery = new Map<string, { calls: number; rows: number; ms: number }>();
  const started = performance.now();
  await writer.query('BEGIN TRANSACTION');
  for (const call of calls) {
    const t = performance.now();
    await writer.run(call);
    const entry = byQuery.get(call.name) ?? { calls: 0, rows: 0, ms: 0 };
    entry.calls++;
    entry.rows += rowsOf(call);
    entry.ms += performance.now() - t;
    byQuery.set(call.name, entry);
  }
  const committing = performance.now();
  await writer.query('COMMIT');
  const ended = performance.now();
  return { totalMs: ended - started, commitMs: ended - committing, byQuery };
}

/** Prints the breakdown of the warm articles (all but the first) and the first article's totals. */
export function printWriteProfile(profiles: Profile[]): void {
  const [first, ...warm] = profiles;
  if (!first || warm.length === 0) return;
  const names = [...new Set(warm.flatMap((p) => [...p.byQuery.keys()]))];
  const meanTotal = warm.reduce((n, p) => n + p.totalMs, 0) / warm.length;
  const per = (value: (p: Profile) => number) => warm.reduce((n, p) => n + value(p), 0) / warm.length;
  const rows: Array<Array<string | number>> = names.map((name) => {
    const ms = per((p) => p.byQuery.get(name)?.ms ?? 0);
    return [
      name,
      per((p) => p.byQuery.get(name)?.calls ?? 0),
      per((p) => p.byQuery.get(name)?.rows ?? 0),
      ms,
      summarise(warm.map((p) => p.byQuery.get(name)?.ms ?? 0)).p50,
      ms / meanTotal,
    ];
  });
  const commit = per((p) => p.commitMs);
  rows.push(['COMMIT', 1, NaN, commit, summarise(warm.map((p) => p.commitMs)).p50, commit / meanTotal]);
  rows.sort((a, b) => (b[3] as number) - (a[3] as number));
  printTable(
    `Where one article's write goes: its statements replayed bare, ${warm.length} articles after the first, per article (the first: ${first.totalMs.toFixed(0)} ms, of which commit ${first.commitMs.toFixed(0)} ms)`,
    ['query', 'calls', 'rows', 'mean ms', 'p50 ms', 'share'],
    rows,
  );
}
