/**
 * Pure planning of what an article contributes to the stored graph, shared
 * by the transactional writer and the bulk importer: relations in stored
 * orientation with merged evidence, the columns each row gets, the hash that
 * tells an identical re-load.
 */
import { createHash } from 'node:crypto';
import { claimOf, isCertainty } from '../claims.js';
import type { ArticleGraph, Attribution, EntityKind, EvidenceSentence, RelationProperties } from '../domain.js';
import { errors } from '../errors.js';
import {
  LIMITS,
  WEAK_RELATION,
  allowsEndpoints,
  isEntityKind,
  isRelationType,
  type RelationType,
} from '../ontology.js';
import { canonicalRelation, relationId, type RelationKey } from '../relation-id.js';
import type { Dialect } from './catalogue.js';
import { evidenceColumns, type StoredEvidence } from './records.js';

/** A relation of the article in its stored orientation, its evidence merged. */
export interface PlannedRelation extends RelationKey {
  id: string;
  properties: RelationProperties;
  evidence: StoredEvidence[];
}

const ID_PATTERN = /^[^|\s]+$/;

/** Checks what the store relies on; a bad graph is refused before anything is written. */
export function validateArticleGraph(graph: ArticleGraph): void {
  const { article, entities, relations } = graph;
  const fail = (message: string) => errors.badInput(`Article "${article?.id ?? '?'}": ${message}`);
  if (!article || typeof article.id !== 'string' || !ID_PATTERN.test(article.id)) throw fail('missing or bad id');
  if (typeof article.text !== 'string') throw fail('missing text');
  if (Buffer.byteLength(article.text) > LIMITS.maxArticleBytes) throw fail('text over the size limit');
  const ids = new Set<string>();
  for (const e of entities) {
    if (!ID_PATTERN.test(e.id)) throw fail(`bad entity id "${e.id}"`);
    if (!isEntityKind(e.kind)) throw fail(`entity "${e.id}" has unknown kind "${String(e.kind)}"`);
    if (ids.has(e.id)) throw fail(`entity "${e.id}" listed twice`);
    ids.add(e.id);
  }
  for (const r of relations) {
    if (!isRelationType(r.type)) throw fail(`unknown relation type "${String(r.type)}"`);
    if (!ids.has(r.subject) || !ids.has(r.object)) {
      throw fail(`relation ${r.subject} ${r.type} ${r.object} names an entity the article does not list`);
    }
    if (r.evidence.length === 0) throw fail(`relation ${r.subject} ${r.type} ${r.object} has no evidence`);
    for (const ev of r.evidence) {
      if (!(ev.start >= 0 && ev.end <= article.text.length && ev.start <= ev.end)) {
        throw fail(
          `evidence offsets ${ev.start}..${ev.end} of ${r.subject} ${r.type} ${r.object} lie outside the text`,
        );
      }
      if (ev.certainty !== undefined && !isCertainty(ev.certainty)) {
        throw fail(`evidence of ${r.subject} ${r.type} ${r.object} has unknown certainty "${String(ev.certainty)}"`);
      }
      const source = ev.attribution;
      if (source && (typeof source.text !== 'string' || (source.entity !== null && !ids.has(source.entity)))) {
        throw fail(
          `evidence of ${r.subject} ${r.type} ${r.object} is attributed to an entity the article does not list`,
        );
      }
    }
  }
}

/** A hash of everything the article contributes: equal hashes mean a re-load changes nothing. */
export function contentHash(graph: ArticleGraph): string {
  return createHash('sha256').update(JSON.stringify(graph)).digest('hex');
}

/** The article's relations in stored orientation, one per id, evidence merged and de-duplicated. */
export function planRelations(
  graph: ArticleGraph,
  kindOf: (id: string) => EntityKind | undefined,
): {
  planned: PlannedRelation[];
  dropped: number;
} {
  const byId = new Map<string, PlannedRelation>();
  let dropped = 0;
  for (const r of graph.relations) {
    const key = canonicalRelation({ source: r.subject, type: r.type, target: r.object });
    const from = kindOf(key.source);
    const to = kindOf(key.target);
    if (key.source === key.target || !from || !to || !allowsEndpoints(key.type, from, to)) {
      dropped++;
      continue;
    }
    const id = relationId(key);
    const planned = byId.get(id) ?? { ...key, id, properties: {}, evidence: [] };
    for (const [k, v] of Object.entries(r.properties)) {
      if (v && !planned.properties[k as keyof RelationProperties])
        planned.properties[k as keyof RelationProperties] = v;
    }
    for (const ev of r.evidence) {
      const entry = storedEntry(graph.article.id, ev, key.flipped);
      if (!planned.evidence.some((e) => evidenceKey(e) === evidenceKey(entry))) planned.evidence.push(entry);
    }
    byId.set(id, planned);
  }
  return { planned: [...byId.values()], dropped };
}

/** An extracted sentence, or one the curation log recorded (its rule may be null there). */
type SentenceLike = Pick<EvidenceSentence, 'sentence' | 'start' | 'end' | 'subject' | 'object' | 'certainty'> & {
  attribution?: Attribution | null;
  rule?: string | null;
};

/** A sentence of an article as a relation stores it, its mention spans in the relation's stored orientation. */
export function storedEntry(article: string, ev: SentenceLike, flipped: boolean): StoredEvidence {
  return {
    article,
    sentence: ev.sentence,
    start: ev.start,
    end: ev.end,
    subject: flipped ? ev.object : ev.subject,
    object: flipped ? ev.subject : ev.object,
    certainty: ev.certainty ?? 'asserted',
    attribution: ev.attribution ?? null,
    rule: ev.rule ?? null,
  };
}

/**
 * One entry per sentence and certainty: a sentence may state a claim and
 * report its denial ("allegedly used ... — a claim denied by X"), and both
 * sides are kept.
 */
function evidenceKey(e: StoredEvidence): string {
  return `${e.article}#${e.start}#${e.certainty}`;
}

export function mergeEvidence(existing: StoredEvidence[], added: StoredEvidence[]): StoredEvidence[] {
  const seen = new Set(existing.map(evidenceKey));
  return [...existing, ...added.filter((e) => !seen.has(evidenceKey(e)))];
}

/** A relation's stored columns from its properties and evidence, in the shape of a dialect's store. */
export function relationColumns(
  properties: RelationProperties,
  evidence: StoredEvidence[],
  dialect: Dialect,
): Record<string, unknown> {
  const articles = [...new Set(evidence.map((e) => e.article))];
  return {
    role: properties.role ?? null,
    status: properties.status ?? null,
    what: properties.what ?? null,
    certainty: properties.certainty ?? null,
    claim: claimOf(evidence.map((e) => e.certainty)),
    articles,
    corroboration: articles.length,
    evidenceCount: evidence.length,
    ...evidenceColumns(evidence, dialect),
  };
}

/** Whether a relation type counts towards an entity's degree (the weak co-occurrence link does not). */
export const isTyped = (type: RelationType) => type !== WEAK_RELATION;

/** The stored columns of an entity from its merged names and roles. */
export function entityColumns(
  entity: { id: string; name: string; kind: EntityKind },
  aliases: string[],
  roles: string[],
): {
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  roles: string[];
  aliasText: string;
} {
  const allAliases = [...new Set([entity.name, ...aliases])];
  return {
    ...entity,
    aliases: allAliases,
    roles: [...new Set(roles)],
    aliasText: allAliases.join(' | '),
  };
}
