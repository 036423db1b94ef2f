/**
 * Clause stage: reads every sentence of a parsed article into clauses (see
 * ./types.ts) once, for the relation rules and for entity resolution, which
 * asks where a mention sits (`roleAt`: subject, object, agent, after which
 * preposition ...).
 */
import { clauseWords, type ClauseWords } from '../lexicon/clause-words.js';
import type { ParsedText, Word } from '../parse/parse.js';
import { attribute } from './attribution.js';
import { phrasesIn, readPhrases, type Item } from './phrases.js';
import { ClauseBuilder } from './reader.js';
import { tokenize } from './tokens.js';
import type { Clause, NounGroup, NounPhrase, RoleAt, SentenceClauses, WordRange } from './types.js';
import { readVerbGroups } from './verbs.js';

export type * from './types.js';
export { POSSESSIVE_PRONOUNS } from './phrases.js';

/** Whether word range `inner` lies within `outer`. */
export const contains = (outer: WordRange, inner: WordRange): boolean =>
  outer.start <= inner.start && inner.end <= outer.end;

/** "According to X, ...": the source a whole sentence is attributed to. */
function accordingTo(items: readonly Item[], lex: ClauseWords): NounGroup | null {
  for (let k = 0; k + 1 < items.length; k++) {
    const it = items[k] as Item;
    const next = items[k + 1];
    if (it.kind === 'prep' && lex.attributionPrepositions.has(it.text) && next?.kind === 'group') return next.group;
  }
  return null;
}

export class ArticleClauses {
  constructor(
    readonly sentences: readonly SentenceClauses[],
    private readonly words: readonly Word[],
  ) {}

  /** The clauses of sentence `index`. */
  of(sentence: number): readonly Clause[] {
    return this.sentences[sentence]?.clauses ?? [];
  }

  /**
   * Where a word range sits: the clause and role of the smallest phrase that
   * contains it (a verbal clause before an event noun's).
   */
  roleAt(start: number, end: number): RoleAt | null {
    const sentence = this.words[start]?.sentence;
    if (sentence === undefined) return null;
    const range = { start, end };
    const clauses = [...this.of(sentence)].sort(
      (a, b) => Number(a.predicate.form === 'noun') - Number(b.predicate.form === 'noun'),
    );
    let best: { role: RoleAt; size: number } | null = null;
    const consider = (group: NounGroup | null, clause: Clause, role: RoleAt['role'], prep: string | null) => {
      for (const p of group?.members ?? []) {
        const found = locate(p, range);
        if (!found) continue;
        const size = found.phrase.end - found.phrase.start;
        if (best && best.size <= size) continue;
        best = { role: { clause, role: found.via ?? role, prep: found.via ? null : prep }, size };
      }
    };
    for (const c of clauses) {
      consider(c.predicate.form === 'noun' ? null : c.subject, c, 'subject', null);
      if (c.predicate.voice === 'passive' || c.predicate.form === 'noun') consider(c.agent, c, 'agent', null);
      for (const o of c.objects) consider(o, c, 'object', null);
      for (const x of c.preps)
        consider(x.group, c, x.prep === 'by' && c.predicate.voice === 'passive' ? 'agent' : 'prep', x.prep);
    }
    return (best as { role: RoleAt } | null)?.role ?? null;
  }
}

/** The phrase of `p` (itself, its possessor, complement or apposition) that holds `range`, and how it is reached. */
function locate(
  p: NounPhrase,
  range: WordRange,
): { phrase: NounPhrase; via: 'possessor' | 'apposition' | null } | null {
  if (!contains(p, range)) {
    for (const a of p.appositions) if (contains(a, range)) return { phrase: a.phrase, via: 'apposition' };
    return null;
  }
  let owner = p.possessor;
  while (owner) {
    if (contains(owner, range)) return { phrase: owner, via: 'possessor' };
    owner = owner.possessor;
  }
  return { phrase: p, via: null };
}

/** Reads the clauses of every sentence of an article. */
export function readClauses(parsed: ParsedText, lex: ClauseWords = clauseWords()): ArticleClauses {
  let nextId = 0;
  const sentences = parsed.sentences.map((s): SentenceClauses => {
    const tokens = tokenize(parsed.words, s, lex);
    const phrases = readPhrases(parsed.words, tokens, lex);
    const items = readVerbGroups(parsed.words, phrases, lex);
    const builder = new ClauseBuilder(parsed.words, s.index, items, lex, nextId);
    const clauses = builder.build();
    nextId = builder.idAfter;
    attribute(clauses, parsed.words, { start: s.firstWord, end: s.endWord }, accordingTo(phrases, lex), lex);
    const all: NounPhrase[] = [];
    for (const it of phrases) if (it.kind === 'group') phrasesIn(it.group, all);
    all.sort((a, b) => a.start - b.start || b.end - a.end);
    return { sentence: s.index, clauses, phrases: all };
  });
  return new ArticleClauses(sentences, parsed.words);
}
