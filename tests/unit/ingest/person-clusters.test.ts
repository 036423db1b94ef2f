/**
 * The person index answers exactly what comparing a name with every cluster
 * in order answered (the rule resolution had before it), on invented names
 * with misspellings, shared surnames, family names first and multi-word
 * surnames; and it compares a name with a few clusters, not with all of them.
 */
import { describe, expect, it } from '@jest/globals';
import { nameKey } from '../../../ingest/parse/normalize.js';
import { PersonClusters, sameNameVariant } from '../../../ingest/resolve/person-clusters.js';
import { parseText } from '../../../ingest/parse/parse.js';
import { EntityRegistry, type EntityDraft } from '../../../ingest/resolve/registry.js';
import { nameStream } from '../../support/invented-names.js';

/** A new person's draft, as resolution makes it (each test its own registry). */
function drafts(): (name: string) => EntityDraft {
  const registry = new EntityRegistry(parseText(''));
  return (name) => registry.ensure(`Person:${name}`, name, 'Person');
}

/** The rule as a scan of every cluster in order. */
const scan = {
  variantOrLonger(all: readonly EntityDraft[], name: string) {
    const ends = (full: string) => {
      const f = nameKey(full).split(' ');
      const s = nameKey(name).split(' ');
      return s.length >= 2 && s.length < f.length && f.slice(-s.length).join(' ') === s.join(' ');
    };
    return all.find((d) => sameNameVariant(d.name, name) || ends(d.name));
  },
  variant: (all: readonly EntityDraft[], name: string) => all.find((d) => sameNameVariant(d.name, name)),
  bySurname(all: readonly EntityDraft[], surname: string) {
    const later = all.filter((d) => d.name.toLowerCase().split(/\s+/).slice(1).includes(surname));
    const matches = later.length > 0 ? later : all.filter((d) => d.name.toLowerCase().split(/\s+/)[0] === surname);
    return matches.sort((a, b) => b.mentions.length - a.mentions.length)[0];
  },
};

describe('PersonClusters', () => {
  it.each([1, 2, 3])('finds what a scan of every cluster finds (seed %i)', (seed) => {
    const clusters = new PersonClusters();
    const draft = drafts();
    const mismatches: string[] = [];
    for (const name of nameStream(800, seed)) {
      const lone = !name.includes(' ');
      const expected = lone
        ? scan.bySurname(clusters.all, name.toLowerCase())
        : scan.variantOrLonger(clusters.all, name);
      const found = lone ? clusters.bySurname(name.toLowerCase()) : clusters.variantOrLonger(name);
      if (found !== expected) mismatches.push(`${name}: ${found?.name} instead of ${expected?.name}`);
      if (!lone && clusters.variant(name) !== scan.variant(clusters.all, name)) mismatches.push(`variant of ${name}`);
      const target = found ?? draft(name);
      if (!found) clusters.add(target);
      target.mentions.push({ start: 0, end: 0, text: name });
    }
    expect(mismatches).toEqual([]);
  });

  it('compares a new name with a few clusters, not with every one', () => {
    const clusters = new PersonClusters();
    const draft = drafts();
    const names = nameStream(6000, 4).filter((n) => n.includes(' '));
    let lookups = 0;
    for (const name of names) {
      lookups++;
      if (!clusters.variantOrLonger(name)) clusters.add(draft(name));
    }
    const perLookup = clusters.comparisons / lookups;
    // A scan compares each name with half the clusters on average: here hundreds.
    expect(clusters.all.length).toBeGreaterThan(1000);
    expect(perLookup).toBeLessThan(clusters.all.length / 50);
  });
});
