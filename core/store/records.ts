/**
 * Rows of catalogue queries into domain objects. Queries return entities,
 * relations and articles as maps with fixed keys (see the `.cypher` files);
 * these functions are the only readers of those maps.
 */
import { claimOf, isCertainty, isClaimStatus, reportedSpan, type Attribution, type Certainty } from '../claims.js';
import type {
  ArticleMeta,
  ArticleSummary,
  Evidence,
  GraphEdge,
  GraphNode,
  RelationProperties,
  Span,
} from '../domain.js';
import { RELATION_PROPERTIES, isEntityKind } from '../ontology.js';
import { parseRelationId } from '../relation-id.js';
import { httpUrl } from '../url.js';
import {
  StoreNode,
  StoreRelationship,
  num,
  numList,
  optStr,
  str,
  strList,
  type Row,
  type StoreValue,
} from './values.js';

function asMap(value: StoreValue | undefined, what: string): Row {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    if (value instanceof StoreNode || value instanceof StoreRelationship) return value.properties;
    return value as Row;
  }
  throw new TypeError(`Expected ${what} as a map, got ${JSON.stringify(value)}`);
}

/** An entity map (or an entity node's properties) as a GraphNode; null when it is not an entity. */
export function toGraphNode(value: StoreValue | undefined): GraphNode | null {
  const m = asMap(value, 'an entity');
  const kind = m.kind;
  if (!isEntityKind(kind) || typeof m.id !== 'string') return null;
  return {
    id: m.id,
    name: optStr(m, 'name') ?? m.id,
    kind,
    aliases: strList(m, 'aliases'),
    roles: strList(m, 'roles'),
    degree: num(m, 'degree'),
    articleCount: num(m, 'articleCount'),
  };
}

/** A relation map (or a relationship's properties) as a GraphEdge; null when it is not one of ours. */
export function toGraphEdge(value: StoreValue | undefined): GraphEdge | null {
  const m = asMap(value, 'a relation');
  const id = typeof m.id === 'string' ? m.id : null;
  const key = id ? parseRelationId(id) : null;
  if (!id || !key) return null;
  const properties: RelationProperties = {};
  for (const p of RELATION_PROPERTIES) {
    const v = optStr(m, p);
    if (v) properties[p] = v;
  }
  const articles = strList(m, 'articles');
  // Reports need the evidence lists; a map without them (an analyst's query) keeps the stored status.
  const evArticle = strList(m, 'evArticle');
  const certainties = certaintyList(m, evArticle.length);
  const reports = evArticle.map((articleId, i) => ({ articleId, date: null, certainty: certainties[i]! }));
  const stored = optStr(m, 'claim');
  return {
    id,
    source: key.source,
    target: key.target,
    type: key.type,
    properties,
    corroboration: num(m, 'corroboration') || articles.length,
    evidenceCount: num(m, 'evidenceCount'),
    articles,
    claim: reports.length > 0 ? claimOf(certainties) : isClaimStatus(stored) ? stored : 'asserted',
    firstReported: null,
    lastReported: null,
    reports,
  };
}

/**
 * The `evCertainty` list of a relation map, one per sentence: a relation
 * stored before certainties existed (or a shorter list) reads as asserted.
 */
function certaintyList(m: Row, length: number): Certainty[] {
  const raw = Array.isArray(m.evCertainty) ? m.evCertainty : [];
  return Array.from({ length }, (_, i) => {
    const c = raw[i];
    return isCertainty(c) ? c : 'asserted';
  });
}

/** Fills an edge's report dates from its articles' dates, with its first and last. */
export function withDates(edge: GraphEdge, dateOf: (articleId: string) => string | null): GraphEdge {
  const reports = edge.reports.map((r) => ({ ...r, date: dateOf(r.articleId) }));
  const { first, last } = reportedSpan(reports);
  return { ...edge, reports, firstReported: first, lastReported: last };
}

export function toArticleSummary(value: StoreValue | undefined): ArticleSummary {
  const m = asMap(value, 'an article');
  return {
    id: str(m, 'id'),
    file: optStr(m, 'file') ?? str(m, 'id'),
    title: optStr(m, 'title'),
    source: optStr(m, 'source'),
    date: optStr(m, 'date'),
    // Stored before links were checked at ingest: checked again on the way out.
    url: httpUrl(optStr(m, 'url')),
    byline: optStr(m, 'byline'),
    sourceHash: optStr(m, 'sourceHash'),
    entityCount: num(m, 'entityCount'),
    relationCount: num(m, 'relationCount'),
    evidenceCount: num(m, 'evidenceCount'),
  };
}

/** One supporting sentence as stored in a relation's parallel evidence lists. */
export interface StoredEvidence {
  article: string;
  sentence: string;
  start: number;
  end: number;
  subject: Span | null;
  object: Span | null;
  certainty: Certainty;
  attribution: Attribution | null;
  rule: string | null;
}

const span = (start: number | undefined, end: number | undefined): Span | null =>
  start !== undefined && end !== undefined && start >= 0 && end >= start ? { start, end } : null;

/** The evidence lists of a `relation-get` row as entries. */
export function storedEvidence(row: Row): StoredEvidence[] {
  const articles = strList(row, 'evArticle');
  const sentences = strList(row, 'evSentence');
  const starts = numList(row, 'evStart');
  const ends = numList(row, 'evEnd');
  const ss = numList(row, 'evSubjectStart');
  const se = numList(row, 'evSubjectEnd');
  const os = numList(row, 'evObjectStart');
  const oe = numList(row, 'evObjectEnd');
  const certainties = certaintyList(row, articles.length);
  const sourceEntities = strList(row, 'evSourceEntity');
  const sourceTexts = strList(row, 'evSourceText');
  const rules = strList(row, 'evRule');
  return articles.map((article, i) => {
    const sourceText = sourceTexts[i] ?? '';
    return {
      article,
      sentence: sentences[i] ?? '',
      start: starts[i] ?? -1,
      end: ends[i] ?? -1,
      subject: span(ss[i], se[i]),
      object: span(os[i], oe[i]),
      certainty: certainties[i]!,
      attribution: sourceText ? { entity: sourceEntities[i] || null, text: sourceText } : null,
      rule: rules[i] || null,
    };
  });
}

/** Evidence entries back into the parallel lists a relation stores (-1 for an unknown span, '' for no source or rule). */
export function evidenceColumns(entries: StoredEvidence[]): Record<string, unknown> {
  return {
    evArticle: entries.map((e) => e.article),
    evSentence: entries.map((e) => e.sentence),
    evStart: entries.map((e) => e.start),
    evEnd: entries.map((e) => e.end),
    evSubjectStart: entries.map((e) => e.subject?.start ?? -1),
    evSubjectEnd: entries.map((e) => e.subject?.end ?? -1),
    evObjectStart: entries.map((e) => e.object?.start ?? -1),
    evObjectEnd: entries.map((e) => e.object?.end ?? -1),
    evCertainty: entries.map((e) => e.certainty),
    evSourceEntity: entries.map((e) => e.attribution?.entity ?? ''),
    evSourceText: entries.map((e) => e.attribution?.text ?? ''),
    evRule: entries.map((e) => e.rule ?? ''),
  };
}

/** What a stored sentence says of its relation, apart from the article it is in: the part every evidence shape shares. */
export type EvidenceStatement = Omit<StoredEvidence, 'article'>;

/** The statement fields of any evidence shape, alone (so a shape built from another copies them in one place). */
export function evidenceStatement(e: EvidenceStatement): EvidenceStatement {
  return {
    sentence: e.sentence,
    start: e.start,
    end: e.end,
    subject: e.subject,
    object: e.object,
    certainty: e.certainty,
    attribution: e.attribution,
    rule: e.rule,
  };
}

/** Evidence as read back (API shape) into the shape the store keeps, for writing it again (exports). */
export function storedEvidenceOf(e: Evidence): StoredEvidence {
  return { article: e.articleId, ...evidenceStatement(e) };
}

/** The descriptive columns of an article node, written alike by the store and by the Cypher export. */
export function articleMetadata(
  a: ArticleMeta,
): Pick<ArticleMeta, 'file' | 'title' | 'source' | 'date' | 'url' | 'byline'> {
  return { file: a.file, title: a.title, source: a.source, date: a.date, url: a.url, byline: a.byline };
}

/**
 * Stored evidence with the titles, sources and dates of its articles, oldest
 * first (undated last), then by article and place in it. The stored lists are
 * in the order articles were ingested, which an analyst neither chose nor sees:
 * the same graph ingested in another order reads alike.
 */
export function toEvidence(
  relationId: string,
  entries: StoredEvidence[],
  articles: Map<string, ArticleSummary>,
): Evidence[] {
  return entries.map(withArticle).sort(byTimeAndPlace);

  function withArticle(e: StoredEvidence): Evidence {
    const a = articles.get(e.article);
    return {
      relationId,
      articleId: e.article,
      articleTitle: a?.title ?? null,
      source: a?.source ?? null,
      date: a?.date ?? null,
      ...evidenceStatement(e),
    };
  }
}

function byTimeAndPlace(a: Evidence, b: Evidence): number {
  if (a.date !== b.date) return a.date === null ? 1 : b.date === null ? -1 : a.date < b.date ? -1 : 1;
  if (a.articleId !== b.articleId) return a.articleId < b.articleId ? -1 : 1;
  return a.start - b.start || a.end - b.end;
}
