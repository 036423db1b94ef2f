/**
 * Unnamed but specific things: agreements ("a historic defense agreement",
 * "the MOU"), conflicts ("a diplomatic crisis with its neighbor Algeria",
 * "the Moroccan-Algerian conflict"), definite descriptions of states ("the
 * North African kingdom") and of office holders ("the Israeli defense
 * minister", "his Moroccan counterpart"), and "the X administration".
 * Only the phrases are found here; what they stand for is settled by resolution.
 */
import type { Word } from '../parse/parse.js';
import { addCandidate, isTaken, type DetectionContext } from './context.js';

const DETERMINERS = new Set([
  'a',
  'an',
  'the',
  'this',
  'that',
  'its',
  'their',
  'his',
  'her',
  'our',
  'another',
  'any',
  'such',
]);
const SIGN_WORDS = /^(sign|signs|signed|signing|ink|inks|inked|inking|seal|sealed|conclude|concluded|ratified)$/;
/** Verbs that speak of an existing agreement even with "a/an" ("renewing an international nuclear pact"). */
const EXISTING_AGREEMENT_VERBS =
  /^(renew|renews|renewing|renewed|revive|reviving|revived|restore|restoring|rejoin|rejoining|resume|resuming|extend|extending|abandon|abandoning|quit|quitting|violate|violating|violated)$/;
const CONFLICT_MODIFIERS = new Set([
  'diplomatic',
  'military',
  'border',
  'armed',
  'civil',
  'political',
  'economic',
  'territorial',
  'bilateral',
  'trade',
  'security',
  'nuclear',
  'sectarian',
  'maritime',
]);
const PLACE_DESCRIPTION_MODIFIERS = new Set(['disputed', 'occupied', 'annexed', 'contested', 'breakaway', 'restive']);
const PLACE_DESCRIPTION_HEADS = new Set(['territory', 'enclave', 'region']);

function phraseText(ctx: DetectionContext, start: number, end: number): string {
  return ctx.parsed.text.slice((ctx.words[start] as Word).start, (ctx.words[end - 1] as Word).end);
}

/** Countries named inside a phrase, by demonym ("Moroccan-Israeli") or name ("Morocco deal"). */
function partiesInside(ctx: DetectionContext, start: number, end: number): string[] {
  const parties: string[] = [];
  for (let i = start; i < end; i++) {
    const m = ctx.demonyms.get(i) ?? ctx.lexiconByStart.get(i);
    if (m && m.entry.kind === 'Country' && m.end <= end) {
      if (!parties.includes(m.entry.name)) parties.push(m.entry.name);
      i = m.end - 1;
    }
  }
  return parties;
}

/** Left edge of the modifiers of a noun at `head` (adjectives, topic nouns, demonyms, country names). */
function modifiersStart(ctx: DetectionContext, head: number, sentenceStart: number, titleCase: boolean): number {
  let j = head;
  while (j - 1 >= sentenceStart && head - (j - 1) <= 4) {
    const w = ctx.words[j - 1] as Word;
    if (DETERMINERS.has(w.lower) || w.possessive || /[,;:()"“”]/.test(w.after) || /[–—]/.test(w.after)) break;
    // The tail of a hyphenated phrase ("first-of-its-kind") is not a modifier on its own;
    // joined names ("Moroccan-Algerian") are.
    const joined = ctx.words[j - 2] as Word | undefined;
    if (joined?.after === '-' && !joined.capitalized) break;
    const p = ctx.lexicon.patterns;
    const country = ctx.demonymsByEnd.get(j) ?? ctx.lexiconByEnd.get(j);
    if (country && country.entry.kind === 'Country') {
      j = country.start;
      continue;
    }
    const modifierLike =
      p.topicByWord.has(w.lower) ||
      p.genericModifiers.has(w.lower) ||
      w.lower === 'cooperation' ||
      (w.tags.has('Adjective') && !w.capitalized) ||
      (titleCase && (p.topicByWord.has(w.lower) || p.genericModifiers.has(w.lower)));
    if (!modifierLike || w.tags.has('Preposition') || (w.tags.has('Verb') && !w.tags.has('Adjective'))) break;
    j--;
  }
  return j;
}

function topicOf(ctx: DetectionContext, start: number, end: number): string | null {
  for (let i = start; i < end; i++) {
    const w = ctx.words[i] as Word;
    const two = `${w.lower} ${ctx.words[i + 1]?.lower ?? ''}`;
    const topic = ctx.lexicon.patterns.topicByWord.get(two) ?? ctx.lexicon.patterns.topicByWord.get(w.lower);
    if (topic) return topic;
  }
  return null;
}

/** Agreements described rather than named. */
function detectAgreements(ctx: DetectionContext, sentenceStart: number, sentenceEnd: number, titleCase: boolean): void {
  const sentenceHasSigning = ctx.words.slice(sentenceStart, sentenceEnd).some((w) => SIGN_WORDS.test(w.lower));
  for (let i = sentenceStart; i < sentenceEnd; i++) {
    const w = ctx.words[i] as Word;
    if (ctx.taken[i]) continue;
    const isMou = w.key === 'mou' && (w.allCaps || w.text === 'MoU');
    const typeLabel = isMou ? 'MOU' : ctx.lexicon.patterns.agreementNouns.get(w.lower);
    if (!typeLabel) continue;
    let end = i + 1;
    if (w.lower === 'memorandum' && ctx.words[i + 1]?.lower === 'of' && ctx.words[i + 2]?.lower === 'understanding')
      end = i + 3;
    const start = modifiersStart(ctx, i, sentenceStart, titleCase);
    // The tagger may read "deal" as a verb; after a determiner or a modifier it is the noun.
    const prev = ctx.words[i - 1]?.lower ?? '';
    if (w.tags.has('Verb') && !w.tags.has('Noun') && start === i && !DETERMINERS.has(prev)) continue;
    let topic = topicOf(ctx, start, end);
    // "agreement to establish full diplomatic relations": the purpose names the topic.
    if (ctx.words[end]?.lower === 'to' && end + 1 < sentenceEnd) {
      for (const [t, verbs] of ctx.lexicon.patterns.topicComplements) {
        if (!verbs.has(ctx.words[end + 1]?.lower ?? '')) continue;
        let k = end + 2;
        while (k < sentenceEnd && k < end + 6 && !ctx.lexicon.cues.relationNouns.has((ctx.words[k] as Word).lower)) k++;
        if (k < sentenceEnd && ctx.lexicon.cues.relationNouns.has((ctx.words[k] as Word).lower)) {
          topic ??= t;
          end = k + 1;
        }
      }
    }
    if (isTaken(ctx, start, end)) continue;
    const parties = partiesInside(ctx, start, end);
    const determiner = ctx.words[start - 1]?.lower;
    const indefinite = determiner === 'a' || determiner === 'an';
    const generic = topic === null && parties.length === 0;
    // "a peace deal establishing ..." is hypothetical unless someone signs one in this sentence.
    const referential = ctx.words
      .slice(Math.max(sentenceStart, start - 4), start)
      .some((x) => EXISTING_AGREEMENT_VERBS.test(x.lower));
    if (indefinite && !generic && !sentenceHasSigning && !referential) continue;
    addCandidate(ctx, {
      start,
      end,
      kind: 'Agreement',
      name: phraseText(ctx, start, end),
      source: 'agreement',
      topic,
      typeLabel,
      parties,
      generic: generic || (indefinite && topic === null),
    });
    i = end - 1;
  }
}

/** Conflicts described rather than named. */
function detectConflicts(ctx: DetectionContext, sentenceStart: number, sentenceEnd: number): void {
  for (let i = sentenceStart; i < sentenceEnd; i++) {
    const w = ctx.words[i] as Word;
    if (ctx.taken[i] || !ctx.lexicon.patterns.conflictNouns.has(w.lower) || (w.tags.has('Verb') && !w.tags.has('Noun')))
      continue;
    let start = modifiersStart(ctx, i, sentenceStart, false);
    // "the widening Moroccan-Algerian conflict": passing adjectives are not part of the name.
    while (
      start < i &&
      !CONFLICT_MODIFIERS.has((ctx.words[start] as Word).lower) &&
      !ctx.demonyms.has(start) &&
      !ctx.lexiconByStart.has(start)
    )
      start++;
    if (isTaken(ctx, start, i + 1)) continue;
    const next = ctx.words[i + 1]?.lower;
    const complement =
      next === 'between' || next === 'with' ? { type: next as 'between' | 'with', start: i + 2 } : undefined;
    const parties = partiesInside(ctx, start, i + 1);
    if (parties.length < 2 && !complement) continue;
    addCandidate(ctx, {
      start,
      end: i + 1,
      kind: 'Conflict',
      name: phraseText(ctx, start, i + 1),
      source: 'conflict',
      parties,
      ...(complement ? { complement } : {}),
    });
  }
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
    const roleWords: Word[] = [];
    while (j < sentenceEnd && j <= i + 5) {
      const demonym = ctx.demonyms.get(j);
      if (demonym && roleWords.length === 0 && country === null) {
        country = demonym.entry.name;
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
    const head = ctx.words[j];
    if (
      !head ||
      j >= sentenceEnd ||
      !r.heads.has(head.lower) ||
      !(r.leadership.has(head.lower) || head.lower === 'counterpart')
    )
      continue;
    const next = ctx.words[j + 1];
    if (next && j + 1 < sentenceEnd && /^\s+$/.test(head.after) && (next.capitalized || next.lower === 'of')) continue;
    if (isTaken(ctx, i, j + 1)) continue;
    const counterpart = head.lower === 'counterpart';
    if (!counterpart && country === null && roleWords.length === 0) continue;
    const start = w.lower === 'the' ? i : i;
    const role = [...roleWords, head].map((x) => x.text.charAt(0).toUpperCase() + x.text.slice(1)).join(' ');
    addCandidate(ctx, {
      start,
      end: j + 1,
      kind: 'Person',
      name: phraseText(ctx, start, j + 1),
      source: 'role-description',
      describes: { head: head.lower, role, country, counterpart },
    });
    i = j;
  }
}

/** "the Trump administration" for the leader's country. */
export function detectAdministrations(ctx: DetectionContext, sentenceStart: number, sentenceEnd: number): void {
  for (let i = sentenceStart + 1; i < sentenceEnd; i++) {
    const w = ctx.words[i] as Word;
    const leader = ctx.words[i - 1] as Word;
    if (w.lower !== 'administration') continue;
    const country = ctx.lexicon.metonyms.administrations[leader.text];
    if (!country || isTaken(ctx, i - 1, i + 1)) continue;
    const entry = ctx.lexicon.countries.get(country);
    addCandidate(ctx, {
      start: i - 1,
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

/** Runs every description detector over one sentence. */
export function detectDescriptions(
  ctx: DetectionContext,
  sentenceStart: number,
  sentenceEnd: number,
  titleCase: boolean,
): void {
  detectAgreements(ctx, sentenceStart, sentenceEnd, titleCase);
  detectDatedConflicts(ctx, sentenceStart, sentenceEnd);
  detectConflicts(ctx, sentenceStart, sentenceEnd);
  detectStateDescriptions(ctx, sentenceStart, sentenceEnd);
  detectRoleDescriptions(ctx, sentenceStart, sentenceEnd);
}
