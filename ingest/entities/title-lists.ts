/**
 * A plural title over a list of names gives each name its role: "the Defence
 * Ministers of Chile, Peru and Bolivia Ana Ruiz, Tomas Vellin and Lars Holm"
 * (countries and names paired in order), "the foreign ministers of the three
 * countries – Ana Costa of Angola, Kwame Boateng of Ghana and Amara Diallo of
 * Senegal" (each name with its own country). Runs once the sentence's names
 * are candidates; the roles join those the names already have.
 */
import type { Word } from '../parse/parse.js';
import type { DetectionContext } from './context.js';
import type { Candidate, RoleInfo } from './types.js';

/** Words that may stand between the plural title and its list ("of the three countries"). */
const GROUP_NOUNS = new Set(['countries', 'nations', 'states', 'governments', 'sides', 'parties']);

/** True when word `i` ends a list item and the next item follows (", ", " and ", ", and "). */
function listGap(ctx: DetectionContext, i: number, next: number): number | null {
  const w = ctx.words[i] as Word;
  if (/^\s*,\s*$/.test(w.after)) return ctx.words[next]?.lower === 'and' ? next + 1 : next;
  if (/^\s+$/.test(w.after) && ctx.words[next]?.lower === 'and') return next + 1;
  return null;
}

/** The countries listed from word `i` ("Chile, Peru and Bolivia"), with the word after the list. */
function countryList(ctx: DetectionContext, i: number, end: number): { countries: string[]; next: number } {
  const countries: string[] = [];
  let j = ctx.words[i]?.lower === 'the' ? i + 1 : i;
  while (j < end) {
    const m = ctx.lexiconByStart.get(j);
    if (!m || m.entry.kind !== 'Country' || m.end > end || ctx.words[m.end - 1]?.possessive) break;
    countries.push(m.entry.name);
    const gap = listGap(ctx, m.end - 1, m.end);
    if (gap === null || !ctx.lexiconByStart.has(gap)) return { countries, next: m.end };
    j = gap;
  }
  return { countries, next: j };
}

/** The Person candidate whose name starts at word `i`, if any. */
function personAt(ctx: DetectionContext, i: number): Candidate | undefined {
  return ctx.candidates.find((c) => c.start === i && c.kind === 'Person' && !c.pending);
}

/** Names listed from word `i`, each optionally followed by "of <country>". */
function nameList(ctx: DetectionContext, i: number, end: number): Array<{ person: Candidate; country: string | null }> {
  const out: Array<{ person: Candidate; country: string | null }> = [];
  let j = i;
  while (j < end) {
    const person = personAt(ctx, j);
    if (!person) break;
    let last = person.end;
    let country: string | null = null;
    if (ctx.words[last]?.lower === 'of') {
      const own = countryList(ctx, last + 1, end);
      if (own.countries.length === 1) {
        country = own.countries[0] as string;
        last = own.next;
      }
    }
    out.push({ person, country });
    const gap = listGap(ctx, last - 1, last);
    if (gap === null) break;
    j = gap;
  }
  return out;
}

function titleCased(words: readonly string[]): string {
  return words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' ');
}

/** Gives the names listed after a plural title in the sentence `[start, end)` their roles. */
export function assignListTitles(ctx: DetectionContext, start: number, end: number): void {
  const roles = ctx.lexicon.roles;
  for (let h = start; h < end; h++) {
    const w = ctx.words[h] as Word;
    const singular = w.lower.endsWith('s') ? w.lower.slice(0, -1) : null;
    if (!singular || !roles.leadership.has(singular) || ctx.taken[h]) continue;
    let first = h;
    while (first > start && roles.modifiers.has((ctx.words[first - 1] as Word).lower)) first--;
    const roleWords = [...ctx.words.slice(first, h).map((x) => x.text), w.text.slice(0, -1)];
    let i = h + 1;
    let countries: string[] = [];
    if (ctx.words[i]?.lower === 'of') {
      const listed = countryList(ctx, i + 1, end);
      countries = listed.countries;
      // "of the three countries": the countries come with each name.
      const group = ctx.words.slice(i + 1, i + 5).findIndex((x) => GROUP_NOUNS.has(x.lower));
      if (countries.length > 0) i = listed.next;
      else if (group >= 0) i = i + 2 + group;
      else continue;
    }
    // The list follows directly, or after a dash, colon or comma.
    if (i > h + 1 && !/^\s*([–—:,-]\s*)?$/.test(ctx.words[i - 1]?.after ?? '')) continue;
    const names = nameList(ctx, i, end);
    if (names.length < 2) continue;
    const paired = countries.length === names.length;
    for (const [k, { person, country }] of names.entries()) {
      const stated = country ?? (paired ? (countries[k] as string) : null);
      if (stated === null && countries.length > 0) continue;
      const role: RoleInfo = {
        role: titleCased(roleWords),
        country: stated,
        start: first,
        end: h + 1,
        head: singular,
      };
      person.roles = [...(person.roles ?? []).filter((r) => r.role !== role.role || r.country), role];
    }
    h = i;
  }
}

/** Offices a country has one holder of at a time: a second one after "and" is another country's. */
const SINGLE_HOLDER_HEADS = new Set(['president', 'king', 'queen', 'emir', 'sultan', 'monarch', 'chancellor']);

/**
 * "Japanese Foreign Minister A and Defence Minister B": a title after "and" that names no country shares the
 * nationality of the titled name before it, when it is another office (two foreign ministers, or two
 * presidents, are of two countries).
 */
export function shareTitleNationality(ctx: DetectionContext, start: number, end: number): void {
  const people = ctx.candidates
    .filter((c) => c.kind === 'Person' && !c.pending && c.start >= start && c.end <= end)
    .sort((a, b) => a.start - b.start);
  for (const [k, person] of people.entries()) {
    const before = people[k - 1];
    const own = person.roles?.find((r) => r.end <= person.start);
    const shared = before?.roles?.find((r) => r.country !== null && r.end <= before.start);
    if (!before || !own || !shared || own.country !== null || own.role === shared.role) continue;
    if (ctx.words[own.start - 1]?.lower !== 'and' || before.end !== own.start - 1) continue;
    if (SINGLE_HOLDER_HEADS.has(own.head)) continue;
    // "and Somaliland leader X": a title with a name of its own in it ("Somaliland") is that place's.
    const titleWords = ctx.words.slice(own.start, own.end);
    const roles = ctx.lexicon.roles;
    if (!titleWords.every((w) => roles.heads.has(w.lower) || roles.modifiers.has(w.lower))) continue;
    person.roles = (person.roles ?? []).map((r) => (r === own ? { ...r, country: shared.country } : r));
  }
}
