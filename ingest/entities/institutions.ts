/**
 * State institutions named by their country: "the Israeli Defense Ministry",
 * "Morocco's defense ministry", "Israeli Ministry of Defense", "the Moroccan
 * armed forces", "Morocco's military"; and governments standing for their
 * country ("Morocco's government"). Names are made canonical so every way of
 * writing one institution gives one entity.
 */
import type { LexiconEntry } from '../lexicon/index.js';
import { nameKey } from '../parse/normalize.js';
import type { Word } from '../parse/parse.js';
import { addCandidate, isTaken, textOf, type DetectionContext } from './context.js';

const DOMAINS: Record<string, string> = {
  defense: 'Defense',
  defence: 'Defense',
  'national defense': 'Defense',
  'national defence': 'Defense',
  foreign: 'Foreign Affairs',
  'foreign affairs': 'Foreign Affairs',
  interior: 'Interior',
  finance: 'Finance',
  economy: 'Economy',
  justice: 'Justice',
  health: 'Health',
  energy: 'Energy',
  intelligence: 'Intelligence',
  tourism: 'Tourism',
  trade: 'Trade',
  industry: 'Industry',
  transport: 'Transport',
  education: 'Education',
  culture: 'Culture',
  agriculture: 'Agriculture',
  environment: 'Environment',
  'strategic affairs': 'Strategic Affairs',
  security: 'Security',
  'public security': 'Public Security',
};

const FORCE_HEADS: Record<string, string> = {
  army: 'army',
  military: 'military',
  navy: 'navy',
  'armed forces': 'armed forces',
  'air force': 'air force',
  // "Azeri forces", "Malian troops": a country's forces in the field are its armed forces.
  forces: 'forces',
  troops: 'troops',
};

/** National services outside the armed forces, by their two words, with how their name spells them. */
const NATIONAL_SERVICES: Record<string, string> = {
  'coast guard': 'Coast Guard',
  'border guard': 'Border Guard',
};

interface CountryRef {
  start: number;
  entry: LexiconEntry;
}

/** A country reference ending right before word `end`: a demonym, or a possessive country name or description. */
function countryRefEndingAt(ctx: DetectionContext, end: number): CountryRef | null {
  const demonym = ctx.demonymsByEnd.get(end);
  if (demonym) return { start: demonym.start, entry: demonym.entry };
  const named = ctx.lexiconByEnd.get(end);
  const last = ctx.words[end - 1];
  if (named?.entry.kind === 'Country' && last?.possessive) return { start: named.start, entry: named.entry };
  return null;
}

/** The nationalities coordinated before one at word `start` ("Indian and" before "Pakistani troops"), nearest first. */
function coordinatedDemonymsBefore(ctx: DetectionContext, start: number): Array<CountryRef & { end: number }> {
  const found: Array<CountryRef & { end: number }> = [];
  let at = start;
  for (;;) {
    const joiner = ctx.words[at - 1];
    const byAnd = joiner?.lower === 'and' || joiner?.lower === 'or';
    const end = byAnd ? at - 1 : /^\s*,\s*$/.test(joiner?.after ?? '') ? at : -1;
    const demonym = end > 0 ? ctx.demonymsByEnd.get(end) : undefined;
    if (!demonym) return found;
    found.push({ start: demonym.start, end: demonym.end, entry: demonym.entry });
    at = demonym.start;
  }
}

/** The domain words ending right before `end` ("defense", "foreign affairs"), longest first. */
function domainEndingAt(ctx: DetectionContext, end: number): { start: number; domain: string } | null {
  for (const n of [2, 1]) {
    const words = ctx.words.slice(end - n, end);
    if (words.length !== n || words.some((w) => w.possessive && w !== words[words.length - 1])) continue;
    const key = words.map((w) => w.lower).join(' ');
    const domain = DOMAINS[key];
    if (domain) return { start: end - n, domain };
  }
  return null;
}

/** True when the phrase goes on after word `end - 1` (so the head is a modifier: "military delegation"). */
function continuesAsModifier(ctx: DetectionContext, end: number, sentenceEnd: number): boolean {
  const last = ctx.words[end - 1] as Word;
  const next = ctx.words[end];
  if (!next || end >= sentenceEnd || last.possessive || !/^\s+$/.test(last.after)) return false;
  return !next.capitalized && next.tags.has('Noun') && !next.tags.has('Pronoun') && !next.tags.has('Verb');
}

function lookupCanonical(ctx: DetectionContext, name: string): LexiconEntry | undefined {
  return ctx.lexicon.organizationsByName.get(nameKey(name));
}

function ministryName(country: LexiconEntry | null, domain: string): string {
  return country ? `${country.demonym ?? country.name} Ministry of ${domain}` : `Ministry of ${domain}`;
}

/** Finds institutions and government metonyms in one sentence. */
export function detectInstitutions(ctx: DetectionContext, sentenceStart: number, sentenceEnd: number): void {
  const insideLexicon = new Uint8Array(sentenceEnd - sentenceStart);
  for (let i = sentenceStart; i < sentenceEnd; i++) {
    const m = ctx.lexiconByStart.get(i);
    if (m) insideLexicon.fill(1, m.start - sentenceStart, m.end - sentenceStart);
  }
  for (let i = sentenceStart; i < sentenceEnd; i++) {
    const w = ctx.words[i] as Word;
    // "Royal Moroccan Armed Forces" is a name of the gazetteer, not a description.
    if (ctx.taken[i] || insideLexicon[i - sentenceStart]) continue;
    const two = `${w.lower} ${ctx.words[i + 1]?.lower ?? ''}`;
    if (w.lower === 'ministry' || w.lower === 'ministries') {
      if (w.lower === 'ministries') continue;
      // "Ministry of Defense" / "Defense Ministry", with an optional country in front.
      let domain: { start: number; domain: string } | null = null;
      let end = i + 1;
      if (ctx.words[i + 1]?.lower === 'of' && i + 2 < sentenceEnd) {
        const after = domainEndingAt(ctx, i + 4) ?? domainEndingAt(ctx, i + 3);
        if (after && after.start === i + 2) {
          domain = after;
          end =
            after.domain.split(' ').length > 1 && DOMAINS[`${ctx.words[i + 2]?.lower} ${ctx.words[i + 3]?.lower}`]
              ? i + 4
              : i + 3;
        }
      }
      const before = domain ? null : domainEndingAt(ctx, i);
      const domainName = domain?.domain ?? before?.domain;
      if (!domainName) continue;
      const phraseStart = before ? before.start : i;
      const ref = countryRefEndingAt(ctx, phraseStart);
      // Without a country the name must be written as a proper name ("the Defense Ministry").
      if (!ref && !(ctx.words[phraseStart] as Word).capitalized) continue;
      // The country named in front may already be a name of its own ("the Jewish state's").
      if (isTaken(ctx, phraseStart, end)) continue;
      const name = ministryName(ref?.entry ?? null, domainName);
      const entry = lookupCanonical(ctx, name);
      addCandidate(ctx, {
        start: ref ? ref.start : phraseStart,
        end,
        kind: 'Organization',
        name: entry?.name ?? name,
        source: 'institution',
        ...(entry ? { lexicon: entry } : {}),
        country: ref?.entry.name ?? null,
        ...(ref ? { owner: { start: ref.start, end: phraseStart } } : {}),
      });
      i = end - 1;
      continue;
    }
    // "the Philippine coast guard": a national service that is no part of the armed forces, named by its country.
    const service = NATIONAL_SERVICES[two];
    const serviceRef = service ? countryRefEndingAt(ctx, i) : null;
    if (service && serviceRef && !isTaken(ctx, serviceRef.start, i + 2)) {
      // Named by the nationality as written ("Philippine", not the gazetteer's "Filipino"); a possessive by the demonym.
      const written = ctx.demonymsByEnd.has(i) ? textOf(ctx, serviceRef.start, i) : null;
      const name = `${written ?? serviceRef.entry.demonym ?? serviceRef.entry.name} ${service}`;
      const entry = lookupCanonical(ctx, name);
      addCandidate(ctx, {
        start: serviceRef.start,
        end: i + 2,
        kind: 'Organization',
        name: entry?.name ?? name,
        source: 'institution',
        ...(entry ? { lexicon: entry } : {}),
        country: serviceRef.entry.name,
        owner: { start: serviceRef.start, end: i },
      });
      i += 1;
      continue;
    }
    const forceKey = FORCE_HEADS[two] ? two : FORCE_HEADS[w.lower] ? w.lower : null;
    const governmentHead = ctx.lexicon.metonyms.governmentHeads.includes(w.lower);
    if (!forceKey && !governmentHead) continue;
    const end = i + (forceKey?.includes(' ') ? 2 : 1);
    // "Royal Moroccan Armed Forces" style names are the gazetteer's; here only descriptive forms.
    const ref = countryRefEndingAt(ctx, i);
    // "Malian army soldiers": the force's members stand for it, other nouns make it a modifier ("military delegation").
    const members = forceKey !== null && ctx.lexicon.metonyms.forceMembers.includes(ctx.words[end]?.lower ?? '');
    if (!ref || isTaken(ctx, ref.start, end) || (continuesAsModifier(ctx, end, sentenceEnd) && !members)) continue;
    if (governmentHead) {
      addCandidate(ctx, {
        start: ref.start,
        end,
        kind: 'Country',
        name: ref.entry.name,
        source: 'metonym',
        refersTo: ref.entry.name,
        lexicon: ref.entry,
      });
    } else {
      const force = (r: CountryRef, forceEnd: number): void => {
        const known = ctx.lexicon.armedForces.get(r.entry.name);
        addCandidate(ctx, {
          start: r.start,
          end: forceEnd,
          kind: 'Organization',
          name: known?.name ?? `${r.entry.demonym ?? r.entry.name} Armed Forces`,
          source: 'institution',
          ...(known ? { lexicon: known } : {}),
          country: r.entry.name,
          owner: { start: r.start, end: forceEnd === end ? i : forceEnd },
        });
      };
      force(ref, end);
      // "Indian and Pakistani troops", "Thai, Cambodian and Lao forces": each nationality names a force of its own.
      for (const r of coordinatedDemonymsBefore(ctx, ref.start)) if (!isTaken(ctx, r.start, r.end)) force(r, r.end);
    }
    i = end - 1;
  }
}
