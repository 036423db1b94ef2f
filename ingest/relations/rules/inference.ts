/**
 * Relations that follow from what was already found, as the annotation
 * conventions read them: the parties of an unnamed agreement are party to it
 * (and a normalisation agreement normalises their relations); the parties of
 * an unnamed conflict are involved in it and oppose each other; a state whose
 * office holder signs an agreement is party to it; places the gazetteer puts
 * in a country the article names are located in it. Last, names sharing a
 * sentence with no typed relation get the weak MENTIONED_WITH.
 */
import type { EntityDraft, EntityRegistry, ResolvedMention } from '../resolve/registry.js';
import type { ParsedText, Sentence, Word } from '../parse/parse.js';
import type { RelationCollector } from './collector.js';
import type { SentenceReader, SentenceView } from './sentence-view.js';

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

export function inferRelations(reader: SentenceReader, reg: EntityRegistry, out: RelationCollector): void {
  const parsed = reader.ctx.parsed;
  out.rule = 'infer.parties';
  for (const e of [...reg.byKey.values()]) {
    if (e.parties.length === 0 || e.mentions.length === 0) continue;
    const parties = e.parties.map((p) => reader.existingCountry(p)).filter((p): p is EntityDraft => p !== null);
    for (const p of parties) {
      const ev = sharedEvidence(reg, parsed, e, p);
      if (!ev) continue;
      const self = endpoint(e, ev.a, ev.a);
      const party = endpoint(p, ev.b, ev.a);
      if (e.kind === 'Agreement') out.add('PARTY_TO', party, self, ev.sentence);
      if (e.kind === 'Conflict') out.add('INVOLVED_IN', party, self, ev.sentence);
    }
    const [a, b] = parties;
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
  // A state is party to what its office holder signs.
  out.rule = 'infer.office-holder-signs';
  for (const r of out.all()) {
    if (r.type !== 'SIGNED' || r.subject.kind !== 'Person') continue;
    for (const role of out.all()) {
      if (role.type !== 'HOLDS_ROLE' || role.subject !== r.subject || role.object.kind !== 'Country') continue;
      const ev = r.evidence[0];
      const sentence = ev ? parsed.sentences.find((s) => s.start === ev.start) : undefined;
      const m = sentence ? reg.mentions.find((x) => x.entity === r.object && x.sentence === sentence.index) : undefined;
      if (sentence && m)
        out.add(
          'PARTY_TO',
          { entity: role.object, start: m.start, end: m.end },
          { entity: r.object, start: m.start, end: m.end },
          sentence,
        );
    }
  }
  // Places the gazetteer puts in a country the article names.
  out.rule = 'infer.gazetteer-place';
  for (const e of [...reg.byKey.values()]) {
    const country = e.kind === 'Place' ? reader.existingCountry(e.lexicon?.country ?? null) : null;
    if (!country || e.mentions.length === 0) continue;
    const ev = sharedEvidence(reg, parsed, e, country);
    if (ev) out.add('LOCATED_IN', endpoint(e, ev.a, ev.a), endpoint(country, ev.b, ev.a), ev.sentence);
  }
}

/** Every pair of entities named in one sentence without a typed relation between them. */
export function mentionedWith(views: readonly SentenceView[], out: RelationCollector): void {
  out.rule = 'co-mention';
  for (const view of views) {
    const seen = new Map<EntityDraft, ResolvedMention>();
    for (const m of [...view.mentions, ...view.titleCountries]) if (!seen.has(m.entity)) seen.set(m.entity, m);
    const list = [...seen.values()];
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i] as ResolvedMention;
        const b = list[j] as ResolvedMention;
        if (out.linked(a.entity, b.entity)) continue;
        out.add(
          'MENTIONED_WITH',
          { entity: a.entity, start: a.start, end: a.end },
          { entity: b.entity, start: b.start, end: b.end },
          view.sentence,
        );
      }
    }
  }
}

export type { Word };
