/**
 * What to complete in a Cypher query at the cursor, from the text before it
 * and the schema: labels after `(x:`, relationship types after `[r:` or `|`,
 * properties after `x.` (those of x's label when the query names it), else
 * keywords. Pure, so it is unit-tested apart from the editor.
 */

export interface CompletionSchema {
  /** Node label → property names. */
  labels: Record<string, string[]>;
  /** Relationship type → property names. */
  relationships: Record<string, string[]>;
}

export interface CompletionOption {
  label: string;
  type: 'type' | 'property' | 'keyword' | 'function';
  detail?: string;
}

export interface CompletionResult {
  /** Offset where the completed word starts. */
  from: number;
  options: CompletionOption[];
}

export const CYPHER_KEYWORDS = [
  'MATCH',
  'OPTIONAL MATCH',
  'WHERE',
  'RETURN',
  'WITH',
  'ORDER BY',
  'LIMIT',
  'SKIP',
  'UNWIND',
  'AS',
  'DISTINCT',
  'AND',
  'OR',
  'NOT',
  'XOR',
  'IN',
  'CONTAINS',
  'STARTS WITH',
  'ENDS WITH',
  'IS NULL',
  'IS NOT NULL',
  'CASE',
  'WHEN',
  'THEN',
  'ELSE',
  'END',
  'ASC',
  'DESC',
  'UNION',
  'EXISTS',
  'CALL',
  'YIELD',
  'true',
  'false',
  'null',
];

export const CYPHER_FUNCTIONS = [
  'count',
  'collect',
  'size',
  'length',
  'nodes',
  'relationships',
  'labels',
  'label',
  'id',
  'coalesce',
  'lower',
  'upper',
  'min',
  'max',
  'avg',
  'sum',
  'head',
  'last',
  'range',
  'toLower',
  'toUpper',
  'trim',
  'abs',
  'round',
];

/** The innermost bracket still open before the cursor: '(' node pattern, '[' relationship pattern, or null. */
function openBracket(text: string): '(' | '[' | null {
  const stack: string[] = [];
  let quote: string | null = null;
  for (const ch of text) {
    if (quote) {
      if (ch === quote) quote = null;
      continue;
    }
    if (ch === '"' || ch === "'" || ch === '`') quote = ch;
    else if (ch === '(' || ch === '[' || ch === '{') stack.push(ch);
    else if ((ch === ')' || ch === ']' || ch === '}') && stack.length) stack.pop();
  }
  const last = stack.at(-1);
  return last === '(' || last === '[' ? last : null;
}

/** Labels (or relationship types) bound to `variable` somewhere in the query: `(variable:Label)`, `[variable:TYPE]`. */
function boundTypes(query: string, variable: string): string[] {
  const escaped = variable.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const found: string[] = [];
  const pattern = new RegExp(`[([]\\s*${escaped}\\s*:\\s*([A-Za-z_][\\w]*(?:\\s*\\|\\s*:?[A-Za-z_][\\w]*)*)`, 'g');
  for (const m of query.matchAll(pattern)) {
    for (const t of m[1]!.split('|')) found.push(t.replace(':', '').trim());
  }
  return found;
}

/**
 * Completions at the end of `before` (the text up to the cursor); `query`
 * is the whole text, searched for variable bindings. Null when there is
 * nothing sensible to offer (inside a string, no word typed).
 */
export function completeCypher(
  before: string,
  schema: CompletionSchema,
  query: string = before,
): CompletionResult | null {
  if (insideString(before)) return null;
  const word = /[A-Za-z_][\w]*$/.exec(before)?.[0] ?? '';
  const from = before.length - word.length;
  const head = before.slice(0, from);
  const match = (options: CompletionOption[]) => {
    const lower = word.toLowerCase();
    const filtered = options.filter((o) => o.label.toLowerCase().startsWith(lower));
    return filtered.length ? { from, options: filtered } : null;
  };

  // x.prop
  const dotted = /([A-Za-z_][\w]*)\s*\.\s*$/.exec(head);
  if (dotted) {
    const types = boundTypes(query, dotted[1]!);
    const props = new Set<string>();
    const sources = types.length ? types : [...Object.keys(schema.labels), ...Object.keys(schema.relationships)];
    for (const t of sources) for (const p of schema.labels[t] ?? schema.relationships[t] ?? []) props.add(p);
    return match(
      [...props]
        .sort()
        .map((label) => ({ label, type: 'property', ...(types.length ? { detail: types.join('|') } : {}) })),
    );
  }

  // (x: or [r: or [r:A| — labels or types by the bracket we are in.
  if (/[:|]\s*$/.test(head)) {
    const bracket = openBracket(head);
    if (bracket === '[') {
      return match(
        Object.keys(schema.relationships)
          .sort()
          .map((label) => ({ label, type: 'type', detail: 'relationship' })),
      );
    }
    if (bracket === '(') {
      return match(
        Object.keys(schema.labels)
          .sort()
          .map((label) => ({ label, type: 'type', detail: 'label' })),
      );
    }
  }

  if (!word) return null;
  return match([
    ...CYPHER_KEYWORDS.map((label): CompletionOption => ({ label, type: 'keyword' })),
    ...CYPHER_FUNCTIONS.map((label): CompletionOption => ({ label, type: 'function' })),
  ]);
}

function insideString(text: string): boolean {
  let quote: string | null = null;
  for (const ch of text) {
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    }
  }
  return quote !== null;
}
