/**
 * Curation in the store: every article goes into the graph through the log
 * (projected, its extracted source kept beside it), and every edit is an
 * entry appended to the log followed by the projection of the articles it
 * concerns. The stored graph is always "the articles as extracted, seen
 * through the log", so an undo is one more entry and a re-ingest changes
 * nothing the log did.
 *
 * An edit, in order: check it and record its facts; in one transaction,
 * append the entry, take out what must be rebuilt (entities whose names,
 * kinds or aliases change; relations whose verdict changes) and mark the
 * articles concerned as pending; then project each pending article again,
 * in the order they were first loaded, through the usual write path (one
 * transaction each: the search index and caches follow it). An interruption
 * leaves articles marked pending, and the next curated operation finishes
 * them. Loads and edits of this process run one at a time.
 */
import { randomUUID } from 'node:crypto';
import { CurationEntrySchema, type CurationEntry, type Edit, type Facts } from '../../curation/edits.js';
import { projectArticle, type Projection } from '../../curation/project.js';
import { CurationState } from '../../curation/state.js';
import type {
  CuratedRelation,
  CurationImportOutcome,
  CurationLogPage,
  CurationMarks,
  CurationOutcome,
  DuplicatePage,
  EditRequest,
  UndoRequest,
} from '../../curation/views.js';
import type { ArticleGraph, KnownEntity, LoadSummary } from '../../domain.js';
import type { LoadOutcome, LoadProgress } from '../port.js';
import { errors } from '../../errors.js';
import { CURATION_LIMITS } from '../../curation/edits.js';
import { suggestDuplicates, type DuplicateCandidate } from '../../curation/duplicates.js';
import { ENTITY_KINDS, RELATIONS, TYPED_RELATION_TYPES } from '../../ontology.js';
import { toEvidence, toGraphNode } from '../records.js';
import { canonicalRelation, parseRelationId, relationId, type RelationKey } from '../../relation-id.js';
import { storedEntry, validateArticleGraph } from '../article-plan.js';
import { articleSummaries } from '../articles.js';
import type { StoreContext } from '../context.js';
import { knownEntities } from '../entities.js';
import { importArticles, loadArticles } from '../writes.js';
import { num, str, strList } from '../values.js';
import { deleteEntity, deleteRelation, locateIn, syncManual } from './graph-writes.js';
import { articlesMentioning } from './lookup.js';
import { appendEntry, logVersion, readLog } from './log.js';
import { combineImpacts, impactOf, planEdit, type Impact } from './plan.js';
import { heldBy, readSource, reconstructSource, saveSource, saveSources } from './sources.js';

export class Curator {
  private cache: { version: string; state: CurationState } | null = null;
  private tail: Promise<unknown> = Promise.resolve();
  private recovered = false;
  private nextSeq: number | null = null;

  constructor(
    private readonly ctx: StoreContext,
    private readonly isEmpty: () => Promise<boolean>,
  ) {}

  /** Runs `work` after every load and edit this process started before it. */
  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.tail.then(work, work);
    this.tail = run.catch(() => undefined);
    return run;
  }

  /** The log as it stands. An embedded store has one writer (this process); on Neo4j the log is checked each time. */
  async state(): Promise<CurationState> {
    if (this.cache && this.ctx.generation() !== null) return this.cache.state;
    const version = await logVersion(this.ctx.runner);
    if (this.cache?.version !== version) {
      this.cache = { version, state: CurationState.of(await readLog(this.ctx.runner)) };
    }
    return this.cache.state;
  }

  private async remember(state: CurationState): Promise<void> {
    this.cache = { version: this.ctx.generation() === null ? await logVersion(this.ctx.runner) : '', state };
  }

  // -------------------------------------------------------------------------
  // Loading articles through the log.
  // -------------------------------------------------------------------------

  load(raw: ArticleGraph): Promise<LoadSummary> {
    return this.exclusive(async () => {
      await this.recover();
      return this.loadProjected(raw, await this.state());
    });
  }

  /**
   * Many articles through the log, a few dozen to a transaction
   * ({@link loadArticles}): each projected, written with its source and the
   * hand-made relations it touches. An article that fails is reported in its
   * outcome; the others load.
   */
  loadMany(
    raws: ArticleGraph[],
    onProgress: LoadProgress = () => undefined,
    options: { signal?: AbortSignal } = {},
  ): Promise<LoadOutcome[]> {
    return this.exclusive(async () => {
      await this.recover();
      return this.loadBatch(raws, await this.state(), onProgress, options);
    });
  }

  /** Into an empty embedded store: the bulk loader, sources after; otherwise {@link loadMany}, throwing the first failure. */
  importMany(raws: ArticleGraph[], onProgress: LoadProgress = () => undefined): Promise<LoadSummary[]> {
    return this.exclusive(async () => {
      await this.recover();
      raws.forEach(validateArticleGraph);
      const state = await this.state();
      if (!this.ctx.runner.bulkCopy || !(await this.isEmpty())) {
        const outcomes = await this.loadBatch(raws, state, onProgress, {});
        for (const o of outcomes) if (o.status === 'failed') throw o.error;
        return outcomes.flatMap((o) => (o.status === 'loaded' ? [o.summary] : []));
      }
      const projections = raws.map((raw) => projectArticle(raw, state));
      const summaries = await importArticles(
        this.ctx,
        projections.map((p) => p.graph),
        this.isEmpty,
        onProgress,
      );
      // The bulk loader does not take the sources: they follow in one transaction (a failure here
      // leaves articles without a source, which the next edit rebuilds from the graph).
      const ends = new Set(projections.flatMap((p) => p.graph.entities.map((e) => e.id)));
      const first = await this.takeLoadSeq(raws.length);
      const manual = await this.ctx.runner.write(async (tx) => {
        await saveSources(
          tx,
          raws.map((raw, i) => ({ raw, held: projections[i]!.held, loadSeq: first + i })),
        );
        return syncManual(tx, state, { ends });
      });
      if (manual) this.wroteOutsideWriter();
      return summaries;
    });
  }

  /** Stored entities for the ingest resolver, under the kind the extractor gives them (so it links them as before). */
  async knownEntities(): Promise<KnownEntity[]> {
    const state = await this.state();
    return (await knownEntities(this.ctx)).map((k) => ({ ...k, kind: state.naturalKindOf(k.id) ?? k.kind }));
  }

  private async takeLoadSeq(count = 1): Promise<number> {
    if (this.nextSeq === null) {
      const [row] = await this.ctx.runner.run('curation-source-last');
      this.nextSeq = (row ? num(row, 'loadSeq') : 0) + 1;
    }
    const first = this.nextSeq;
    this.nextSeq += count;
    return first;
  }

  /**
   * The curator's own writes (deleting entities and relations, degrees of
   * hand-made relations) bypass the article writer, which keeps the embedded
   * store's entity directory: it is read anew on next use.
   */
  private wroteOutsideWriter(): void {
    this.ctx.wrote();
    this.ctx.reloadDirectory();
  }

  /** Projects one extracted article through `state` and writes it, its source and its hand-made relations in one transaction. */
  private async loadProjected(raw: ArticleGraph, state: CurationState, loadSeq?: number): Promise<LoadSummary> {
    const [outcome] = await this.loadBatch([raw], state, () => undefined, {}, loadSeq);
    if (outcome?.status !== 'loaded') throw outcome?.status === 'failed' ? outcome.error : new Error('not loaded');
    return outcome.summary;
  }

  /**
   * Projects extracted articles through `state` and writes them in batches,
   * each with its source and the hand-made relations it touches in its
   * transaction. Outcomes are in input order.
   */
  private async loadBatch(
    raws: ArticleGraph[],
    state: CurationState,
    onProgress: LoadProgress,
    options: { signal?: AbortSignal },
    loadSeq?: number,
  ): Promise<LoadOutcome[]> {
    const outcomes: LoadOutcome[] = new Array(raws.length);
    let done = 0;
    const pending: Array<{ index: number; raw: ArticleGraph; projection: Projection; ends: Set<string> }> = [];
    for (const [index, raw] of raws.entries()) {
      try {
        validateArticleGraph(raw);
        const projection = projectArticle(raw, state);
        // Hand-made relations around what the article held before and holds now are put back after it.
        const [previous] = await this.ctx.runner.run('article-state', { id: raw.article.id });
        const before = previous ? strList(previous, 'entityIds') : [];
        pending.push({
          index,
          raw,
          projection,
          ends: new Set([...before, ...projection.graph.entities.map((e) => e.id)]),
        });
      } catch (error) {
        outcomes[index] = { status: 'failed', error };
        onProgress(++done, raws.length, index);
      }
    }
    const first = loadSeq ?? (await this.takeLoadSeq(pending.length));
    let manual = false;
    const written = await loadArticles(
      this.ctx,
      pending.map((p) => p.projection.graph),
      (_done, _total, k) => onProgress(++done, raws.length, k === undefined ? undefined : pending[k]!.index),
      {
        signal: options.signal,
        after: async (tx, k) => {
          const { raw, projection, ends } = pending[k]!;
          // A re-load keeps the article's first load order (the query sets it only on creation).
          await saveSource(tx, raw, projection.held, first + k);
          manual = (await syncManual(tx, state, { ends, article: raw.article.id })) || manual;
        },
      },
    );
    written.forEach((outcome, k) => (outcomes[pending[k]!.index] = outcome));
    if (manual) this.wroteOutsideWriter();
    return outcomes;
  }

  /** Finishes what an interrupted edit left pending, once per process before its first curated operation. */
  private async recover(): Promise<void> {
    if (this.recovered) return;
    await this.projectPending(await this.state());
    this.recovered = true;
  }

  /** Projects every pending article again, in first-load order; returns how many. */
  private async projectPending(state: CurationState): Promise<number> {
    const ids = (await this.ctx.runner.run('curation-pending')).map((r) => str(r, 'id'));
    if (ids.length === 0) return 0;
    const order = new Map(
      (await this.ctx.runner.run('curation-source-order', { ids })).map((r) => [str(r, 'id'), num(r, 'loadSeq')]),
    );
    ids.sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || a.localeCompare(b));
    for (const id of ids) {
      const source = await readSource(this.ctx.runner, id);
      const graph = source?.graph ?? (await reconstructSource(this.ctx.runner, id));
      if (!graph) continue;
      await this.loadProjected(graph, state, source?.loadSeq);
    }
    return ids.length;
  }

  /** Articles stored before sources were kept get one, rebuilt from the graph, before an edit changes it. */
  private async ensureSources(ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    const have = new Set((await this.ctx.runner.run('curation-source-order', { ids })).map((r) => str(r, 'id')));
    const missing = ids.filter((id) => !have.has(id)).sort();
    if (missing.length === 0) return;
    const graphs: ArticleGraph[] = [];
    for (const id of missing) {
      const graph = await reconstructSource(this.ctx.runner, id);
      if (graph) graphs.push(graph);
    }
    const first = await this.takeLoadSeq(graphs.length);
    await this.ctx.runner.write(async (tx) => {
      for (const [i, graph] of graphs.entries()) await saveSource(tx, graph, [], first + i);
    });
  }

  // -------------------------------------------------------------------------
  // Edits.
  // -------------------------------------------------------------------------

  apply(request: EditRequest): Promise<CurationOutcome> {
    return this.exclusive(async () => {
      await this.recover();
      const before = await this.state();
      const facts = await planEdit(this.ctx, before, request.edit);
      const entry = this.newEntry(before.lastSeq + 1, request, request.edit, facts);
      const articles = await this.commit(before, [entry], impactOf(entry, 'apply'));
      return { entry, articles };
    });
  }

  undo(request: UndoRequest): Promise<CurationOutcome> {
    return this.exclusive(async () => {
      await this.recover();
      const before = await this.state();
      const target = before.entry(request.entry);
      if (!target) throw errors.notFound('curation entry', request.entry);
      if (!before.active.has(target.id)) throw errors.validation(`entry: "${target.id}" is already undone`);
      const impact = this.undoImpact(before, target);
      const entry = this.newEntry(
        before.lastSeq + 1,
        request,
        { action: 'undo', entry: target.id },
        {
          names: {},
          kinds: {},
        },
      );
      const articles = await this.commit(before, [entry], impact);
      return { entry, articles };
    });
  }

  /**
   * Undoing an entry reverts it. Undoing an undo (at any depth) toggles the
   * edit at the bottom of the chain: both of its impacts cover that.
   */
  private undoImpact(state: CurationState, target: CurationEntry): Impact {
    if (target.edit.action !== 'undo') return impactOf(target, 'revert');
    let base: CurationEntry | undefined = target;
    for (let depth = 0; base?.edit.action === 'undo' && depth < state.size; depth++)
      base = state.entry(base.edit.entry);
    return base ? combineImpacts([impactOf(base, 'apply'), impactOf(base, 'revert')]) : impactOf(target, 'apply');
  }

  /** Appends entries of another store's log (those this log has not got), then projects what they change. */
  importLog(entries: CurationEntry[]): Promise<CurationImportOutcome> {
    return this.exclusive(async () => {
      await this.recover();
      const before = await this.state();
      const known = new Set(before.entries.map((e) => e.id));
      const fresh = [...entries]
        .sort((a, b) => a.seq - b.seq)
        .filter((e) => !known.has(e.id) && known.add(e.id))
        .map((e, i) => CurationEntrySchema.parse({ ...e, seq: before.lastSeq + i + 1 }));
      if (fresh.length === 0) return { added: 0, skipped: entries.length, articles: 0 };
      const combined = CurationState.of([...before.entries, ...fresh]);
      const impacts = fresh.map((e) => {
        if (e.edit.action !== 'undo') return impactOf(e, 'apply');
        const target = combined.entry(e.edit.entry);
        return target ? this.undoImpact(combined, target) : impactOf(e, 'apply');
      });
      const articles = await this.commit(before, fresh, combineImpacts(impacts));
      return { added: fresh.length, skipped: entries.length - fresh.length, articles };
    });
  }

  private newEntry(
    seq: number,
    who: { author: string; reason: string },
    edit: Edit | { action: 'undo'; entry: string },
    facts: Facts,
  ): CurationEntry {
    return CurationEntrySchema.parse({
      id: randomUUID(),
      seq,
      at: new Date().toISOString(),
      author: who.author,
      reason: who.reason,
      edit,
      facts,
    });
  }

  /** Appends `entries` and brings the graph in line with the log they make; returns the articles projected again. */
  private async commit(before: CurationState, entries: CurationEntry[], impact: Impact): Promise<number> {
    const after = CurationState.of([...before.entries, ...entries]);
    // What is stored now is named as the log before these entries names it.
    const stored = (ids: string[]) => new Set(ids.flatMap((id) => [id, before.resolve(id)]));
    const storedRelations = (keys: RelationKey[]) => keys.flatMap((key) => variants(key, [before]));
    const relations = storedRelations(impact.relations.concat(impact.dropRelations));
    const affected = await this.affectedArticles(impact, stored, relations);
    await this.ensureSources(affected);

    const rebuild = stored(impact.rebuild);
    await this.ctx.runner.write(async (tx) => {
      for (const entry of entries) await appendEntry(tx, entry);
      for (const key of storedRelations(impact.dropRelations)) await deleteRelation(tx, key);
      const kinds = await locateIn(tx, rebuild);
      const leaving = new Set(kinds.keys());
      for (const [id, kind] of kinds) await deleteEntity(tx, id, kind, leaving);
      if (affected.length > 0) await tx.run('curation-mark-pending', { ids: affected });
    });
    this.ctx.kinds.forget(rebuild);
    this.wroteOutsideWriter();
    await this.remember(after);

    const projected = await this.projectPending(after);
    // What no article carries: relations added by hand around the entities concerned, named as the log now names them.
    const ends = new Set(
      [...impact.manual, ...impact.rebuild, ...impact.relations.flatMap((k) => [k.source, k.target])].flatMap((id) => [
        id,
        before.resolve(id),
        after.resolve(id),
      ]),
    );
    if (await this.ctx.runner.write((tx) => syncManual(tx, after, { ends }))) this.wroteOutsideWriter();
    else this.ctx.wrote();
    return projected;
  }

  /** The stored articles an impact concerns. */
  private async affectedArticles(
    impact: Impact,
    stored: (ids: string[]) => Set<string>,
    relations: RelationKey[],
  ): Promise<string[]> {
    const out = new Set<string>();
    if (impact.articles.length > 0) {
      const stored = await articleSummaries(this.ctx, impact.articles);
      for (const id of stored.keys()) out.add(id);
    }
    const entities = stored([...impact.rebuild, ...impact.reproject]);
    const ends = new Set(relations.flatMap((k) => [k.source, k.target]));
    const ids = [...new Set([...entities, ...ends])];
    if (ids.length === 0) return [...out].sort();
    const mentioned = await articlesMentioning(this.ctx.runner, ids);
    for (const [article, set] of mentioned) {
      if ([...set].some((e) => entities.has(e))) out.add(article);
      else if (relations.some((k) => set.has(k.source) && set.has(k.target))) out.add(article);
    }
    return [...out].sort();
  }

  // -------------------------------------------------------------------------
  // Reading the log.
  // -------------------------------------------------------------------------

  async log(options: { offset?: number; limit?: number } = {}): Promise<CurationLogPage> {
    const state = await this.state();
    const offset = options.offset ?? 0;
    const limit = Math.min(options.limit ?? 100, CURATION_LIMITS.logPage);
    const undoneBy = new Map<string, string>();
    for (const e of state.entries) {
      if (e.edit.action === 'undo' && state.active.has(e.id)) undoneBy.set(e.edit.entry, e.id);
    }
    const entries = [...state.entries]
      .reverse()
      .slice(offset, offset + limit)
      .map((e) => ({ ...e, active: state.active.has(e.id), undoneBy: undoneBy.get(e.id) ?? null }));
    return { entries, total: state.size, offset, limit };
  }

  async entries(): Promise<CurationEntry[]> {
    return [...(await this.state()).entries];
  }

  /** Likely duplicates among the stored entities, strongest first (pairs declared distinct left out). */
  async duplicates(options: { limit?: number } = {}): Promise<DuplicatePage> {
    const state = await this.state();
    const entities: DuplicateCandidate[] = [];
    const neighbours = new Map<string, Set<string>>();
    const link = (a: string, b: string) => {
      const set = neighbours.get(a) ?? new Set<string>();
      set.add(b);
      neighbours.set(a, set);
    };
    for (const kind of ENTITY_KINDS) {
      for (const row of await this.ctx.runner.run('curation-entities', {}, { kind })) {
        const node = toGraphNode(row.node);
        if (node) entities.push(node);
      }
      // Neighbours by typed relations only: co-occurrence says nothing about identity.
      const types = TYPED_RELATION_TYPES.filter((t) => (RELATIONS[t].from as readonly string[]).includes(kind));
      if (types.length === 0) continue;
      for (const row of await this.ctx.runner.run('curation-edges', {}, { kind, types })) {
        link(str(row, 'source'), str(row, 'target'));
        link(str(row, 'target'), str(row, 'source'));
      }
    }
    const names = new Map(entities.map((e) => [e.id, e.name]));
    const all = suggestDuplicates(entities, neighbours, names, (a, b) => state.areDistinct(a, b));
    const limit = Math.min(options.limit ?? 50, CURATION_LIMITS.logPage);
    return { suggestions: all.slice(0, limit), total: all.length };
  }

  async survivors(ids: string[]): Promise<Map<string, string>> {
    const state = await this.state();
    return new Map(ids.filter((id) => state.isMerged(id)).map((id) => [id, state.resolve(id)]));
  }

  async marks(): Promise<CurationMarks> {
    return (await this.state()).marks();
  }

  /** A relation as the log sees it (by its id now): its verdict, the notes of hand-made ones, the evidence held back. */
  async relation(id: string): Promise<CuratedRelation> {
    const key = parseRelationId(id);
    if (!key) throw errors.validation('id: expected a relation id subject|TYPE|object');
    const state = await this.state();
    const now = state.relationIdOf(key);
    const held = await heldBy(this.ctx.runner, now);
    const articles = await articleSummaries(this.ctx, [...held.keys()]);
    // Held evidence is in the article's own orientation; the graph's is the relation's stored one.
    const entries = [...held].flatMap(([article, h]) => {
      const { flipped } = canonicalRelation({
        source: h.relation.subject,
        type: h.relation.type,
        target: h.relation.object,
      });
      return h.relation.evidence.map((ev) => storedEntry(article, ev, flipped));
    });
    const heldEvidence = toEvidence(now, entries, articles);
    return {
      id: now,
      verdict: state.verdict(now) ?? null,
      notes: state.manualRelation(now)?.notes ?? [],
      heldEvidence,
    };
  }
}

/** A relation key as written, and as each log names it (ends followed through merges), in stored orientation. */
function variants(key: RelationKey, states: CurationState[]): RelationKey[] {
  const seen = new Map<string, RelationKey>();
  for (const k of [canonicalRelation(key), ...states.map((s) => s.canonical(key))]) {
    const plain = { source: k.source, type: k.type, target: k.target };
    if (plain.source !== plain.target) seen.set(relationId(plain), plain);
  }
  return [...seen.values()];
}
