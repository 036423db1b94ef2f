/**
 * The parties a named agreement's own phrase gives it: its possessor, and
 * whom it is "with" or "between" ("its Mutual Defense Treaty with Manila",
 * "Japan's Reciprocal Access Agreement", "the Nile Basin Treaty between A
 * and B"). An unnamed agreement gets these parties when it is resolved, and
 * is named after them (resolve/nameless.ts, infer.named-parties); a named one
 * keeps its name, so its phrase must say them here.
 */
import type { EntityKind } from '../../../core/ontology.js';
import type { Clause, NounGroup, NounPhrase, PrepArgument } from '../../clauses/types.js';
import type { Word } from '../../parse/parse.js';
import { coordinatedAfter } from '../../resolve/nameless.js';
import type { Endpoint } from '../collector.js';
import { actingEndpoint, endpointsOf, mentionOf } from '../engine/endpoints.js';
import type { RuleContext } from '../engine/engine.js';
import type { SentenceView } from '../sentence-view.js';

const PARTIES: readonly EntityKind[] = ['Country', 'Organization'];

export function namedAgreementParties(ctx: RuleContext, view: SentenceView): void {
  const { reader } = ctx;
  const words = reader.ctx.words;
  for (const p of ctx.clauses.sentences[view.sentence.index]?.phrases ?? []) {
    const agreement = mentionOf(view, p);
    // Unnamed agreements carry a frame, or were resolved to a known one from a description ("a defence
    // agreement with Washington"): their parties come from resolution, not from this phrase.
    if (
      !agreement ||
      agreement.entity.kind !== 'Agreement' ||
      agreement.entity.frame ||
      agreement.candidate.source === 'nameless'
    )
      continue;
    const parties: Endpoint[] = [];
    if (p.possessor) {
      const owner = { start: p.possessor.start, end: p.possessor.end, members: [p.possessor] };
      parties.push(...endpointsOf(reader, view, owner, PARTIES, { acting: true }));
    }
    // The complement must follow the name itself, with no comma: "the Abraham Accords, with Israel ..." is no party.
    const prep = words[agreement.end]?.lower ?? '';
    const joined = /^\s+$/.test((words[agreement.end - 1] as Word).after);
    if (joined && (prep === 'with' || prep === 'between')) {
      const named = coordinatedAfter(reader.ctx, view.mentions, agreement.end + 1, view.sentence.endWord);
      // "between" wants both sides named; a lone name after it is something else ("between 2019 and ...").
      if (prep === 'with' || named.length >= 2)
        for (const m of named) {
          const e = actingEndpoint(reader, m, PARTIES);
          if (e) parties.push(e);
        }
    }
    const self: Endpoint = { entity: agreement.entity, start: agreement.start, end: agreement.end, mention: agreement };
    const seen = new Set<unknown>();
    for (const party of parties) {
      if (seen.has(party.entity)) continue;
      seen.add(party.entity);
      ctx.emit('PARTY_TO', party, self, view.sentence);
    }
  }
}

/** Nouns that call someone a party to an agreement, with the prepositions that name it. */
const PARTY_NOUNS = new Map([
  ['party', ['to']],
  ['parties', ['to']],
  ['signatory', ['to', 'of']],
  ['signatories', ['to', 'of']],
]);

/**
 * "Iran, a signatory to the NPT,", "Chile and Peru are parties to the treaty": who is described as
 * a party or signatory to an agreement is party to it ("a party to the talks" names no agreement).
 */
export function describedParties(ctx: RuleContext, view: SentenceView): void {
  const words = ctx.reader.ctx.words;
  // What a phrase headed by a party noun, with its prepositional phrases, says the party is party to.
  const agreementOf = (p: NounPhrase, preps: readonly PrepArgument[]): NounGroup[] => {
    const allowed = PARTY_NOUNS.get(words[p.head]?.lower ?? '');
    if (!allowed) return [];
    const groups = preps.filter((x) => allowed.includes(x.prep)).map((x) => x.group);
    return p.of && allowed.includes('of') ? [p.of, ...groups] : groups;
  };
  const relate = (party: NounGroup, agreements: readonly NounGroup[], clause?: Clause) => {
    const parties = endpointsOf(ctx.reader, view, party, PARTIES, { acting: true });
    for (const group of agreements)
      for (const agreement of endpointsOf(ctx.reader, view, group, ['Agreement']))
        for (const p of parties) ctx.emit('PARTY_TO', p, agreement, view.sentence, clause ? { clause } : {});
  };
  for (const p of ctx.clauses.sentences[view.sentence.index]?.phrases ?? [])
    for (const a of p.appositions) {
      const agreements = agreementOf(a.phrase, a.preps);
      if (agreements.length > 0) relate({ start: p.start, end: p.end, members: [p] }, agreements);
    }
  for (const c of ctx.clauses.of(view.sentence.index)) {
    const complement = c.objects[0]?.members[0];
    const agreements = complement ? agreementOf(complement, c.preps) : [];
    if (c.predicate.lemma === 'be' && c.subject && agreements.length > 0) relate(c.subject, agreements, c);
  }
}
