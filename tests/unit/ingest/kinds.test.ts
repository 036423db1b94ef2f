/**
 * The per-kind record: every kind of the ontology has one, in code and in the
 * lexicon, and the loader refuses a lexicon that misses a kind or names an
 * unknown class.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { ENTITY_KINDS } from '../../../core/ontology.js';
import { KIND_RECORDS, KINDS_BY_HEAD_PRIORITY, NAMELESS_KINDS } from '../../../ingest/kinds.js';
import { getLexicon, parseKindWords } from '../../../ingest/lexicon/index.js';

const raw = JSON.parse(readFileSync(new URL('../../../ingest/lexicon/kinds.json', import.meta.url), 'utf8')) as {
  kinds: Record<string, Record<string, unknown>>;
};

describe('the per-kind record', () => {
  it('has a record and word lists for every kind of the ontology', () => {
    expect(Object.keys(KIND_RECORDS).sort()).toEqual([...ENTITY_KINDS].sort());
    expect(Object.keys(getLexicon().kinds).sort()).toEqual([...ENTITY_KINDS].sort());
    expect([...KINDS_BY_HEAD_PRIORITY].sort()).toEqual([...ENTITY_KINDS].sort());
  });

  it('says which kinds may be nameless, and those have head nouns and classes', () => {
    expect(NAMELESS_KINDS).toEqual(['Agreement', 'Conflict']);
    for (const kind of NAMELESS_KINDS) {
      const words = getLexicon().kinds[kind].nameless;
      expect(words?.heads.size).toBeGreaterThan(0);
      for (const cls of words?.heads.values() ?? []) expect(words?.classes.has(cls)).toBe(true);
    }
  });

  it('refuses word lists that miss a kind', () => {
    const { Conflict: _dropped, ...rest } = raw.kinds;
    expect(() => parseKindWords(rest)).toThrow(/Conflict/);
  });

  it('refuses a head noun of an unknown class', () => {
    const broken = structuredClone(raw.kinds) as Record<string, { nameless: { heads: Record<string, string> } | null }>;
    (broken.Agreement?.nameless as { heads: Record<string, string> }).heads.covenant = 'covenant';
    expect(() => parseKindWords(broken)).toThrow(/unknown class "covenant"/);
  });

  it('refuses a kind the ontology does not have', () => {
    expect(() => parseKindWords({ ...raw.kinds, Event: raw.kinds.Conflict })).toThrow(/Event/);
  });

  it('types an unknown name by the head word of any kind', () => {
    const lexicon = getLexicon();
    expect(lexicon.kinds.Organization.nameHeads.has('Front')).toBe(true);
    expect(lexicon.kinds.Place.nameHeads.has('Strip')).toBe(true);
    expect(lexicon.kinds.Country.nameHeads.has('Republic')).toBe(true);
    expect(lexicon.kinds.System.kindNouns.has('drones')).toBe(true);
  });
});
