/**
 * Embedded databases made before the evidence was packed keep it in twelve
 * list columns on every relation table (schema.ts EVIDENCE_LIST_PROPERTIES,
 * still Neo4j's shape). Opening one packs each relation's lists into its
 * `evidence` column and drops them. It runs while the schema is completed on
 * a staged copy (runner.ts ensureSchema), so a crash part-way leaves the old
 * database as it was and the next open starts again.
 */
import { RELATION_TYPES, endpointPairs, type RelationType } from '../../ontology.js';
import { evidenceColumns, storedEvidence } from '../records.js';
import type { QueryExecutor } from '../runner.js';
import { EVIDENCE_LIST_PROPERTIES } from '../schema.js';
import { str } from '../values.js';

const LIST_COLUMNS = Object.entries(EVIDENCE_LIST_PROPERTIES);

/** The relation tables that still hold evidence lists (any of them: the oldest databases lack the later ones). */
export async function tablesWithEvidenceLists(
  columnsOf: (table: string) => Promise<Set<string> | null>,
): Promise<RelationType[]> {
  const tables: RelationType[] = [];
  for (const type of RELATION_TYPES) {
    const columns = await columnsOf(type);
    if (columns && LIST_COLUMNS.some(([name]) => columns.has(name))) tables.push(type);
  }
  return tables;
}

/**
 * The statements that give a table every evidence list it lacks (a database
 * older still had fewer), so that one query reads them all; NULL reads as
 * none (asserted, no source, no rule).
 */
export function missingListStatements(type: RelationType, columns: Set<string>): string[] {
  return LIST_COLUMNS.filter(([name]) => !columns.has(name)).map(
    ([name, kind]) => `ALTER TABLE ${type} ADD IF NOT EXISTS ${name} ${kind}`,
  );
}

/** The statements that drop a table's evidence lists, once they are packed. */
export function dropListStatements(type: RelationType): string[] {
  return LIST_COLUMNS.map(([name]) => `ALTER TABLE ${type} DROP ${name}`);
}

/** Packs every relation's evidence lists of one table into its `evidence` column, one pair of kinds at a time; returns how many. */
export async function packEvidenceLists(tx: QueryExecutor, type: RelationType): Promise<number> {
  let packed = 0;
  for (const [from, to] of endpointPairs(type)) {
    const template = { from, type, to };
    const rows = (await tx.run('schema-evidence-lists', {}, template)).map((row) => ({
      source: str(row, 'source'),
      target: str(row, 'target'),
      ...evidenceColumns(storedEvidence(row), 'kuzu'),
    }));
    if (rows.length > 0) await tx.run('schema-evidence-pack', { rows }, template);
    packed += rows.length;
  }
  return packed;
}
