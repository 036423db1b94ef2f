/**
 * Relations read from the shape of noun phrases rather than from a verb:
 * titles and appositions (HOLDS_ROLE, MEMBER_OF), national affiliation and
 * "X-based" (LOCATED_IN), possessives and demonyms on systems ("Israel's Iron
 * Dome", "the Israeli Skylock Dome System" → DEVELOPED_BY), and compound
 * modifiers ("U.S.-brokered", "Iran-backed").
 */
import { REMIT_LINKS } from '../../entities/name-particles.js';
import { MADE_COMPOUNDS } from '../../entities/products.js';
import type { RoleInfo } from '../../entities/types.js';
import { officeHolders } from '../../lexicon/leaders.js';
import { relationCues } from '../../lexicon/relation-cues.js';
import type { Word } from '../../parse/parse.js';
import type { EntityDraft, ResolvedMention } from '../../resolve/registry.js';
import type { Endpoint, RelationCollector } from '../collector.js';
import { coordinatedBefore } from '../engine/endpoints.js';
import type { RuleContext } from '../engine/engine.js';
import { isOtherMaker } from '../engine/makers.js';
import type { SentenceReader, SentenceView } from '../sentence-view.js';
import { isCompassAdjective, isSiteNoun } from './places.js';
import { namesTopic } from './roles.js';

const PRODUCT_NOUNS = new Set([
  'product',
  'products',
  'technology',
  'technologies',
  'weapon',
  'weapons',
  'system',
  'systems',
  'spyware',
  'software',
  'drone',
  'drones',
  'made',
  'built',
  'developed',
  'firm',
  'company',
  'export',
  'exports',
]);

function endpointOf(m: ResolvedMention): Endpoint {
  return { entity: m.entity, start: m.start, end: m.end, mention: m };
}

/** Word range of the country named inside a title (the demonym or possessive name). */
function countryWords(reader: SentenceReader, role: RoleInfo): { start: number; end: number } | null {
  for (let i = role.start; i < role.end; i++) {
    const d = reader.ctx.demonyms.get(i) ?? reader.ctx.lexiconByStart.get(i);
    if (d && d.entry.kind === 'Country') return { start: d.start, end: d.end };
  }
  return null;
}

function isLeadership(reader: SentenceReader, head: string): boolean {
  return reader.ctx.lexicon.roles.leadership.has(head) || head === 'counterpart';
}

function roleRelations(reader: SentenceReader, view: SentenceView, out: RelationCollector): void {
  const s = view.sentence;
  for (const m of [...view.mentions, ...view.titleCountries]) {
    if (m.entity.kind !== 'Person') continue;
    for (const role of m.roles) {
      const country = reader.existingCountry(role.country);
      const span = countryWords(reader, role);
      if (country && isLeadership(reader, role.head)) {
        out.add(
          'HOLDS_ROLE',
          endpointOf(m),
          { entity: country, start: span?.start ?? role.start, end: span?.end ?? role.end },
          s,
          { role: role.role },
        );
      }
      if (!country && isLeadership(reader, role.head)) {
        servedByPossessor(reader, view, m, role, out);
        respectiveStates(reader, view, m, role, out);
        knownHolder(reader, view, m, role, out);
      }
      if (role.complement !== undefined) complementRelations(reader, view, m, role, out);
      // "IAI chief executive Boaz Levy", "NSO's chief": the organisation written right before the title,
      // not a dateline's agency ("BRASILIA (Reuters) - Brazilian President ...").
      // "VPM leader X": an acronym the article defined, read into the title as its first word, names it too.
      // "Russian Foreign Ministry spokeswoman X", "Brazilian Navy commander Admiral X": a body the title spells
      // before its head, past the state's demonym, is whose office it is too.
      const org = view.mentions.find(
        (x) =>
          x.entity.kind === 'Organization' &&
          (x.end === role.start ||
            (x.start === role.start && x.end < role.end && x.candidate.source === 'acronym') ||
            (role.country !== null && x.start >= role.start && x.end < role.end)) &&
          rightBefore(reader, x),
      );
      if (org && isLeadership(reader, role.head))
        out.add('HOLDS_ROLE', endpointOf(m), endpointOf(org), s, { role: role.role });
      else if (org) out.add('MEMBER_OF', endpointOf(m), endpointOf(org), s);
      if (!country && !org && isLeadership(reader, role.head)) ownerPastTopic(reader, view, m, role, out);
    }
    termAs(reader, view, m, out);
  }
}

/** Whether a name is written right before the next word, past its possessive ("NSO's chief", "EU foreign"). */
function rightBefore(reader: SentenceReader, m: ResolvedMention): boolean {
  return /^\s*$/.test((reader.word(m.end - 1) as Word).after.replace(/^['’]s?/, ''));
}

/**
 * "EU foreign policy chief Kaja Kallas", "U.S. climate envoy John Kerry", "the African Union's peace and security
 * commissioner X": the words between an owner and a title's head say what the office covers; the owner, a state
 * or a body, is whose office it is.
 */
function ownerPastTopic(
  reader: SentenceReader,
  view: SentenceView,
  person: ResolvedMention,
  role: RoleInfo,
  out: RelationCollector,
): void {
  let k = role.start;
  const topical = (w: Word | undefined) =>
    w !== undefined &&
    /^\s+$/.test(w.after) &&
    !w.capitalized &&
    (w.lower === 'and' || w.tags.has('Noun') || w.tags.has('Adjective')) &&
    !w.tags.has('Determiner') &&
    !w.tags.has('Pronoun');
  while (k > view.sentence.firstWord && role.start - k < 4 && topical(reader.word(k - 1))) k--;
  if (k === role.start) return;
  const owner = view.mentions.find(
    (x) => x.end === k && (x.entity.kind === 'Organization' || x.entity.kind === 'Country') && rightBefore(reader, x),
  );
  if (!owner) return;
  const words = reader.ctx.words.slice(k, role.start).map((w) => w.lower);
  out.add('HOLDS_ROLE', endpointOf(person), endpointOf(owner), view.sentence, {
    role: [...words, role.role.toLowerCase()].join(' '),
  });
}

/**
 * "President Tayyip Erdogan said", "Foreign Minister Sergei Lavrov": a title written without its country, held
 * by someone the lexicon knows to hold that office, is the office of their state (one the article names).
 */
function knownHolder(
  reader: SentenceReader,
  view: SentenceView,
  person: ResolvedMention,
  role: RoleInfo,
  out: RelationCollector,
): void {
  const holders = officeHolders();
  const names = [person.entity.name, ...person.entity.aliases];
  const state = reader.existingCountry(
    names.map((n) => holders.countryOf(n, role.role)).find((c) => c !== null) ?? null,
  );
  if (state)
    out.add('HOLDS_ROLE', endpointOf(person), { entity: state, start: role.start, end: role.end }, view.sentence, {
      role: role.role,
    });
}

/**
 * "Trump's Middle East envoy Steve Witkoff", "Modi's special envoy Ajit Doval": a title owned by an office
 * holder (past a region that only says what the office covers) serves that holder's state.
 */
function servedByPossessor(
  reader: SentenceReader,
  view: SentenceView,
  person: ResolvedMention,
  role: RoleInfo,
  out: RelationCollector,
): void {
  const region = view.mentions.find((x) => x.end === role.start && x.entity.kind === 'Place');
  const before = region ? region.start : role.start;
  const holder = view.mentions.find(
    (x) => x.end === before && x.entity.kind === 'Person' && x.entity !== person.entity,
  );
  if (!holder || !(reader.word(holder.end - 1) as Word).possessive) return;
  const state = reader.existingCountry(stateServed(reader, holder));
  if (state)
    out.add('HOLDS_ROLE', endpointOf(person), { entity: state, start: holder.start, end: holder.end }, view.sentence, {
      role: role.role,
    });
}

/**
 * "Germany and Poland sent their defence ministers, Boris Pistorius and Wladyslaw Kosiniak-Kamysz": names
 * listed under a title that "their" owns serve, in order, as many states coordinated right before it.
 */
function respectiveStates(
  reader: SentenceReader,
  view: SentenceView,
  person: ResolvedMention,
  role: RoleInfo,
  out: RelationCollector,
): void {
  if (reader.word(role.start - 1)?.lower !== 'their') return;
  const holders = view.mentions.filter(
    (x) => x.entity.kind === 'Person' && x.roles.some((r) => r.start === role.start),
  );
  const at = holders.findIndex((x) => x.entity === person.entity);
  if (holders.length < 2 || at < 0) return;
  // The states coordinated right before "their", nearest first: as many as the names, no more.
  const states = view.mentions.filter((x) => x.entity.kind === 'Country' && x.end < role.start).reverse();
  const state = states[holders.length - 1 - at];
  if (state && coordinatedBefore(reader, states, 0) === holders.length)
    out.add('HOLDS_ROLE', endpointOf(person), endpointOf(state), view.sentence, { role: role.role });
}

/** "head of the Defense Ministry's Political-Security Bureau", "an expert ... at Tel Aviv University". */
function complementRelations(
  reader: SentenceReader,
  view: SentenceView,
  person: ResolvedMention,
  role: RoleInfo,
  out: RelationCollector,
): void {
  const s = view.sentence;
  const from = role.complement ?? role.end;
  // "X, the group's chief spokesman, said Afghan forces ...": an apposition closed by punctuation has no complement.
  if (/[,;:.)–—]/.test(reader.word(from - 1)?.after ?? '')) return;
  let end = from;
  while (
    end < s.endWord &&
    !/[,;:()]/.test(reader.word(end)?.after ?? '') &&
    !reader.isFiniteVerb(reader.word(end + 1))
  )
    end++;
  const inside = view.mentions.filter(
    (x) => x.start >= from && x.end <= end + 1 && (x.entity.kind === 'Organization' || x.entity.kind === 'Country'),
  );
  const leader = isLeadership(reader, role.head);
  // "X, a military adviser to Ana Ruiz": an adviser or envoy to a state's office holder serves that state.
  const served = view.mentions.find(
    (x) => x.start >= from && x.end <= end + 1 && x.entity.kind === 'Person' && reader.prepBefore(x) === 'to',
  );
  const state = served && inside.length === 0 && leader ? reader.existingCountry(stateServed(reader, served)) : null;
  if (served && state)
    out.add('HOLDS_ROLE', endpointOf(person), { entity: state, start: served.start, end: served.end }, s, {
      role: role.role,
    });
  let headDone = false;
  const seen = new Set<EntityDraft>();
  for (const x of inside) {
    if (seen.has(x.entity)) continue;
    seen.add(x.entity);
    const prep = reader.prepBefore(x);
    const possessive = (reader.word(x.end - 1) as Word).possessive;
    if (x.entity.kind === 'Country') {
      if (leader && prep === 'of' && !possessive && !namesTopic(reader, x.end))
        out.add('HOLDS_ROLE', endpointOf(person), endpointOf(x), s, { role: role.role });
      continue;
    }
    if (possessive || prep === 'in' || headDone || !leader) {
      out.add('MEMBER_OF', endpointOf(person), endpointOf(x), s);
      continue;
    }
    if (prep === 'of' || prep === 'for' || prep === 'at' || prep === null) {
      out.add('HOLDS_ROLE', endpointOf(person), endpointOf(x), s, { role: role.role });
      headDone = true;
    }
  }
}

/** The one country an office holder's roles name anywhere in the article, or null. */
function stateServed(reader: SentenceReader, holder: ResolvedMention): string | null {
  const countries = new Set(
    reader.reg.mentions.filter((m) => m.entity === holder.entity).flatMap((m) => m.roles.map((r) => r.country)),
  );
  countries.delete(null);
  return countries.size === 1 ? ([...countries][0] as string) : null;
}

/** "Donald Trump's term as U.S. president". */
function termAs(reader: SentenceReader, view: SentenceView, person: ResolvedMention, out: RelationCollector): void {
  for (let k = person.end; k < person.end + 4; k++) {
    if (reader.word(k)?.lower !== 'as') continue;
    const country = view.mentions.find((x) => x.start === k + 1 && x.entity.kind === 'Country');
    const head = country ? reader.word(country.end) : undefined;
    if (country && head && reader.ctx.lexicon.roles.leadership.has(head.lower)) {
      const former = reader.word(k - 1)?.lower === 'former' ? 'former ' : '';
      out.add('HOLDS_ROLE', endpointOf(person), endpointOf(country), view.sentence, {
        role: former + head.text.charAt(0).toUpperCase() + head.text.slice(1),
      });
    }
    return;
  }
}

function locatedIn(reader: SentenceReader, view: SentenceView, out: RelationCollector): void {
  const s = view.sentence;
  const all = [...view.mentions];
  // "Ukraine's eastern Donetsk region", "in Syria's Idlib": a place a country owns is in it.
  for (const m of all) {
    const owner = m.entity.kind === 'Place' ? owningCountry(reader, all, m) : undefined;
    if (owner && owner.entity !== m.entity) out.add('LOCATED_IN', endpointOf(m), endpointOf(owner), s);
  }
  for (const m of all) {
    if (m.entity.kind !== 'Organization') continue;
    // National affiliation written in the name or its descriptor ("the Israeli Defense Ministry", "the Moroccan news site Le Desk").
    // "the Chilean Treasury's Office of Budgets": a body owned by a national body is in its country.
    const ownerBody = all.find(
      (x) => x.end === m.start && x.entity.kind === 'Organization' && (reader.word(x.end - 1) as Word).possessive,
    );
    const stated =
      statedCountry(reader, m) ??
      (ownerBody && ownerBody.entity !== m.entity ? statedCountry(reader, ownerBody) : null);
    const country = reader.existingCountry(stated ?? null);
    if (country) out.add('LOCATED_IN', endpointOf(m), { entity: country, start: m.start, end: m.end }, s);
    // "Israel's NSO Group", "Denmark's far-right Stram Kurs party": a state's possessive before an organisation's name.
    const owner = owningCountry(reader, all, m);
    // Not when the name only modifies a noun the possessive owns ("Sweden's NATO membership").
    const after = reader.word(m.end);
    const modifier =
      after !== undefined &&
      !after.capitalized &&
      after.tags.has('Noun') &&
      !reader.ctx.lexicon.kinds.Organization.kindNouns.has(after.lower);
    if (owner && !modifier) out.add('LOCATED_IN', endpointOf(m), endpointOf(owner), s);
    // "Lockheed Martin of the United States", "Saab of Sweden": a body's state after "of", the name closed.
    const of = reader.word(m.end)?.lower === 'of' && /^\s+$/.test((reader.word(m.end - 1) as Word).after);
    const state = of
      ? all.find((x) => x.entity.kind === 'Country' && x.start > m.end && x.start <= m.end + 2)
      : undefined;
    if (state && reader.prepBefore(state) === 'of') out.add('LOCATED_IN', endpointOf(m), endpointOf(state), s);
    // "Hezbollah in Lebanon", "the Moroccan Defense Ministry in Rabat", and past the body's own noun or a site of
    // it the name modifies: "the Polisario militia in Western Sahara", "NATO headquarters in Brussels".
    const at = pastBodyNouns(reader, m);
    const next = all.find((x) => x.start > at && x.start <= at + 2 && reader.prepBefore(x) === 'in');
    if (next && (next.entity.kind === 'Place' || next.entity.kind === 'Country') && reader.word(at)?.lower === 'in') {
      out.add('LOCATED_IN', endpointOf(m), endpointOf(next), s);
    }
  }
  // "the Gaza-based terrorist organization Hamas", "headquartered in Paris".
  for (const m of all) {
    if (m.entity.kind !== 'Place' && m.entity.kind !== 'Country') continue;
    const last = reader.word(m.end - 1) as Word;
    if (last.after !== '-' || reader.word(m.end)?.lower !== 'based') continue;
    const org = all.find((x) => x.start > m.end && x.start <= m.end + 5 && x.entity.kind === 'Organization');
    if (org) out.add('LOCATED_IN', endpointOf(org), endpointOf(m), s);
  }
}

/**
 * The first word after an organisation's name and the lower-case nouns after it that are the body itself, its
 * members, forces or sites ("the Polisario militia", "NATO troops", "NATO forces", "the group's headquarters"),
 * so that where they are is where the body is.
 */
function pastBodyNouns(reader: SentenceReader, m: ResolvedMention): number {
  const { kinds, metonyms } = reader.ctx.lexicon;
  const own = (w: Word | undefined) =>
    w !== undefined &&
    !w.capitalized &&
    (kinds.Organization.kindNouns.has(w.lower) ||
      kinds.Organization.descriptionHeads.has(w.lower) ||
      metonyms.forceMembers.includes(w.lower) ||
      metonyms.stateBodies.includes(w.lower) ||
      isSiteNoun(w.lower));
  let at = m.end;
  while (at < m.end + 2 && own(reader.word(at))) at++;
  return at;
}

/**
 * The country whose possessive owns a name, right before it or past lower-case adjectives ("Syria's
 * northwestern Idlib", "Denmark's far-right Stram Kurs"); not past a noun ("Iran's ally Hezbollah").
 */
function owningCountry(
  reader: SentenceReader,
  all: readonly ResolvedMention[],
  m: ResolvedMention,
): ResolvedMention | undefined {
  let k = m.start;
  // The tagger reads compass adjectives as region names ("eastern").
  const adjective = (w: Word | undefined) =>
    w !== undefined &&
    !w.capitalized &&
    !w.possessive &&
    ((w.tags.has('Adjective') && !w.tags.has('Noun')) || isCompassAdjective(w.lower));
  for (let steps = 0; steps < 3; steps++) {
    // "Yemen's Iran-backed Houthi movement": a hyphenated compound is one modifier.
    let j = k - 1;
    while (reader.word(j - 1)?.after === '-') j--;
    const compound = j < k - 1 && /^\s+$/.test(reader.word(k - 1)?.after ?? '');
    if (compound) k = j;
    else if (adjective(reader.word(k - 1)) && /^(\s+|-)$/.test(reader.word(k - 1)?.after ?? '')) k--;
    else break;
  }
  return all.find((x) => x.end === k && x.entity.kind === 'Country' && (reader.word(x.end - 1) as Word).possessive);
}

/** The country an organisation's mention names it with, if any. */
function statedCountry(reader: SentenceReader, m: ResolvedMention): string | null {
  // A demonym written in the name is its country before any the detector took from around it ("U.S. sanctions
  // Brazilian Supreme Court justice": the court is Brazil's).
  return demonymInside(reader, m) ?? m.candidate.country ?? countryClosingName(reader, m);
}

/**
 * "Grand National Assembly of Chile", "Central Bank of the Philippines": a name closed by "of" and a country. Not a
 * country closing the body's remit: "the Democratic Forces for the Liberation of Angola" say what the forces are
 * for, not where they are.
 */
function countryClosingName(reader: SentenceReader, m: ResolvedMention): string | null {
  for (let i = m.end - 1; i > m.start + 1; i--) {
    if (
      reader.word(i - 1)?.lower !== 'of' &&
      !(reader.word(i - 1)?.lower === 'the' && reader.word(i - 2)?.lower === 'of')
    )
      continue;
    if (reader.ctx.words.slice(m.start + 1, i).some((w) => REMIT_LINKS.has(w.text))) return null;
    const words = reader.ctx.words.slice(i, m.end).map((w) => w.text);
    return reader.ctx.lexicon.countries.get(words.join(' '))?.name ?? null;
  }
  return null;
}

/**
 * A demonym that qualifies the name itself ("the Brazilian Supreme Court"), not one in its complement that
 * says whom the body gathers ("Organization of American States", "Union of South American Nations") or one
 * bound to a prefix ("Inter-American Development Bank", "Pan-African Parliament").
 */
function demonymInside(reader: SentenceReader, m: ResolvedMention): string | null {
  for (let i = m.start; i < m.end; i++) {
    if (reader.word(i)?.lower === 'of') return null;
    const d = reader.ctx.demonyms.get(i);
    if (d && reader.word(i - 1)?.after !== '-') return d.entry.name;
  }
  return null;
}

function developedBy(reader: SentenceReader, view: SentenceView, out: RelationCollector): void {
  const s = view.sentence;
  for (const sys of view.mentions) {
    if (sys.entity.kind !== 'System') continue;
    // "Israel's Iron Dome", "the NSO's Pegasus spyware".
    const owner = view.mentions.find((x) => x.end === sys.start && (reader.word(x.end - 1) as Word).possessive);
    const ownerEnd = owner ? reader.endpoint(owner, ['Country', 'Organization']) : null;
    // "Turkey's S-400 systems" after the article says Turkey bought them: the possessive owns, it did not make.
    const bought = out
      .all()
      .some((r) => r.type === 'ACQUIRED' && r.subject === ownerEnd?.entity && r.object === sys.entity);
    if (ownerEnd && !bought) out.add('DEVELOPED_BY', endpointOf(sys), ownerEnd, s);
    // "the Israeli Skylock Dome System", "One Israeli product, the NSO's Pegasus".
    for (let k = sys.start - 1; k >= Math.max(s.firstWord, sys.start - 8); k--) {
      const d = reader.ctx.demonymsByEnd.get(k + 1);
      if (d) {
        const between = reader.ctx.words.slice(d.end, sys.start);
        const adjacent = between.every(
          (w) =>
            w.tags.has('Adjective') ||
            w.tags.has('Determiner') ||
            w.possessive ||
            view.mentions.some((x) => x.start <= w.index && w.index < x.end),
        );
        const product = between.length > 0 && PRODUCT_NOUNS.has(between[0]?.lower ?? '');
        // "the Chinese-Pakistani JF-17": demonyms joined by hyphens name makers together.
        const joint = [d];
        for (let j = d.start; reader.word(j - 1)?.after === '-';) {
          const before = reader.ctx.demonymsByEnd.get(j);
          if (!before) break;
          joint.push(before);
          j = before.start;
        }
        for (const maker of joint) {
          const country = reader.existingCountry(maker.entry.name);
          // "Danish F-16s": a demonym names the owner, not the maker, of a system the gazetteer knows another maker of.
          if (country && (adjacent || product) && !isOtherMaker(reader.ctx.lexicon, sys.entity, country))
            out.add('DEVELOPED_BY', endpointOf(sys), { entity: country, start: maker.start, end: maker.end }, s);
        }
        break;
      }
      if (/[;:]/.test(reader.word(k)?.after ?? '')) break;
      if (closesPhrase(reader.word(k - 1), reader.word(k))) break;
    }
  }
}

/**
 * A verb right after a noun, between a demonym and a system, is the verb of the clause that noun's phrase is the
 * subject of, and closes the demonym's phrase: "the Israeli system was meant to counter Turkey's own Tayfun missile"
 * says nothing of who makes the Tayfun. Not a verb saying how the system was made ("the French company Safran,
 * which makes the Rafale's engines"), nor a participle opening a list ("American weapons, including the THAAD").
 */
function closesPhrase(noun: Word | undefined, w: Word | undefined): boolean {
  if (!noun || !w || !noun.tags.has('Noun') || noun.possessive || !/^\s+$/.test(noun.after)) return false;
  if (!w.tags.has('Verb') || w.tags.has('Adjective') || w.tags.has('Gerund')) return false;
  return !relationCues().classesOf(w.lemma).has('develop');
}

/**
 * "Danish F-16s", "Thai F-16 jets": a demonym right before a system the gazetteer knows another
 * country's maker of names the state that has it (not a compound: "Russian-made", "Chinese-Pakistani").
 */
function ownedBy(reader: SentenceReader, view: SentenceView, out: RelationCollector): void {
  for (const sys of view.mentions) {
    const d = reader.ctx.demonymsByEnd.get(sys.start);
    if (sys.entity.kind !== 'System' || !d || reader.word(d.start - 1)?.after === '-') continue;
    if (!/^\s+$/.test(reader.word(d.end - 1)?.after ?? '')) continue;
    const country = reader.existingCountry(d.entry.name);
    if (country && isOtherMaker(reader.ctx.lexicon, sys.entity, country))
      out.add('ACQUIRED', { entity: country, start: d.start, end: d.end }, endpointOf(sys), view.sentence);
  }
}

/** "U.S.-brokered Abraham Accords", "Iran-backed Houthis", "Israeli-made drones". */
/**
 * Whether the words from `from` up to a mention are only modifiers of its phrase ("Iran-backed Houthi rebels",
 * "the Moscow-backed separatist leader X"); "US-backed talks in Jeddah" qualifies the talks, not the city.
 */
function modifiedBy(reader: SentenceReader, from: number, target: ResolvedMention): boolean {
  return reader.ctx.words
    .slice(from, target.start)
    .every((w) => !w.tags.has('Preposition') && !w.tags.has('Verb') && !/[,;:]/.test(w.after));
}

/** Whether the word after a compound is a common noun, so the compound is part of a description ("-backed leader"). */
function describes(reader: SentenceReader, at: number): boolean {
  return !(reader.word(at)?.capitalized ?? true);
}

/** The name an apposition opening at word `start` (past its article) is set beside: the one before its comma. */
function appositionHost(reader: SentenceReader, view: SentenceView, start: number): ResolvedMention | undefined {
  const article = (i: number) => /^(a|an|the)$/.test(reader.word(i)?.lower ?? '');
  // The article is the mention's own ("the Kremlin") or stands before it ("an Algerian-backed movement").
  const comma = article(start) ? start - 1 : article(start - 1) ? start - 2 : start - 1;
  if (!/,\s*$/.test(reader.word(comma)?.after ?? '')) return undefined;
  return view.mentions.find((x) => x.end === comma + 1);
}

function compounds(reader: SentenceReader, view: SentenceView, out: RelationCollector): void {
  const s = view.sentence;
  for (const m of view.mentions) {
    const last = reader.word(m.end - 1) as Word;
    const joined = reader.word(m.end);
    const backing = reader.ctx.lexicon.cues.backingCompounds;
    if (last.after !== '-' || !joined || !(backing.has(joined.lower) || MADE_COMPOUNDS.has(joined.lower))) continue;
    const next = view.mentions.find((x) => x.start > m.end && x.start <= m.end + 4);
    // "Kadyrov, the Kremlin-backed leader of Chechnya,": in an apposition, the name it describes; not when a name
    // follows ("the Arrow 3, the U.S.-made Patriot and ...": a system the text names but the gazetteer leaves open).
    const target =
      next && modifiedBy(reader, m.end + 1, next)
        ? next
        : describes(reader, m.end + 1)
          ? appositionHost(reader, view, m.start)
          : undefined;
    if (!target) continue;
    // "Moscow-backed": the capital stands for its government.
    const subject = m.seatOf
      ? { entity: reader.countryEntity(m.seatOf, m), start: m.start, end: m.end }
      : ['Country', 'Organization', 'Person'].includes(m.entity.kind)
        ? endpointOf(m)
        : null;
    if (!subject) continue;
    if (backing.has(joined.lower)) out.add('SUPPORTS', subject, endpointOf(target), s);
    if (MADE_COMPOUNDS.has(joined.lower) && target.entity.kind === 'System')
      out.add('DEVELOPED_BY', endpointOf(target), subject, s);
  }
}

/**
 * "Iranian-backed Houthis", "the Polisario Front, an Algerian-backed
 * movement": a demonym compound speaks for its state, about the name it
 * qualifies or, in an apposition, the name the apposition describes.
 */
function demonymCompounds(reader: SentenceReader, view: SentenceView, out: RelationCollector): void {
  const s = view.sentence;
  for (let k = s.firstWord; k < s.endWord - 1; k++) {
    const d = reader.ctx.demonymsByEnd.get(k + 1);
    const joined = reader.word(k + 1);
    if (!d || reader.word(k)?.after !== '-' || !joined || !reader.ctx.lexicon.cues.backingCompounds.has(joined.lower))
      continue;
    // "a Russian-brokered ceasefire": an unnamed agreement's phrase holds the compound of its broker.
    const around = view.mentions.find((m) => m.start <= d.start && d.end <= m.end);
    const brokered = around && around.end > k + 2 && ['Agreement', 'Conflict'].includes(around.entity.kind);
    if (around && !brokered) continue;
    // As with titles, a demonym speaks for a state only in an article that names that state.
    const country = reader.existingCountry(d.entry.name);
    if (!country) continue;
    const next = view.mentions.find((x) => x.start > k + 1 && x.start <= k + 4);
    let target = brokered ? around : next && modifiedBy(reader, k + 2, next) ? next : undefined;
    // ", an Algerian-backed movement": the apposition is about the name before its comma.
    if (!target && describes(reader, k + 2)) target = appositionHost(reader, view, d.start);
    if (target) out.add('SUPPORTS', { entity: country, start: d.start, end: d.end }, endpointOf(target), s);
  }
}

/** Titles, appositions and "term as" (HOLDS_ROLE, MEMBER_OF). */
export function titlesAndAppositions(ctx: RuleContext, view: SentenceView): void {
  roleRelations(ctx.reader, view, ctx.out);
}

/** National affiliation, "X-based", "X in Y" (LOCATED_IN). */
export function nationalAffiliation(ctx: RuleContext, view: SentenceView): void {
  locatedIn(ctx.reader, view, ctx.out);
}

/** Possessives and demonyms before a system (DEVELOPED_BY). */
export function makerModifiers(ctx: RuleContext, view: SentenceView): void {
  developedBy(ctx.reader, view, ctx.out);
}

/** Demonyms before a system another country makes (ACQUIRED). */
export function ownerModifiers(ctx: RuleContext, view: SentenceView): void {
  ownedBy(ctx.reader, view, ctx.out);
}

/** "U.S.-brokered", "Iran-backed", "Israeli-made", "an Algerian-backed movement" (SUPPORTS, DEVELOPED_BY). */
export function compoundModifiers(ctx: RuleContext, view: SentenceView): void {
  compounds(ctx.reader, view, ctx.out);
  demonymCompounds(ctx.reader, view, ctx.out);
}
