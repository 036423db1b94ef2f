/**
 * The graph store over either database. Each concern lives in its own module
 * (search, traversal, paths, relations, entities, articles, stats, console,
 * writes), written once for Kuzu and Neo4j alike as named catalogue queries
 * run through a {@link CypherRunner}; this class only wires them to the port.
 * Writes go through the curation log ({@link Curator}).
 */
import type { ClaimView, Period } from '../claims.js';
import type { ArticleGraph, RelationType } from '../domain.js';
import type { Logger } from '../logger.js';
import { article, articles } from './articles.js';
import { disputes, timeline } from './claims.js';
import { runReadOnly, type ConsoleLimits } from './console.js';
import { ConsoleSandbox } from './console/sandbox.js';
import { StoreContext } from './context.js';
import { Curator } from './curation/curator.js';
import { entity, mostConnected, nodes } from './entities.js';
import { paths } from './paths.js';
import type {
  CurationPort,
  DisputeSpec,
  GraphStore,
  LoadProgress,
  NeighbourhoodSpec,
  PathSpec,
  ReadOnlyQuerySpec,
  SchemaInfo,
  SearchSpec,
} from './port.js';
import { evidence, relation } from './relations.js';
import type { CypherRunner } from './runner.js';
import { schemaProperties } from './schema.js';
import { search } from './search.js';
import { Stats } from './stats.js';
import { neighbourhood, subgraph } from './traversal.js';

export interface GraphStoreOptions extends ConsoleLimits {
  /** Console queries run at once, each in its own sandbox process (default 1). */
  consoleWorkers?: number;
  /** Console queries that may wait for a free sandbox (default 8). */
  consoleQueue?: number;
  /** Memory of one console sandbox process, in MB (default 2048). */
  consoleMemoryMb?: number;
}

export class CypherGraphStore implements GraphStore {
  readonly dialect;
  private readonly ctx: StoreContext;
  private readonly statistics: Stats;
  private readonly sandbox: ConsoleSandbox;
  private readonly curator: Curator;
  readonly curation: CurationPort;

  constructor(
    runner: CypherRunner,
    logger: Logger,
    private readonly options: GraphStoreOptions,
  ) {
    this.dialect = runner.dialect;
    this.ctx = new StoreContext(runner, logger);
    this.statistics = new Stats(this.ctx);
    this.sandbox = new ConsoleSandbox({
      view: () => runner.consoleView(),
      slots: options.consoleWorkers ?? 1,
      queue: options.consoleQueue ?? 8,
      memoryMb: options.consoleMemoryMb ?? 2048,
      logger,
    });
    this.curator = new Curator(this.ctx, () => this.statistics.isEmpty());
    this.curation = this.curator;
  }

  generation = () => this.ctx.generation();

  // Articles go in through the curation log, so that analysts' corrections outlive a re-ingest.
  loadArticle = (graph: ArticleGraph) => this.curator.load(graph);
  loadArticles = (graphs: ArticleGraph[], onProgress?: LoadProgress, options?: { signal?: AbortSignal }) =>
    this.curator.loadMany(graphs, onProgress, options);
  importArticles = (graphs: ArticleGraph[], onProgress?: LoadProgress) => this.curator.importMany(graphs, onProgress);
  knownEntities = () => this.curator.knownEntities();

  search = (spec: SearchSpec) => search(this.ctx, spec);
  entity = (id: string) => entity(this.ctx, id);
  nodes = (ids: string[]) => nodes(this.ctx, ids);
  neighbourhood = (spec: NeighbourhoodSpec) => neighbourhood(this.ctx, spec);
  subgraph = (ids: string[], types?: RelationType[], view?: ClaimView) => subgraph(this.ctx, ids, types, view);
  paths = (spec: PathSpec) => paths(this.ctx, spec);
  disputes = (spec?: DisputeSpec) => disputes(this.ctx, spec);
  timeline = (period: Period) => timeline(this.ctx, period);
  relation = (id: string) => relation(this.ctx, id);
  evidence = (relationIds: string[]) => evidence(this.ctx, relationIds);
  mostConnected = (limit: number) => mostConnected(this.ctx, limit);
  articles = () => articles(this.ctx);
  article = (id: string) => article(this.ctx, id);
  stats = (options?: { top?: number }) => this.statistics.stats(options);
  runReadOnly = (spec: ReadOnlyQuerySpec) => runReadOnly(this.ctx, this.sandbox, this.options, spec);

  schemaInfo(): SchemaInfo {
    return { dialect: this.dialect, ...schemaProperties(this.dialect) };
  }

  async close(): Promise<void> {
    await this.sandbox.close();
    await this.ctx.runner.close();
  }
}
