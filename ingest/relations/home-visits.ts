/**
 * Nobody visits their own country. A meeting "in Lima" makes its foreign
 * participants visitors of Lima, not the host: a VISITED relation is dropped
 * when the visitor holds a role for the country visited, or for the country
 * the place visited lies in (as the lexicon or the article's LOCATED_IN says).
 */
import type { EntityDraft, ResolvedMention } from '../resolve/registry.js';
import type { CollectedRelation } from './collector.js';

/** The countries (canonical names) a place or country stands in: itself, its lexicon country or seat, and what the article places it in. */
function countriesOf(place: EntityDraft, relations: readonly CollectedRelation[]): Set<string> {
  const out = new Set<string>();
  if (place.kind === 'Country') out.add(place.name);
  for (const name of [place.lexicon?.country, place.lexicon?.seatOf]) if (name) out.add(name);
  for (const r of relations)
    if (r.type === 'LOCATED_IN' && r.subject === place && r.object.kind === 'Country') out.add(r.object.name);
  return out;
}

/** The relations, less the visits of people to their own country (by their roles in the text or HOLDS_ROLE). */
export function withoutHomeVisits(
  relations: readonly CollectedRelation[],
  mentions: readonly ResolvedMention[],
): CollectedRelation[] {
  const home = new Map<EntityDraft, Set<string>>();
  const add = (person: EntityDraft, country: string) => {
    const set = home.get(person) ?? new Set<string>();
    set.add(country);
    home.set(person, set);
  };
  for (const m of mentions) for (const role of m.roles) if (role.country) add(m.entity, role.country);
  for (const r of relations) if (r.type === 'HOLDS_ROLE' && r.object.kind === 'Country') add(r.subject, r.object.name);
  return relations.filter((r) => {
    if (r.type !== 'VISITED') return true;
    const own = home.get(r.subject);
    return !own || ![...countriesOf(r.object, relations)].some((c) => own.has(c));
  });
}
