/**
 * The graph-store test suite, run against embedded Kuzu always and against
 * Neo4j when NEO4J_URI is set. The store under test is real: only the
 * database behind it differs.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ArticleFields } from '../../core/curation/edits.js';
import type { ArticleGraph, GraphStats } from '../../core/domain.js';
import { silentLogger } from '../../core/logger.js';
import { CypherGraphStore } from '../../core/store/graph-store.js';
import type { GraphStore } from '../../core/store/port.js';
import type { CypherRunner } from '../../core/store/runner.js';
import { expectAppError } from './app-error.js';
import { articleGraph, type EntityFact } from './article-factory.js';
import { recordingRunner } from './recording-runner.js';
import { ALL_CLAIM_GRAPHS } from './claim-graphs.js';
import { ALL_SAMPLE_GRAPHS, SAMPLE_GRAPHS } from './sample-graphs.js';

export interface SuiteTarget {
  /** Opens a runner on an empty database with the schema in place. */
  openRunner(): Promise<CypherRunner>;
  /** Catalogue queries this target is not expected to run (e.g. GDS ranking without GDS). */
  optionalQueries?: string[];
}

/** Stats to compare across calls: PageRank sums floats in parallel, so its scores are compared to a few digits. */
export function comparableStats(s: GraphStats) {
  const central = s.mostCentral
    .map((c) => [c.score.toFixed(4), c.id])
    .sort((a, b) => b[0]!.localeCompare(a[0]!) || a[1]!.localeCompare(b[1]!));
  return { ...s, mostCentral: central };
}

export function describeStoreSuite(name: string, target: SuiteTarget): void {
  describe(`graph store on ${name}`, () => {
    let store: GraphStore;
    let runner: CypherRunner;
    const seen = new Set<string>();
    /** Every catalogue call in order; a test empties it to count the queries of one read. */
    const calls: string[] = [];

    beforeAll(async () => {
      runner = await target.openRunner();
      seen.add('entity-locate');
      store = new CypherGraphStore(recordingRunner(runner, seen, calls), silentLogger(), {
        consoleTimeoutMs: 2000,
        consoleRowCap: 50,
      });
      for (const graph of ALL_SAMPLE_GRAPHS) await store.loadArticle(graph);
    });

    afterAll(async () => {
      await store?.close();
    });

    it('counts what the three articles state, one edge per repeated or mirrored fact', async () => {
      const stats = await store.stats();
      expect(stats.articles).toBe(3);
      expect(stats.entities).toBe(10);
      expect(stats.relations).toBe(11);
      expect(stats.byKind).toMatchObject({ Person: 2, Country: 3, Organization: 2, System: 1, Agreement: 1, Place: 1 });
      expect(stats.byType).toMatchObject({ MET_WITH: 1, SEEKS: 1, OPPOSES: 2, MENTIONED_WITH: 1 });
      expect(stats.mostConnected[0]?.id).toBe('rufus-firefly');
      expect(stats.mostConnected[0]?.score).toBe(4);
    });

    it('changes nothing when the same article is loaded again', async () => {
      const before = await store.stats();
      const summary = await store.loadArticle(SAMPLE_GRAPHS.alpha);
      expect(summary.changed).toBe(false);
      const after = await store.stats();
      expect(comparableStats(after)).toEqual(comparableStats(before));
      const { evidence } = await store.relation('rufus-firefly|SIGNED|freedonia-sylvania-arms-pact');
      expect(evidence).toHaveLength(1);
    });

    it('changes nothing when the same articles are loaded again in one transaction', async () => {
      const before = await store.stats();
      const outcomes = await store.loadArticles(ALL_SAMPLE_GRAPHS);
      expect(outcomes.map((o) => (o.status === 'loaded' ? o.summary.changed : o.status))).toEqual(
        ALL_SAMPLE_GRAPHS.map(() => false),
      );
      expect(comparableStats(await store.stats())).toEqual(comparableStats(before));
    });

    it('adds evidence to the existing edge when a second article repeats a fact', async () => {
      const { evidence, edge } = await store.relation('sylvania|SEEKS|skyshield');
      expect(evidence.map((e) => e.articleId).sort()).toEqual(['alpha-report', 'beta-report']);
      const beta = evidence.find((e) => e.articleId === 'beta-report')!;
      expect(beta.sentence).toBe('Sylvania is seeking Skyshield to counter drones.');
      expect(beta.articleTitle).toBe('Envoys meet again');
      expect(beta.source).toBe('Beta Daily');
      expect(beta.date).toBe('2024-03-05');
      const text = SAMPLE_GRAPHS.beta.article.text;
      expect(text.slice(beta.start, beta.end)).toBe(beta.sentence);
      expect(text.slice(beta.subject!.start, beta.subject!.end)).toBe('Sylvania');
      expect(text.slice(beta.object!.start, beta.object!.end)).toBe('Skyshield');
      expect(edge.corroboration).toBe(2);
      expect(edge.evidenceCount).toBe(2);
    });

    it('reads the evidence of many relations at once, leaving out unknown ones', async () => {
      const many = await store.evidence([
        'sylvania|SEEKS|skyshield',
        'freedonia|OPPOSES|marxonia',
        'nobody|SEEKS|skyshield',
      ]);
      expect([...many.keys()].sort()).toEqual(['freedonia|OPPOSES|marxonia', 'sylvania|SEEKS|skyshield']);
      expect(many.get('sylvania|SEEKS|skyshield')).toHaveLength(2);
      await expectAppError(store.relation('sylvania|SEEKS|nobody'), 'not_found');
      await expectAppError(store.relation('not-a-relation-id'), 'validation_failed');
    });

    it('stores a symmetric fact stated both ways as one edge, ends in id order', async () => {
      const { edge, evidence } = await store.relation('ambassador-trentino|MET_WITH|rufus-firefly');
      expect(edge.corroboration).toBe(2);
      const beta = evidence.find((e) => e.articleId === 'beta-report')!;
      const text = SAMPLE_GRAPHS.beta.article.text;
      // The subject span follows the stored orientation: Trentino is the source.
      expect(text.slice(beta.subject!.start, beta.subject!.end)).toBe('Trentino');
    });

    it('finds entities by name, by alias, by prefix and despite a typo', async () => {
      const byAlias = await store.search({ query: 'Firefly' });
      expect(byAlias.hits[0]).toMatchObject({ id: 'rufus-firefly', kind: 'Person' });
      const typo = await store.search({ query: 'Fierfly' });
      expect(typo.hits[0]?.id).toBe('rufus-firefly');
      const prefix = await store.search({ query: 'sylv' });
      expect(prefix.hits[0]?.id).toBe('sylvania');
      const skyshild = await store.search({ query: 'Skyshild' });
      expect(skyshild.hits[0]?.id).toBe('skyshield');
      const onlySystems = await store.search({ query: 'Sylvania', kinds: ['System'] });
      expect(onlySystems.hits.every((h) => h.kind === 'System')).toBe(true);
      const nothing = await store.search({ query: 'Zanzibar' });
      expect(nothing.hits).toEqual([]);
      const paged = await store.search({ query: 'a', limit: 1, offset: 0 });
      expect(paged.hits.length).toBeLessThanOrEqual(1);
    });

    it('returns an entity with its articles and its relations grouped by type', async () => {
      const e = await store.entity('sylvania');
      expect(e).toMatchObject({ id: 'sylvania', name: 'Sylvania', kind: 'Country' });
      expect(e.articles.map((a) => a.id).sort()).toEqual(['alpha-report', 'beta-report']);
      expect(e.relations.SEEKS?.[0]).toMatchObject({ direction: 'out', other: { id: 'skyshield' } });
      expect(e.relations.OPPOSES?.[0]).toMatchObject({ direction: 'in', other: { id: 'red-front' } });
      expect(e.degree).toBe(e.relations.SEEKS!.length + e.relations.OPPOSES!.length + e.relations.PARTY_TO!.length);
      await expectAppError(store.entity('no-such-entity'), 'not_found');
    });

    it('walks neighbourhoods with kind, type, article and corroboration filters and a node limit', async () => {
      const one = await store.neighbourhood({ ids: ['sylvania'], depth: 1 });
      expect(one.nodes.map((n) => n.id).sort()).toEqual(
        ['freedonia-sylvania-arms-pact', 'red-front', 'skyshield', 'sylvania'].sort(),
      );
      expect(one.edges.every((e) => e.type !== 'MENTIONED_WITH')).toBe(true);
      const withWeak = await store.neighbourhood({ ids: ['sylvania'], types: ['MENTIONED_WITH'] });
      expect(withWeak.nodes.map((n) => n.id).sort()).toEqual(['acme-dynamics', 'sylvania']);
      const systems = await store.neighbourhood({ ids: ['sylvania'], kinds: ['System'] });
      expect(systems.nodes.map((n) => n.id).sort()).toEqual(['skyshield', 'sylvania']);
      const corroborated = await store.neighbourhood({ ids: ['sylvania'], minCorroboration: 2 });
      expect(corroborated.nodes.map((n) => n.id).sort()).toEqual(['skyshield', 'sylvania']);
      const fromBeta = await store.neighbourhood({ ids: ['sylvania'], articleIds: ['beta-report'] });
      expect(fromBeta.nodes.map((n) => n.id).sort()).toEqual(['red-front', 'skyshield', 'sylvania']);
      const two = await store.neighbourhood({ ids: ['sylvania'], depth: 2 });
      expect(two.nodes.map((n) => n.id)).toContain('marxonia');
      expect(two.nodes.map((n) => n.id)).toContain('acme-dynamics');
      const limited = await store.neighbourhood({ ids: ['sylvania'], depth: 2, limit: 3 });
      expect(limited.nodes).toHaveLength(3);
      expect(limited.nodes[0]?.id).toBe('sylvania');
      expect(limited.omitted).toBe(two.nodes.length - 3);
      for (const e of limited.edges) {
        expect(limited.nodes.some((n) => n.id === e.source)).toBe(true);
        expect(limited.nodes.some((n) => n.id === e.target)).toBe(true);
      }
      const seeds = await store.neighbourhood({ ids: ['marxonia', 'vinci'], depth: 1 });
      expect(seeds.nodes.map((n) => n.id).sort()).toEqual(
        ['freedonia', 'marxonia', 'red-front', 'rufus-firefly', 'vinci'].sort(),
      );
      await expectAppError(store.neighbourhood({ ids: ['nobody'] }), 'not_found');
    });

    it('reads a depth-1 neighbourhood in one query with its seed, report dates in it or one more, plus one per kind of linked neighbours', async () => {
      const queries = async (read: () => Promise<unknown>) => {
        await store.entity('sylvania'); // knows the seed's kind (Neo4j has no in-process directory)
        calls.length = 0;
        await read();
        return [...calls];
      };
      // Neo4j reads the cited articles' dates inside the hop; Kuzu with one query after it (joining them there cost more).
      const dateReads = runner.dialect === 'kuzu' ? ['articles-by-ids'] : [];
      // One neighbour: nothing among neighbours to look for.
      const weak = await queries(() => store.neighbourhood({ ids: ['sylvania'], types: ['MENTIONED_WITH'] }));
      // One seed is found by its key; several of one kind by a list, in one query.
      expect(weak).toEqual(['neighbour-hop-one', ...dateReads]);
      const two = await queries(() =>
        store.neighbourhood({ ids: ['sylvania', 'freedonia'], types: ['MENTIONED_WITH'] }),
      );
      expect(two.filter((name) => name.startsWith('neighbour-hop'))).toEqual(['neighbour-hop']);
      // Three neighbours of three kinds: their relations to each other, a query per kind, side by side.
      const one = await queries(() => store.neighbourhood({ ids: ['sylvania'], depth: 1 }));
      expect(one.filter((name) => name !== 'edges-among' && name !== 'articles-by-ids')).toEqual(['neighbour-hop-one']);
      expect(one.filter((name) => name === 'edges-among').length).toBeLessThanOrEqual(3);
      // The hop's articles at most once, and those only the neighbours' relations cite at most once more.
      expect(one.filter((name) => name === 'articles-by-ids').length).toBeLessThanOrEqual(2 * dateReads.length);
      const dated = await store.neighbourhood({ ids: ['sylvania'], types: ['SEEKS'] });
      expect(dated.nodes.map((n) => [n.id, n.name]).sort()).toEqual([
        ['skyshield', 'Skyshield'],
        ['sylvania', 'Sylvania'],
      ]);
      expect(dated.edges.map((e) => [e.id, e.firstReported, e.lastReported])).toEqual([
        ['sylvania|SEEKS|skyshield', '2024-03-04', '2024-03-05'],
      ]);
    });

    it('returns the subgraph among given entities with every relation between them', async () => {
      const sub = await store.subgraph(['sylvania', 'skyshield', 'acme-dynamics', 'nobody']);
      expect(sub.nodes.map((n) => n.id).sort()).toEqual(['acme-dynamics', 'skyshield', 'sylvania']);
      expect(sub.edges.map((e) => e.id).sort()).toEqual(
        [
          'acme-dynamics|MENTIONED_WITH|sylvania',
          'skyshield|DEVELOPED_BY|acme-dynamics',
          'sylvania|SEEKS|skyshield',
        ].sort(),
      );
      // Relation types some of these kinds cannot start must not hide the ones they can.
      const mixed = await store.subgraph(['sylvania', 'skyshield', 'freedonia-sylvania-arms-pact', 'rufus-firefly']);
      expect(mixed.edges.map((e) => e.id).sort()).toEqual(
        [
          'rufus-firefly|SIGNED|freedonia-sylvania-arms-pact',
          'sylvania|PARTY_TO|freedonia-sylvania-arms-pact',
          'sylvania|SEEKS|skyshield',
        ].sort(),
      );
    });

    it('finds the shortest path, then longer ones, each edge with its evidence', async () => {
      calls.length = 0;
      const paths = await store.paths({ from: 'marxonia', to: 'rufus-firefly', maxLength: 5, k: 2 });
      expect(paths).toHaveLength(2);
      // The path rows carry their entities and relations: besides the path queries, only the cited articles are read.
      expect(new Set(calls.filter((name) => name !== 'entity-locate'))).toEqual(
        new Set(['paths-shortest', 'paths-of-length', 'articles-by-ids']),
      );
      expect(paths[0]!.nodes.map((n) => n.id)).toEqual(['marxonia', 'freedonia', 'rufus-firefly']);
      expect(paths[0]!.edges.map((e) => e.type)).toEqual(['OPPOSES', 'HOLDS_ROLE']);
      const firstEdge = paths[0]!.edges[0]!;
      expect(paths[0]!.evidence[firstEdge.id]?.[0]?.sentence).toBe('Marxonia denounced Freedonia.');
      expect(paths[1]!.edges.length).toBeGreaterThan(2);
      expect(paths[1]!.nodes[0]?.id).toBe('marxonia');
      expect(paths[1]!.nodes.at(-1)?.id).toBe('rufus-firefly');
      const none = await store.paths({ from: 'marxonia', to: 'rufus-firefly', maxLength: 1 });
      expect(none).toEqual([]);
      await expectAppError(store.paths({ from: 'marxonia', to: 'marxonia' }), 'validation_failed');
      await expectAppError(store.paths({ from: 'marxonia', to: 'nobody' }), 'not_found');
    });

    it('lists articles and returns one with its text and mention spans', async () => {
      const articles = await store.articles();
      expect(articles.map((a) => a.id)).toEqual(['gamma-report', 'beta-report', 'alpha-report']);
      expect(articles[2]).toMatchObject({
        title: 'Freedonia and Sylvania sign arms pact',
        source: 'Alpha News',
        entityCount: 8,
      });
      const alpha = await store.article('alpha-report');
      expect(alpha.text).toBe(SAMPLE_GRAPHS.alpha.article.text);
      expect(alpha.mentions.length).toBeGreaterThan(8);
      for (const m of alpha.mentions) expect(m.end).toBeGreaterThan(m.start);
      const firefly = alpha.mentions.filter((m) => m.entityId === 'rufus-firefly');
      expect(firefly.map((m) => alpha.text.slice(m.start, m.end))).toEqual(
        ['Rufus Firefly', 'Firefly', 'Firefly'].slice(0, firefly.length),
      );
      await expectAppError(store.article('nope'), 'not_found');
    });

    it('gives every stored entity to the resolver with its aliases', async () => {
      const known = await store.knownEntities();
      expect(known).toHaveLength(10);
      expect(known.find((k) => k.id === 'rufus-firefly')?.aliases).toEqual(
        expect.arrayContaining(['Rufus Firefly', 'Firefly']),
      );
    });

    it('runs read-only console queries with rows, drawable elements and a row cap', async () => {
      const result = await store.runReadOnly({
        query: 'MATCH (a:Country {id: $id})-[r:SEEKS]->(b:System) RETURN a, r, b, b.name AS name',
        params: { id: 'sylvania' },
      });
      expect(result.columns).toEqual(['a', 'r', 'b', 'name']);
      expect(result.rows[0]?.name).toBe('Skyshield');
      expect(result.elements.nodes.map((n) => n.id).sort()).toEqual(['skyshield', 'sylvania']);
      expect(result.elements.edges.map((e) => e.id)).toEqual(['sylvania|SEEKS|skyshield']);
      const capped = await store.runReadOnly({ query: 'MATCH (n:Country) RETURN n.id AS id', rowCap: 2 });
      expect(capped.rows).toHaveLength(2);
      expect(capped.truncated).toBe(true);
      await expectAppError(store.runReadOnly({ query: 'MATCH (n RETURN n' }), 'query_syntax');
    });

    it('refuses writes in the console, in the guard and in the database itself', async () => {
      const before = await store.stats();
      for (const query of [
        "CREATE (:Country {id: 'atlantis'})",
        "MATCH (n:Country {id: 'sylvania'}) SET n.name = 'X'",
        "MATCH (n:Country {id: 'sylvania'}) DETACH DELETE n",
        "MERGE (:Country {id: 'atlantis'})",
        'MATCH (n:Country) RETURN n; CREATE (:Country {id: "x"})',
        'DROP TABLE Country',
        // Kuzu runs these even inside a read-only transaction: only the guard stops them.
        "COPY (MATCH (n:Country) RETURN n.id) TO '/tmp/newsgraph-console-escape.csv'",
        'CALL threads = 1',
      ]) {
        await expectAppError(store.runReadOnly({ query }), 'query_refused');
      }
      // Past the guard, the database refuses on its own.
      await expect(
        runner.runReadOnly(
          "CREATE (:Country {id: 'atlantis', name: 'Atlantis', kind: 'Country'})",
          {},
          { timeoutMs: 2000, rowCap: 10 },
        ),
      ).rejects.toThrow();
      expect(comparableStats(await store.stats())).toEqual(comparableStats(before));
      expect((await store.search({ query: 'atlantis' })).hits).toEqual([]);
    });

    it('refuses a bad article before writing anything', async () => {
      const before = await store.stats();
      const bad: ArticleGraph = structuredClone(SAMPLE_GRAPHS.gamma);
      bad.article.id = 'bad-report';
      bad.relations.push({ ...bad.relations[0]!, object: 'not-listed' });
      await expectAppError(store.loadArticle(bad), 'bad_input');
      expect(comparableStats(await store.stats())).toEqual(comparableStats(before));
    });

    it('replaces a changed article: retracted facts and orphaned entities disappear', async () => {
      const changed: ArticleGraph = structuredClone(SAMPLE_GRAPHS.beta);
      changed.entities = changed.entities.filter((e) => e.id !== 'red-front' && e.id !== 'marxonia');
      changed.relations = changed.relations.filter((r) => r.type !== 'SUPPORTS' && r.type !== 'OPPOSES');
      const summary = await store.loadArticle(changed);
      expect(summary.changed).toBe(true);
      await expectAppError(store.entity('red-front'), 'not_found');
      // Marxonia is still mentioned by the gamma report.
      const marxonia = await store.entity('marxonia');
      expect(marxonia.degree).toBe(1);
      expect(marxonia.articles.map((a) => a.id)).toEqual(['gamma-report']);
      const sylvania = await store.entity('sylvania');
      expect(sylvania.relations.OPPOSES).toBeUndefined();
      expect((await store.relation('sylvania|SEEKS|skyshield')).edge.corroboration).toBe(2);
      const stats = await store.stats();
      expect(stats.entities).toBe(9);
      expect(stats.relations).toBe(9);
      // And back: the original version restores the original graph.
      await store.loadArticle(SAMPLE_GRAPHS.beta);
      expect((await store.stats()).relations).toBe(11);
      expect((await store.entity('sylvania')).degree).toBe(sylvania.degree + 1);
    });

    describe('claims and time (after the articles that allege, deny and plan)', () => {
      beforeAll(async () => {
        for (const graph of ALL_CLAIM_GRAPHS) await store.loadArticle(graph);
      });

      it("keeps each sentence's certainty, source and rule, and derives the relation's status", async () => {
        const { edge, evidence } = await store.relation('sylvania|ACQUIRED|skyshield');
        expect(edge.claim).toBe('disputed');
        expect(edge.firstReported).toBe('2024-04-10');
        expect(edge.lastReported).toBe('2024-04-10');
        expect(evidence.map((e) => [e.certainty, e.attribution, e.rule, e.source, e.date])).toEqual([
          ['reported', { entity: 'amnesty-watch', text: 'Amnesty Watch' }, 'acquire.verb', 'Delta Post', '2024-04-10'],
          ['denied', { entity: 'sylvania', text: 'Sylvania' }, 'acquire.verb', 'Delta Post', '2024-04-10'],
        ]);
        // Evidence without a certainty (the sample articles) reads as asserted, in the article's voice.
        const signed = await store.relation('rufus-firefly|SIGNED|freedonia-sylvania-arms-pact');
        expect(signed.edge.claim).toBe('asserted');
        expect(signed.evidence[0]).toMatchObject({ certainty: 'asserted', attribution: null, rule: null });
        // An asserted fact alleged again elsewhere stays asserted; dates span both dated reports.
        const backs = await store.relation('marxonia|SUPPORTS|red-front');
        expect(backs.edge.claim).toBe('asserted');
        expect(backs.edge.reports.map((r) => [r.articleId, r.date, r.certainty])).toEqual([
          ['beta-report', '2024-03-05', 'asserted'],
          ['zeta-report', null, 'alleged'],
        ]);
      });

      it('lists disputes with both sides, their outlets and dates, within and across articles', async () => {
        const { disputes, total } = await store.disputes();
        expect(total).toBe(2);
        expect(disputes.map((d) => [d.edge.id, d.acrossArticles])).toEqual([
          ['freedonia|SUPPORTS|sylvania', true],
          ['sylvania|ACQUIRED|skyshield', false],
        ]);
        const arms = disputes[0]!;
        expect(arms.source.name).toBe('Freedonia');
        expect(arms.for.map((e) => [e.certainty, e.source, e.date])).toEqual([['planned', 'Delta Post', '2024-04-10']]);
        expect(arms.against.map((e) => [e.certainty, e.attribution?.text, e.source, e.date])).toEqual([
          ['denied', 'a Freedonian official', 'Epsilon Times', '2024-05-20'],
        ]);
        // Before the denial was reported there was no dispute.
        expect((await store.disputes({ until: '2024-04-30' })).disputes.map((d) => d.edge.id)).toEqual([
          'sylvania|ACQUIRED|skyshield',
        ]);
      });

      it('pages the disputes, most reported first, counting them all on every page', async () => {
        const second = await store.disputes({ offset: 1, limit: 1 });
        expect([second.total, second.offset, second.limit]).toEqual([2, 1, 1]);
        expect(second.disputes.map((d) => d.edge.id)).toEqual(['sylvania|ACQUIRED|skyshield']);
        expect(second.disputes[0]!.against.length).toBeGreaterThan(0);
        const past = await store.disputes({ offset: 2, limit: 1 });
        expect([past.total, past.disputes]).toEqual([2, []]);
      });

      it('walks only what a time range and a status filter keep', async () => {
        const ids = (g: { edges: Array<{ id: string }> }) => g.edges.map((e) => e.id).sort();
        const march = await store.neighbourhood({ ids: ['sylvania'], claimView: { until: '2024-03-31' } });
        expect(ids(march)).not.toContain('sylvania|ACQUIRED|skyshield');
        expect(ids(march)).not.toContain('freedonia|SUPPORTS|sylvania');
        expect(ids(march)).toContain('sylvania|SEEKS|skyshield');
        const april = await store.neighbourhood({
          ids: ['sylvania'],
          claimView: { since: '2024-04-01', until: '2024-04-30' },
        });
        expect(april.edges.find((e) => e.id === 'freedonia|SUPPORTS|sylvania')?.claim).toBe('planned');
        const all = await store.neighbourhood({ ids: ['sylvania'] });
        expect(all.edges.find((e) => e.id === 'freedonia|SUPPORTS|sylvania')).toMatchObject({
          claim: 'disputed',
          firstReported: '2024-04-10',
          lastReported: '2024-05-20',
        });
        const disputed = await store.neighbourhood({ ids: ['sylvania'], claimView: { claims: ['disputed'] } });
        expect(ids(disputed)).toEqual(['freedonia|SUPPORTS|sylvania', 'sylvania|ACQUIRED|skyshield']);
        // Undated reports are kept in a range unless asked otherwise.
        const inRange = await store.subgraph(['marxonia', 'red-front'], undefined, { since: '2025-01-01' });
        expect(inRange.edges.map((e) => [e.id, e.claim])).toEqual([['marxonia|SUPPORTS|red-front', 'alleged']]);
        const datedOnly = { since: '2025-01-01', undated: 'exclude' as const };
        expect((await store.subgraph(['marxonia', 'red-front'], undefined, datedOnly)).edges).toEqual([]);
      });

      it('finds paths only over relations reported in the range', async () => {
        const direct = await store.paths({ from: 'freedonia', to: 'sylvania', k: 1 });
        expect(direct[0]?.edges.map((e) => e.id)).toEqual(['freedonia|SUPPORTS|sylvania']);
        const march = await store.paths({
          from: 'freedonia',
          to: 'sylvania',
          k: 1,
          claimView: { until: '2024-03-31' },
        });
        expect(march[0]?.edges.length).toBeGreaterThan(1);
        expect(march[0]?.edges.map((e) => e.id)).not.toContain('freedonia|SUPPORTS|sylvania');
      });

      it("counts evidence per period from the articles' dates", async () => {
        const t = await store.timeline('month');
        expect(t).toMatchObject({ period: 'month', first: '2024-03-04', last: '2024-05-20' });
        expect(t.periods.map((p) => [p.period, p.articles])).toEqual([
          ['2024-03', 3],
          ['2024-04', 1],
          ['2024-05', 1],
        ]);
        expect(t.undated).toEqual({ articles: 1, evidence: 1 });
        const weeks = await store.timeline('week');
        expect(weeks.periods[0]?.period).toBe('2024-03-04');
      });

      it("corrects an article's date and outlet through the curation log: its relations' report dates follow, a reload of the article keeps it, undo restores it", async () => {
        const correct = (changes: ArticleFields) =>
          store.curation.apply({
            edit: { action: 'article', article: 'epsilon-report', changes },
            author: 'ana',
            reason: 'the print edition',
          });
        const epsilon = () => store.articles().then((all) => all.find((a) => a.id === 'epsilon-report'));
        const before = await store.relation('freedonia|SUPPORTS|sylvania');
        expect(before.edge.lastReported).toBe('2024-05-20');
        const { entry: dated } = await correct({ date: '2024-03-01' });
        const moved = await store.relation('freedonia|SUPPORTS|sylvania');
        expect([moved.edge.firstReported, moved.edge.lastReported]).toEqual(['2024-03-01', '2024-04-10']);
        // null clears: unknown, not guessed.
        const { entry: cleared } = await correct({ date: null, source: 'Zeta Gazette' });
        expect(await epsilon()).toMatchObject({ date: null, source: 'Zeta Gazette' });
        // The article read again from a changed file (its own date and outlet in it) keeps the corrections.
        const original = ALL_CLAIM_GRAPHS.find((g) => g.article.id === 'epsilon-report')!;
        const reread = structuredClone(original);
        reread.article.text += ' Nothing more was said.';
        await store.loadArticle(reread);
        expect(await epsilon()).toMatchObject({ date: null, source: 'Zeta Gazette' });
        // Undone, newest first: the article's own date and outlet are back.
        await store.curation.undo({ entry: cleared.id, author: 'ana', reason: 'wrong outlet' });
        expect(await epsilon()).toMatchObject({ date: '2024-03-01', source: 'Epsilon Times' });
        await store.curation.undo({ entry: dated.id, author: 'ana', reason: 'the online date was right' });
        expect(await epsilon()).toMatchObject({ date: '2024-05-20', source: 'Epsilon Times' });
        expect((await store.relation('freedonia|SUPPORTS|sylvania')).edge.lastReported).toBe('2024-05-20');
        await store.loadArticle(original);
        await expectAppError(correct({ date: '2024-05-20' }), 'validation_failed');
        await expectAppError(
          store.curation.apply({
            edit: { action: 'article', article: 'no-such-article', changes: { date: null } },
            author: 'ana',
            reason: 'x',
          }),
          'not_found',
        );
      });
    });

    it('reads mentions that share a span in entity id order, whatever order they were written in', async () => {
      // One name read as two entities (a capital as the place and as its government): the rows tie on the span.
      const text = 'Strelsau answered within the hour. Strelsau will not sign the pact.';
      const facts: EntityFact[] = [
        { id: 'strelsau-government', name: 'Strelsau', kind: 'Organization' },
        { id: 'strelsau-city-hall', name: 'Strelsau', kind: 'Organization' },
      ];
      const ids = ['strelsau-city-hall', 'strelsau-government'];
      const orders: string[][] = [];
      for (const [n, written] of [facts, [...facts].reverse()].entries()) {
        const id = `shared-span-${n}`;
        await store.loadArticle(articleGraph(id, text, written, []));
        const { mentions } = await store.article(id);
        orders.push(mentions.map((m) => m.entityId));
      }
      expect(orders).toEqual([
        [...ids, ...ids],
        [...ids, ...ids],
      ]);
    });

    it("reads a relation's evidence oldest first, undated last, whatever order its articles were loaded in", async () => {
      const facts: EntityFact[] = [
        { id: 'osterlich', name: 'Osterlich', kind: 'Country' },
        { id: 'tomainia', name: 'Tomainia', kind: 'Country' },
      ];
      const report = (id: string, sentence: string, date?: string) =>
        articleGraph(id, sentence, facts, [{ subject: 'osterlich', type: 'OPPOSES', object: 'tomainia', sentence }], {
          title: id,
          ...(date ? { date } : {}),
        });
      // Loaded newest first, the undated one before both.
      await store.loadArticle(report('dispute-undated', 'Osterlich still opposes Tomainia.'));
      await store.loadArticle(report('dispute-june', 'Osterlich opposed Tomainia again.', '2024-06-02'));
      await store.loadArticle(report('dispute-march', 'Osterlich opposes Tomainia.', '2024-03-09'));
      const { evidence } = await store.relation('osterlich|OPPOSES|tomainia');
      expect(evidence.map((e) => [e.articleId, e.date])).toEqual([
        ['dispute-march', '2024-03-09'],
        ['dispute-june', '2024-06-02'],
        ['dispute-undated', null],
      ]);
    });

    it('executed every query of its catalogue', () => {
      const optional = new Set(target.optionalQueries ?? []);
      const names = runner.catalogue
        .entries()
        .map((e) => e.name)
        .filter((n) => !/^(schema|rank|bulk|curation)-/.test(n) && !optional.has(n));
      expect(names.filter((n) => !seen.has(n))).toEqual([]);
    });
  });
}
