/**
 * Visits inferred from visits: whoever visits a city or a site visits the
 * country it lies in, when the article names that country ("met in Lima"
 * is a visit to Peru too). The country is the place's in the gazetteer (its
 * country or the state it is the seat of) or what the article locates it in.
 * A visit to one's own country is dropped later (relations/home-visits.ts).
 */
import type { EntityDraft } from '../../resolve/registry.js';
import type { CollectedRelation } from '../collector.js';
import type { RuleContext } from '../engine/engine.js';

/** The country a place lies in, by the gazetteer or by the article's LOCATED_IN, if the article names it. */
function countryOf(ctx: RuleContext, place: EntityDraft, relations: readonly CollectedRelation[]): EntityDraft | null {
  const { reader } = ctx;
  const listed = reader.existingCountry(place.lexicon?.country ?? place.lexicon?.seatOf ?? null);
  if (listed) return listed;
  const located = relations.find((r) => r.type === 'LOCATED_IN' && r.subject === place && r.object.kind === 'Country');
  return located ? located.object : null;
}

/** VISITED the country of every place visited. */
export function visitedCountries(ctx: RuleContext): void {
  const parsed = ctx.reader.ctx.parsed;
  const relations = ctx.out.all();
  for (const r of relations) {
    if (r.type !== 'VISITED' || r.object.kind !== 'Place') continue;
    const country = countryOf(ctx, r.object, relations);
    if (!country) continue;
    for (const ev of r.evidence) {
      const sentence = parsed.sentences.find((s) => s.start === ev.start);
      if (!sentence) continue;
      const at = ctx.reader.ctx.words.find((w) => w.start >= (ev.object ?? ev).start)?.index ?? sentence.firstWord;
      ctx.emit(
        'VISITED',
        { entity: r.subject, start: at, end: at + 1 },
        { entity: country, start: at, end: at + 1 },
        sentence,
        {
          certainty: ev.certainty,
        },
      );
    }
  }
}
