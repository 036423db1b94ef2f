/**
 * Before an edit is logged: is it sound against the graph as it is (the
 * entities exist and were not merged away, the alias is one of the entity's,
 * the quote is in the article...), and what facts must its entry record so
 * that replaying it never needs the store again? Then, for any entry: what
 * its applying or undoing changes, so that only the articles concerned are
 * projected again.
 */
import {
  ANALYST_RULE,
  CURATION_LIMITS,
  ARTICLE_FIELDS,
  type CurationEntry,
  type Edit,
  type EditOf,
  type EvidenceRecord,
  type Facts,
} from '../../curation/edits.js';
import type { CurationState } from '../../curation/state.js';
import type { EntityKind } from '../../domain.js';
import { errors } from '../../errors.js';
import { nameKey, slugify } from '../../names.js';
import { RELATIONS, allowsEndpoints } from '../../ontology.js';
import { parseRelationId, relationId, type RelationKey } from '../../relation-id.js';
import type { StoreContext } from '../context.js';
import { storedEvidence, toArticleSummary } from '../records.js';
import { entitiesIn } from './lookup.js';
import { numList, str } from '../values.js';
import { heldBy } from './sources.js';

/** What applying or undoing an entry changes in the stored graph. */
export interface Impact {
  /** Entities deleted and rebuilt from their articles (their names, kinds or aliases change). */
  rebuild: string[];
  /** Entities whose articles are projected again (their mentions and relations move). */
  reproject: string[];
  /** Relations whose articles (those that mention both ends) are projected again. */
  relations: RelationKey[];
  /** Relations deleted first, then rebuilt by their articles and the log (a verdict or a hand-made relation changed). */
  dropRelations: RelationKey[];
  /** Articles projected again. */
  articles: string[];
  /** Entities whose hand-made relations are put back afterwards. */
  manual: string[];
}

export const NO_IMPACT: Impact = {
  rebuild: [],
  reproject: [],
  relations: [],
  dropRelations: [],
  articles: [],
  manual: [],
};

interface EntityInfo {
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
}

async function findEntity(ctx: StoreContext, id: string): Promise<EntityInfo | null> {
  const node = (await entitiesIn(ctx.runner, [id])).get(id);
  return node ? { id: node.id, name: node.name, kind: node.kind, aliases: node.aliases } : null;
}

/** A live entity: stored, and not merged into another. */
async function liveEntity(ctx: StoreContext, state: CurationState, id: string, field: string): Promise<EntityInfo> {
  if (state.isMerged(id)) {
    throw errors.validation(`${field}: "${id}" was merged into "${state.resolve(id)}"; edit that entity instead.`);
  }
  const found = await findEntity(ctx, id);
  if (!found) throw errors.notFound('entity', id);
  return found;
}

const naturalName = (state: CurationState, e: EntityInfo) => state.naturalNameOf(e.id) ?? e.name;
const naturalKind = (state: CurationState, e: EntityInfo) => state.naturalKindOf(e.id) ?? e.kind;

/** A fresh id for an entity split out under `name`: its slug, made unique. */
async function freshId(ctx: StoreContext, state: CurationState, name: string, kind: EntityKind): Promise<string> {
  const base = slugify(name) || slugify(kind);
  const candidates = [
    base,
    `${base}-${kind.toLowerCase()}`,
    ...Array.from({ length: 20 }, (_, i) => `${base}-${i + 2}`),
  ];
  const taken = await entitiesIn(ctx.runner, candidates);
  const free = candidates.find(
    (c) => !taken.has(c) && !state.isMerged(c) && !state.entries.some((e) => e.facts.target === c),
  );
  if (!free) throw errors.validation(`into.name: no free id for "${name}"`);
  return free;
}

/** The stored relation a request names (ends followed through merges), with its evidence; null when not in the graph. */
async function storedRelation(ctx: StoreContext, key: RelationKey): Promise<{ evidence: EvidenceRecord[] } | null> {
  const found = await entitiesIn(ctx.runner, [key.source, key.target]);
  const from = found.get(key.source)?.kind;
  const to = found.get(key.target)?.kind;
  if (!from || !to || !allowsEndpoints(key.type, from, to)) return null;
  const [row] = await ctx.runner.run(
    'relations-get',
    { rows: [{ source: key.source, target: key.target }] },
    { from, type: key.type, to },
  );
  return row ? { evidence: storedEvidence(row) } : null;
}

/** Where a quote is in a text: exactly, else with any run of spaces matching any other. */
function locateQuote(text: string, quote: string): { start: number; end: number } | null {
  const exact = text.indexOf(quote);
  if (exact >= 0) return { start: exact, end: exact + quote.length };
  const words = quote
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const match = new RegExp(words.join('\\s+')).exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}

async function quotedEvidence(
  ctx: StoreContext,
  evidence: NonNullable<EditOf<'add-relation'>['evidence']>,
  subject: string,
  object: string,
): Promise<EvidenceRecord> {
  const [row] = await ctx.runner.run('article-get', { id: evidence.article });
  if (!row) throw errors.notFound('article', evidence.article);
  const text = str(row, 'text');
  const at = locateQuote(text, evidence.quote);
  if (!at) throw errors.validation(`evidence.quote: not found in the text of article "${evidence.article}"`);
  const spanOf = async (entity: string) => {
    for (const m of await ctx.runner.run('article-mentions', { id: evidence.article })) {
      if (m.id !== entity) continue;
      const ends = numList(m, 'spanEnds');
      const i = numList(m, 'spanStarts').findIndex((s, j) => s >= at.start && (ends[j] ?? s) <= at.end);
      if (i >= 0) return { start: numList(m, 'spanStarts')[i]!, end: ends[i]! };
    }
    return null;
  };
  return {
    article: evidence.article,
    sentence: text.slice(at.start, at.end),
    start: at.start,
    end: at.end,
    subject: await spanOf(subject),
    object: await spanOf(object),
    // The analyst vouches for the sentence as stating it plainly.
    certainty: 'asserted',
    attribution: null,
    rule: ANALYST_RULE,
  };
}

/**
 * Checks an edit against the graph and the log, and returns the facts its
 * entry records. Throws a validation or not-found error naming the field.
 */
export async function planEdit(ctx: StoreContext, state: CurationState, edit: Edit): Promise<Facts> {
  switch (edit.action) {
    case 'merge': {
      if (edit.survivor === edit.merged) throw errors.validation('merged: an entity cannot be merged into itself');
      const survivor = await liveEntity(ctx, state, edit.survivor, 'survivor');
      const merged = await liveEntity(ctx, state, edit.merged, 'merged');
      return {
        names: { [survivor.id]: naturalName(state, survivor), [merged.id]: merged.name },
        kinds: { [survivor.id]: naturalKind(state, survivor), [merged.id]: merged.kind },
      };
    }
    case 'split': {
      const entity = await liveEntity(ctx, state, edit.entity, 'entity');
      const key = nameKey(edit.alias);
      if (!entity.aliases.some((a) => nameKey(a) === key)) {
        throw errors.validation(`alias: "${edit.alias}" is not an alias of "${entity.name}"`);
      }
      if (nameKey(entity.name) === key) {
        throw errors.validation(`alias: "${edit.alias}" is the entity's name; rename it first`);
      }
      if ('entity' in edit.into) {
        if (edit.into.entity === entity.id) throw errors.validation('into.entity: split into the same entity');
        const target = await liveEntity(ctx, state, edit.into.entity, 'into.entity');
        return {
          names: { [entity.id]: entity.name, [target.id]: naturalName(state, target) },
          kinds: { [entity.id]: entity.kind, [target.id]: naturalKind(state, target) },
          target: target.id,
          created: false,
        };
      }
      const id = await freshId(ctx, state, edit.into.name, edit.into.kind);
      return {
        names: { [entity.id]: entity.name, [id]: edit.into.name },
        kinds: { [entity.id]: entity.kind, [id]: edit.into.kind },
        target: id,
        created: true,
      };
    }
    case 'rename': {
      const entity = await liveEntity(ctx, state, edit.entity, 'entity');
      if (entity.name === edit.name) throw errors.validation(`name: the entity is already called "${edit.name}"`);
      return { names: { [entity.id]: naturalName(state, entity) }, kinds: { [entity.id]: entity.kind } };
    }
    case 'kind': {
      const entity = await liveEntity(ctx, state, edit.entity, 'entity');
      if (entity.kind === edit.kind) throw errors.validation(`kind: the entity is already a ${edit.kind}`);
      return { names: { [entity.id]: entity.name }, kinds: { [entity.id]: naturalKind(state, entity) } };
    }
    case 'reject':
    case 'confirm': {
      const key = parseRelationId(edit.relation)!;
      const now = state.canonical(key);
      const id = relationId(now);
      const source = await liveEntity(ctx, state, now.source, 'relation');
      const target = await liveEntity(ctx, state, now.target, 'relation');
      const stored = await storedRelation(ctx, now);
      const held = stored ? new Map() : await heldBy(ctx.runner, id);
      if (!stored && held.size === 0) throw errors.notFound('relation', id);
      if (edit.action === 'reject' && state.isRejected(id))
        throw errors.validation(`relation: "${id}" is already rejected`);
      if (edit.action === 'confirm' && state.verdict(id) === 'confirmed') {
        throw errors.validation(`relation: "${id}" is already confirmed`);
      }
      const evidence = stored?.evidence ?? [];
      return {
        names: { [source.id]: source.name, [target.id]: target.name },
        kinds: { [source.id]: source.kind, [target.id]: target.kind },
        ...(edit.action === 'reject' ? { evidence: evidence.slice(0, CURATION_LIMITS.snapshotEvidence) } : {}),
      };
    }
    case 'add-relation': {
      const subject = await liveEntity(ctx, state, edit.subject, 'subject');
      const object = await liveEntity(ctx, state, edit.object, 'object');
      if (subject.id === object.id) throw errors.validation('object: a relation needs two different entities');
      if (!allowsEndpoints(edit.type, subject.kind, object.kind)) {
        const spec = RELATIONS[edit.type];
        throw errors.validation(
          `type: ${edit.type} goes from ${spec.from.join('/')} to ${spec.to.join('/')}, not from ${subject.kind} to ${object.kind}`,
        );
      }
      const evidence = edit.evidence ? [await quotedEvidence(ctx, edit.evidence, subject.id, object.id)] : [];
      return {
        names: { [subject.id]: subject.name, [object.id]: object.name },
        kinds: { [subject.id]: subject.kind, [object.id]: object.kind },
        evidence,
      };
    }
    case 'article': {
      const [row] = await ctx.runner.run('article-get', { id: edit.article });
      if (!row) throw errors.notFound('article', edit.article);
      const current = toArticleSummary(row.article);
      const previous: Facts['previous'] = {};
      for (const field of ARTICLE_FIELDS) if (field in edit.changes) previous[field] = current[field];
      if (ARTICLE_FIELDS.every((f) => !(f in edit.changes) || edit.changes[f] === current[f])) {
        throw errors.validation('changes: every field already has that value');
      }
      return { names: {}, kinds: {}, previous };
    }
    case 'distinct': {
      const [a, b] = edit.entities;
      if (a === b) throw errors.validation('entities: name two different entities');
      const first = await liveEntity(ctx, state, a, 'entities.0');
      const second = await liveEntity(ctx, state, b, 'entities.1');
      return { names: { [a]: first.name, [b]: second.name }, kinds: { [a]: first.kind, [b]: second.kind } };
    }
  }
}

/** The relation a verdict or a hand-made relation is about. */
function relationOf(edit: CurationEntry['edit']): RelationKey | null {
  if (edit.action === 'reject' || edit.action === 'confirm') return parseRelationId(edit.relation);
  if (edit.action === 'add-relation') return { source: edit.subject, type: edit.type, target: edit.object };
  return null;
}

/**
 * What applying (`apply`) or undoing (`revert`) an entry changes. Ids are as
 * the entry names them; the curator follows them through the log before and
 * after, so that later merges are accounted for.
 */
export function impactOf(entry: CurationEntry, direction: 'apply' | 'revert'): Impact {
  const { edit, facts } = entry;
  const relation = relationOf(edit);
  switch (edit.action) {
    case 'merge':
      // Applying moves only the merged entity's articles; undoing gives the survivor's articles back to both.
      return {
        ...NO_IMPACT,
        rebuild: direction === 'revert' ? [edit.survivor] : [],
        reproject: [edit.merged],
        manual: [edit.survivor, edit.merged],
      };
    case 'split': {
      const target = facts.target ? [facts.target] : [];
      return {
        ...NO_IMPACT,
        rebuild: direction === 'revert' ? [edit.entity, ...target] : [edit.entity],
        manual: [edit.entity, ...target],
      };
    }
    case 'rename':
    case 'kind':
      return { ...NO_IMPACT, rebuild: [edit.entity], manual: [edit.entity] };
    case 'reject':
    case 'confirm':
    case 'add-relation':
      return relation
        ? {
            ...NO_IMPACT,
            relations: [relation],
            dropRelations: [relation],
            manual: [relation.source, relation.target],
          }
        : NO_IMPACT;
    case 'article':
      return { ...NO_IMPACT, articles: [edit.article] };
    case 'distinct':
    case 'undo':
      return NO_IMPACT;
  }
}

/** Both impacts together. */
export function combineImpacts(impacts: Impact[]): Impact {
  const out: Impact = { rebuild: [], reproject: [], relations: [], dropRelations: [], articles: [], manual: [] };
  for (const i of impacts) {
    out.rebuild.push(...i.rebuild);
    out.reproject.push(...i.reproject);
    out.relations.push(...i.relations);
    out.dropRelations.push(...i.dropRelations);
    out.articles.push(...i.articles);
    out.manual.push(...i.manual);
  }
  return out;
}
