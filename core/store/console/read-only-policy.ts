/**
 * The console's read-only decision, made on the parse tree of the query in
 * its database's own grammar (parse-tree.ts): one statement; no clause that
 * writes, changes the schema or a setting, touches files, databases,
 * extensions or users; procedures only from an allow-list; generators and
 * variable-length patterns with bounded sizes. Rules are named as in each
 * grammar, so a construct the grammar calls by one name is refused however it
 * is spelled (keywords in any case, quoted names, any separator the
 * database's lexer accepts).
 */
import { AppError, errors } from '../../errors.js';
import type { Dialect } from '../catalogue.js';
import { CONSOLE_LIMITS } from './lexical-limits.js';
import { descendants, nameOf, parseConsoleQuery, tokensOf, type TreeNode } from './parse-tree.js';

interface DialectPolicy {
  /** The rule of one statement, directly under the entry rule. */
  statement: string;
  /** Rules refused wherever they occur, with what they would do. */
  refused: Record<string, string>;
  /**
   * Procedure calls, and the path of direct children down to the procedure's
   * name (a Kuzu call without one is `CALL setting = value`).
   */
  call: { rules: string[]; namePath: string[] };
  /** A function call: its name's and arguments' rules. */
  invocation: { rule: string; name: string; argument: string };
  /** Rules whose text bounds the hops of a variable-length pattern (absent bound = unbounded). */
  hops: { rule: string; bound: string | null }[];
  /** Procedures an analyst may call (lower case): schema introspection and search, nothing that writes or configures. */
  procedures: ReadonlySet<string>;
}

const WRITES = 'writes';
const SCHEMA = 'changes the schema';

const POLICIES: Record<Dialect, DialectPolicy> = {
  kuzu: {
    statement: 'oC_Cypher',
    refused: {
      oC_UpdatingClause: WRITES,
      oC_Create: WRITES,
      oC_Merge: WRITES,
      oC_Set: WRITES,
      oC_Delete: WRITES,
      kU_LoadFrom: 'reads files',
      kU_CreateUser: 'administers users',
      kU_CreateNodeTable: SCHEMA,
      kU_CreateRelTable: SCHEMA,
      kU_CreateSequence: SCHEMA,
      kU_CreateType: SCHEMA,
      kU_Drop: SCHEMA,
      kU_AlterTable: SCHEMA,
      kU_CreateMacro: SCHEMA,
      kU_CommentOn: SCHEMA,
      kU_CopyFrom: 'imports files',
      kU_CopyFromByColumn: 'imports files',
      kU_CopyTO: 'exports files',
      kU_Transaction: 'controls transactions',
      kU_Extension: 'installs or loads extensions',
      kU_ExportDatabase: 'exports files',
      kU_ImportDatabase: 'imports files',
      kU_AttachDatabase: 'attaches databases',
      kU_DetachDatabase: 'detaches databases',
      kU_UseDatabase: 'switches databases',
    },
    call: { rules: ['kU_InQueryCall', 'kU_StandaloneCall'], namePath: ['oC_FunctionInvocation', 'oC_FunctionName'] },
    invocation: { rule: 'oC_FunctionInvocation', name: 'oC_FunctionName', argument: 'kU_FunctionParameter' },
    hops: [{ rule: 'kU_RecursiveDetail', bound: 'oC_RangeLiteral' }],
    procedures: new Set([
      'show_tables',
      'table_info',
      'show_indexes',
      'show_functions',
      'show_connection',
      'query_fts_index',
    ]),
  },
  neo4j: {
    statement: 'preparsedStatement',
    refused: {
      createClause: WRITES,
      insertClause: WRITES,
      mergeClause: WRITES,
      setClause: WRITES,
      removeClause: WRITES,
      deleteClause: WRITES,
      foreachClause: WRITES,
      loadCSVClause: 'reads files',
      useClause: 'switches databases',
      command: 'administers the database (schema, users, databases, servers)',
      composableCommandClauses: 'administers the server',
      subqueryInTransactionsParameters: 'runs its own transactions',
      localDefinition: 'defines procedures',
    },
    call: { rules: ['callClause'], namePath: ['procedureName'] },
    invocation: { rule: 'functionInvocation', name: 'functionName', argument: 'functionArgument' },
    hops: [
      { rule: 'pathLength', bound: null },
      { rule: 'quantifier', bound: null },
    ],
    procedures: new Set(
      [
        'db.labels',
        'db.relationshipTypes',
        'db.propertyKeys',
        'db.schema.visualization',
        'db.schema.nodeTypeProperties',
        'db.schema.relTypeProperties',
        'db.index.fulltext.queryNodes',
        'db.index.fulltext.queryRelationships',
      ].map((p) => p.toLowerCase()),
    ),
  },
};

/** How many rows or characters a generator call makes, from its size arguments. */
const GENERATORS: Record<string, (args: number[]) => number> = {
  range: ([start = 0, end = 0, step = 1]) => (step === 0 ? Infinity : Math.floor((end - start) / step) + 1),
  repeat: ([, count = 0]) => count,
  lpad: ([, count = 0]) => count,
  rpad: ([, count = 0]) => count,
};
/** Which arguments of a generator are sizes (the others may be any expression). */
const SIZE_ARGUMENTS: Record<string, number[]> = { range: [0, 1, 2], repeat: [1], lpad: [1], rpad: [1] };

function refuse(what: string, why: string, node: TreeNode): Error {
  return errors.queryRefused(`The console is read-only: ${what} ${why} and is not allowed.`, what, node.offset);
}

/** A number literal or a parameter's number, or null when the argument is an expression. */
function numericArgument(node: TreeNode, params: Record<string, unknown>): number | null {
  const text = tokensOf(node).join('');
  if (/^[-+]?\d+$/.test(text)) return Number(text);
  const param = /^\$`?([^`]+)`?$/.exec(text);
  if (param) {
    const value = params[param[1]!];
    return typeof value === 'number' ? value : null;
  }
  return null;
}

function checkGenerator(node: TreeNode, policy: DialectPolicy, params: Record<string, unknown>): void {
  const nameNode = node.children.find((c) => c.rule === policy.invocation.name);
  const name = nameNode ? nameOf(nameNode).toLowerCase() : '';
  const size = GENERATORS[name];
  if (!size) return;
  const args = node.children.filter((c) => c.rule === policy.invocation.argument);
  const values: number[] = [];
  for (const [i, arg] of args.entries()) {
    if (!SIZE_ARGUMENTS[name]!.includes(i)) {
      values.push(0);
      continue;
    }
    const value = numericArgument(arg, params);
    if (value === null) {
      throw errors.queryTooComplex(
        `${name}() in the console takes its sizes as number literals or parameters, so that what it makes is bounded.`,
        arg.offset,
      );
    }
    values.push(value);
  }
  const made = size(values);
  if (!(made <= CONSOLE_LIMITS.maxGenerated)) {
    throw errors.queryTooComplex(
      `${name}() here would make ${Number.isFinite(made) ? made : 'unboundedly many'} values; the console allows at most ${CONSOLE_LIMITS.maxGenerated}.`,
      node.offset,
    );
  }
}

/** The upper bound of a variable-length pattern's text (`*`, `*3`, `*1..3`, `{1,3}`, `+`), or null when unbounded. */
export function hopBound(text: string): number | null {
  const t = text.replace(/[\s*]|SHORTEST|ALL|TRAIL|ACYCLIC/gi, '');
  const range = /^(\d*)\.\.(\d*)$/.exec(t) ?? /^\{(\d*),(\d*)\}$/.exec(t);
  if (range) return range[2] ? Number(range[2]) : null;
  const single = /^\{?(\d+)\}?$/.exec(t);
  return single ? Number(single[1]) : null;
}

function checkHops(node: TreeNode, bound: string | null): void {
  const boundNode = bound ? node.children.find((c) => c.rule === bound) : node;
  const max = boundNode ? hopBound(tokensOf(boundNode).join('')) : null;
  if (max === null || max > CONSOLE_LIMITS.maxHops) {
    throw errors.queryTooComplex(
      `A variable-length pattern needs an upper bound of at most ${CONSOLE_LIMITS.maxHops} hops (for example *1..3).`,
      node.offset,
    );
  }
}

/**
 * Throws unless the query is one read-only statement within the console's
 * limits: a syntax error is 400 `query_syntax`, a write or admin construct 403
 * `query_refused` naming it, an unbounded generator or pattern 400
 * `query_too_complex`. `params` are the query's parameters (a generator's size
 * may be one).
 */
export function assertReadOnlyTree(query: string, dialect: Dialect, params: Record<string, unknown> = {}): void {
  let tree: TreeNode;
  try {
    tree = parseConsoleQuery(query, dialect);
  } catch (syntaxError) {
    // A write or admin construct of the other dialect (REMOVE or GRANT on Kuzu, COPY on Neo4j) is named as
    // the refusal it is, rather than as a syntax error.
    const other: Dialect = dialect === 'kuzu' ? 'neo4j' : 'kuzu';
    try {
      checkTree(parseConsoleQuery(query, other), POLICIES[other], params);
    } catch (refusal) {
      if (refusal instanceof AppError && refusal.id === 'query_refused') throw refusal;
    }
    throw syntaxError;
  }
  checkTree(tree, POLICIES[dialect], params);
}

function checkTree(tree: TreeNode, policy: DialectPolicy, params: Record<string, unknown>): void {
  const statements = tree.children.filter((c) => c.rule === policy.statement);
  if (statements.length === 0) throw errors.validation('The query is empty.');
  if (statements.length > 1) {
    throw errors.queryRefused(
      'The console runs one statement at a time; remove the ";" between statements.',
      ';',
      statements[1]!.offset,
    );
  }
  for (const node of descendants(tree)) {
    if (node.rule === null) continue;
    const why = policy.refused[node.rule];
    if (why) throw refuse(tokensOf(node)[0]?.toUpperCase() ?? node.rule, why, node);
    if (policy.call.rules.includes(node.rule)) {
      const nameNode = policy.call.namePath.reduce<TreeNode | undefined>(
        (at, rule) => at?.children.find((c) => c.rule === rule),
        node,
      );
      if (!nameNode) throw refuse('CALL', 'changes a database setting', node);
      const name = nameOf(nameNode);
      if (!policy.procedures.has(name.toLowerCase())) {
        throw errors.queryRefused(
          `The console is read-only: CALL ${name} is not on the list of allowed procedures (${[...policy.procedures].join(', ')}).`,
          'CALL',
          node.offset,
        );
      }
    }
    if (node.rule === policy.invocation.rule) checkGenerator(node, policy, params);
    const hops = policy.hops.find((h) => h.rule === node.rule);
    if (hops) checkHops(node, hops.bound);
  }
}
