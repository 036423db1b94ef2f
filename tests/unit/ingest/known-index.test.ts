/**
 * Linking across articles finds, through its person indexes, exactly the
 * known entity that comparing a name with every known entity in order found
 * (the rule it had before them), over a run of invented names with
 * respellings, shared surnames and repeated people.
 */
import { describe, expect, it } from '@jest/globals';
import type { ExtractedEntity, KnownEntity } from '../../../core/domain.js';
import { slugify } from '../../../core/names.js';
import { KnownIndex, isNameLike } from '../../../ingest/link/link.js';
import { nameKey } from '../../../ingest/parse/normalize.js';
import { sameNameVariant } from '../../../ingest/resolve/person-clusters.js';
import { nameStream } from '../../support/invented-names.js';

/** The rule as a scan of every known entity, in the order they became known. */
function scanMatch(known: readonly KnownEntity[], e: ExtractedEntity): KnownEntity | null {
  const same = known.find((k) => k.id === e.id);
  if (same && same.kind === e.kind) return same;
  for (const alias of [e.name, ...e.aliases].filter(isNameLike)) {
    const hits = known.filter(
      (k) => k.kind === e.kind && [k.name, ...k.aliases].some((a) => isNameLike(a) && nameKey(a) === nameKey(alias)),
    );
    if (hits.length === 1) return hits[0]!;
  }
  const people = known.filter((k) => k.kind === 'Person');
  if (e.name.includes(' ')) return people.find((k) => sameNameVariant(k.name, e.name)) ?? null;
  const bySurname = people.filter((k) => nameKey(k.name).split(' ').pop() === nameKey(e.name));
  return bySurname.length === 1 ? bySurname[0]! : null;
}

function person(name: string): ExtractedEntity {
  return { id: slugify(name), name, kind: 'Person', aliases: [name], roles: [], mentions: [] };
}

describe('KnownIndex', () => {
  it.each([1, 2, 3])('matches a person as a scan of everyone known does (seed %i)', (seed) => {
    const index = new KnownIndex([{ id: 'kenya', name: 'Kenya', kind: 'Country', aliases: ['Kenya'] }]);
    const mismatches: string[] = [];
    let matched = 0;
    for (const name of nameStream(1500, seed)) {
      const e = person(name);
      const expected = scanMatch(index.entities(), e);
      const found = index.match(e);
      if (found?.id !== expected?.id) mismatches.push(`${name}: ${found?.name} instead of ${expected?.name}`);
      if (found) matched++;
      // As a run links: a match lends the known entity this spelling, anything else becomes known.
      index.add(found ? { ...found, aliases: [name] } : { id: e.id, name, kind: 'Person', aliases: [name] });
    }
    expect(mismatches).toEqual([]);
    // The stream respells earlier names often: the comparison means something only if many are found.
    expect(matched).toBeGreaterThan(300);
  });
});
