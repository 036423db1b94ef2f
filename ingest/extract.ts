/**
 * The extraction API: one article (file name and raw content) in, one
 * ArticleGraph out, through the pure stages clean → parse → entities →
 * resolve → relations → link (each a folder beside this file). `extractCorpus` threads resolution across articles so later
 * articles (and re-ingests) reuse the ids of earlier ones.
 */
import type { ArticleDocument, ArticleGraph, ExtractedEntity, ExtractedRelation, KnownEntity } from '../core/domain.js';
import { WEAK_RELATION } from '../core/ontology.js';
import { readClauses } from './clauses/index.js';
import { cleanArticle } from './clean/index.js';
import { detectEntities } from './entities/index.js';
import { KnownPeople } from './entities/known-people.js';
import type { DetectionContext } from './entities/context.js';
import type { EntityDraft, EntityRegistry } from './resolve/registry.js';
import type { CollectedRelation } from './relations/collector.js';
import { SentenceReader } from './relations/sentence-view.js';
import { seatLocates } from './resolve/seats.js';
import { getLexicon } from './lexicon/index.js';
import { KnownIndex, linkToKnown } from './link/link.js';
import { slugify } from './parse/normalize.js';
import { parseText } from './parse/parse.js';
import { formatOf, type ArticleFormat } from './read/read.js';
import { extractRelations } from './relations/index.js';
import { nameNameless } from './resolve/naming.js';
import { resolveArticle } from './resolve/resolve.js';

export interface ArticleInput {
  /** File name (its base name becomes the article id). */
  file: string;
  /** The file's content, decoded. */
  raw: string;
  /** Overrides the format the extension implies. */
  format?: ArticleFormat;
}

/**
 * A capital or seat of government that the article only uses for its
 * government ("Rabat normalized ties with Jerusalem") is not a place of the
 * article: its mentions join the country, its relations follow them. One
 * that someone visited is a place, whatever governs it: a government is not
 * visited ("Blinken visited Kyiv", "toured Nairobi").
 */
function settleSeats(
  ctx: DetectionContext,
  registry: EntityRegistry,
  relations: CollectedRelation[],
): CollectedRelation[] {
  const reader = new SentenceReader(ctx, registry);
  const moved = new Map<EntityDraft, EntityDraft>();
  for (const place of [...registry.byKey.values()]) {
    const seatOf = place.lexicon?.seatOf;
    if (place.kind !== 'Place' || !seatOf) continue;
    const mentions = registry.mentions.filter((m) => m.entity === place);
    const located =
      mentions.some((m) => seatLocates(ctx, m)) || relations.some((r) => r.type === 'VISITED' && r.object === place);
    if (located || mentions.length === 0) continue;
    const country = reader.countryEntity(seatOf);
    for (const m of mentions) registry.mention(country, m.start, m.end, m.candidate, { nested: true });
    place.mentions.length = 0;
    moved.set(place, country);
  }
  if (moved.size === 0) return relations;
  const kept: CollectedRelation[] = [];
  for (const r of relations) {
    const subject = moved.get(r.subject) ?? r.subject;
    const object = moved.get(r.object) ?? r.object;
    if (subject === object || kept.some((k) => k.subject === subject && k.type === r.type && k.object === object))
      continue;
    kept.push({ ...r, subject, object });
  }
  return kept;
}

function finalizeEntities(drafts: Iterable<EntityDraft>): Map<EntityDraft, ExtractedEntity> {
  const out = new Map<EntityDraft, ExtractedEntity>();
  const used = new Map<string, EntityDraft>();
  for (const d of drafts) {
    if (d.mentions.length === 0) continue;
    let id = slugify(d.name) || slugify(d.kind);
    const clash = used.get(id);
    if (clash && clash !== d) id = `${id}-${d.kind.toLowerCase()}`;
    used.set(id, d);
    const mentions = [...d.mentions].sort((a, b) => a.start - b.start);
    out.set(d, {
      id,
      name: d.name,
      kind: d.kind,
      aliases: [...new Set([d.name, ...d.aliases])],
      roles: [...d.roles],
      mentions,
      ...(d.tentative ? { tentative: true } : {}),
    });
  }
  return out;
}

/** Extracts the graph of an already cleaned article; `knownPeople` are the names of people known before it. */
export function extractDocument(article: ArticleDocument, knownPeople: ReadonlySet<string> = new Set()): ArticleGraph {
  const parsed = parseText(article.text);
  const clauses = readClauses(parsed);
  const context = detectEntities(getLexicon(), parsed, knownPeople);
  const registry = resolveArticle(context);
  const collected = settleSeats(context, registry, extractRelations(context, registry, clauses));
  nameNameless(context.lexicon, registry, collected);
  const entities = finalizeEntities(registry.byKey.values());
  const relations: ExtractedRelation[] = [];
  for (const r of collected) {
    const subject = entities.get(r.subject);
    const object = entities.get(r.object);
    if (!subject || !object) continue;
    relations.push({
      subject: subject.id,
      type: r.type,
      object: object.id,
      properties: r.properties,
      evidence: r.evidence.map((e) => ({
        ...e,
        attribution: e.attribution && {
          entity: e.attribution.entity ? (entities.get(e.attribution.entity)?.id ?? null) : null,
          text: e.attribution.text,
        },
      })),
    });
  }
  // Typed relations first: readers and the store see facts before co-occurrences.
  relations.sort((a, b) => Number(a.type === WEAK_RELATION) - Number(b.type === WEAK_RELATION));
  return { article, entities: [...entities.values()], relations };
}

/**
 * Extracts one article. `known` are entities already in the store: matching
 * entities take their ids, so re-ingesting or a later article reuses them.
 */
export function extractArticle(input: ArticleInput, known: readonly KnownEntity[] = []): ArticleGraph {
  return linkToKnown(extractUnlinked(input, KnownPeople.of(known).lookup), new KnownIndex(known));
}

/**
 * Extracts one article without cross-article linking: ids are the article's
 * own and lone surnames may still be tentative. Worker threads run this;
 * `linkSequentially` finishes the graphs.
 */
export function extractUnlinked(input: ArticleInput, knownPeople: ReadonlySet<string> = new Set()): ArticleGraph {
  const format = input.format ?? formatOf(input.file) ?? 'text';
  return extractDocument(cleanArticle({ file: input.file, format, raw: input.raw }), knownPeople);
}

/** The entities of a graph as the resolver of later articles needs them. */
export function knownEntitiesOf(graph: ArticleGraph): KnownEntity[] {
  return graph.entities.map((e) => ({ id: e.id, name: e.name, kind: e.kind, aliases: e.aliases }));
}

/**
 * Threads resolution through graphs extracted independently (in order): each
 * is linked to what the earlier ones and `known` established.
 */
export function linkSequentially(graphs: readonly ArticleGraph[], known: readonly KnownEntity[] = []): ArticleGraph[] {
  const index = new KnownIndex(known);
  return graphs.map((g) => {
    const linked = linkToKnown(g, index);
    for (const e of knownEntitiesOf(linked)) index.add(e);
    return linked;
  });
}

/** Extracts many articles in order; later ones resolve against earlier ones and `known`. */
export function extractCorpus(inputs: readonly ArticleInput[], known: readonly KnownEntity[] = []): ArticleGraph[] {
  const index = new KnownIndex(known);
  const people = KnownPeople.of(index.entities());
  return inputs.map((input) => {
    const graph = linkToKnown(extractUnlinked(input, people.lookup), index);
    for (const e of knownEntitiesOf(graph)) people.learn(index.add(e));
    return graph;
  });
}
