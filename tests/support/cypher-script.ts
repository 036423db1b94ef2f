/**
 * Runs an exported Cypher script the way a user would, statement by
 * statement, against a fresh database: Kuzu through its Node API (what its
 * shell does), Neo4j through the driver (what cypher-shell does). The export
 * round-trip tests then open a Newsgraph store on that database and compare.
 */
import kuzu from 'kuzu';
import type { Driver } from 'neo4j-driver';

/**
 * The statements of a script: split on `;` outside single-quoted strings
 * (backslash escapes inside), `//` comment lines dropped. Kuzu scripts may
 * carry a raw newline inside a string, so lines are not statements.
 */
export function scriptStatements(script: string): string[] {
  const statements: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < script.length; i++) {
    const c = script[i]!;
    if (quoted) {
      current += c;
      if (c === '\\') current += script[++i] ?? '';
      else if (c === "'") quoted = false;
      continue;
    }
    if (c === '/' && script[i + 1] === '/' && current.trim() === '') {
      while (i < script.length && script[i] !== '\n') i++;
      continue;
    }
    if (c === "'") quoted = true;
    if (c === ';') {
      if (current.trim()) statements.push(current.trim());
      current = '';
      continue;
    }
    current += c;
  }
  if (current.trim()) statements.push(current.trim());
  return statements;
}

/** Runs every statement into the Kuzu database at `dir` (created when absent); returns how many ran. */
export async function runKuzuScript(dir: string, script: string): Promise<number> {
  const db = new kuzu.Database(dir);
  const conn = new kuzu.Connection(db);
  let ran = 0;
  try {
    for (const statement of scriptStatements(script)) {
      try {
        const result = await conn.query(statement);
        (Array.isArray(result) ? result : [result]).forEach((r) => r.close());
      } catch (error) {
        throw new Error(`Kuzu refused statement ${ran + 1}: ${statement.slice(0, 200)}\n${String(error)}`, {
          cause: error,
        });
      }
      ran++;
    }
  } finally {
    await conn.close();
    await db.close();
  }
  return ran;
}

/** Runs every statement into a Neo4j database; returns how many ran. */
export async function runNeo4jScript(driver: Driver, database: string | undefined, script: string): Promise<number> {
  let ran = 0;
  for (const statement of scriptStatements(script)) {
    try {
      await driver.executeQuery(statement, {}, { database });
    } catch (error) {
      throw new Error(`Neo4j refused statement ${ran + 1}: ${statement.slice(0, 200)}\n${String(error)}`, {
        cause: error,
      });
    }
    ran++;
  }
  return ran;
}
