/**
 * A synthetic news graph at scale, for benchmarks: pronounceable names,
 * kinds and relation types as the ontology allows, hubs (a few entities take
 * part in many relations, as countries and ministers do), grouped into
 * articles whose sentences are the evidence.
 */
import fs from 'node:fs';
import type { ArticleGraph, EntityKind, ExtractedEntity, ExtractedRelation, RelationType } from '../core/domain.js';
import type { EmbeddedEngine } from '../core/config.js';
import { silentLogger } from '../core/logger.js';
import { ENTITY_KINDS, TYPED_RELATION_TYPES, allowsEndpoints } from '../core/ontology.js';
import { seededRandom } from '../core/random.js';
import type { BulkCopy } from '../core/store/runner.js';
import { CypherGraphStore } from '../core/store/graph-store.js';
import { KuzuRunner } from '../core/store/kuzu/runner.js';

export interface SyntheticOptions {
  entities: number;
  relations: number;
  /** Relations per article (default 150, about what a long news article yields). */
  relationsPerArticle?: number;
  seed?: number;
}

/** Where a synthetic graph is loaded: the embedded engine (default Kuzu 0.11). */
export interface SyntheticStoreOptions extends SyntheticOptions {
  engine?: EmbeddedEngine;
}

export interface SyntheticCorpus {
  graphs: ArticleGraph[];
  ids: string[];
  names: string[];
  kinds: EntityKind[];
}

const SYLLABLES = [
  'ka',
  'ro',
  'vel',
  'min',
  'ta',
  'sar',
  'lu',
  'den',
  'mo',
  'ri',
  'zan',
  'ek',
  'pol',
  'ha',
  'di',
  'nor',
  'be',
  'ust',
  'fi',
  'gal',
];
const KIND_SHARE: Record<EntityKind, number> = {
  Person: 0.35,
  Organization: 0.2,
  Place: 0.18,
  Country: 0.02,
  System: 0.09,
  Agreement: 0.08,
  Conflict: 0.08,
};
const VERB: Partial<Record<RelationType, string>> = {
  SIGNED: 'signed',
  MET_WITH: 'met',
  VISITED: 'visited',
  SUPPORTS: 'backs',
  OPPOSES: 'opposes',
};

function nameFor(index: number, kind: EntityKind): string {
  const word = (n: number) => {
    let w = '';
    do {
      w += SYLLABLES[n % SYLLABLES.length];
      n = Math.floor(n / SYLLABLES.length);
    } while (n > 0);
    return w[0]!.toUpperCase() + w.slice(1);
  };
  const base = `${word(index)} ${word(index * 7 + 3)}`;
  const suffix: Partial<Record<EntityKind, string>> = {
    Organization: ' Group',
    System: ' Dome',
    Agreement: ' Accord',
    Conflict: ' War',
  };
  return base + (suffix[kind] ?? '');
}

/** The entities of a synthetic graph of `count`: kinds in the shares of news, their names and ids. */
export function syntheticEntities(count: number): Pick<SyntheticCorpus, 'ids' | 'names' | 'kinds'> {
  const kinds: EntityKind[] = [];
  for (const kind of ENTITY_KINDS) {
    const n = Math.round(count * KIND_SHARE[kind]);
    for (let i = 0; i < n; i++) kinds.push(kind);
  }
  while (kinds.length < count) kinds.push('Person');
  kinds.length = count;
  const names = kinds.map((k, i) => nameFor(i, k));
  const ids = names.map((n, i) => `${n.toLowerCase().replace(/\s+/g, '-')}-${i}`);
  return { ids, names, kinds };
}

/** Builds the synthetic corpus in memory. */
export function syntheticCorpus(options: SyntheticOptions): SyntheticCorpus {
  // Seeded, so every run benchmarks the same graph.
  const rnd = seededRandom(options.seed ?? 7);
  const perArticle = options.relationsPerArticle ?? 150;
  const { ids, names, kinds } = syntheticEntities(options.entities);
  const byKind = new Map<EntityKind, number[]>(ENTITY_KINDS.map((k) => [k, []]));
  kinds.forEach((k, i) => byKind.get(k)!.push(i));
  // Skewed picks: squaring a uniform draw favours the low indices, the hubs.
  const pick = (kind: EntityKind) => {
    const pool = byKind.get(kind)!;
    return pool[Math.floor(pool.length * rnd() ** 2)]!;
  };

  const seen = new Set<string>();
  const graphs: ArticleGraph[] = [];
  let sentences: string[] = [];
  let relations: Array<{ s: number; o: number; type: RelationType; sentence: number }> = [];
  const flush = () => {
    if (relations.length === 0) return;
    const id = `synthetic-${String(graphs.length).padStart(6, '0')}`;
    let text = '';
    const starts: number[] = [];
    for (const s of sentences) {
      starts.push(text.length);
      text += s + ' ';
    }
    const entities = new Map<number, ExtractedEntity>();
    const mention = (i: number, sentence: number) => {
      const start = text.indexOf(names[i]!, starts[sentence]);
      const span = { start, end: start + names[i]!.length };
      const e = entities.get(i) ?? {
        id: ids[i]!,
        name: names[i]!,
        kind: kinds[i]!,
        aliases: [names[i]!],
        roles: [],
        mentions: [],
      };
      if (!e.mentions.some((m) => m.start === start)) e.mentions.push({ text: names[i]!, ...span });
      entities.set(i, e);
      return span;
    };
    const extracted: ExtractedRelation[] = relations.map((r) => {
      const subject = mention(r.s, r.sentence);
      const object = mention(r.o, r.sentence);
      const start = starts[r.sentence]!;
      const sentence = sentences[r.sentence]!;
      return {
        subject: ids[r.s]!,
        type: r.type,
        object: ids[r.o]!,
        properties: {},
        evidence: [{ sentence, start, end: start + sentence.length, subject, object }],
      };
    });
    graphs.push({
      article: {
        id,
        file: `${id}.txt`,
        title: `Synthetic report ${graphs.length}`,
        source: 'Synthetic Wire',
        date: '2024-01-01',
        url: null,
        byline: null,
        text,
      },
      entities: [...entities.values()],
      relations: extracted,
    });
    sentences = [];
    relations = [];
  };

  let made = 0;
  let attempts = 0;
  while (made < options.relations && attempts < options.relations * 20) {
    attempts++;
    const type = TYPED_RELATION_TYPES[Math.floor(rnd() * TYPED_RELATION_TYPES.length)]!;
    const from = ENTITY_KINDS[Math.floor(rnd() * ENTITY_KINDS.length)]!;
    const to = ENTITY_KINDS[Math.floor(rnd() * ENTITY_KINDS.length)]!;
    if (!allowsEndpoints(type, from, to)) continue;
    const s = pick(from);
    const o = pick(to);
    const key = `${Math.min(s, o)}|${type}|${Math.max(s, o)}`;
    if (s === o || seen.has(key)) continue;
    seen.add(key);
    sentences.push(`${names[s]} ${VERB[type] ?? type.toLowerCase().replace(/_/g, ' ')} ${names[o]}.`);
    relations.push({ s, o, type, sentence: sentences.length - 1 });
    made++;
    if (relations.length >= perArticle) flush();
  }
  flush();
  // Entities no relation picked are in no article, so never stored: leave them out.
  const used = new Set(graphs.flatMap((g) => g.entities.map((e) => e.id)));
  const keep = ids.flatMap((id, i) => (used.has(id) ? [i] : []));
  return {
    graphs,
    ids: keep.map((i) => ids[i]!),
    names: keep.map((i) => names[i]!),
    kinds: keep.map((i) => kinds[i]!),
  };
}

/** One bulk COPY the store ran: which catalogue query, its template, and the rows it loaded (made again when read). */
export type RecordedCopy = BulkCopy;

/**
 * Builds the synthetic corpus and bulk-imports it into a fresh Kuzu
 * directory. Returns ids and names to query, how long the load took (open,
 * import, close), and the COPYs it ran, for a bare replay.
 */
export async function buildSyntheticKuzu(
  dir: string,
  options: SyntheticStoreOptions,
): Promise<{
  ids: string[];
  names: string[];
  kinds: EntityKind[];
  articles: number;
  generateMs: number;
  loadMs: number;
  copies: RecordedCopy[];
}> {
  fs.rmSync(dir, { recursive: true, force: true });
  const t0 = performance.now();
  const corpus = syntheticCorpus(options);
  const t1 = performance.now();
  const runner = await KuzuRunner.open({
    engine: options.engine ?? 'kuzu',
    directory: dir,
    readConnections: 1,
    logger: silentLogger(),
  });
  await runner.ensureSchema();
  const copies: RecordedCopy[] = [];
  const recording = new Proxy(runner, {
    get(target, prop, receiver) {
      if (prop === 'bulkCopy') {
        return (list: readonly BulkCopy[], onCopied?: (done: number) => void) => {
          copies.push(...list);
          return target.bulkCopy!(list, onCopied);
        };
      }
      const value = Reflect.get(target, prop, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  const store = new CypherGraphStore(recording, silentLogger(), { consoleTimeoutMs: 5000, consoleRowCap: 1000 });
  try {
    await store.importArticles(corpus.graphs);
  } finally {
    await store.close();
  }
  const t2 = performance.now();
  return {
    ids: corpus.ids,
    names: corpus.names,
    kinds: corpus.kinds,
    articles: corpus.graphs.length,
    generateMs: t1 - t0,
    loadMs: t2 - t1,
    copies,
  };
}
