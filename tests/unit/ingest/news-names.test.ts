/** Constructions of news naming the entity reader must see through: ships named after a rank, ranks, classes, nicknames. */
import { describe, expect, it } from '@jest/globals';
import { entity, extract, facts } from './helpers.js';

function kinds(text: string): string[] {
  return extract(text).entities.map((e) => `${e.name}:${e.kind}`);
}

describe('a vessel noun before a name', () => {
  it.each([
    ['The Russian frigate Admiral Golovko called at Port Sudan on Tuesday.', 'Admiral Golovko:System'],
    ['The destroyer Admiral Tributs escorted the convoy through the strait.', 'Admiral Tributs:System'],
    ['Moscow sent the cruiser Marshal Shaposhnikov to the exercise.', 'Marshal Shaposhnikov:System'],
    ['The aircraft carrier Almirante Barroso left Rio de Janeiro.', 'Almirante Barroso:System'],
    ['A Turkish tanker, the vessel Kartal Bey, was detained off Libya.', 'Kartal Bey:System'],
  ])('makes the whole name a system, rank included: %s', (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });

  it('makes no person of the rank-named ship, nor a visit of it', () => {
    const g = extract('The destroyer Admiral Tributs visited Vietnam in March. The Admiral Tributs then sailed home.');
    expect(g.entities.filter((e) => e.kind === 'Person')).toEqual([]);
    expect(facts(g).some((f) => f.includes('VISITED'))).toBe(false);
    expect(entity(g, 'Admiral Tributs')?.mentions).toHaveLength(2);
  });

  it('leaves a known state after a vessel noun to the clause ("the tanker Iran seized")', () => {
    expect(kinds('The tanker Iran seized last month was released on Friday.')).toContain('Iran:Country');
  });

  it('still reads an admiral named without a vessel noun as a person', () => {
    expect(kinds('Admiral Ines Sotomayor said the carrier group would stay in the Gulf.')).toContain(
      'Ines Sotomayor:Person',
    );
  });
});
