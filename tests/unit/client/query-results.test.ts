import { describe, expect, it } from '@jest/globals';
import { cellText, errorOffset, nodeIdOf } from '../../../client/src/model/query-results.js';

const gantz = { label: 'Person', properties: { id: 'benny-gantz', name: 'Benny Gantz' } };

describe('console results', () => {
  it('shows nodes by name and label, relations as arrows, lists joined, nulls as a dash', () => {
    expect(cellText(gantz)).toBe('Benny Gantz (Person)');
    expect(cellText({ type: 'SIGNED', start: 'benny-gantz', end: 'mou', properties: {} })).toBe(
      'benny-gantz -[SIGNED]-> mou',
    );
    expect(cellText([1, 'two', null])).toBe('1, two, —');
    expect(cellText({ a: 1 })).toBe('{"a":1}');
    expect(cellText(42)).toBe('42');
  });

  it('finds the node id in a cell', () => {
    expect(nodeIdOf(gantz)).toBe('benny-gantz');
    expect(nodeIdOf({ label: 'Person' })).toBeNull();
    expect(nodeIdOf('benny-gantz')).toBeNull();
  });

  it('places an error by line and column even when the offset is missing', () => {
    const query = 'MATCH (p:Person)\nRETURN p.nme';
    expect(errorOffset(query, { line: 2, column: 8, offset: -1 })).toBe(17 + 7);
    expect(query.slice(errorOffset(query, { line: 2, column: 8, offset: -1 }))).toBe('p.nme');
    expect(errorOffset(query, { line: 9, column: 1, offset: 5 })).toBe(5);
    expect(errorOffset(query, { line: 0, column: 0, offset: -1 })).toBe(0);
  });
});
