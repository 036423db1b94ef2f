/**
 * A contract signed for a system is its purchase: "Indonesia signed a
 * contract with France for 42 Rafale jets" (Indonesia acquires the Rafale).
 * The verb does not say who buys: the signer may be the seller ("Dassault
 * signed a contract with Indonesia for 42 Rafale jets"). Who makes the system
 * tells them apart: the buyer is the signer unless the signer makes it, then
 * the party it signed with. A maker is what the article says (DEVELOPED_BY,
 * read before this rule) or the gazetteer's developer of the system, and a
 * maker's country counts as the maker.
 */
import type { Certainty } from '../../../core/claims.js';
import type { EntityKind } from '../../../core/ontology.js';
import { nameKey } from '../../parse/normalize.js';
import { relationCues } from '../../lexicon/relation-cues.js';
import type { EntityDraft } from '../../resolve/registry.js';
import type { Endpoint } from '../collector.js';
import { endpointsOf } from '../engine/endpoints.js';
import { gazetteerMakers, isNamedAmong } from '../engine/makers.js';
import type { RuleContext } from '../engine/engine.js';
import type { SentenceView } from '../sentence-view.js';

const BUYERS: readonly EntityKind[] = ['Country', 'Organization'];
/** A contract that is only wanted or planned is a system sought, as "wants to buy" is. */
const WISHES: ReadonlySet<Certainty> = new Set(['sought', 'planned']);

export function contractBuyers(ctx: RuleContext, views: readonly SentenceView[]): void {
  const { reader } = ctx;
  const cues = relationCues().lemmas;
  const signing = new Set([...cues.sign, ...cues.conclude]);
  const makers = makersOf(ctx);
  for (const view of views)
    for (const c of ctx.clauses.of(view.sentence.index)) {
      if (!signing.has(c.predicate.lemma) || c.speech) continue;
      if (endpointsOf(reader, view, c.theme, ['Agreement']).length === 0) continue;
      const systems = c.preps
        .filter((p) => p.prep === 'for')
        .flatMap((p) => endpointsOf(reader, view, p.group, ['System']));
      if (systems.length === 0) continue;
      const signers = endpointsOf(reader, view, c.agent, BUYERS);
      const partners = c.preps
        .filter((p) => p.prep === 'with')
        .flatMap((p) => endpointsOf(reader, view, p.group, BUYERS));
      for (const system of systems) {
        const maker = makers(system.entity);
        const notMaker = (e: Endpoint) => !maker(e.entity);
        const buyers = signers.some(notMaker) ? signers.filter(notMaker) : partners.filter(notMaker);
        const sought = WISHES.has(c.certainty);
        for (const buyer of buyers)
          ctx.emit(sought ? 'SEEKS' : 'ACQUIRED', buyer, system, view.sentence, {
            clause: c,
            certainty: sought ? 'asserted' : c.certainty,
          });
      }
    }
}

/** Whether an entity makes a system, by the article's DEVELOPED_BY or the gazetteer's developer (or its country). */
function makersOf(ctx: RuleContext): (system: EntityDraft) => (e: EntityDraft) => boolean {
  const lexicon = ctx.reader.ctx.lexicon;
  return (system) => {
    const names = gazetteerMakers(lexicon, system);
    const add = (name: string | undefined | null) => {
      if (name) names.add(nameKey(name));
    };
    for (const r of ctx.out.all()) {
      if (r.type !== 'DEVELOPED_BY' || r.subject !== system) continue;
      add(r.object.name);
      add(r.object.lexicon?.name);
      add(r.object.country);
    }
    return (e) => isNamedAmong(names, e);
  };
}
