/**
 * The curation log in the store: one `CurationEntry` node per entry, the
 * edit and its facts as JSON. Entries are only ever appended; undo is an
 * entry of its own.
 */
import { CurationEntrySchema, type CurationEntry } from '../../curation/edits.js';
import type { QueryExecutor } from '../runner.js';
import { num, str, type Row } from '../values.js';

/** An entry as the rows of `curation-log` hold it; a corrupt one fails loudly rather than being replayed wrong. */
function toEntry(row: Row): CurationEntry {
  return CurationEntrySchema.parse({
    id: str(row, 'id'),
    seq: num(row, 'seq'),
    at: str(row, 'at'),
    author: str(row, 'author'),
    reason: str(row, 'reason'),
    edit: JSON.parse(str(row, 'edit')),
    facts: JSON.parse(str(row, 'facts')),
  });
}

/** Every entry, oldest first. */
export async function readLog(executor: QueryExecutor): Promise<CurationEntry[]> {
  return (await executor.run('curation-log')).map(toEntry);
}

/** The last sequence number and the number of entries: enough to tell whether another writer appended. */
export async function logVersion(executor: QueryExecutor): Promise<string> {
  const [row] = await executor.run('curation-last-seq');
  return `${row ? num(row, 'seq') : 0}/${row ? num(row, 'entries') : 0}`;
}

export async function appendEntry(tx: QueryExecutor, entry: CurationEntry): Promise<void> {
  await tx.run('curation-append', {
    id: entry.id,
    seq: entry.seq,
    at: entry.at,
    author: entry.author,
    action: entry.edit.action,
    reason: entry.reason,
    edit: JSON.stringify(entry.edit),
    facts: JSON.stringify(entry.facts),
  });
}
