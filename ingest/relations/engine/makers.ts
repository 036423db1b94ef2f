/**
 * Who makes a system, as the gazetteer knows it: its developer and the
 * developer's country. This is background knowledge, so it never states a
 * DEVELOPED_BY; it tells a maker from someone else who handles the system (a
 * signer that sells it, a state that resells or hands on arms it bought).
 */
import { nameKey } from '../../parse/normalize.js';
import type { Lexicon } from '../../lexicon/index.js';
import type { EntityDraft } from '../../resolve/registry.js';

/** The country the gazetteer's developer of a system belongs to (or is), if it knows both. */
export function makerCountry(lexicon: Lexicon, system: EntityDraft): string | null {
  const developer = system.lexicon?.developer;
  if (!developer) return null;
  if (lexicon.countries.has(developer)) return developer;
  return lexicon.organizationsByName.get(nameKey(developer))?.country ?? null;
}

/** Name keys of the gazetteer's developer of a system and of its country (`country`, when already read). */
export function gazetteerMakers(
  lexicon: Lexicon,
  system: EntityDraft,
  country = makerCountry(lexicon, system),
): Set<string> {
  const names = new Set<string>();
  const developer = system.lexicon?.developer;
  if (developer) names.add(nameKey(developer));
  if (country) names.add(nameKey(country));
  return names;
}

/** Whether an entity goes by one of these name keys, by its own name or its gazetteer entry's. */
export function isNamedAmong(names: ReadonlySet<string>, e: EntityDraft): boolean {
  return names.has(nameKey(e.name)) || (e.lexicon !== undefined && names.has(nameKey(e.lexicon.name)));
}

/**
 * Whether the gazetteer names another maker of the system than this candidate. Only when it knows
 * the developer's country: a developer alone (a design bureau with no country) says too little.
 */
export function isOtherMaker(lexicon: Lexicon, system: EntityDraft, candidate: EntityDraft): boolean {
  const country = makerCountry(lexicon, system);
  return country !== null && !isNamedAmong(gazetteerMakers(lexicon, system, country), candidate);
}
