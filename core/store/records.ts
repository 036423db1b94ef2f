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
import type { Dialect } from './catalogue.js';
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
  // Reports need the evidence; a map without it (an analyst's query) keeps the stored status.
  const reports = evidenceReports(m).map(({ article, certainty }) => ({ articleId: article, date: null, certainty }));
  const certainties = reports.map((r) => r.certainty);
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

/** One supporting sentence of a relation as the store keeps it. */
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

/**
 * The evidence a relation map (or row) carries, as entries, in either store's
 * shape: Kuzu's packed `evidence` text, or Neo4j's parallel lists. None when it
 * carries neither (an analyst's own map).
 */
export function storedEvidence(row: Row): StoredEvidence[] {
  const packed = optStr(row, 'evidence');
  return packed === null ? listedEvidence(row) : unpackEvidence(packed);
}

/** Only the article and certainty of each entry: what an edge's reports need. */
function evidenceReports(row: Row): Array<{ article: string; certainty: Certainty }> {
  if (typeof row.evidence === 'string') return storedEvidence(row);
  const certainties = certaintyList(row, 'evCertainty');
  return strList(row, 'evArticle').map((article, i) => ({ article, certainty: certainties[i] ?? 'asserted' }));
}

/** A certainty per entry; a relation stored before certainties existed reads as asserted. */
function certaintyList(row: Row, key: string): Certainty[] {
  const raw = Array.isArray(row[key]) ? (row[key] as StoreValue[]) : [];
  return raw.map((c) => (isCertainty(c) ? c : 'asserted'));
}

function listedEvidence(row: Row): StoredEvidence[] {
  const articles = strList(row, 'evArticle');
  const sentences = strList(row, 'evSentence');
  const starts = numList(row, 'evStart');
  const ends = numList(row, 'evEnd');
  const ss = numList(row, 'evSubjectStart');
  const se = numList(row, 'evSubjectEnd');
  const os = numList(row, 'evObjectStart');
  const oe = numList(row, 'evObjectEnd');
  const certainties = certaintyList(row, 'evCertainty');
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
      certainty: certainties[i] ?? 'asserted',
      attribution: sourceText ? { entity: sourceEntities[i] || null, text: sourceText } : null,
      rule: rules[i] || null,
    };
  });
}

/** Kuzu's `evidence` text: the entries as a JSON array, each in the shape of StoredEvidence. */
function unpackEvidence(text: string): StoredEvidence[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new TypeError(`A relation's evidence is not JSON: ${text.slice(0, 80)}`);
  }
  if (!Array.isArray(parsed)) throw new TypeError(`A relation's evidence is not a list: ${text.slice(0, 80)}`);
  return parsed.map((value: unknown) => {
    const e = asMap(value as StoreValue, 'an evidence entry');
    const subject = e.subject as Row | null;
    const object = e.object as Row | null;
    const attribution = e.attribution as Row | null;
    return {
      article: str(e, 'article'),
      sentence: optStr(e, 'sentence') ?? '',
      start: num(e, 'start'),
      end: num(e, 'end'),
      subject: subject ? span(num(subject, 'start'), num(subject, 'end')) : null,
      object: object ? span(num(object, 'start'), num(object, 'end')) : null,
      certainty: isCertainty(e.certainty) ? e.certainty : 'asserted',
      attribution: attribution ? { entity: optStr(attribution, 'entity'), text: str(attribution, 'text') } : null,
      rule: optStr(e, 'rule'),
    };
  });
}

/**
 * Evidence entries as a dialect's store keeps them on a relation: Kuzu one
 * JSON text (`evidence`), Neo4j parallel lists (-1 for an unknown span, ''
 * for no source or rule). Both read back through storedEvidence.
 */
export function evidenceColumns(entries: StoredEvidence[], dialect: Dialect): Record<string, unknown> {
  if (dialect === 'kuzu') return { evidence: JSON.stringify(entries.map(packedEntry)) };
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

/** An entry with its fields alone, in one order: an entry built elsewhere may carry more (an API evidence's title). */
function packedEntry(e: StoredEvidence): StoredEvidence {
  return { article: e.article, ...evidenceStatement(e) };
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
