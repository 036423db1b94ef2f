/**
 * The first of the console's two locks: a lexical check that refuses, with a
 * clear message, any clause that writes, changes the schema, touches files or
 * the network, or reconfigures the database. The second lock is the database
 * itself (a read-only transaction in Kuzu, a READ session in Neo4j), so a
 * query that slips past this check is still refused.
 */
import { errors } from '../errors.js';

const REFUSED_CLAUSES = new Map<string, string>([
  ['CREATE', 'writes'],
  ['MERGE', 'writes'],
  ['SET', 'writes'],
  ['DELETE', 'writes'],
  ['DETACH', 'writes'],
  ['REMOVE', 'writes'],
  ['FOREACH', 'writes'],
  ['DROP', 'changes the schema'],
  ['ALTER', 'changes the schema'],
  ['RENAME', 'changes the schema'],
  ['COPY', 'imports or exports files'],
  ['EXPORT', 'exports files'],
  ['IMPORT', 'imports files'],
  ['LOAD', 'reads files or loads extensions'],
  ['INSTALL', 'installs extensions'],
  ['UNINSTALL', 'removes extensions'],
  ['ATTACH', 'attaches databases'],
  ['USE', 'switches databases'],
  ['CHECKPOINT', 'controls storage'],
  ['BEGIN', 'controls transactions'],
  ['COMMIT', 'controls transactions'],
  ['ROLLBACK', 'controls transactions'],
  ['GRANT', 'administers users'],
  ['DENY', 'administers users'],
  ['REVOKE', 'administers users'],
  ['TERMINATE', 'administers the server'],
  ['START', 'administers the server'],
  ['STOP', 'administers the server'],
  ['ENABLE', 'administers the server'],
]);

/** Procedures an analyst may CALL: schema introspection and full-text search, nothing that writes or configures. */
const ALLOWED_PROCEDURES = new Set(
  [
    'show_tables',
    'table_info',
    'show_indexes',
    'show_functions',
    'show_connection',
    'query_fts_index',
    'db.labels',
    'db.relationshiptypes',
    'db.propertykeys',
    'db.schema.visualization',
    'db.schema.nodetypeproperties',
    'db.schema.reltypeproperties',
    'db.index.fulltext.querynodes',
    'db.index.fulltext.queryrelationships',
  ].map((p) => p.toLowerCase()),
);

/** The query with comments, string literals and quoted names blanked out (offsets kept). */
function codeOnly(query: string): string {
  return query.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\/|'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"|`[^`]*`/g, (m) =>
    ' '.repeat(m.length),
  );
}

/** Throws a refusal naming the clause when the query is not a single read. */
export function assertReadOnlyQuery(query: string): void {
  const code = codeOnly(query);
  if (!code.trim()) throw errors.validation('The query is empty.');
  const statements = code.split(';').filter((s) => s.trim());
  if (statements.length > 1) {
    throw errors.queryRefused('The console runs one statement at a time; remove the ";" between statements.', ';');
  }
  // A word preceded by "." or ":" is a property, label or type name, not a clause.
  for (const m of code.matchAll(/(^|[^.:\w$])([A-Za-z_]\w*)/g)) {
    const word = m[2]!.toUpperCase();
    const why = REFUSED_CLAUSES.get(word);
    if (why) {
      throw errors.queryRefused(`The console is read-only: ${word} ${why} and is not allowed.`, word);
    }
  }
  for (const m of code.matchAll(/\bCALL\s+([A-Za-z_][\w.]*)\s*(\(|\b)/gi)) {
    const procedure = m[1]!.toLowerCase();
    if (!ALLOWED_PROCEDURES.has(procedure)) {
      throw errors.queryRefused(
        `The console is read-only: CALL ${m[1]} is not on the list of allowed procedures ` +
          `(${[...ALLOWED_PROCEDURES].join(', ')}).`,
        'CALL',
      );
    }
  }
}
