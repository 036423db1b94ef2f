/**
 * A relation's evidence in the two shapes the stores keep it in (Kuzu one
 * JSON text, Neo4j parallel lists), written and read back by records.ts.
 */
import { describe, expect, it } from '@jest/globals';
import { evidenceColumns, storedEvidence, toGraphEdge, type StoredEvidence } from '../../../core/store/records.js';
import type { Row } from '../../../core/store/values.js';

const stated: StoredEvidence = {
  article: 'a1',
  sentence: 'Ruritania bought two "Sentinel" radars \\ a line break\nhere.',
  start: 120,
  end: 180,
  subject: { start: 120, end: 129 },
  object: null,
  certainty: 'asserted',
  attribution: null,
  rule: 'acquire.verb',
};
const denied: StoredEvidence = {
  article: 'a2',
  sentence: 'Officials in Ruritania denied buying the radars.',
  start: 0,
  end: 48,
  subject: null,
  object: { start: 41, end: 47 },
  certainty: 'denied',
  attribution: { entity: null, text: 'Officials in Ruritania' },
  rule: null,
};

describe('evidence columns', () => {
  it.each(['kuzu', 'neo4j'] as const)('reads back what it writes for %s', (dialect) => {
    const row = evidenceColumns([stated, denied], dialect) as Row;
    expect(storedEvidence(row)).toEqual([stated, denied]);
  });

  it('packs the entries into one JSON text for Kuzu and parallel lists for Neo4j', () => {
    expect(Object.keys(evidenceColumns([stated], 'kuzu'))).toEqual(['evidence']);
    expect(JSON.parse(String(evidenceColumns([stated], 'kuzu').evidence))).toEqual([stated]);
    expect(evidenceColumns([stated, denied], 'neo4j')).toMatchObject({
      evArticle: ['a1', 'a2'],
      evSubjectStart: [120, -1],
      evObjectStart: [-1, 41],
      evCertainty: ['asserted', 'denied'],
      evSourceText: ['', 'Officials in Ruritania'],
      evRule: ['acquire.verb', ''],
    });
  });

  it('keeps only the fields of an entry, whatever else the object carries', () => {
    const withTitle = { ...stated, articleTitle: 'Radars', relationId: 'ruritania|ACQUIRED|sentinel' };
    expect(JSON.parse(String(evidenceColumns([withTitle], 'kuzu').evidence))).toEqual([stated]);
  });

  it("gives an edge its reports, one per sentence, from either store's shape", () => {
    const edge = (columns: Record<string, unknown>) =>
      toGraphEdge({ id: 'ruritania|ACQUIRED|sentinel', articles: ['a1', 'a2'], ...columns } as Row);
    for (const dialect of ['kuzu', 'neo4j'] as const) {
      const read = edge(evidenceColumns([stated, denied], dialect));
      expect(read?.reports).toEqual([
        { articleId: 'a1', date: null, certainty: 'asserted' },
        { articleId: 'a2', date: null, certainty: 'denied' },
      ]);
      expect(read?.claim).toBe('disputed');
    }
    // A map with no evidence (an analyst's own) keeps the stored status.
    expect(edge({ claim: 'alleged' })?.claim).toBe('alleged');
  });

  it('reads an entry that lacks the later fields as asserted, in the article voice, with no rule', () => {
    const older = JSON.stringify([{ article: 'a1', sentence: 'S.', start: 0, end: 2, subject: null, object: null }]);
    expect(storedEvidence({ evidence: older })).toEqual([
      { ...stated, sentence: 'S.', start: 0, end: 2, subject: null, rule: null },
    ]);
  });

  it('refuses packed evidence that is not a list of entries', () => {
    expect(() => storedEvidence({ evidence: 'not json' })).toThrow(/not JSON/);
    expect(() => storedEvidence({ evidence: '{"article":"a1"}' })).toThrow(/not a list/);
    expect(() => storedEvidence({ evidence: '[{"sentence":"S."}]' })).toThrow(/article/);
  });
});
