/**
 * What every concern of the graph store shares: the runner that reaches the
 * database, the index of which kind each id lives under, the logger, and the
 * write generation that tells caches (PageRank, HTTP responses) when to drop.
 */
import type { EntityKind } from '../domain.js';
import type { Logger } from '../logger.js';
import { KindIndex } from './kind-index.js';
import type { CypherRunner } from './runner.js';

export class StoreContext {
  readonly kinds = new KindIndex();
  private writes = 0;

  constructor(
    readonly runner: CypherRunner,
    readonly logger: Logger,
  ) {}

  /** See {@link GraphStore.generation}: only an embedded store has every writer in this process. */
  generation(): number | null {
    return this.runner.dialect === 'kuzu' ? this.writes : null;
  }

  /** Records that this process changed the stored graph. */
  wrote(): void {
    this.writes++;
  }

  /** The kinds of the stored entities among `ids` (unknown ids are absent). */
  locate(ids: Iterable<string>): Promise<Map<string, EntityKind>> {
    return this.kinds.locate(ids, this.runner);
  }
}
