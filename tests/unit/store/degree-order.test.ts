import { describe, expect, it } from '@jest/globals';
import { seededRandom } from '../../../core/random.js';
import { DegreeOrder } from '../../../core/store/degree-order.js';

/** Entities by internal id: a degree, or undefined for an id no longer in use. */
function entities(degrees: Array<number | undefined>) {
  return { size: () => degrees.length, degreeOf: (internal: number) => degrees[internal] };
}

/** What descending() must give: present ids, highest degree first. */
function expectDescending(order: DegreeOrder, degrees: Array<number | undefined>): void {
  const read = [...order.descending()];
  const present = degrees.flatMap((d, internal) => (d === undefined ? [] : [internal]));
  expect([...read].sort((a, b) => a - b)).toEqual(present);
  const readDegrees = read.map((internal) => degrees[internal]!);
  expect(readDegrees).toEqual([...readDegrees].sort((a, b) => b - a));
}

describe('entities in order of degree', () => {
  it('reads the sorted entities, highest degree first, ids gone left out', () => {
    const degrees = [3, 9, undefined, 1, 9, 0];
    const order = new DegreeOrder(entities(degrees));
    order.resort();
    expect([...order.descending()].map((i) => degrees[i])).toEqual([9, 9, 3, 1, 0]);
    expectDescending(order, degrees);
  });

  it('merges entities changed since the sort, new and gone ones too, in their new place', () => {
    const degrees: Array<number | undefined> = [5, 4, 3, 2, 1];
    const order = new DegreeOrder(entities(degrees));
    order.resort();
    degrees[4] = 7; // rose to the top
    degrees[0] = undefined; // gone
    degrees[5] = 3; // new, beside an equal one
    degrees[1] = 0; // fell to the bottom
    for (const internal of [4, 0, 5, 1]) order.touch(internal);
    expect([...order.descending()]).toEqual([4, expect.any(Number), expect.any(Number), 3, 1]);
    expectDescending(order, degrees);
  });

  it('stays in order through many writes, sorting afresh now and then', () => {
    const random = seededRandom(11);
    const degrees: Array<number | undefined> = Array.from({ length: 3_000 }, () => Math.floor(random() * 50));
    const order = new DegreeOrder(entities(degrees));
    order.resort();
    for (let write = 0; write < 40; write++) {
      // A write: some entities gain relations, a few are deleted, a few are new.
      for (let i = 0; i < 100; i++) {
        const internal = Math.floor(random() * (degrees.length + 5));
        degrees[internal] = random() < 0.05 ? undefined : Math.floor(random() * 80);
        order.touch(internal);
      }
      expectDescending(order, degrees);
    }
  });
});
