/**
 * Unnamed but specific things: agreements ("a historic defense agreement",
 * "the MOU"), conflicts ("a diplomatic crisis with its neighbor Algeria",
 * "the Moroccan-Algerian conflict"), definite descriptions of states ("the
 * North African kingdom") and of office holders ("the Israeli defense
 * minister", "his Moroccan counterpart"), and "the X administration".
 * Only the phrases are found here; what they stand for is settled by resolution.
 */
import type { Word } from '../parse/parse.js';
import { addCandidate, addLexiconCandidate, isTaken, type DetectionContext } from './context.js';
import type { Candidate } from './types.js';
import { detectNameless } from './nameless.js';
import { headStartingAt, titleCaseRole } from './titles.js';

const PLACE_DESCRIPTION_MODIFIERS = new Set(['disputed', 'occupied', 'annexed', 'contested', 'breakaway', 'restive']);
const PLACE_DESCRIPTION_HEADS = new Set(['territory', 'enclave', 'exclave', 'region']);

function phraseText(ctx: DetectionContext, start: number, end: number): string {
  return ctx.parsed.text.slice((ctx.words[start] as Word).start, (ctx.words[end - 1] as Word).end);
}

/** "the friendly Arab state", "the North African kingdom", "the Kingdom", "the disputed territory". */
function detectStateDescriptions(ctx: DetectionContext, sentenceStart: number, sentenceEnd: number): void {
  const m = ctx.lexicon.metonyms;
  for (let i = sentenceStart; i < sentenceEnd; i++) {
    const w = ctx.words[i] as Word;
    if (w.lower !== 'the' || ctx.taken[i]) continue;
    let j = i + 1;
    const tags: string[] = [];
    let ok = true;
    while (j < sentenceEnd && j <= i + 4) {
      const x = ctx.words[j] as Word;
      if (m.stateHeads.includes(x.lower) || PLACE_DESCRIPTION_HEADS.has(x.lower)) break;
      const two = `${x.text} ${ctx.words[j + 1]?.text ?? ''}`;
      if (
        /^[A-Z]/.test(x.text) &&
        /^(North|South|East|West|Central|Middle)/.test(x.text) &&
        /^[A-Z]/.test(ctx.words[j + 1]?.text ?? '')
      ) {
        tags.push(two);
        j += 2;
        continue;
      }
      if (
        m.ignoredModifiers.includes(x.lower) ||
        PLACE_DESCRIPTION_MODIFIERS.has(x.lower) ||
        (x.capitalized && !ctx.taken[j])
      ) {
        if (x.capitalized) tags.push(x.text);
        else if (PLACE_DESCRIPTION_MODIFIERS.has(x.lower)) tags.push(x.lower);
        j++;
        continue;
      }
      ok = false;
      break;
    }
    const head = ctx.words[j];
    if (
      !ok ||
      !head ||
      j >= sentenceEnd ||
      isTaken(ctx, i, j + 1) ||
      (head.lower.endsWith('s') && head.lower !== 'ally')
    )
      continue;
    const nextWord = ctx.words[j + 1];
    // "its neighbor Algeria", "the Kingdom of Morocco": a name follows, the name is the mention.
    if (
      nextWord &&
      j + 1 < sentenceEnd &&
      (nextWord.capitalized || nextWord.lower === 'of') &&
      /^\s+$/.test(head.after)
    )
      continue;
    const isPlace = PLACE_DESCRIPTION_HEADS.has(head.lower);
    // "the kingdom", "the emirate" name a kind of state; "the country" alone names nothing in particular.
    if (
      isPlace
        ? !tags.some((t) => PLACE_DESCRIPTION_MODIFIERS.has(t))
        : tags.length === 0 && !head.capitalized && !m.headTags[head.lower]
    )
      continue;
    const headTag = m.headTags[head.lower];
    addCandidate(ctx, {
      start: i,
      end: j + 1,
      kind: isPlace ? 'Place' : 'Country',
      name: phraseText(ctx, i, j + 1),
      source: 'state-description',
      parties: headTag
        ? [...tags.filter((t) => !PLACE_DESCRIPTION_MODIFIERS.has(t)), headTag]
        : tags.filter((t) => !PLACE_DESCRIPTION_MODIFIERS.has(t)),
    });
    i = j;
  }
}

/** "the Israeli defense minister", "his Moroccan counterpart" when no name follows. */
function detectRoleDescriptions(ctx: DetectionContext, sentenceStart: number, sentenceEnd: number): void {
  const r = ctx.lexicon.roles;
  for (let i = sentenceStart; i < sentenceEnd; i++) {
    const w = ctx.words[i] as Word;
    if (!['the', 'his', 'her', 'their'].includes(w.lower) || ctx.taken[i]) continue;
    let j = i + 1;
    let country: string | null = null;
    let countryEnd = j;
    const roleWords: Word[] = [];
    while (j < sentenceEnd && j <= i + 5) {
      // "the Chilean defence minister"; "the US Secretary of State": a country's name as a modifier, too.
      const named = ctx.lexiconByStart.get(j);
      const attributive = named?.entry.kind === 'Country' && !ctx.words[named.end - 1]?.possessive ? named : undefined;
      const demonym = ctx.demonyms.get(j) ?? attributive;
      if (demonym && roleWords.length === 0 && country === null) {
        country = demonym.entry.name;
        countryEnd = demonym.end;
        j = demonym.end;
        continue;
      }
      const x = ctx.words[j] as Word;
      if (r.modifiers.has(x.lower) && !r.heads.has(x.lower)) {
        roleWords.push(x);
        j++;
        continue;
      }
      break;
    }
    // "the US Secretary of State": a head of several words is read whole.
    const headWords = ctx.words.slice(j, j + Math.max(1, headStartingAt(ctx, j)));
    const head = headWords.map((x) => x.lower).join(' ');
    const last = j + headWords.length - 1;
    if (
      headWords.length === 0 ||
      last >= sentenceEnd ||
      !(headWords.length > 1 || r.heads.has(head)) ||
      !(r.leadership.has(head) || head === 'counterpart')
    )
      continue;
    const next = ctx.words[last + 1];
    const after = (ctx.words[last] as Word).after;
    if (next && last + 1 < sentenceEnd && /^\s+$/.test(after) && (next.capitalized || next.lower === 'of')) continue;
    // The country named in it is a mention of its own.
    if (isTaken(ctx, i, i + 1) || isTaken(ctx, countryEnd, last + 1)) continue;
    const counterpart = head === 'counterpart';
    if (!counterpart && country === null && roleWords.length === 0) continue;
    const role = titleCaseRole([...roleWords, ...headWords]);
    addCandidate(ctx, {
      start: i,
      end: last + 1,
      kind: 'Person',
      name: phraseText(ctx, i, last + 1),
      source: 'role-description',
      describes: { head, role, country, counterpart },
    });
    i = last;
  }
}

/** The singular of a role head ("ministers" → "minister"), or null when the word heads no role. */
function roleHead(ctx: DetectionContext, w: Word): { head: string; plural: boolean } | null {
  const r = ctx.lexicon.roles;
  if (r.heads.has(w.lower) && !w.tags.has('Plural')) return { head: w.lower, plural: false };
  const singular = w.lower.endsWith('s') ? w.lower.slice(0, -1) : null;
  if (singular && r.heads.has(singular)) return { head: singular, plural: true };
  return null;
}

/**
 * "Finland's president and prime minister said ...", "French ministers warned
 * ...", "Iran's foreign minister": offices introduced by their country with no
 * name after them. Each coordinated head is one description; a plural one
 * ("ministers") describes every holder of such an office.
 */
function detectOfficeDescriptions(ctx: DetectionContext, sentenceStart: number, sentenceEnd: number): void {
  const r = ctx.lexicon.roles;
  for (let i = sentenceStart; i < sentenceEnd; i++) {
    const before = ctx.words[i - 1];
    if (i > sentenceStart && before && ['the', 'his', 'her', 'their', 'a', 'an', 'its'].includes(before.lower))
      continue;
    const named = ctx.lexiconByStart.get(i);
    const possessed = named?.entry.kind === 'Country' && ctx.words[named.end - 1]?.possessive ? named : undefined;
    const demonym = ctx.demonyms.get(i);
    const owner = possessed ?? (demonym?.entry.kind === 'Country' ? demonym : undefined);
    if (!owner) continue;
    let j = owner.end;
    const chain: Candidate[] = [];
    for (;;) {
      const start = j;
      while (
        j < sentenceEnd &&
        r.modifiers.has((ctx.words[j] as Word).lower) &&
        !r.heads.has((ctx.words[j] as Word).lower)
      )
        j++;
      const w = ctx.words[j];
      const found = w && j < sentenceEnd ? roleHead(ctx, w) : null;
      if (!w || !found || !r.leadership.has(found.head) || isTaken(ctx, start, j + 1)) break;
      // The office is the subject of a verb ("French ministers warned") or coordinated with another
      // ("president and prime minister said"); not a title before a name ("Finland's President X")
      // nor a phrase going on ("Chile's minister in charge of ..., X").
      const next = ctx.words[j + 1];
      const verbal = (x: Word): boolean =>
        ['Verb', 'Auxiliary', 'Modal', 'Adverb'].some((t) => x.tags.has(t)) && !x.tags.has('Noun');
      const closes =
        next !== undefined && j + 1 < sentenceEnd && /^\s+$/.test(w.after) && (verbal(next) || next.lower === 'and');
      if (!closes) break;
      const roleWords = ctx.words.slice(start, j + 1);
      const candidate: Candidate = {
        start,
        end: j + 1,
        kind: 'Person',
        name: phraseText(ctx, start, j + 1),
        source: 'role-description',
        describes: {
          head: found.head,
          role: roleWords
            .map((x) => x.text.charAt(0).toUpperCase() + x.text.slice(1))
            .join(' ')
            .replace(/s$/, ''),
          country: owner.entry.name,
          counterpart: false,
          ...(found.plural ? { plural: true } : {}),
        },
      };
      chain.push(candidate);
      // "president and prime minister": the next head shares the owner.
      if (ctx.words[j + 1]?.lower !== 'and' || !/^\s+$/.test(w.after)) break;
      j += 2;
    }
    const together = chain.length > 1 ? chain.map((c) => c.describes?.role.toLowerCase() ?? '') : undefined;
    for (const c of chain)
      addCandidate(ctx, together && c.describes ? { ...c, describes: { ...c.describes, together } } : c);
    i = Math.max(i, j);
  }
}

/** A capitalised word before a surname that is no title or article ("Joe" in "Joe Biden's"). */
function isGivenName(ctx: DetectionContext, w: Word): boolean {
  return w.capitalized && !w.tags.has('Determiner') && !ctx.lexicon.roles.heads.has(w.lower) && !/[,;:]/.test(w.after);
}

/** "the Trump administration", "Joe Biden's administration" for the leader's country. */
export function detectAdministrations(ctx: DetectionContext, sentenceStart: number, sentenceEnd: number): void {
  for (let i = sentenceStart + 1; i < sentenceEnd; i++) {
    const w = ctx.words[i] as Word;
    const leader = ctx.words[i - 1] as Word;
    if (w.lower !== 'administration') continue;
    const country = ctx.lexicon.metonyms.administrations[leader.text];
    // "Joe Biden's administration", "Recep Tayyip Erdogan's administration": the leader's whole name is in it.
    let start = i - 1;
    while (leader.possessive && start - 1 >= sentenceStart && isGivenName(ctx, ctx.words[start - 1] as Word)) start--;
    if (!country || isTaken(ctx, start, i + 1)) continue;
    const entry = ctx.lexicon.countries.get(country);
    addCandidate(ctx, {
      start,
      end: i + 1,
      kind: 'Country',
      name: country,
      source: 'metonym',
      refersTo: country,
      ...(entry ? { lexicon: entry } : {}),
    });
  }
}

/**
 * Generic phrasings of named conflicts ("a Palestinian uprising ... in 2000"):
 * they stand for the conflict only when the sentence gives a year inside its span.
 */
function detectDatedConflicts(ctx: DetectionContext, sentenceStart: number, sentenceEnd: number): void {
  const years = ctx.words
    .slice(sentenceStart, sentenceEnd)
    .map((w) => Number(w.text))
    .filter((y) => Number.isInteger(y) && y >= 1900 && y <= 2100);
  if (years.length === 0) return;
  for (const entry of ctx.lexicon.entries.values()) {
    const span = entry.years;
    if (entry.kind !== 'Conflict' || !span || !entry.descriptions?.length) continue;
    if (!years.some((y) => y >= span[0] && y <= span[1])) continue;
    for (const description of entry.descriptions) {
      const keys = description.toLowerCase().split(/\s+/);
      for (let i = sentenceStart; i + keys.length <= sentenceEnd; i++) {
        if (!keys.every((k, n) => ctx.words[i + n]?.key === k) || isTaken(ctx, i, i + keys.length)) continue;
        addCandidate(ctx, {
          start: i,
          end: i + keys.length,
          kind: 'Conflict',
          name: entry.name,
          source: 'lexicon',
          lexicon: entry,
        });
      }
    }
  }
}

/**
 * "travelled to the Paraguayan capital", "was welcomed in Mongolia's capital": the capital of a state named by its
 * nationality or possessive is the city the gazetteer knows as that state's capital ("capital" before a noun is
 * money: "Chinese capital flows").
 */
function detectCapitalDescriptions(ctx: DetectionContext, sentenceStart: number, sentenceEnd: number): void {
  for (let i = sentenceStart + 1; i < sentenceEnd; i++) {
    const w = ctx.words[i] as Word;
    const next = ctx.words[i + 1];
    if (
      w.lower !== 'capital' ||
      ctx.taken[i] ||
      (next && i + 1 < sentenceEnd && next.tags.has('Noun') && !/[,;:]/.test(w.after))
    )
      continue;
    const demonym = ctx.demonymsByEnd.get(i);
    const owner = ctx.lexiconByEnd.get(i);
    const state =
      demonym && ctx.words[demonym.start - 1]?.lower === 'the'
        ? demonym.entry.name
        : owner?.entry.kind === 'Country' && ctx.words[i - 1]?.possessive
          ? owner.entry.name
          : null;
    if (!state) continue;
    const capital = ctx.lexicon.capitals.get(state);
    if (capital) addLexiconCandidate(ctx, { start: i, end: i + 1, entry: capital });
  }
}

/** Runs every description detector over one sentence. */
export function detectDescriptions(
  ctx: DetectionContext,
  sentenceStart: number,
  sentenceEnd: number,
  titleCase: boolean,
): void {
  detectDatedConflicts(ctx, sentenceStart, sentenceEnd);
  detectNameless(ctx, sentenceStart, sentenceEnd, titleCase);
  detectStateDescriptions(ctx, sentenceStart, sentenceEnd);
  detectRoleDescriptions(ctx, sentenceStart, sentenceEnd);
  detectOfficeDescriptions(ctx, sentenceStart, sentenceEnd);
  detectCapitalDescriptions(ctx, sentenceStart, sentenceEnd);
}
