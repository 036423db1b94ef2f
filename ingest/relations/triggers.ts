/**
 * Relations stated by a trigger word and the grammar around it: the verb
 * classes of the lexicon (sign, meet, visit, acquire, seek, supply, develop,
 * support, oppose, involve, recognise, normalise/sever/establish ties) read
 * with their subject group on the left and objects on the right, passives
 * taking their agent from "by".
 */
import type { EntityKind } from '../../core/ontology.js';
import type { Word } from '../parse/parse.js';
import type { Endpoint, RelationCollector } from './collector.js';
import type { SentenceReader, SentenceView } from './sentence-view.js';

const ACTORS: EntityKind[] = ['Country', 'Organization'];
const SIGNERS: EntityKind[] = ['Person', 'Country', 'Organization'];
const PARTIES: EntityKind[] = ['Country', 'Organization', 'Person'];
const SUPPORTED: EntityKind[] = ['Country', 'Organization', 'Person', 'Agreement'];
const DIRECT = new Set<string | null>([null]);
const DESTINATION = new Set<string | null>([null, 'to', 'in', 'for', 'into']);
const OPPOSE_OBJECT = new Set<string | null>([null, 'against', 'from', 'with', 'of', 'as', 'on']);
const JOIN_WORDS = new Set(['join', 'joins', 'joined', 'joining', 'enter', 'entered']);
const OPPOSE_NOUNS = new Set([
  'tensions',
  'tension',
  'crisis',
  'conflict',
  'rivalry',
  'enmity',
  'rival',
  'rivals',
  'enemy',
  'enemies',
  'adversary',
  'adversaries',
  'foe',
  'foes',
  'threat',
  'threats',
  'challenge',
  'dispute',
  'war',
  'lawsuit',
  'lawsuits',
  'hostility',
  'standoff',
  'confrontation',
  'opposition',
]);
const SEVER_STATUS: Record<string, string> = { normalize: 'normalized', sever: 'severed', establish: 'established' };

export interface TriggerContext {
  reader: SentenceReader;
  view: SentenceView;
  out: RelationCollector;
}

function word(c: TriggerContext, i: number): Word | undefined {
  return c.reader.word(i);
}

/** Index of "by" shortly after the trigger, within the clause. */
function agentMarker(c: TriggerContext, t: number): number {
  const end = c.reader.clauseEnd(c.view.sentence, t);
  for (let k = t + 1; k < Math.min(end, t + 6); k++) if (word(c, k)?.lower === 'by') return k;
  return -1;
}

/** A passive or reduced relative use of the trigger ("is supported by", "the MOU signed in Rabat by"). */
function isPassive(c: TriggerContext, t: number): boolean {
  const w = word(c, t) as Word;
  if (agentMarker(c, t) < 0) return false;
  const prev = word(c, t - 1);
  const prev2 = word(c, t - 2);
  const markers = c.reader.ctx.lexicon.cues.passiveMarkers;
  if (w.tags.has('Passive') || markers.has(prev?.lower ?? '') || markers.has(prev2?.lower ?? '')) return true;
  return (
    w.tags.has('PastTense') && prev !== undefined && (prev.tags.has('Noun') || c.view.mentions.some((m) => m.end === t))
  );
}

/** A passive verb right before word `t` ("was used against", "had been launched against"). */
function passiveBefore(c: TriggerContext, t: number): boolean {
  const verb = word(c, t - 1);
  // compromise tags some participles as adjectives ("was used against"); the ending still says what they are.
  const participle =
    verb !== undefined && (verb.tags.has('PastTense') || verb.tags.has('Participle') || /[^e]ed$|en$/.test(verb.lower));
  if (!participle) return false;
  const markers = c.reader.ctx.lexicon.cues.passiveMarkers;
  return markers.has(word(c, t - 2)?.lower ?? '') || markers.has(word(c, t - 3)?.lower ?? '');
}

function agentsAfter(c: TriggerContext, by: number, kinds: EntityKind[]): Endpoint[] {
  return c.reader.coordinated(c.reader.objects(c.view, by, kinds));
}

/** A participial opening ("After signing the memorandum, Gantz ..."): its subject follows the first comma. */
function subjectAfterOpening(c: TriggerContext, t: number, kinds: EntityKind[]): Endpoint[] {
  const s = c.view.sentence;
  for (let k = s.firstWord; k < t; k++) if (/[,;]/.test(word(c, k)?.after ?? '')) return [];
  let comma = -1;
  for (let k = t; k < s.endWord; k++) {
    if (/,/.test(word(c, k)?.after ?? '')) {
      comma = k;
      break;
    }
  }
  if (comma < 0) return [];
  const after = c.view.mentions.find((m) => m.start > comma && m.start <= comma + 8 && kinds.includes(m.entity.kind));
  const e = after ? c.reader.endpoint(after, kinds) : null;
  return e ? [e] : [];
}

/** The nearest mention of a kind in the sentence, other than the given entities. */
function nearestOther(c: TriggerContext, t: number, kinds: EntityKind[], exclude: Endpoint[]): Endpoint[] {
  const others = c.view.mentions
    .filter((m) => kinds.includes(m.entity.kind) && !exclude.some((e) => e.entity === m.entity))
    .sort((a, b) => Math.abs(a.start - t) - Math.abs(b.start - t));
  const m = others[0];
  return m ? [{ entity: m.entity, start: m.start, end: m.end, mention: m }] : [];
}

function sign(c: TriggerContext, t: number): void {
  const w = word(c, t) as Word;
  const s = c.view.sentence;
  if (JOIN_WORDS.has(w.lower)) {
    const agreement = c.reader.objects(c.view, t, ['Agreement'])[0];
    if (!agreement) return;
    for (const a of c.reader.subjects(c.view, t, ACTORS)) c.out.add('PARTY_TO', a, agreement, s);
    return;
  }
  let agents: Endpoint[];
  let agreement: Endpoint | undefined;
  if (isPassive(c, t)) {
    agents = agentsAfter(c, agentMarker(c, t), SIGNERS);
    const left = c.view.mentions.filter((m) => m.entity.kind === 'Agreement' && m.end <= t).pop();
    agreement = left
      ? { entity: left.entity, start: left.start, end: left.end }
      : c.reader.objects(c.view, t, ['Agreement'])[0];
  } else {
    agents = c.reader.subjects(c.view, t, SIGNERS);
    if (agents.length === 0) agents = subjectAfterOpening(c, t, SIGNERS);
    agreement = c.reader.objects(c.view, t, ['Agreement'])[0];
  }
  if (!agreement) return;
  let nextVerb = c.view.sentence.endWord;
  for (let k = t + 1; k < c.view.sentence.endWord; k++)
    if (c.reader.isFiniteVerb(word(c, k))) {
      nextVerb = k;
      break;
    }
  const partners = c.reader.objects(c.view, t, SIGNERS, new Set(['with'])).filter((p) => p.start < nextVerb);
  for (const a of [...agents, ...partners]) {
    c.out.add('SIGNED', a, agreement, s);
    if (a.entity.kind !== 'Person') c.out.add('PARTY_TO', a, agreement, s);
  }
  for (const a of agents) for (const p of partners) if (a.entity.kind === 'Person') c.out.add('MET_WITH', a, p, s);
}

function meet(c: TriggerContext, t: number): void {
  const guests = c.reader.coordinated(c.reader.objects(c.view, t, ['Person'], new Set([null, 'with'])));
  if (guests.length === 0) return;
  let hosts = c.reader.subjects(c.view, t, ['Person']);
  if (hosts.length === 0) hosts = nearestOther(c, t, ['Person'], guests);
  for (const h of hosts) for (const g of guests) c.out.add('MET_WITH', h, g, c.view.sentence);
}

function visit(c: TriggerContext, t: number): void {
  const s = c.view.sentence;
  const next = c.view.mentions.find(
    (m) => (m.candidate.titledStart ?? m.start) === t + 1 && m.entity.kind === 'Person',
  );
  let visitors: Endpoint[];
  let destinations;
  if (next) {
    // "visiting Israeli Defense Minister Benny Gantz": the visitor follows, the place is named with "in" or "to".
    visitors = [{ entity: next.entity, start: next.start, end: next.end, mention: next }];
    destinations = c.reader.objects(c.view, s.firstWord - 1, ['Country', 'Place'], new Set(['in', 'to']), true);
  } else {
    const possessor = c.view.mentions.find(
      (m) =>
        m.entity.kind === 'Person' && (c.reader.word(m.end - 1) as Word).possessive && m.end >= t - 3 && m.end <= t,
    );
    // "his two-day visit": his is the clause's subject, not the nearest name.
    const pronoun = [t - 1, t - 2, t - 3].some((k) => /^(his|her)$/.test(word(c, k)?.lower ?? ''));
    const clauseSubject = pronoun
      ? c.view.mentions.find(
          (m) =>
            m.entity.kind === 'Person' &&
            m.start >= c.reader.clauseStart(s, t) &&
            m.end <= t &&
            c.reader.prepBefore(m) === null,
        )
      : undefined;
    visitors = possessor
      ? [{ entity: possessor.entity, start: possessor.start, end: possessor.end, mention: possessor }]
      : clauseSubject
        ? [{ entity: clauseSubject.entity, start: clauseSubject.start, end: clauseSubject.end, mention: clauseSubject }]
        : c.reader.subjects(c.view, t, ['Person']);
    if (visitors.length === 0) visitors = subjectAfterOpening(c, t, ['Person']);
    if (visitors.length === 0) visitors = nearestOther(c, t, ['Person'], []);
    destinations = c.reader.objects(c.view, t, ['Country', 'Place'], DESTINATION);
  }
  const destination = destinations[0];
  if (!destination) return;
  for (const v of visitors) c.out.add('VISITED', v, destination, s);
}

function acquire(c: TriggerContext, t: number, seeking: boolean): void {
  const s = c.view.sentence;
  let buyers: Endpoint[];
  let systems: Endpoint[];
  if (isPassive(c, t)) {
    buyers = agentsAfter(c, agentMarker(c, t), ACTORS);
    systems = c.view.mentions
      .filter((m) => m.entity.kind === 'System' && m.end <= t)
      .slice(-1)
      .map((m) => ({ entity: m.entity, start: m.start, end: m.end }));
  } else {
    buyers = c.reader.subjects(c.view, t, ACTORS);
    // "Saudi Arabia is seeking the F-35 and has also expressed interest in buying ...": the sentence's subject.
    if (buyers.length === 0) {
      const first = c.view.mentions.find(
        (m) => m.end <= t && c.reader.prepBefore(m) === null && c.reader.endpoint(m, ACTORS),
      );
      if (first) buyers = [c.reader.endpoint(first, ACTORS) as Endpoint];
    }
    systems = c.reader.coordinated(c.reader.objects(c.view, t, ['System']));
    // "buy the Barak 8 from Israel Aerospace Industries": the seller makes it.
    const seller = c.reader.objects(c.view, t, ACTORS, new Set(['from']))[0];
    if (seller && (seller.entity.kind === 'Country' || seller.entity.lexicon?.type === 'company'))
      for (const sys of systems) c.out.add('DEVELOPED_BY', sys, seller, s);
  }
  // A state's armed forces or ministry buying is the state buying.
  for (const b of [...buyers]) {
    const owner = b.entity.kind === 'Organization' ? c.reader.existingCountry(b.entity.country) : null;
    if (owner && !buyers.some((x) => x.entity === owner)) buyers.push({ entity: owner, start: b.start, end: b.end });
  }
  for (const b of buyers) for (const sys of systems) c.out.add(seeking ? 'SEEKS' : 'ACQUIRED', b, sys, s);
}

function supply(c: TriggerContext, t: number): void {
  const s = c.view.sentence;
  const w = word(c, t) as Word;
  // "the spyware has made its way to Morocco", "sold to Morocco": the recipient acquires what went to it.
  const systemsLeft = c.view.mentions.filter((m) => m.entity.kind === 'System' && m.end <= t);
  if (
    isPassive(c, t) ||
    (w.tags.has('PastTense') &&
      word(c, t + 1)?.lower === 'to' &&
      systemsLeft.length > 0 &&
      c.reader.subjects(c.view, t, ACTORS).length === 0)
  ) {
    const recipients = c.reader.objects(c.view, t, ACTORS, new Set(['to']));
    const sys = systemsLeft[systemsLeft.length - 1];
    if (sys)
      for (const r of recipients.slice(0, 1))
        c.out.add('ACQUIRED', r, { entity: sys.entity, start: sys.start, end: sys.end }, s);
    return;
  }
  const suppliers = c.reader.subjects(c.view, t, ACTORS);
  if (suppliers.length === 0) return;
  const systems = c.reader.objects(c.view, t, ['System']);
  const recipients = c.reader.coordinated(c.reader.objects(c.view, t, ACTORS, new Set([null, 'to'])));
  for (const sup of suppliers) {
    const producer = sup.entity.kind === 'Country' || sup.entity.lexicon?.type === 'company';
    for (const sys of systems) if (producer) c.out.add('DEVELOPED_BY', sys, sup, s);
    for (const r of recipients) {
      c.out.add('SUPPORTS', sup, r, s);
      for (const sys of systems) c.out.add('ACQUIRED', r, sys, s);
    }
  }
}

function madeItsWay(c: TriggerContext, t: number): void {
  // "X has made its way to Morocco": the recipient acquired X.
  if (word(c, t - 1)?.lower !== 'its' || word(c, t + 1)?.lower !== 'to') return;
  const sys = c.view.mentions.filter((m) => m.entity.kind === 'System' && m.end <= t).pop();
  const recipient = c.reader.objects(c.view, t, ACTORS, new Set(['to']))[0];
  if (sys && recipient)
    c.out.add('ACQUIRED', recipient, { entity: sys.entity, start: sys.start, end: sys.end }, c.view.sentence);
}

function develop(c: TriggerContext, t: number): void {
  const s = c.view.sentence;
  if (isPassive(c, t)) {
    const makers = agentsAfter(c, agentMarker(c, t), ACTORS);
    const sys = c.view.mentions.filter((m) => m.entity.kind === 'System' && m.end <= t).pop();
    if (sys)
      for (const m of makers) c.out.add('DEVELOPED_BY', { entity: sys.entity, start: sys.start, end: sys.end }, m, s);
    return;
  }
  const makers = c.reader.subjects(c.view, t, ACTORS);
  for (const sys of c.reader.coordinated(c.reader.objects(c.view, t, ['System'])))
    for (const m of makers) c.out.add('DEVELOPED_BY', sys, m, s);
}

function support(c: TriggerContext, t: number): void {
  const s = c.view.sentence;
  const w = word(c, t) as Word;
  if (w.lower === 'behalf') {
    const beneficiary = c.reader.objects(c.view, t, PARTIES)[0];
    if (!beneficiary) return;
    for (const a of c.reader.subjects(c.view, t, PARTIES)) c.out.add('SUPPORTS', a, beneficiary, s);
    return;
  }
  // "Iran-backed", "an Algerian-backed movement": compounds are read by the structural rules.
  if (word(c, t - 1)?.after === '-') return;
  if (isPassive(c, t)) {
    const backers = agentsAfter(c, agentMarker(c, t), PARTIES);
    let backed: Endpoint[] = c.reader.subjects(c.view, t, SUPPORTED);
    if (backed.length === 0) {
      // "the pacts brokered by X known as the Abraham Accords": the agreement brokered.
      const cs = c.reader.clauseStart(s, t);
      const left = c.view.mentions.filter((m) => m.start >= cs && m.end <= t && m.entity.kind === 'Agreement').pop();
      const right = c.reader.objects(c.view, agentMarker(c, t), ['Agreement'])[0];
      backed = left ? [{ entity: left.entity, start: left.start, end: left.end }] : right ? [right] : [];
    }
    for (const b of backers) for (const x of backed) c.out.add('SUPPORTS', b, x, s);
    return;
  }
  // "Algiers' support for": after a possessive or determiner the word is the noun, whatever the tagger says.
  const before = word(c, t - 1);
  const nominal =
    (w.tags.has('Noun') && !w.tags.has('Verb')) ||
    before?.possessive === true ||
    /^(the|its|their|his|her)$/.test(before?.lower ?? '') ||
    (w.lower === 'support' && word(c, t + 1)?.lower === 'for');
  if (nominal) {
    // "Algeria's support for the Polisario Front", "Iran's ..., support for proxies (such as Hezbollah ...)".
    const cs = c.reader.clauseStart(s, t);
    const possessor = c.view.mentions
      .filter(
        (m) =>
          m.start >= cs && m.end <= t && (c.reader.word(m.end - 1) as Word).possessive && c.reader.endpoint(m, ACTORS),
      )
      .pop();
    const owner = possessor ? c.reader.endpoint(possessor, ACTORS) : null;
    if (!owner || word(c, t + 1)?.lower !== 'for') return;
    // Who is supported: what follows "for", and a list introduced by "such as"; not places or "from" phrases.
    const backed = c.reader
      .objects(c.view, t, PARTIES)
      .filter((o) => !['in', 'at', 'from', 'to', 'against'].includes(o.prep ?? ''));
    for (const b of backed) c.out.add('SUPPORTS', owner, b, s);
    return;
  }
  const backers = c.reader.subjects(c.view, t, PARTIES);
  const backed = c.reader.coordinated(c.reader.objects(c.view, t, SUPPORTED, DIRECT));
  for (const b of backers) for (const x of backed) c.out.add('SUPPORTS', b, x, s);
}

function possessorOf(c: TriggerContext, t: number): Endpoint[] {
  for (let k = t - 1; k >= Math.max(c.view.sentence.firstWord, t - 4); k--) {
    const w = word(c, k) as Word;
    const m = c.view.mentions.find((x) => x.end === k + 1);
    if (m && w.possessive && PARTIES.includes(m.entity.kind))
      return [{ entity: m.entity, start: m.start, end: m.end, mention: m }];
    if (m && w.possessive) {
      const e = c.reader.endpoint(m, PARTIES);
      if (e) return [e];
    }
    if (/^(its|their|his|her)$/.test(w.lower)) {
      // "its war", "their shared enmity": the nearest party before it that no preposition governs, with those coordinated with it.
      const candidates = c.view.mentions.filter(
        (x) => x.end <= k && c.reader.endpoint(x, PARTIES) && [null, 'of'].includes(c.reader.prepBefore(x)),
      );
      const nearest = candidates[candidates.length - 1];
      if (!nearest) return [];
      const group = c.reader.coordinated(
        [...candidates]
          .reverse()
          .map((x) => c.reader.endpoint(x, PARTIES) as Endpoint)
          .reverse()
          .reverse(),
      );
      return w.lower === 'their' ? group : [c.reader.endpoint(nearest, PARTIES) as Endpoint];
    }
    if (/[,;]/.test(w.after)) break;
  }
  return [];
}

function oppose(c: TriggerContext, t: number): void {
  const s = c.view.sentence;
  const w = word(c, t) as Word;
  if (w.lower === 'against') {
    const target = c.reader.objects(c.view, t, PARTIES).find((o) => o.prep === 'against');
    if (!target) return;
    // "Pegasus was used against Sanchez": a passive hides who acts, unless "by" names them.
    if (passiveBefore(c, t)) {
      const by = agentMarker(c, t);
      for (const a of by < 0 ? [] : agentsAfter(c, by, PARTIES)) c.out.add('OPPOSES', a, target, s);
      return;
    }
    const cs = c.reader.clauseStart(s, t);
    const left = c.view.mentions.filter(
      (m) =>
        m.start >= cs &&
        m.end <= t &&
        c.reader.endpoint(m, PARTIES) &&
        (c.reader.prepBefore(m) === null || c.reader.prepBefore(m) === 'of'),
    );
    const subject =
      left.length > 0
        ? c.reader.endpoint(left[left.length - 1]!, PARTIES)
        : (c.reader.subjects(c.view, t, PARTIES)[0] ?? null);
    if (subject) c.out.add('OPPOSES', subject, target, s);
    return;
  }
  if (OPPOSE_NOUNS.has(w.lower)) {
    if (word(c, t + 1)?.lower === 'between') {
      const pair = c.reader.coordinated(c.reader.objects(c.view, t + 1, PARTIES));
      if (pair.length >= 2) c.out.add('OPPOSES', pair[0]!, pair[1]!, s);
      return;
    }
    let subjects = possessorOf(c, t);
    if (subjects.length === 0) {
      const cs = c.reader.clauseStart(s, t);
      const first = c.view.mentions.find(
        (m) => m.start >= cs && m.end <= t && c.reader.endpoint(m, PARTIES) && c.reader.prepBefore(m) === null,
      );
      if (first) subjects = [c.reader.endpoint(first, PARTIES)!];
    }
    // The opponent is named right after the noun ("rival, Algeria", "tensions with Algeria"), not deep in a later phrase.
    const targets = c.reader.coordinated(
      c.reader
        .objects(c.view, t, PARTIES, OPPOSE_OBJECT)
        .filter((o) => (o.mention.candidate.titledStart ?? o.start) <= t + 4),
    );
    for (const a of subjects) for (const b of targets) c.out.add('OPPOSES', a, b, s);
    return;
  }
  let subjects = c.reader.subjects(c.view, t, PARTIES);
  if (subjects.length === 0) {
    const left = c.view.mentions
      .filter((m) => m.end <= t && c.reader.prepBefore(m) === null)
      .map((m) => c.reader.endpoint(m, ['Country', 'Organization']))
      .filter((e): e is Endpoint => e !== null);
    subjects = left.slice(-1);
  }
  const targets = c.reader.coordinated(c.reader.objects(c.view, t, PARTIES, OPPOSE_OBJECT));
  for (const a of subjects) for (const b of targets) c.out.add('OPPOSES', a, b, s);
}

function involve(c: TriggerContext, t: number): void {
  const conflict = c.reader.objects(c.view, t, ['Conflict'])[0];
  if (!conflict) return;
  for (const a of c.reader.subjects(c.view, t, PARTIES)) c.out.add('INVOLVED_IN', a, conflict, c.view.sentence);
}

/**
 * The states whose office holders are the subject at `t`: "U.S. President
 * Donald Trump recognised ..." is the United States recognising.
 */
function statesOfLeaders(c: TriggerContext, t: number): Endpoint[] {
  const states: Endpoint[] = [];
  for (const person of c.reader.subjects(c.view, t, ['Person'])) {
    for (const role of person.mention?.roles ?? []) {
      const country = c.reader.existingCountry(role.country);
      if (country && c.reader.ctx.lexicon.roles.leadership.has(role.head))
        states.push({ entity: country, start: role.start, end: role.end });
    }
  }
  return states;
}

function recognize(c: TriggerContext, t: number): void {
  const s = c.view.sentence;
  let recognizers = c.reader.subjects(c.view, t, ['Country']);
  if (recognizers.length === 0) recognizers = statesOfLeaders(c, t);
  if (recognizers.length === 0) return;
  const end = c.reader.clauseEnd(s, t);
  for (let k = t + 1; k < Math.min(end, t + 6); k++) {
    if (word(c, k)?.lower !== 'sovereignty' || word(c, k + 1)?.lower !== 'over') continue;
    // The territory is the noun phrase after "over" ("the disputed territory of Western Sahara"); a name behind another preposition is another phrase's.
    const inPhrase = (p: Endpoint) =>
      c.reader.ctx.words
        .slice(k + 2, p.start)
        .every((x) => (x.lower === 'of' || !x.tags.has('Preposition')) && !/[,;:]/.test(x.after));
    const place = c.reader.objects(c.view, k + 1, ['Place', 'Country']).find(inPhrase);
    if (!place) return;
    const what = c.reader.ctx.parsed.text.slice((word(c, t + 1) as Word).start, (word(c, place.end - 1) as Word).end);
    for (const r of recognizers) c.out.add('RECOGNIZED', r, place, s, { what });
    return;
  }
  const object = c.reader.objects(c.view, t, ['Country', 'Place'], DIRECT)[0];
  if (object) for (const r of recognizers) c.out.add('RECOGNIZED', r, object, s);
}

/** Status words of a relation phrase: "full diplomatic relations", "low-level ties". */
function statusOf(c: TriggerContext, noun: number, fallback: string): string {
  const words: string[] = [];
  for (let k = noun - 1; k >= noun - 3; k--) {
    const w = word(c, k);
    if (!w || !(w.tags.has('Adjective') || /^(full|low|level|informal|formal|diplomatic|warm|close)$/.test(w.lower)))
      break;
    words.unshift(w.lower + (w.after === '-' ? '-' : ''));
  }
  const adj = words
    .join(' ')
    .replace(/- /g, '-')
    .replace(/\bdiplomatic\b/, '')
    .trim();
  return adj && fallback === 'established' ? `${adj} relations` : fallback;
}

function relationsVerb(c: TriggerContext, t: number, cls: 'normalize' | 'sever' | 'establish'): void {
  const s = c.view.sentence;
  const nouns = c.reader.ctx.lexicon.cues.relationNouns;
  let noun = -1;
  const end = c.reader.clauseEnd(s, t);
  for (let k = t + 1; k < Math.min(end, t + 5); k++)
    if (nouns.has(word(c, k)?.lower ?? '') || word(c, k)?.lower === 'them') noun = k;
  const isNoun = (word(c, t) as Word).tags.has('Noun') && !(word(c, t) as Word).tags.has('Verb');
  if (noun < 0 && !(cls === 'normalize' && !isNoun)) return;
  const status = statusOf(c, noun, SEVER_STATUS[cls] ?? 'relations');
  // "in return for Rabat normalising ties": the name right before a gerund is its subject, whatever governs it.
  const before = (word(c, t) as Word).tags.has('Gerund') ? c.view.mentions.find((m) => m.end === t) : undefined;
  const gerundSubject = before ? c.reader.stateOf(before) : null;
  let subjects = gerundSubject ? [gerundSubject] : c.reader.subjects(c.view, t, ['Country']);
  // "signed agreements to normalize relations with Israel": the signers normalise.
  if (subjects.length === 0 && word(c, t - 1)?.lower === 'to') {
    for (let k = t - 2; k >= c.reader.clauseStart(s, t); k--) {
      if (c.reader.isFiniteVerb(word(c, k))) {
        subjects = c.reader.subjects(c.view, k, ['Country']);
        break;
      }
    }
  }
  if (subjects.length === 0 && cls === 'sever') subjects = subjectAfterOpening(c, t, ['Country']);
  if (subjects.length === 0) return;
  const from = noun >= 0 ? noun : t;
  let partners = c.reader.coordinated(c.reader.objects(c.view, from, ['Country'], new Set(['with', 'to'])));
  // "relations with only four other Arab countries: Egypt, Jordan, the UAE and Bahrain".
  for (let k = from; k < Math.min(s.endWord - 1, from + 8) && partners.length === 0; k++) {
    if (/:/.test(word(c, k)?.after ?? '')) {
      partners = c.reader.coordinated(c.reader.objects(c.view, k, ['Country'], undefined, true));
    }
  }
  if (partners.length > 0) {
    for (const a of subjects) for (const b of partners) c.out.add('RELATIONS_WITH', a, b, s, { status });
    return;
  }
  if (subjects.length >= 2) {
    c.out.add('RELATIONS_WITH', subjects[0]!, subjects[1]!, s, { status });
    return;
  }
  // "Morocco severed them": the other party is the other country the sentence names.
  const other = c.view.mentions
    .map((m) => c.reader.endpoint(m, ['Country']))
    .find((e) => e && e.entity !== subjects[0]!.entity);
  if (other && word(c, noun)?.lower === 'them') c.out.add('RELATIONS_WITH', subjects[0]!, other, s, { status });
}

/** "relations between Israel and Morocco", "Israel's ties to Morocco". */
function relationNoun(c: TriggerContext, t: number): void {
  const s = c.view.sentence;
  const next = word(c, t + 1)?.lower;
  const status = statusOf(c, t, 'established');
  if (next === 'between') {
    const pair = c.reader.coordinated(c.reader.objects(c.view, t + 1, ['Country']));
    if (pair.length >= 2) c.out.add('RELATIONS_WITH', pair[0]!, pair[1]!, s, { status });
    return;
  }
  if (next === 'to' || next === 'with') {
    const owner = possessorOf(c, t).filter((e) => e.entity.kind === 'Country');
    const partner = c.reader.objects(c.view, t, ['Country'], new Set([next]))[0];
    if (owner[0] && partner) c.out.add('RELATIONS_WITH', owner[0], partner, s, { status });
  }
}

/** Runs every trigger of a sentence. */
export function applyTriggers(c: TriggerContext): void {
  const s = c.view.sentence;
  const cues = c.reader.ctx.lexicon.cues.classesByWord;
  for (let t = s.firstWord; t < s.endWord; t++) {
    const w = word(c, t) as Word;
    c.out.rule = 'trigger.made-its-way';
    if (w.lower === 'way') madeItsWay(c, t);
    c.out.rule = 'trigger.relation-noun';
    if (c.reader.ctx.lexicon.cues.relationNouns.has(w.lower)) relationNoun(c, t);
    const classes = cues.get(w.lower);
    if (!classes) continue;
    const seekFrame = [t - 1, t - 2, t - 3].some(
      (k) => k >= s.firstWord && cues.get(word(c, k)?.lower ?? '')?.has('seek'),
    );
    for (const cls of classes) {
      c.out.rule = `trigger.${cls}`;
      switch (cls) {
        case 'sign':
          sign(c, t);
          break;
        case 'meet':
          meet(c, t);
          break;
        case 'visit':
          visit(c, t);
          break;
        case 'acquire':
          acquire(c, t, seekFrame);
          break;
        case 'seek':
          acquire(c, t, true);
          break;
        case 'supply':
          supply(c, t);
          break;
        case 'develop':
          develop(c, t);
          break;
        case 'support':
          support(c, t);
          break;
        case 'oppose':
          oppose(c, t);
          break;
        case 'involve':
          involve(c, t);
          break;
        case 'recognize':
          recognize(c, t);
          break;
        case 'normalize':
        case 'sever':
        case 'establish':
          relationsVerb(c, t, cls);
          break;
      }
    }
  }
}
