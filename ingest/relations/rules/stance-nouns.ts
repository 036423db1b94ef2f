/**
 * Parties described by their stance towards another: "its bitter enemy Y",
 * "Y, X's main rival,", "Y is a proxy of X", "X's patron Y". The noun says
 * who stands against or behind whom (lexicon `stanceNouns`); its possessor
 * or "of" phrase names the other party.
 */
import type { EntityKind } from '../../../core/ontology.js';
import { POSSESSIVE_PRONOUNS, type Clause, type NounGroup, type NounPhrase } from '../../clauses/index.js';
import { relationCues, type StanceNoun } from '../../lexicon/relation-cues.js';
import { hasPluralEnding } from '../../parse/nlp.js';
import type { Endpoint } from '../collector.js';
import { endpointsOf } from '../engine/endpoints.js';
import type { RuleContext } from '../engine/engine.js';
import type { SentenceView } from '../sentence-view.js';

const PARTIES: readonly EntityKind[] = ['Country', 'Organization', 'Person'];

const single = (p: NounPhrase): NounGroup => ({ start: p.start, end: p.end, members: [p] });

/** Whose rival, proxy or patron a stance phrase names: its possessor ("Iran's rival"), else its "of" phrase. */
function ownerOf(p: NounPhrase): NounGroup | null {
  return p.possessor ? single(p.possessor) : p.of;
}

/** The stance a phrase's head noun states, or null. */
function stanceOf(ctx: RuleContext, p: NounPhrase): StanceNoun | null {
  return relationCues().stanceNouns.get(ctx.reader.ctx.words[p.head]?.lower ?? '') ?? null;
}

function relate(
  ctx: RuleContext,
  view: SentenceView,
  stance: StanceNoun,
  owners: readonly Endpoint[],
  named: readonly Endpoint[],
  clause?: Clause,
): void {
  for (const a of owners)
    for (const b of named) {
      if (a.entity === b.entity) continue;
      const options = clause ? { clause } : {};
      if (stance === 'rival') ctx.emit('OPPOSES', b, a, view.sentence, options);
      else if (stance === 'proxy') ctx.emit('SUPPORTS', a, b, view.sentence, options);
      else ctx.emit('SUPPORTS', b, a, view.sentence, options);
    }
}

/**
 * The parties a possessor stands for. A possessive pronoun ("its bitter enemy") is the
 * subject of the clause it sits in first ("it recalled its envoy over sales to its enemy Y").
 */
function owners(ctx: RuleContext, view: SentenceView, owner: NounGroup): Endpoint[] {
  const { reader } = ctx;
  const one = owner.members.length === 1 ? owner.members[0] : undefined;
  if (one && one.end - one.start === 1 && POSSESSIVE_PRONOUNS.has(reader.ctx.words[one.start]?.lower ?? '')) {
    const role = ctx.clauses.roleAt(one.start, one.end);
    const subject = role?.clause?.subject;
    if (subject && subject.end <= one.start) {
      const found = endpointsOf(reader, view, subject, PARTIES, { acting: true });
      if (found.length > 0) return found;
    }
  }
  return endpointsOf(reader, view, owner, PARTIES, { acting: true });
}

/** A party (`named`) described by a stance phrase ("X's rival", "a proxy of X"): relates it to X. */
function described(
  ctx: RuleContext,
  view: SentenceView,
  stancePhrase: NounPhrase,
  named: NounGroup,
  clause?: Clause,
): void {
  // "one of Ukraine's main military backers": the phrase "one" is picked from.
  const picked = ctx.reader.ctx.words[stancePhrase.head]?.lower === 'one' ? stancePhrase.of?.members : undefined;
  if (picked?.length === 1) return described(ctx, view, picked[0]!, named, clause);
  const stance = stanceOf(ctx, stancePhrase);
  const owner = ownerOf(stancePhrase);
  if (!stance || !owner) return;
  const parties = endpointsOf(ctx.reader, view, named, PARTIES, { acting: true });
  relate(ctx, view, stance, owners(ctx, view, owner), parties, clause);
}

export function stanceNouns(ctx: RuleContext, view: SentenceView): void {
  const { reader } = ctx;
  const words = reader.ctx.words;
  const sentence = ctx.clauses.sentences[view.sentence.index];
  for (const p of sentence?.phrases ?? []) {
    // "its bitter enemy Azerbaijan", "Israel's arch-rival Iran": the noun before the name in one phrase.
    if (p.possessor)
      for (let k = p.bodyStart; k < p.head; k++) {
        const stance = relationCues().stanceNouns.get(words[k]?.lower ?? '');
        if (!stance) continue;
        const name = view.mentions.find((m) => m.start > k && m.end <= p.end && m.start <= p.head);
        const named = name ? reader.endpoint(name, PARTIES) : null;
        if (named) relate(ctx, view, stance, owners(ctx, view, single(p.possessor)), [named]);
        break;
      }
    // "Y, X's main rival," / "X's main rival, Y,": the stance phrase and the name beside it.
    for (const a of p.appositions) {
      described(ctx, view, a.phrase, single(p));
      described(ctx, view, p, single(a.phrase));
    }
  }
  // "Y is a proxy of X", "Y became X's main arms supplier"; "A and B are bitter rivals".
  for (const c of ctx.clauses.of(view.sentence.index)) {
    const complement = c.objects[0]?.members[0];
    if (['be', 'become', 'remain'].includes(c.predicate.lemma) && c.subject && complement) {
      described(ctx, view, complement, c.subject, c);
      if (isMutualRivalry(ctx, complement)) opposeEachOther(ctx, view, c.subject, c);
    }
    // "India and Pakistan, longtime rivals, held talks": a description of the whole list.
    for (const g of [c.subject, ...c.objects, ...c.preps.map((x) => x.group)])
      if (g?.description && isMutualRivalry(ctx, g.description.phrase)) opposeEachOther(ctx, view, g);
  }
}

/** "rivals", "bitter enemies" with no one they are rivals of: rivals of each other. */
function isMutualRivalry(ctx: RuleContext, p: NounPhrase): boolean {
  const head = ctx.reader.ctx.words[p.head];
  return stanceOf(ctx, p) === 'rival' && !ownerOf(p) && head !== undefined && hasPluralEnding(head.lower);
}

/** The parties of a list oppose each other. */
function opposeEachOther(ctx: RuleContext, view: SentenceView, group: NounGroup, clause?: Clause): void {
  if (group.members.length < 2) return;
  const parties = endpointsOf(ctx.reader, view, group, PARTIES, { acting: true });
  const options = clause ? { clause } : {};
  for (const a of parties)
    for (const b of parties) if (a.entity !== b.entity) ctx.emit('OPPOSES', a, b, view.sentence, options);
}
