/**
 * Names whose kind their shape or the noun before them gives: a ship named after its vessel noun ("the
 * frigate Admiral Gorshkov"), a class of vessels or weapons ("Virginia-class"), and weapons spelt out in a
 * plural name ("High Mobility Artillery Rocket Systems"), which elsewhere would read as a person or a company.
 */
import type { EntityKind } from '../../core/ontology.js';
import { KINDS_BY_HEAD_PRIORITY } from '../kinds.js';
import type { LexiconEntry } from '../lexicon/index.js';
import type { Word } from '../parse/parse.js';
import { addCandidate, addLexiconCandidate, textOf, type DetectionContext } from './context.js';
import type { Candidate } from './types.js';

/** Whether the words right before `start` are `phrase`, with nothing but spaces between them and the name. */
function phraseEndsAt(ctx: DetectionContext, phrase: readonly string[], start: number): boolean {
  return phrase.every((p, k) => {
    const w = ctx.words[start - phrase.length + k];
    return w !== undefined && !w.capitalized && w.lower === p && /^\s+$/.test(w.after);
  });
}

/**
 * "the frigate Admiral Gorshkov", "the cruiser Marshal Ustinov": a kind's naming noun right before a
 * run makes the whole run, rank words included, a name of that kind. Not over a country, organisation
 * or person the gazetteer knows: "the tanker Iran seized" is a relative clause.
 */
export function kindNamedBefore(ctx: DetectionContext, start: number): EntityKind | null {
  const known = ctx.lexiconByStart.get(start)?.entry.kind;
  if (known === 'Country' || known === 'Organization' || known === 'Person') return null;
  return (
    KINDS_BY_HEAD_PRIORITY.find((k) =>
      ctx.lexicon.kinds[k].namingPhrases.some((phrase) => phraseEndsAt(ctx, phrase, start)),
    ) ?? null
  );
}

/** A name a naming noun gave its kind earlier in the article ("the destroyer Admiral Chabanenko" ... "the Admiral Chabanenko"). */
export function namedEarlier(ctx: DetectionContext, start: number, end: number): EntityKind | null {
  const name = textOf(ctx, start, end);
  const byNoun = (c: Candidate) => c.source === 'pattern' && ctx.lexicon.kinds[c.kind].namingPhrases.length > 0;
  return ctx.candidates.find((c) => byNoun(c) && c.name === name)?.kind ?? null;
}

/**
 * "Virginia-class submarines", "Kilo-class", "Arleigh Burke-class destroyers": a name hyphened to
 * "class" names a class of vessels or weapons, a system; the run ends where "-class" begins.
 */
export function classNameEnd(ctx: DetectionContext, end: number): number | null {
  const last = ctx.words[end - 1] as Word;
  return last.after === '-' && ctx.words[end]?.lower === 'class' ? end + 1 : null;
}

/**
 * "High Mobility Artillery Rocket Systems (HIMARS)", "Multiple Launch Rocket Systems": a name whose head
 * is a plural system noun ("Systems", elsewhere a company's head: "BAE Systems") names weapons when a
 * weapon noun stands in it ("Rocket", "Missile") or its bracketed acronym is a known system, which it
 * then spells out. A known organisation or country opening it keeps it a company ("Raytheon Missile
 * Systems"). Returns the known system it spells out, null for an unknown one, undefined for no weapons.
 */
export function weaponsNamed(ctx: DetectionContext, start: number, end: number): LexiconEntry | null | undefined {
  const system = ctx.lexicon.kinds.System;
  const head = ctx.words[end - 1] as Word;
  if (end - start < 2 || !system.kindNouns.has(head.lower) || !head.tags.has('Plural')) return undefined;
  const opener = ctx.lexiconByStart.get(start)?.entry.kind;
  if (opener === 'Organization' || opener === 'Country') return undefined;
  const acronym = /^\s*\(\s*$/.test(head.after) ? ctx.lexiconByStart.get(end)?.entry : undefined;
  if (acronym?.kind === 'System') return acronym;
  const weaponWord = (w: Word) => system.kindNouns.has(w.lower) && !GENERIC_SYSTEM_NOUNS.has(w.lower);
  return ctx.words.slice(start, end - 1).some(weaponWord) ? null : undefined;
}

/** System nouns that name no weapon by themselves ("Land Systems", "Vehicle Systems" are companies' divisions). */
const GENERIC_SYSTEM_NOUNS = new Set([
  'system',
  'systems',
  'platform',
  'software',
  'vehicle',
  'vehicles',
  'satellite',
  'satellites',
]);

/** Records a run that names weapons: a mention of the known system it spells out, or a system of its own. */
export function addWeapons(ctx: DetectionContext, start: number, end: number, known: LexiconEntry | null): void {
  if (known) addLexiconCandidate(ctx, { start, end, entry: known });
  else addCandidate(ctx, { start, end, kind: 'System', name: textOf(ctx, start, end), source: 'pattern' });
}
