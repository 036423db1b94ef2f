import { describe, expect, it } from '@jest/globals';
import {
  computeVisibility,
  defaultFilters,
  filtersByEvidence,
  sameFilters,
  type Filters,
} from '../../../client/src/model/filters.js';
import { RELATION_TYPES } from '../../../core/ontology.js';
import { edge, node } from './fixtures.js';

const nodes = [
  node('gantz'),
  node('israel', 'Country'),
  node('mou', 'Agreement'),
  node('rabat', 'Place'),
  node('lonely'),
];
const edges = [
  edge('gantz', 'HOLDS_ROLE', 'israel', { corroboration: 3, articles: ['toi', 'jpost', 'aj'] }),
  edge('gantz', 'SIGNED', 'mou', { corroboration: 2, articles: ['toi', 'aj'] }),
  edge('gantz', 'VISITED', 'rabat', { corroboration: 1, articles: ['jpost'] }),
  edge('israel', 'MENTIONED_WITH', 'rabat', { corroboration: 1, articles: ['aj'] }),
];
const articleSources = new Map<string, string | null>([
  ['toi', 'Times of Israel'],
  ['jpost', 'Jerusalem Post'],
  ['aj', 'Al Jazeera'],
]);
const visibility = (f: Partial<Filters>, keep?: Set<string>) =>
  computeVisibility({ ...defaultFilters(), ...f }, { nodes, edges, articleSources, ...(keep ? { keep } : {}) });

describe('filters by status and time', () => {
  const claimEdges = [
    edge('gantz', 'SIGNED', 'mou', {
      claim: 'disputed',
      reports: [
        { articleId: 'toi', date: '2021-11-24', certainty: 'planned' },
        { articleId: 'aj', date: '2021-12-02', certainty: 'denied' },
      ],
    }),
    edge('gantz', 'VISITED', 'rabat', {
      reports: [{ articleId: 'jpost', date: '2021-11-23', certainty: 'asserted' }],
    }),
    edge('gantz', 'HOLDS_ROLE', 'israel', { reports: [{ articleId: 'anon', date: null, certainty: 'alleged' }] }),
  ];
  const claims = (f: Partial<Filters>) =>
    computeVisibility({ ...defaultFilters(), ...f }, { nodes, edges: claimEdges, articleSources });

  it('hide relations reported only outside the range, and give the others their status within it', () => {
    const november = claims({ until: '2021-11-30' });
    expect([...november.hiddenEdges]).toEqual([]);
    expect(november.claims.get('gantz|SIGNED|mou')).toBe('planned');
    const december = claims({ since: '2021-12-01' });
    expect([...december.hiddenEdges]).toEqual(['gantz|VISITED|rabat']);
    expect(december.claims.get('gantz|SIGNED|mou')).toBe('denied');
    expect([...december.hiddenNodes].sort()).toEqual(['lonely', 'rabat']);
    expect([...claims({ since: '2021-12-01', undated: 'exclude' }).hiddenEdges].sort()).toEqual([
      'gantz|HOLDS_ROLE|israel',
      'gantz|VISITED|rabat',
    ]);
  });

  it('hide the statuses switched off in the legend', () => {
    const v = claims({ hiddenClaims: ['asserted', 'alleged'] });
    expect([...v.hiddenEdges].sort()).toEqual(['gantz|HOLDS_ROLE|israel', 'gantz|VISITED|rabat']);
    expect(filtersByEvidence({ ...defaultFilters(), hiddenClaims: ['denied'] })).toBe(true);
    expect(sameFilters({ ...defaultFilters(), since: '2021-11-01' }, defaultFilters())).toBe(false);
  });
});

describe('filters', () => {
  it('hide the weak co-occurrence link by default and nothing else', () => {
    const v = visibility({});
    expect([...v.hiddenEdges]).toEqual(['israel|MENTIONED_WITH|rabat']);
    expect(v.hiddenNodes.size).toBe(0);
    expect(filtersByEvidence(defaultFilters())).toBe(false);
  });

  it('hide a kind with the relations that touch it', () => {
    const v = visibility({ hiddenKinds: ['Place'] });
    expect([...v.hiddenNodes]).toEqual(['rabat']);
    expect(v.hiddenEdges.has('gantz|VISITED|rabat')).toBe(true);
    expect(v.hiddenEdges.has('gantz|SIGNED|mou')).toBe(false);
  });

  it('keep only corroborated relations, and the nodes they still connect (plus kept ones)', () => {
    const v = visibility({ minCorroboration: 2 }, new Set(['lonely']));
    expect([...v.hiddenEdges].sort()).toEqual(['gantz|VISITED|rabat', 'israel|MENTIONED_WITH|rabat']);
    expect([...v.hiddenNodes]).toEqual(['rabat']);
  });

  it('hide entities left without a shown relation when asked ("only this relation type")', () => {
    const typed = nodes.length;
    const only = visibility({ hiddenTypes: RELATION_TYPES.filter((t) => t !== 'VISITED'), hideUnconnected: true });
    expect([...only.hiddenNodes].sort()).toEqual(
      nodes
        .map((n) => n.id)
        .filter((id) => id !== 'gantz' && id !== 'rabat')
        .sort(),
    );
    expect(typed).toBeGreaterThan(2);
    // Without the flag, a type filter hides relations only.
    expect(visibility({ hiddenTypes: RELATION_TYPES.filter((t) => t !== 'VISITED') }).hiddenNodes.size).toBe(0);
    // The selection and pinned nodes stay.
    expect(
      visibility(
        { hiddenTypes: RELATION_TYPES.filter((t) => t !== 'VISITED'), hideUnconnected: true },
        new Set(['mou']),
      ).hiddenNodes.has('mou'),
    ).toBe(false);
  });

  it('filter by source and by article through the relations evidence', () => {
    const bySource = visibility({ sources: ['Jerusalem Post'] });
    expect([...bySource.hiddenEdges].sort()).toEqual(['gantz|SIGNED|mou', 'israel|MENTIONED_WITH|rabat']);
    expect([...bySource.hiddenNodes].sort()).toEqual(['lonely', 'mou']);
    const byArticle = visibility({ articles: ['aj'], hiddenTypes: [] });
    expect([...byArticle.hiddenEdges]).toEqual(['gantz|VISITED|rabat']);
    expect([...byArticle.hiddenNodes]).toEqual(['lonely']);
  });

  it('compare regardless of order', () => {
    const a = { ...defaultFilters(), hiddenKinds: ['Place', 'Person'] as Filters['hiddenKinds'] };
    const b = { ...defaultFilters(), hiddenKinds: ['Person', 'Place'] as Filters['hiddenKinds'] };
    expect(sameFilters(a, b)).toBe(true);
    expect(sameFilters(a, defaultFilters())).toBe(false);
  });
});
