/**
 * Each article's graph as extracted (linked, before curation), kept beside
 * the article so that an edit, an undo or a replayed log can project it
 * again. The text stays on the Article node; the source holds the rest, and
 * the relations the article states that a verdict rejected (held back from
 * the graph, their evidence still recorded).
 */
import type {
  ArticleDocument,
  ArticleGraph,
  EntityKind,
  ExtractedEntity,
  ExtractedRelation,
  Mention,
} from '../../domain.js';
import { isEntityKind } from '../../ontology.js';
import { parseRelationId } from '../../relation-id.js';
import type { HeldRelation } from '../../curation/project.js';
import { groupByKind } from '../kind-index.js';
import { evidenceStatement, storedEvidence, toArticleSummary, toGraphEdge, toGraphNode } from '../records.js';
import type { QueryExecutor } from '../runner.js';
import { num, numList, str, strList } from '../values.js';

export interface ArticleSource {
  loadSeq: number;
  graph: ArticleGraph;
  held: HeldRelation[];
}

type StoredGraph = Omit<ArticleGraph, 'article'> & { article: Omit<ArticleDocument, 'text'> };

/** The parameters of an article's source as stored, made in one place for saving one and many. */
function sourceColumns({ raw, held, loadSeq }: SourceToSave) {
  const { text: _text, ...article } = raw.article;
  const stored: StoredGraph = { ...raw, article };
  return {
    id: raw.article.id,
    loadSeq,
    graph: JSON.stringify(stored),
    heldIds: held.map((h) => h.id),
    held: JSON.stringify(held),
  };
}

export async function saveSource(
  tx: QueryExecutor,
  raw: ArticleGraph,
  held: HeldRelation[],
  loadSeq: number,
): Promise<void> {
  await tx.run('curation-source-save', sourceColumns({ raw, held, loadSeq }));
}

/** An article's source to save, and its load order. */
export interface SourceToSave {
  raw: ArticleGraph;
  held: HeldRelation[];
  loadSeq: number;
}

/** Sources per statement: a few megabytes of JSON, made only when their statement runs. */
const SOURCES_PER_STATEMENT = 100;

/**
 * The sources of many articles, as {@link saveSource} in turn would save
 * them (an article listed twice keeps its first load order and its last
 * graph), a hundred to a statement: one statement per article cost more than
 * the data it carried (a bulk import of 2,000 articles spent ~2 s on them).
 */
export async function saveSources(tx: QueryExecutor, sources: readonly SourceToSave[]): Promise<void> {
  const byId = new Map<string, SourceToSave>();
  for (const source of sources) {
    const first = byId.get(source.raw.article.id);
    byId.set(source.raw.article.id, first ? { ...source, loadSeq: first.loadSeq } : source);
  }
  const unique = [...byId.values()];
  for (let at = 0; at < unique.length; at += SOURCES_PER_STATEMENT) {
    await tx.run('bulk-save-sources', { rows: unique.slice(at, at + SOURCES_PER_STATEMENT).map(sourceColumns) });
  }
}

/** The stored text of an article, or null when it is not stored. */
async function articleText(
  executor: QueryExecutor,
  id: string,
): Promise<{ text: string; row: ReturnType<typeof toArticleSummary> } | null> {
  const [row] = await executor.run('article-get', { id });
  return row ? { text: str(row, 'text'), row: toArticleSummary(row.article) } : null;
}

/** The source of a stored article, or null when the article has none (stored before curation existed). */
export async function readSource(executor: QueryExecutor, id: string): Promise<ArticleSource | null> {
  const [row] = await executor.run('curation-source-get', { id });
  if (!row) return null;
  const stored = JSON.parse(str(row, 'graph')) as StoredGraph;
  const article = await articleText(executor, id);
  if (!article) return null;
  return {
    loadSeq: num(row, 'loadSeq'),
    graph: { ...stored, article: { ...stored.article, text: article.text } },
    held: JSON.parse(str(row, 'held')) as HeldRelation[],
  };
}

/** Held-back relations of every article that states `relationId`, by article. */
export async function heldBy(executor: QueryExecutor, relationId: string): Promise<Map<string, HeldRelation>> {
  const out = new Map<string, HeldRelation>();
  for (const row of await executor.run('curation-held', { id: relationId })) {
    const held = (JSON.parse(str(row, 'held')) as HeldRelation[]).find((h) => h.id === relationId);
    if (held) out.set(str(row, 'article'), held);
  }
  return out;
}

/**
 * An article's graph rebuilt from what the store holds of it, for articles
 * loaded before sources were kept: its entities (by its mentions), its
 * relations (by the ids it recorded) with its own evidence. Faithful as long
 * as no edit changed them, which holds for such articles.
 */
export async function reconstructSource(executor: QueryExecutor, id: string): Promise<ArticleGraph | null> {
  const stored = await articleText(executor, id);
  if (!stored) return null;
  const { text, row } = stored;
  const article: ArticleDocument = {
    id,
    file: row.file,
    title: row.title,
    source: row.source,
    date: row.date,
    url: row.url,
    byline: row.byline,
    sourceHash: row.sourceHash ?? null,
    text,
  };
  const mentions = new Map<string, Mention[]>();
  const kinds = new Map<string, EntityKind>();
  for (const m of await executor.run('article-mentions', { id })) {
    if (!isEntityKind(m.kind)) continue;
    const entity = str(m, 'id');
    kinds.set(entity, m.kind);
    const ends = numList(m, 'spanEnds');
    mentions.set(
      entity,
      numList(m, 'spanStarts').map((start, i) => ({
        start,
        end: ends[i] ?? start,
        text: text.slice(start, ends[i] ?? start),
      })),
    );
  }
  const entities: ExtractedEntity[] = [];
  for (const [kind, ids] of groupByKind(kinds.keys(), kinds)) {
    for (const r of await executor.run('entity-nodes', { ids }, { kind })) {
      const node = toGraphNode(r.node);
      if (!node) continue;
      entities.push({
        id: node.id,
        name: node.name,
        kind: node.kind,
        aliases: node.aliases,
        roles: node.roles,
        mentions: mentions.get(node.id) ?? [],
      });
    }
  }
  const [state] = await executor.run('article-state', { id });
  const relations: ExtractedRelation[] = [];
  for (const relationId of state ? strList(state, 'relationIds') : []) {
    const key = parseRelationId(relationId);
    const from = key && kinds.get(key.source);
    const to = key && kinds.get(key.target);
    if (!key || !from || !to) continue;
    const [rel] = await executor.run(
      'relations-get',
      { rows: [{ source: key.source, target: key.target }] },
      { from, type: key.type, to },
    );
    if (!rel) continue;
    const evidence = storedEvidence(rel).filter((e) => e.article === id);
    if (evidence.length === 0) continue;
    relations.push({
      subject: key.source,
      type: key.type,
      object: key.target,
      properties: toGraphEdge(rel.edge)?.properties ?? {},
      evidence: evidence.map((e) => {
        const { rule, ...statement } = evidenceStatement(e);
        return { ...statement, ...(rule ? { rule } : {}) };
      }),
    });
  }
  return { article, entities, relations };
}
