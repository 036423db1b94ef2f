/**
 * Relations that follow from what was already found, as the annotation
 * conventions read them: the parties of an unnamed agreement are party to it
 * (and a normalisation agreement normalises their relations); the parties of
 * an unnamed conflict are involved in it and oppose each other; a state whose
 * office holder signs an agreement is party to it; places the gazetteer puts
 * in a country the article names are located in it. Last, names sharing a
 * sentence with no typed relation get the weak MENTIONED_WITH.
 */
import type { ParsedText, Sentence } from '../../parse/parse.js';
import type { EntityDraft, EntityRegistry, ResolvedMention } from '../../resolve/registry.js';
import type { RuleContext } from '../engine/engine.js';

function mentionsOf(reg: EntityRegistry, e: EntityDraft): ResolvedMention[] {
  return reg.ordered().filter((m) => m.entity === e);
}

/** The first sentence naming both entities, else the first naming `a`. */
function sharedEvidence(
  reg: EntityRegistry,
  parsed: ParsedText,
  a: EntityDraft,
  b: EntityDraft,
): { sentence: Sentence; a: ResolvedMention; b: ResolvedMention | null } | null {
  const ma = mentionsOf(reg, a);
  const mb = mentionsOf(reg, b);
  for (const x of ma) {
    const y = mb.find((m) => m.sentence === x.sentence);
    if (y) return { sentence: parsed.sentences[x.sentence] as Sentence, a: x, b: y };
  }
  const first = ma[0];
  return first ? { sentence: parsed.sentences[first.sentence] as Sentence, a: first, b: null } : null;
}

function endpoint(
  e: EntityDraft,
  m: ResolvedMention | null,
  fallback: ResolvedMention,
): { entity: EntityDraft; start: number; end: number } {
  const at = m ?? fallback;
  return { entity: e, start: at.start, end: at.end };
}

/** Rules reading backing or brokering; a seller also SUPPORTS its buyer (supply.supports) and is party to the sale. */
const BACKING_RULES = new Set(['support.backer', 'broker.supports', 'compound.backed-made']);

/** The parties of an unnamed agreement are party to it; of an unnamed conflict, involved in it and opposed. */
export function namedParties(ctx: RuleContext): void {
  const { reader, registry: reg, out } = ctx;
  const parsed = reader.ctx.parsed;
  // Who backs whom, read once: this step adds no SUPPORTS of its own.
  const backing = new Map<EntityDraft, Set<EntityDraft>>();
  for (const r of out.all()) {
    if (r.type !== 'SUPPORTS' || !r.evidence.some((x) => BACKING_RULES.has(x.rule))) continue;
    backing.set(r.subject, (backing.get(r.subject) ?? new Set()).add(r.object));
  }
  for (const e of [...reg.byKey.values()]) {
    if (e.parties.length === 0 || e.mentions.length === 0) continue;
    // Parties are countries, or organisations (an armed group, a company) acting in their own name.
    const parties = e.parties
      .map((p) => reader.existingCountry(p) ?? reg.named(p, ['Organization']))
      .filter((p): p is EntityDraft => p !== null);
    // "a deal with China, which brokered it", "the agreement, backed by Ethiopia": a broker or backer
    // of the agreement, or of one of its parties, is no party of its own.
    const supports = (a: EntityDraft, b: EntityDraft): boolean => backing.get(a)?.has(b) ?? false;
    const backer = (p: EntityDraft): boolean => supports(p, e) || parties.some((q) => q !== p && supports(p, q));
    for (const p of parties) {
      if (e.kind === 'Agreement' && backer(p)) continue;
      const ev = sharedEvidence(reg, parsed, e, p);
      if (!ev) continue;
      const self = endpoint(e, ev.a, ev.a);
      const party = endpoint(p, ev.b, ev.a);
      if (e.kind === 'Agreement') out.add('PARTY_TO', party, self, ev.sentence);
      if (e.kind === 'Conflict') out.add('INVOLVED_IN', party, self, ev.sentence);
    }
    // A conflict's parties oppose each other, but one that backs the other is on its side.
    const [a, b] = e.kind === 'Conflict' ? parties.filter((p) => !parties.some((q) => supports(p, q))) : parties;
    if (a && b) {
      const ev = sharedEvidence(reg, parsed, e, a);
      if (!ev) continue;
      const ea = endpoint(a, ev.b, ev.a);
      const eb = endpoint(b, null, ev.a);
      if (e.kind === 'Conflict') out.add('OPPOSES', ea, eb, ev.sentence);
      if (e.kind === 'Agreement' && /normalization/.test(e.name))
        out.add('RELATIONS_WITH', ea, eb, ev.sentence, { status: 'normalized' });
    }
  }
}

/**
 * A state is party to what its office holder signs, as surely as the signing
 * is stated: a signing only planned, alleged or denied makes the state's
 * part planned, alleged or denied too, on the word of the same source.
 */
export function officeHolderSigns(ctx: RuleContext): void {
  const { reader, registry: reg, out } = ctx;
  const parsed = reader.ctx.parsed;
  for (const r of out.all()) {
    if (r.type !== 'SIGNED' || r.subject.kind !== 'Person') continue;
    for (const role of out.all()) {
      if (role.type !== 'HOLDS_ROLE' || role.subject !== r.subject || role.object.kind !== 'Country') continue;
      const ev = r.evidence[0];
      const sentence = ev ? parsed.sentences.find((s) => s.start === ev.start) : undefined;
      const m = sentence ? reg.mentions.find((x) => x.entity === r.object && x.sentence === sentence.index) : undefined;
      if (ev && sentence && m)
        out.add(
          'PARTY_TO',
          { entity: role.object, start: m.start, end: m.end },
          { entity: r.object, start: m.start, end: m.end },
          sentence,
          {},
          { rule: out.rule, certainty: ev.certainty, attribution: ev.attribution },
        );
    }
  }
}

/** Places the gazetteer puts in a country the article names. */
export function gazetteerPlaces(ctx: RuleContext): void {
  const { reader, registry: reg, out } = ctx;
  const parsed = reader.ctx.parsed;
  for (const e of [...reg.byKey.values()]) {
    const country = e.kind === 'Place' ? reader.existingCountry(e.lexicon?.country ?? null) : null;
    if (!country || e.mentions.length === 0) continue;
    const ev = sharedEvidence(reg, parsed, e, country);
    if (ev) out.add('LOCATED_IN', endpoint(e, ev.a, ev.a), endpoint(country, ev.b, ev.a), ev.sentence);
  }
}

/** A state's own armed forces: the gazetteer's, or those named after the state's demonym ("Armenian forces"). */
function isArmedForces(e: EntityDraft): boolean {
  return e.lexicon?.type === 'armed_forces' || (!e.lexicon && / Armed Forces$/.test(e.name));
}

/**
 * A state's armed forces or ministry acquiring or seeking a system is the state acquiring or seeking it;
 * its armed forces fighting in a conflict is the state's part in it.
 */
export function stateThroughForces(ctx: RuleContext): void {
  const { reader, out } = ctx;
  const parsed = reader.ctx.parsed;
  for (const r of out.all()) {
    const acting =
      r.type === 'ACQUIRED' || r.type === 'SEEKS' || (r.type === 'INVOLVED_IN' && isArmedForces(r.subject));
    if (!acting || r.subject.kind !== 'Organization') continue;
    const state = reader.existingCountry(r.subject.country);
    if (!state) continue;
    for (const ev of r.evidence) {
      const sentence = parsed.sentences.find((s) => s.start === ev.start);
      if (!sentence) continue;
      const span = ev.subject ?? { start: ev.start, end: ev.end };
      const at = reader.ctx.words.find((w) => w.start >= span.start)?.index ?? sentence.firstWord;
      out.add(
        r.type,
        { entity: state, start: at, end: at + 1 },
        { entity: r.object, start: at, end: at + 1 },
        sentence,
        {},
        {
          rule: out.rule,
          certainty: ev.certainty,
          attribution: ev.attribution,
        },
      );
    }
  }
}
