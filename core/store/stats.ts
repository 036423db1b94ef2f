/**
 * Graph statistics: counts by kind and type, evidence, the most connected
 * entities and the most central ones (PageRank, cached per write generation).
 */
import type { GraphNode, GraphStats, RankedEntity, RelationType } from '../domain.js';
import { RELATION_TYPES, isEntityKind } from '../ontology.js';
import type { StoreContext } from './context.js';
import { mostConnected, nodes } from './entities.js';
import { pageRankInProcess } from './pagerank.js';
import { num } from './values.js';

interface Ranked {
  id: string;
  score: number;
}

export class Stats {
  private centrality: { generation: number; ranked: Ranked[] } | null = null;

  constructor(private readonly ctx: StoreContext) {}

  async stats(options: { top?: number } = {}): Promise<GraphStats> {
    const { runner } = this.ctx;
    const top = options.top ?? 10;
    const [kindRows, typeRows, articleRows, connected, ranked] = await Promise.all([
      runner.run('stats-kinds'),
      runner.run('stats-types', {}, { types: RELATION_TYPES }),
      runner.run('stats-articles'),
      mostConnected(this.ctx, top),
      this.pageRank(top),
    ]);
    const byKind: GraphStats['byKind'] = {};
    for (const r of kindRows) if (isEntityKind(r.kind)) byKind[r.kind] = num(r, 'n');
    const byType: GraphStats['byType'] = {};
    let evidence = 0;
    for (const r of typeRows) {
      const type = r.type as RelationType;
      byType[type] = num(r, 'n');
      evidence += num(r, 'evidence');
    }
    const ranking = (n: GraphNode, score: number): RankedEntity => ({
      id: n.id,
      name: n.name,
      kind: n.kind,
      aliases: n.aliases,
      score,
    });
    const centralNodes = new Map(
      (
        await nodes(
          this.ctx,
          ranked.map((r) => r.id),
        )
      ).map((n) => [n.id, n]),
    );
    return {
      entities: Object.values(byKind).reduce((a, b) => a + b, 0),
      relations: Object.values(byType).reduce((a, b) => a + b, 0),
      articles: num(articleRows[0] ?? {}, 'n'),
      evidence,
      byKind,
      byType,
      mostConnected: connected.map((n) => ranking(n, n.degree)),
      mostCentral: ranked.flatMap((r) => {
        const n = centralNodes.get(r.id);
        return n ? [ranking(n, r.score)] : [];
      }),
    };
  }

  /** Whether the store holds no article and no entity. */
  async isEmpty(): Promise<boolean> {
    const [articles] = await this.ctx.runner.run('stats-articles');
    const kinds = await this.ctx.runner.run('stats-kinds');
    return num(articles ?? {}, 'n') === 0 && kinds.every((k) => num(k, 'n') === 0);
  }

  /** PageRank (the database's own where it has one, else in process), recomputed only after writes (embedded store) or on every call (Neo4j). */
  private async pageRank(limit: number): Promise<Ranked[]> {
    const generation = this.ctx.generation();
    if (generation !== null && this.centrality?.generation === generation && this.centrality.ranked.length >= limit) {
      return this.centrality.ranked.slice(0, limit);
    }
    try {
      // Parallel float sums differ in the last digits from run to run: round, and break ties by id.
      const { runner } = this.ctx;
      const native = runner.pageRank ? await runner.pageRank(limit) : null;
      const ranked = (native ?? (await pageRankInProcess(runner, limit)))
        .map((r) => ({ id: r.id, score: Number(r.score.toFixed(6)) }))
        .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
      if (generation !== null) this.centrality = { generation, ranked };
      return ranked;
    } catch (error) {
      this.ctx.logger.warn({ err: error }, 'PageRank unavailable');
      return [];
    }
  }
}
