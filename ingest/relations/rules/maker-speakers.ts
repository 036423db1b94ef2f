/**
 * Makers who speak of a system: "Egypt will buy the IRIS-T SLM, manufacturer Diehl Defence said",
 * "The manufacturer, Kelvar Tarsk, said Chile had ordered the Borax". A company a maker's noun
 * introduces as the source of a statement makes the system the statement is about. Only when the
 * sentence names one system: of two, the noun does not say which is the company's.
 */
import type { NounGroup } from '../../clauses/types.js';
import { isMakerNoun } from '../../entities/products.js';
import type { ResolvedMention } from '../../resolve/registry.js';
import type { RuleContext } from '../engine/engine.js';
import { isOtherMaker } from '../engine/makers.js';
import type { SentenceView } from '../sentence-view.js';

export function makerSpeakers(ctx: RuleContext, view: SentenceView): void {
  const systems = new Map(view.mentions.filter((m) => m.entity.kind === 'System').map((m) => [m.entity, m]));
  const system = systems.size === 1 ? [...systems.values()][0] : undefined;
  if (!system) return;
  for (const c of ctx.clauses.of(view.sentence.index)) {
    const maker = c.attribution?.source ? makerNamed(ctx, view, c.attribution.source) : null;
    if (!maker || isOtherMaker(ctx.reader.ctx.lexicon, system.entity, maker.entity)) continue;
    ctx.emit(
      'DEVELOPED_BY',
      { entity: system.entity, start: system.start, end: system.end, mention: system },
      { entity: maker.entity, start: maker.start, end: maker.end, mention: maker },
      view.sentence,
    );
    return;
  }
}

/**
 * The company a source names after a maker's noun: "manufacturer Diehl Defence", "its maker Hanwha
 * Aerospace", or in an apposition right after it ("The manufacturer, Kelvar Tarsk,").
 */
function makerNamed(ctx: RuleContext, view: SentenceView, source: NounGroup): ResolvedMention | null {
  const words = ctx.reader.ctx.words;
  for (const member of source.members) {
    const company = view.mentions.find(
      (m) =>
        m.entity.kind === 'Organization' &&
        ((m.start > member.start && m.end <= member.end) ||
          (m.start === member.end && /^\s*,\s*$/.test(words[member.end - 1]?.after ?? ''))),
    );
    if (!company) continue;
    for (let k = member.start; k < company.start; k++) if (isMakerNoun(words[k]!)) return company;
  }
  return null;
}
