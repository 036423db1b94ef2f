/**
 * Roles read from the clause reader's phrases: a person and a description of
 * an office set beside each other ("X, the secretary of Iran's council",
 * "a senior Kenyan official, X", "X, leader of Mali's junta"), and a title
 * before a name completed by "of" after it ("President X of Chile"). The
 * office holder HOLDS_ROLE every state and organisation the description
 * names (a state's possessive or demonym counts: the office is that state's).
 */
import type { NounPhrase } from '../../clauses/index.js';
import { relationCues } from '../../lexicon/relation-cues.js';
import type { Word } from '../../parse/parse.js';
import type { ResolvedMention } from '../../resolve/registry.js';
import type { Endpoint } from '../collector.js';
import type { RuleContext } from '../engine/engine.js';
import { endpointsOf, mentionOf } from '../engine/endpoints.js';
import type { SentenceReader, SentenceView } from '../sentence-view.js';

const endpointOf = (m: ResolvedMention): Endpoint => ({ entity: m.entity, start: m.start, end: m.end, mention: m });

/** Whether a word heads a description of an office ("secretary", "official", "adviser"). */
function isOffice(ctx: RuleContext, w: Word | undefined): boolean {
  if (!w) return false;
  // Offices only: "an expert on Morocco at a university" is no office of Morocco's.
  const singular = w.lower.replace(/s$/, '');
  const { leadership } = ctx.reader.ctx.lexicon.roles;
  return leadership.has(w.lower) || leadership.has(singular) || relationCues().officeNouns.has(w.lower);
}

/** Whether a phrase's head is an office, alone or closing one of two words ("Its chief executive, X"). */
function headsOffice(ctx: RuleContext, p: NounPhrase): boolean {
  const words = ctx.reader.ctx.words;
  const two = p.head > p.bodyStart ? `${words[p.head - 1]?.lower} ${words[p.head]?.lower}` : '';
  return isOffice(ctx, words[p.head]) || ctx.reader.ctx.lexicon.roles.leadership.has(two);
}

/** The role as written: the description's words from its first content word to its head ("senior official"). */
function roleText(words: readonly Word[], p: NounPhrase): string {
  let from = p.bodyStart;
  while (from < p.head && (words[from] as Word).tags.has('Determiner')) from++;
  return words
    .slice(from, p.head + 1)
    .map((w) => w.text)
    .join(' ');
}

/** The states and organisations a description names: mentions inside it, demonyms of states the article names. */
/** Head words of bodies that belong to no state: political parties and movements. */
const NON_STATE_HEADS = new Set(['party', 'movement', 'front']);

/**
 * Whether a country named by the words before `end` only modifies the nouns after it, which are not who acts for it:
 * "director of the Iran project", "of the Turkish research programme" name a subject of study, where "of the Syrian
 * delegation", "of the Iraqi government", "of the Iranian state" are the state's own, and "the U.S. chairman of ...",
 * "a retired Egyptian air force general" name the office itself.
 */
export function namesTopic(reader: SentenceReader, end: number): boolean {
  const words = reader.ctx.words;
  const isNoun = (w: Word | undefined) =>
    w !== undefined && w.tags.has('Noun') && !w.tags.has('Verb') && !w.tags.has('Pronoun');
  if ((words[end - 1] as Word).possessive || !/^\s+$/.test(words[end - 1]?.after ?? '') || !isNoun(words[end]))
    return false;
  let k = end;
  while (isNoun(words[k + 1]) && /^\s+$/.test(words[k]?.after ?? '')) k++;
  const noun = words[k]?.lower ?? '';
  const { metonyms, roles } = reader.ctx.lexicon;
  return (
    !roles.heads.has(noun) &&
    !relationCues().representativeNouns.has(noun) &&
    !metonyms.governmentHeads.includes(noun) &&
    !metonyms.stateHeads.includes(noun)
  );
}

/** Heads of offices held towards someone else: a state or body after "to" or "for" is where they are sent. */
const SENT_TO = new Set([
  'envoy',
  'envoys',
  'ambassador',
  'ambassadors',
  'representative',
  'representatives',
  'emissary',
]);

function officesOf(ctx: RuleContext, view: SentenceView, start: number, end: number, head?: Word): Endpoint[] {
  const { reader } = ctx;
  const out: Endpoint[] = [];
  const push = (e: Endpoint | null) => {
    if (e && !out.some((x) => x.entity === e.entity)) out.push(e);
  };
  const inside = view.mentions.filter((m) => m.start >= start && m.end <= end);
  // A party or movement is no organ of the state its possessive names ("leader of Norway's Green
  // Party" leads the party, not Norway), unlike a council or a ministry of it.
  const inPartyOf = (m: (typeof inside)[number]) =>
    inside.some(
      (o) =>
        o.start >= m.end &&
        o.entity.kind === 'Organization' &&
        NON_STATE_HEADS.has(reader.ctx.words[o.end - 1]?.lower ?? ''),
    );
  for (const m of inside) {
    const possessive = (reader.ctx.words[m.end - 1] as Word).possessive;
    // A state's possessive names the office's state ("Egypt's council"); an organisation's names a
    // body the office is part of ("the ministry's bureau": a member, read by the title rule).
    // "head of the bureau in the ministry", "an expert at a university": a body the office sits in, not its own.
    const prep = reader.prepBefore(m) ?? '';
    const within = ['in', 'at', 'on', 'about'].includes(prep);
    // "the U.N. special envoy for Libya", "Kenya's ambassador to Somalia": the brief, not the office's state.
    const brief = (prep === 'for' || prep === 'to') && SENT_TO.has(head?.lower ?? '');
    if (within || brief) continue;
    if (m.entity.kind === 'Country' && ((possessive && inPartyOf(m)) || namesTopic(reader, m.end))) continue;
    // "SSB's president", "the agency's chief editor": a body's possessive right before the office (no
    // other body between) is the body the office heads.
    const owns =
      possessive &&
      !inside.some((o) => o.start >= m.end && o.entity.kind === 'Organization') &&
      officeAhead(ctx, m.end, end);
    if (m.entity.kind === 'Country' || (m.entity.kind === 'Organization' && (!possessive || owns))) push(endpointOf(m));
  }
  for (let k = start; k < end; k++) {
    const d = reader.ctx.demonyms.get(k);
    // A demonym in an organisation's name ("the Royal Moroccan Armed Forces") is the organisation's.
    if (!d || d.end > end || inside.some((m) => m.start <= d.start && d.end <= m.end)) continue;
    if (namesTopic(reader, d.end)) continue;
    const country = reader.existingCountry(d.entry.name);
    if (country) push({ entity: country, start: d.start, end: d.end });
  }
  return out;
}

/** Whether an office word heads what follows `from` up to `end` ("president", "Middle East editor"). */
function officeAhead(ctx: RuleContext, from: number, end: number): boolean {
  const words = ctx.reader.ctx.words;
  for (let k = from; k < end; k++) if (isOffice(ctx, words[k])) return true;
  return false;
}

/** HOLDS_ROLE from appositions of a person and an office, either way round. */
export function appositionRoles(ctx: RuleContext, view: SentenceView): void {
  const words = ctx.reader.ctx.words;
  const phrases = ctx.clauses.sentences[view.sentence.index]?.phrases ?? [];
  for (const p of phrases) {
    for (const a of p.appositions) {
      const named = mentionOf(view, p);
      const person = named?.entity.kind === 'Person' ? named : mentionOf(view, a.phrase);
      if (!person || person.entity.kind !== 'Person') continue;
      // "X, the secretary of ...": the description is the apposition; "a senior official, X": the phrase.
      const description = person === named ? a.phrase : p;
      if (!headsOffice(ctx, description)) continue;
      // "A spokesman for the Kenyan government, X": the phrase's complement runs up to the name.
      const end = description === a.phrase ? a.end : Math.max(p.end, a.phrase.start);
      const role = roleText(words, description);
      const offices = officesOf(ctx, view, description.start, end, words[description.head]);
      // "X, the country's prime minister", "the RSF and its commander, X": a possessor that names no one refers
      // back to a state or a body.
      if (offices.length === 0 && description.possessor)
        offices.push(
          ...endpointsOf(ctx.reader, view, { ...description.possessor, members: [description.possessor] }, [
            'Country',
            'Organization',
          ]),
        );
      for (const office of offices)
        ctx.emit('HOLDS_ROLE', endpointOf(person), office, view.sentence, { properties: { role } });
    }
  }
  // "President Gabriel Boric of Chile": a leader's title before the name, the state after "of".
  for (const m of view.mentions) {
    if (m.entity.kind !== 'Person' || words[m.end]?.lower !== 'of') continue;
    const role = m.roles.find((r) => r.country === null && ctx.reader.ctx.lexicon.roles.leadership.has(r.head));
    const state = view.mentions.find((x) => x.start === m.end + 1 && x.entity.kind === 'Country');
    if (role && state)
      ctx.emit('HOLDS_ROLE', endpointOf(m), endpointOf(state), view.sentence, { properties: { role: role.role } });
  }
}

/**
 * "Kamran Bokhari of the New Lines Institute", "Bruce Maddy-Weitzman of Tel Aviv University": a person with no
 * title, followed by "of" and a body, works there.
 */
export function bodiesOf(ctx: RuleContext, view: SentenceView): void {
  const words = ctx.reader.ctx.words;
  for (const m of view.mentions) {
    if (m.entity.kind !== 'Person' || m.roles.length > 0 || words[m.end]?.lower !== 'of') continue;
    if (!/^\s+$/.test((words[m.end - 1] as Word).after)) continue;
    const from = words[m.end + 1]?.lower === 'the' ? m.end + 2 : m.end + 1;
    const body = view.mentions.find((x) => x.start === from && x.entity.kind === 'Organization');
    if (body) ctx.emit('MEMBER_OF', endpointOf(m), endpointOf(body), view.sentence);
  }
}

/**
 * "Iran's Reza Tavakoli", "Peru's Sheikh Javier Gonzalez": a state's possessive right before a
 * person's name (honorifics between) presents the person as that state's official. The role is
 * the person's title elsewhere in the article, when one is written.
 */
export function possessorRoles(ctx: RuleContext, view: SentenceView): void {
  const { words, lexicon } = ctx.reader.ctx;
  for (const m of view.mentions) {
    if (m.entity.kind !== 'Person' || m.roles.length > 0) continue;
    let k = m.start - 1;
    while (k > view.sentence.firstWord && lexicon.roles.honorifics.has((words[k] as Word).lower)) k--;
    const owner = view.mentions.find((x) => x.end === k + 1 && x.entity.kind === 'Country');
    if (!owner || !(words[owner.end - 1] as Word).possessive) continue;
    const titled = ctx.registry.mentions.find((x) => x.entity === m.entity && x.roles.length > 0);
    const role = titled?.roles[0]?.role;
    ctx.emit('HOLDS_ROLE', endpointOf(m), endpointOf(owner), view.sentence, role ? { properties: { role } } : {});
  }
}

/**
 * "Head of Peru's Intelligence Directorate Javier Gonzalez", "the representative of the Chilean
 * Defense Ministry Alberto Ruiz": a title completed by "of" and a body, written right before a
 * name (honorifics between), gives the person that role in the body, and in the state whose
 * possessive opens the body's name.
 */
export function titledComplements(ctx: RuleContext, view: SentenceView): void {
  const { words, lexicon } = ctx.reader.ctx;
  for (const m of view.mentions) {
    if (m.entity.kind !== 'Person') continue;
    let k = m.start - 1;
    while (k > view.sentence.firstWord && lexicon.roles.honorifics.has((words[k] as Word).lower)) k--;
    const body = view.mentions.find(
      (x) => x.end === k + 1 && (x.entity.kind === 'Organization' || x.entity.kind === 'Country'),
    );
    if (!body || (words[body.end - 1] as Word).possessive) continue;
    // The body's name may open with a state's possessive ("of Peru's Directorate").
    const owner = view.mentions.find(
      (x) => x.end === body.start && x.entity.kind === 'Country' && (words[x.end - 1] as Word).possessive,
    );
    let of = (owner ?? body).start - 1;
    if (words[of]?.lower === 'the') of--;
    const head = words[of - 1];
    if (words[of]?.lower !== 'of' || !head || !lexicon.roles.heads.has(head.lower)) continue;
    let from = of - 1;
    while (from > view.sentence.firstWord && lexicon.roles.modifiers.has((words[from - 1] as Word).lower)) from--;
    const role = words
      .slice(from, of)
      .map((w) => w.text)
      .join(' ');
    for (const x of owner && body.entity.kind === 'Organization' ? [body, owner] : [body])
      ctx.emit('HOLDS_ROLE', endpointOf(m), endpointOf(x), view.sentence, { properties: { role } });
  }
}
