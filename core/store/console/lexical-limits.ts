/**
 * The console's first check, run in the server process before any parser or
 * database sees the text: one linear pass that bounds what makes recursive
 * parsers and planners blow their stacks or their memory. Kuzu's own parser
 * segfaults on `RETURN [[[…]]]` 1,600 deep and on 20,000 chained `NOT`s, and
 * ANTLR parsers recurse once per nesting level, so depth is counted here,
 * lexically, never by recursion.
 */
import { errors } from '../../errors.js';

export const CONSOLE_LIMITS = {
  /** Characters in one query. */
  maxChars: 10_000,
  /** Open brackets of any kind — ( [ { — at once. */
  maxNesting: 32,
  /** Prefix operators in a row (NOT NOT …, - - …): each is one more level of recursion. */
  maxPrefixRun: 8,
  /** Characters in one string literal or quoted name. */
  maxLiteralChars: 4_000,
  /** Digits of one number literal. */
  maxNumberChars: 32,
  /** Items between one pair of brackets (list literal, map, argument list). */
  maxItems: 1_000,
  /** Rows or characters a generator (range, repeat, padding) may produce when its size is a literal. */
  maxGenerated: 100_000,
  /** Hops of a variable-length relationship pattern (an unbounded `*` is 30 in Kuzu). */
  maxHops: 10,
  /** Wall-clock budget of parsing and checking one query in the sandbox. */
  parseBudgetMs: 2_000,
} as const;

const OPENERS = new Set(['(', '[', '{']);
const CLOSERS = new Set([')', ']', '}']);

function tooComplex(message: string, offset: number): Error {
  return errors.queryTooComplex(message, offset);
}

/**
 * Throws `query_too_complex` (400) naming the first limit the query exceeds.
 * Comments, string literals and quoted names are skipped as the Cypher lexers
 * of both databases read them (a bracket inside a string does not nest).
 */
export function assertWithinLexicalLimits(query: string): void {
  const L = CONSOLE_LIMITS;
  if (query.length > L.maxChars) {
    throw tooComplex(`The query has ${query.length} characters; the console takes at most ${L.maxChars}.`, L.maxChars);
  }
  const items: number[] = [];
  let prefixRun = 0;
  let empty = true;
  let i = 0;
  while (i < query.length) {
    const c = query[i]!;
    const next = query[i + 1];
    if (c === '/' && next === '/') {
      const end = query.indexOf('\n', i);
      i = end < 0 ? query.length : end;
      continue;
    }
    if (c === '/' && next === '*') {
      const end = query.indexOf('*/', i + 2);
      i = end < 0 ? query.length : end + 2;
      continue;
    }
    if (!/\s/u.test(c)) empty = false;
    if (c === "'" || c === '"' || c === '`') {
      const start = i;
      i++;
      while (i < query.length && query[i] !== c) i += c !== '`' && query[i] === '\\' ? 2 : 1;
      i++;
      if (i - start - 2 > L.maxLiteralChars) {
        throw tooComplex(`A quoted literal or name is longer than ${L.maxLiteralChars} characters.`, start);
      }
      prefixRun = 0;
      continue;
    }
    if (/\d/.test(c)) {
      const start = i;
      while (i < query.length && /[\w.]/.test(query[i]!)) i++;
      if (i - start > L.maxNumberChars)
        throw tooComplex(`A number is longer than ${L.maxNumberChars} characters.`, start);
      prefixRun = 0;
      continue;
    }
    if (/[\p{L}_$]/u.test(c)) {
      const start = i;
      while (i < query.length && /[\p{L}\p{N}_$]/u.test(query[i]!)) i++;
      const word = query.slice(start, i).toUpperCase();
      prefixRun = word === 'NOT' ? prefixRun + 1 : 0;
      if (prefixRun > L.maxPrefixRun) throw tooComplex(`More than ${L.maxPrefixRun} NOTs in a row.`, start);
      continue;
    }
    if (OPENERS.has(c)) {
      items.push(0);
      if (items.length > L.maxNesting) {
        throw tooComplex(`Brackets are nested more than ${L.maxNesting} deep.`, i);
      }
    } else if (CLOSERS.has(c)) {
      items.pop();
    } else if (c === ',' && items.length > 0) {
      const n = (items[items.length - 1] ?? 0) + 1;
      items[items.length - 1] = n;
      if (n >= L.maxItems) throw tooComplex(`More than ${L.maxItems} items between one pair of brackets.`, i);
    }
    if (c === '-' || c === '+') {
      prefixRun++;
      if (prefixRun > L.maxPrefixRun) throw tooComplex(`More than ${L.maxPrefixRun} signs in a row.`, i);
    } else if (!/\s/u.test(c)) prefixRun = 0;
    i++;
  }
  if (empty) throw errors.validation('The query is empty.');
}
