/**
 * Resolution inside one article: groups candidate mentions into entities.
 * Gazetteer names group by lexicon entry; people by full name, with surnames
 * and misspelt variants joined to the full name; definite descriptions and
 * metonyms join the entity they stand for; unnamed agreements and conflicts
 * are grouped and named from their parties; acronyms defined in the text
 * join what they abbreviate.
 */
import type { LexiconEntry } from '../lexicon/index.js';
import { isAllCaps, nameKey, slugify, wordKey } from '../parse/normalize.js';
import type { Word } from '../parse/parse.js';
import { inDateline, type DetectionContext } from '../entities/context.js';
import { PersonClusters } from './person-clusters.js';
import { LOCATING, resolveNameless, type Instance } from './nameless.js';
import { matchLexicon } from '../entities/gazetteer.js';
import { isBroker } from '../entities/nameless.js';
import { afterHyphenedParticle } from '../entities/name-particles.js';
import { EntityRegistry, type EntityDraft, type ResolvedMention } from './registry.js';
import type { Candidate, RoleInfo } from '../entities/types.js';

function lexiconKey(entry: LexiconEntry): string {
  return `${entry.kind}:${entry.id}`;
}

function countriesOfSentence(
  ctx: DetectionContext,
  reg: EntityRegistry,
  sentence: number,
  withDemonyms: boolean,
): string[] {
  // In the order the sentence names them: an earlier name ranks first among a sentence's equals.
  const found: Array<[number, string]> = [];
  // The titles of brokers: a demonym in one names the broker's country, no party.
  const brokerTitles: Array<[number, number]> = [];
  for (const m of reg.mentions) {
    // "brokered by Ethiopian Prime Minister X": a titled person is a broker from the start of the title.
    const broker = isBroker(ctx, m.candidate.titledStart ?? m.start, m.end);
    if (broker) brokerTitles.push([m.candidate.titledStart ?? m.start, m.end]);
    if (m.sentence !== sentence || broker || inDateline(ctx, m.end)) continue;
    if (m.entity.kind === 'Country') found.push([m.start, m.entity.name]);
    // A seat after a locative preposition ("in the Kazakh capital") says where, not who.
    else if (m.seatOf && !/^(in|at|to|from)$/.test(ctx.words[m.start - 1]?.lower ?? '') && !locatesPlace(ctx, m.start))
      found.push([m.start, m.seatOf]);
    for (const r of m.roles) if (r.country) found.push([m.candidate.titledStart ?? m.start, r.country]);
  }
  if (withDemonyms) {
    const s = ctx.sentences[sentence];
    const inBrokerTitle = (at: number) => brokerTitles.some(([a, b]) => a <= at && at < b);
    if (s)
      for (let i = s.firstWord; i < s.endWord; i++) {
        const d = ctx.demonyms.get(i);
        if (d && !isBroker(ctx, d.start, d.end) && !locatesPlace(ctx, d.start) && !inBrokerTitle(d.start))
          found.push([d.start, d.entry.name]);
      }
  }
  return found.sort((a, b) => a[0] - b[0]).map(([, name]) => name);
}

/**
 * Whether the word at `start` is in a place after a locative preposition, past determiners, adjectives and
 * nationalities ("in the Kazakh capital": the demonym, and the capital).
 */
function locatesPlace(ctx: DetectionContext, start: number): boolean {
  for (let k = start - 1; k >= Math.max(0, start - 3); k--) {
    const w = ctx.words[k] as Word;
    if (LOCATING.has(w.lower)) return true;
    if (!w.tags.has('Determiner') && !w.tags.has('Adjective') && !ctx.demonymsByEnd.has(k + 1)) return false;
  }
  return false;
}

/** Countries of the article by number of mentions, most mentioned first. */
function articleCountries(reg: EntityRegistry): string[] {
  return [...reg.byKey.values()]
    .filter((e) => e.kind === 'Country')
    .sort((a, b) => b.mentions.length - a.mentions.length || a.firstWord - b.firstWord)
    .map((e) => e.name);
}

/**
 * "the war in Ukraine", "the Peru–Chile accord": a country named inside the name of a
 * known conflict or agreement is mentioned there too (its party, in the same sentence).
 */
function mentionCountriesInside(ctx: DetectionContext, reg: EntityRegistry, c: Candidate): void {
  const inside = [
    ...matchLexicon(ctx.lexicon, ctx.words, c.start, c.end - 1),
    ...matchLexicon(ctx.lexicon, ctx.words, c.start + 1, c.end),
  ];
  const seen = new Set<number>();
  for (const m of inside) {
    if (m.entry.kind !== 'Country' || seen.has(m.start)) continue;
    seen.add(m.start);
    reg.mention(reg.ensure(lexiconKey(m.entry), m.entry.name, 'Country', m.entry), m.start, m.end, c, {
      nested: true,
    });
  }
}

function resolveNamed(ctx: DetectionContext, reg: EntityRegistry, c: Candidate): void {
  if (c.source === 'lexicon' && c.lexicon) {
    const e = reg.ensure(lexiconKey(c.lexicon), c.lexicon.name, c.lexicon.kind, c.lexicon);
    // "Royal Moroccan Armed Forces": a demonym in the name says which country it belongs to.
    if (e.kind === 'Organization') {
      for (let i = c.start; i < c.end; i++) {
        const d = ctx.demonyms.get(i);
        if (d) e.country ??= d.entry.name;
      }
      if (c.country) e.country ??= c.country;
    }
    reg.mention(e, c.start, c.end, c, { seatOf: c.lexicon.seatOf ?? null });
    if (e.kind === 'Conflict' || e.kind === 'Agreement') mentionCountriesInside(ctx, reg, c);
    return;
  }
  if (c.source === 'metonym' && c.refersTo) {
    const entry = ctx.lexicon.countries.get(c.refersTo);
    reg.mention(
      reg.ensure(entry ? lexiconKey(entry) : `Country:${slugify(c.refersTo)}`, c.refersTo, 'Country', entry),
      c.start,
      c.end,
      c,
    );
    return;
  }
  const e = c.lexicon
    ? reg.ensure(lexiconKey(c.lexicon), c.lexicon.name, c.lexicon.kind, c.lexicon)
    : reg.ensure(`${c.kind}:${slugify(c.name)}`, c.name, c.kind);
  if (c.country) e.country = c.country;
  reg.mention(e, c.start, c.end, c);
  // "Morocco's military": the possessive country is a mention of its own.
  if (c.owner) {
    const owner = ctx.lexiconByStart.get(c.owner.start);
    if (owner && owner.end === c.owner.end && owner.entry.kind === 'Country') {
      reg.mention(
        reg.ensure(lexiconKey(owner.entry), owner.entry.name, 'Country', owner.entry),
        owner.start,
        owner.end,
        c,
        { nested: true },
      );
    }
  }
}

function resolvePeople(ctx: DetectionContext, reg: EntityRegistry, people: Candidate[]): void {
  const clusters = new PersonClusters();
  const fullFirst = [...people].sort(
    (a, b) => (b.end - b.start >= 2 ? 1 : 0) - (a.end - a.start >= 2 ? 1 : 0) || a.start - b.start,
  );
  const deferred: Candidate[] = [];
  for (const c of fullFirst) {
    const words = c.end - c.start;
    if (words < 2 || c.pending) {
      deferred.push(c);
      continue;
    }
    // "Van Dijk" after "Anna Maria Van Dijk": the end of a longer name is that person.
    let draft = clusters.variantOrLonger(c.name);
    if (!draft) {
      draft = reg.ensure(`Person:${slugify(c.name)}`, c.name, 'Person');
      clusters.add(draft);
    }
    addPersonMention(reg, draft, c);
  }
  // Words already mentioned, kept up to date as mentions are added (one pass, not a scan of all mentions each time).
  const covered = new Uint8Array(ctx.words.length);
  for (const m of reg.mentions) covered.fill(1, m.start, m.end);
  const mention = (draft: EntityDraft, c: Candidate) => {
    addPersonMention(reg, draft, c);
    covered.fill(1, c.start, c.end);
  };
  for (const c of deferred) {
    const key = c.name.toLowerCase();
    if (covered.subarray(c.start, c.end).includes(1)) continue;
    // A full name in a headline or caption: only a person named elsewhere in the article.
    if (c.end - c.start >= 2) {
      const same = clusters.variant(c.name);
      if (same) mention(same, c);
      continue;
    }
    // A surname is one of the later words of a full name; a family name may come first ("Li" of "Li Wen").
    const draft = clusters.bySurname(key);
    if (draft) mention(draft, c);
    else {
      const own = reg.ensure(`Person:${slugify(c.name)}`, c.name, 'Person');
      // A lone surname with nothing in the article to confirm it waits for cross-article linking.
      if (c.pending && !ctx.knownPeople.has(key)) own.tentative = true;
      clusters.add(own);
      mention(own, c);
    }
  }
  const surnamesOnly = mentionSurnames(ctx, reg, clusters.all);
  // The most frequent spelling of a name becomes its canonical form, without a quoted nickname inside it.
  for (const d of [...clusters.all, ...surnamesOnly]) {
    const counts = new Map<string, number>();
    for (const m of d.mentions) {
      const text = withoutNickname(m.text);
      if (text.split(/\s+/).length >= 2) counts.set(text, (counts.get(text) ?? 0) + 1);
    }
    const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
    if (best) d.name = best[0].replace(/\s+/g, ' ');
  }
}

/** 'Jimmy "Barbecue" Cherizier' → "Jimmy Cherizier": a quoted nickname between names is no part of the name. */
function withoutNickname(text: string): string {
  return text.replace(/\s+["“‘'][^"“”‘’']+["”’']\s+/u, ' ');
}

/**
 * A lone surname anywhere else in the article ("Gallant, who arrived ...",
 * a surname opening a sentence or a headline) is a mention of the one person
 * of the article who carries it. Returns the people it had to create, known
 * by their surname alone.
 */
function mentionSurnames(ctx: DetectionContext, reg: EntityRegistry, clusters: readonly EntityDraft[]): EntityDraft[] {
  const created: EntityDraft[] = [];
  const bySurname = new Map<string, EntityDraft | null>();
  // "Prabowo met ...": a given name opening a clause, when one person of the article has it and none as a surname.
  const byGivenName = new Map<string, EntityDraft | null>();
  const add = (map: Map<string, EntityDraft | null>, key: string, d: EntityDraft) =>
    map.set(key, map.has(key) && map.get(key) !== d ? null : d);
  for (const d of clusters) {
    const parts = d.name.split(/\s+/);
    const last = parts[parts.length - 1];
    if (parts.length < 2 || !last) continue;
    add(bySurname, last, d);
    const bare = afterHyphenedParticle(last);
    if (bare) add(bySurname, bare, d);
    add(byGivenName, parts[0]!, d);
  }
  const covered = new Uint8Array(ctx.words.length);
  for (const m of reg.mentions) covered.fill(1, m.start, m.end);
  for (const c of ctx.candidates) if (!c.pending) covered.fill(1, c.start, c.end);
  for (const w of ctx.words) {
    if (covered[w.index] || !w.capitalized) continue;
    let d = bySurname.get(w.text);
    // A surname known from earlier articles opening a clause ("Ruto later met ..."); linking gives it the full name.
    const next = ctx.words[w.index + 1];
    const opensClause =
      /,/.test(w.after) || next?.tags.has('Verb') || next?.tags.has('Adverb') || next?.tags.has('Comparative');
    if (!bySurname.has(w.text) && opensClause) d = byGivenName.get(w.text) ?? undefined;
    const surnameLike =
      w.sentenceInitial &&
      !w.tags.has('Plural') &&
      ![
        'Determiner',
        'Pronoun',
        'Adverb',
        'Adjective',
        'Conjunction',
        'Preposition',
        'Verb',
        'Value',
        'Date',
        'QuestionWord',
      ].some((t) => w.tags.has(t));
    if (
      d === undefined &&
      (ctx.knownPeople.has(w.lower) || surnameLike) &&
      !ctx.lexiconByStart.has(w.index) &&
      !ctx.demonyms.has(w.index) &&
      opensClause
    ) {
      d = reg.ensure(`Person:${slugify(w.text)}`, w.text, 'Person');
      if (!ctx.knownPeople.has(w.lower)) d.tentative = true;
      created.push(d);
      bySurname.set(w.text, d);
    }
    if (!d) continue;
    addPersonMention(reg, d, {
      start: w.index,
      end: w.index + 1,
      kind: 'Person',
      name: w.text,
      source: 'name',
      roles: [],
      titledStart: w.index,
    });
  }
  return created;
}

function addPersonMention(reg: EntityRegistry, draft: EntityDraft, c: Candidate): void {
  const roles = c.roles ?? [];
  for (const r of roles) draft.roles.add(r.role);
  reg.mention(draft, c.start, c.end, c, { roles });
  if (c.titledStart !== undefined && c.titledStart < c.start) reg.alias(draft, c.titledStart, c.end);
}

/** "his Moroccan counterpart" takes the role of the other office holder in view. */
function fillCounterpartRoles(reg: EntityRegistry): void {
  const ordered = reg.ordered();
  for (const m of ordered) {
    for (const r of m.roles) {
      if (r.head !== 'counterpart') continue;
      const roleOf = (o: ResolvedMention): RoleInfo | undefined =>
        ordered
          .filter((x) => x.entity === o.entity)
          .flatMap((x) => x.roles)
          .find((x) => x.head !== 'counterpart');
      const other = ordered
        .filter(
          (o) =>
            o.entity !== m.entity &&
            o.entity.kind === 'Person' &&
            o.sentence <= m.sentence &&
            o.sentence >= m.sentence - 3 &&
            roleOf(o),
        )
        .sort((a, b) => Math.abs(a.start - m.start) - Math.abs(b.start - m.start))[0];
      const source = other ? roleOf(other) : undefined;
      if (source) {
        m.entity.roles.delete(r.role);
        r.role = source.role;
        r.head = source.head;
        m.entity.roles.add(r.role);
      }
    }
  }
}

/** How many sentences away a plural office description ("French ministers") reaches its holders. */
const PLURAL_REACH = 8;

function resolveRoleDescription(ctx: DetectionContext, reg: EntityRegistry, c: Candidate): void {
  const d = c.describes;
  if (!d) return;
  const people = reg.ordered().filter((m) => m.entity.kind === 'Person' && m.candidate.source !== 'role-description');
  const roleFits = (r: RoleInfo): boolean =>
    d.counterpart || r.head === d.head || r.role.toLowerCase().endsWith(d.role.toLowerCase());
  // "the Azerbaijani leader": the state's president or prime minister, when its country is said.
  const leaders = ctx.lexicon.roles.leaderOffices;
  const leads = (r: RoleInfo): boolean =>
    d.head === 'leader' && d.country !== null && r.country === d.country && leaders.has(r.head);
  // A holder whose role names the same country first; one whose country the text left unsaid next.
  const exact = people.filter((m) =>
    m.roles.some((r) => (roleFits(r) && (d.country === null || r.country === d.country)) || leads(r)),
  );
  const loose = people.filter(
    (m) => m.roles.some((r) => roleFits(r) && r.country === null) && !m.entity.mentions.some(() => false),
  );
  const holders =
    exact.length > 0
      ? exact
      : d.counterpart
        ? []
        : loose.filter(
            (m) =>
              ![...reg.mentions].some(
                (o) => o.entity === m.entity && o.roles.some((r) => r.country !== null && r.country !== d.country),
              ),
          );
  const together = d.together;
  if (together && exact.length === 0) {
    // "Chile's president and prime minister said ...": the holders named together, in the nearest sentence naming
    // a holder of each office ("President X and Prime Minister Y said").
    const fitsRole = (m: ResolvedMention, role: string): boolean =>
      m.roles.some((r) => r.country === null && r.role.toLowerCase().endsWith(role));
    const sentences = [...new Set(holders.map((m) => m.sentence))].filter((s) =>
      together.every((role) => people.some((m) => m.sentence === s && fitsRole(m, role))),
    );
    const at = (ctx.words[c.start] as Word).sentence;
    const nearest = sentences.sort((a, b) => Math.abs(a - at) - Math.abs(b - at))[0];
    if (nearest !== undefined) holders.splice(0, holders.length, ...holders.filter((m) => m.sentence === nearest));
  }
  if (d.plural) {
    // "French ministers warned ...": every such office holder nearby whose country the text left unsaid.
    const near = (m: ResolvedMention): boolean =>
      Math.abs(m.sentence - (ctx.words[c.start] as Word).sentence) <= PLURAL_REACH;
    for (const m of holders)
      if (exact.length === 0 && near(m))
        for (const r of m.roles) if (roleFits(r) && r.country === null) r.country = d.country;
    return;
  }
  // Among the holders, the one the text mentioned last before the description.
  const entities = [...new Set(holders.map((m) => m.entity))];
  const lastBefore = (e: EntityDraft): number =>
    Math.max(-1, ...reg.mentions.filter((m) => m.entity === e && m.start < c.start).map((m) => m.start));
  // None before it ("Chile's president said ... President Ana Ruiz"): the first named after it.
  const firstAfter = (e: EntityDraft): number =>
    Math.min(...reg.mentions.filter((m) => m.entity === e && m.start > c.start).map((m) => m.start));
  const target = entities.sort((a, b) => lastBefore(b) - lastBefore(a) || firstAfter(a) - firstAfter(b))[0];
  if (!target) return;
  const source = holders
    .find((m) => m.entity === target)
    ?.roles.find((r) => d.country === null || r.country === d.country);
  const role: RoleInfo = {
    role: d.counterpart && source ? source.role : d.role,
    country: d.country ?? source?.country ?? null,
    start: c.start,
    end: c.end,
    head: d.head,
  };
  reg.mention(target, c.start, c.end, c, { roles: [role] });
}

function resolveStateDescription(ctx: DetectionContext, reg: EntityRegistry, c: Candidate): void {
  const wanted = (c.parties ?? []).map((t) => t.toLowerCase());
  const fits = (m: ResolvedMention): boolean => {
    if (c.kind === 'Place')
      return m.entity.kind === 'Place' && ['territory', 'region'].includes(m.entity.lexicon?.type ?? '');
    const tags = (m.entity.lexicon?.tags ?? []).map((t) => t.toLowerCase());
    return m.entity.kind === 'Country' && wanted.every((t) => tags.includes(t));
  };
  const ordered = reg.ordered().filter((m) => !m.nested);
  const before = ordered.filter((m) => m.end <= c.start && fits(m));
  const sameSentenceAfter = ordered.filter(
    (m) => m.start >= c.end && m.sentence === (ctx.words[c.start] as Word).sentence && fits(m),
  );
  const target = before[before.length - 1] ?? sameSentenceAfter[0];
  if (target) reg.mention(target.entity, c.start, c.end, c);
}

/** "Memorandum of Understanding (MOU)": the acronym in brackets joins the entity before it, here and later. */
function resolveAcronyms(ctx: DetectionContext, reg: EntityRegistry): void {
  const taken = new Uint8Array(ctx.words.length);
  for (const m of reg.mentions) taken.fill(1, m.start, m.end);
  const defined = new Map<string, ResolvedMention>();
  const ordered = reg.ordered();
  const byStart = new Map(ordered.map((m) => [m.start, m]));
  // The acronym may already name an entity of its own, typed before its definition ("RSF fighters").
  const ownEntity = (m: ResolvedMention | undefined) => m && !m.entity.lexicon && m.end - m.start === 1;
  for (const m of ordered) {
    const last = ctx.words[m.end - 1] as Word;
    const acronym = ctx.words[m.end];
    if (!acronym || !/^\s*\(\s*$/.test(last.after) || !acronym.allCaps || !/^\s*\)/.test(acronym.after)) continue;
    if (taken[m.end] && !ownEntity(byStart.get(m.end))) continue;
    // "(R)", "(L)" in a photo caption mark where people stand; an acronym has two letters or more
    // and starts like one of the words it abbreviates, unless it abbreviates an organisation's name
    // in its own language ("the Syrian Democratic Forces (QSD)": Kurdish initials).
    const initials = ctx.words.slice(m.start, m.end).map((w) => w.text[0]?.toUpperCase());
    const foreign = m.entity.kind === 'Organization' && m.end - m.start >= 2;
    if (acronym.text.length < 2 || !(initials.includes(acronym.text[0]?.toUpperCase()) || foreign)) continue;
    defined.set(acronym.key, m);
  }
  for (const w of ctx.words) {
    const source = w.allCaps ? defined.get(w.key) : undefined;
    if (!source || taken[w.index]) continue;
    reg.mention(source.entity, w.index, w.index + 1, {
      ...source.candidate,
      start: w.index,
      end: w.index + 1,
      source: 'acronym',
    });
    taken[w.index] = 1;
  }
  // An unknown all-capitals name typed before the definition ("RSF fighters" in a headline) is the defined entity.
  for (const e of [...reg.byKey.values()]) {
    const source = e.lexicon || !isAllCaps(e.name) ? undefined : defined.get(wordKey(e.name));
    if (source && source.entity !== e) reg.merge(e, source.entity);
  }
}

/**
 * "Korsak" for the "Korsak Group", "Sentinel" for the "Sentinel Force": a
 * name the article also writes with an organisation head after it is that
 * organisation, whatever kind its short form was given.
 */
function joinShortForms(ctx: DetectionContext, reg: EntityRegistry): void {
  const heads = ctx.lexicon.kinds.Organization.nameHeads;
  const orgs = new Map<string, EntityDraft>();
  for (const e of reg.byKey.values()) {
    if (e.kind !== 'Organization') continue;
    for (const form of [e.name, ...e.aliases]) {
      const words = form.split(/\s+/);
      const head = words[words.length - 1] ?? '';
      if (words.length >= 2 && heads.has(head)) orgs.set(nameKey(words.slice(0, -1).join(' ')), e);
    }
  }
  for (const e of [...reg.byKey.values()]) {
    if (e.lexicon || !['Organization', 'Person'].includes(e.kind) || e.name.includes(' ')) continue;
    const full = orgs.get(nameKey(e.name));
    if (full && full !== e) {
      reg.merge(e, full);
      e.tentative = false;
    }
  }
}

/**
 * A gazetteer agreement an unnamed phrase stands for: same topic, and every
 * country the sentence names is one of its parties ("an international nuclear
 * pact" in a sentence about Iran is the Iran nuclear deal).
 */
function lexicalAgreement(
  ctx: DetectionContext,
  reg: EntityRegistry,
  topic: string | null,
  named: string[],
  sentence: number,
): LexiconEntry | null {
  if (topic === null || named.length === 0) return null;
  return (
    [...ctx.lexicon.entries.values()].find(
      (e) =>
        e.kind === 'Agreement' &&
        e.topic === topic &&
        named.every((p) => e.parties?.includes(p)) &&
        (named.length !== 2 || e.parties?.length === 2) &&
        !reg.mentions.some((m) => m.entity.lexicon === e && m.sentence === sentence),
    ) ?? null
  );
}

/**
 * An unnamed agreement's parties: those its phrases name, then the countries
 * of the sentences that speak of it, then (but for several signed at once) the
 * article's main countries, two at most. Relations read them (PARTY_TO); naming completes them later.
 */
function fillAgreementParties(ctx: DetectionContext, reg: EntityRegistry, instances: Instance[]): void {
  const top = articleCountries(reg);
  for (const inst of instances) {
    // "signed a port deal with Somaliland": the partner is named, if as no entity that can be a party.
    if (inst.lexical || inst.kind !== 'Agreement' || inst.unknownPartner) continue;
    const parties = [...inst.draft.parties];
    const bySentence = [...inst.sentenceParties.entries()].sort((a, b) => b[1] - a[1]).map(([p]) => p);
    // A country its own sentences name only as its broker or backer is not filled in from the article either.
    const sentences = new Set(reg.mentions.filter((m) => m.entity === inst.draft).map((m) => m.sentence));
    const backers = new Set(
      reg.mentions
        .filter((m) => sentences.has(m.sentence) && m.entity.kind === 'Country' && isBroker(ctx, m.start, m.end))
        .map((m) => m.entity.name),
    );
    // "a Russian-brokered ceasefire": by demonym too.
    for (const d of ctx.demonyms.values())
      if (sentences.has((ctx.words[d.start] as Word).sentence) && isBroker(ctx, d.start, d.end))
        backers.add(d.entry.name);
    // "planned to sign a final contract at the summit in Egypt": a country its sentences name only where something
    // happens is the venue, no party.
    const locating = new Set<string>();
    const acting = new Set<string>();
    for (const m of reg.mentions)
      if (sentences.has(m.sentence) && m.entity.kind === 'Country')
        (locatesPlace(ctx, m.start) ? locating : acting).add(m.entity.name);
    const venues = new Set([...locating].filter((name) => !acting.has(name)));
    const named = bySentence.filter((p) => !venues.has(p));
    const fill = inst.plural ? named : [...named, ...top.filter((p) => !backers.has(p))];
    for (const p of fill) if (parties.length < 2 && !parties.includes(p)) parties.push(p);
    inst.draft.parties = parties;
  }
}

/** Groups the candidates of one article into entities. */
export function resolveArticle(ctx: DetectionContext): EntityRegistry {
  const reg = new EntityRegistry(ctx.parsed);
  const sorted = [...ctx.candidates].sort((a, b) => a.start - b.start);
  const bySource = (sources: string[]): Candidate[] => sorted.filter((c) => sources.includes(c.source));
  for (const c of bySource(['lexicon', 'metonym', 'institution', 'pattern'])) resolveNamed(ctx, reg, c);
  resolvePeople(ctx, reg, bySource(['name']));
  joinShortForms(ctx, reg);
  fillCounterpartRoles(reg);
  for (const c of bySource(['role-description'])) resolveRoleDescription(ctx, reg, c);
  for (const c of bySource(['state-description'])) resolveStateDescription(ctx, reg, c);
  const instances = resolveNameless(
    ctx,
    reg,
    bySource(['nameless']),
    (sentence) => countriesOfSentence(ctx, reg, sentence, true),
    (topic, parties, sentence) =>
      lexicalAgreement(
        ctx,
        reg,
        topic,
        [...new Set([...parties, ...countriesOfSentence(ctx, reg, sentence, false)])],
        sentence,
      ),
  );
  fillAgreementParties(ctx, reg, instances);
  resolveAcronyms(ctx, reg);
  return reg;
}
