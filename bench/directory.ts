/**
 * Search directory benchmark: the in-process entity directory that answers
 * search on the embedded store, alone (no store, no HTTP), on the names of a
 * synthetic graph (100k entities by default; `--entities 1000000` for the
 * scale where common words name tens of thousands). Each query shape is timed
 * next to bare MiniSearch answering the same query over the same names, its
 * last word as a prefix (what the library does alone, unranked by
 * connectedness). Queries of common words are what the directory does its
 * own work for: a prefix being typed, "group", or both.
 * `tsx bench/directory.ts [--entities N --samples N]`.
 */
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import MiniSearch from 'minisearch';
import type { EntityKind } from '../core/domain.js';
import { ENTITY_KINDS } from '../core/ontology.js';
import { EntityDirectory, type DirectoryEntry } from '../core/store/entity-directory.js';
import { tokens } from '../core/store/search-terms.js';
import { printTable, summarise } from './stats.js';
import { syntheticEntities } from './synthetic.js';

export interface DirectoryBenchOptions {
  entities: number;
  samples: number;
}

/** As the store asks: every kind, no typos on the first pass, a page of candidates. */
const QUERY = { kinds: new Set<EntityKind>(ENTITY_KINDS), fuzzy: false, top: 50 };

/**
 * Degrees as the synthetic graph skews them (bench/synthetic.ts picks the
 * first of each kind far more often): a few hubs, a long tail.
 */
function entries(count: number): DirectoryEntry[] {
  const { ids, names, kinds } = syntheticEntities(count);
  const rankInKind = new Map<EntityKind, number>();
  return ids.map((id, i) => {
    const rank = rankInKind.get(kinds[i]!) ?? 0;
    rankInKind.set(kinds[i]!, rank + 1);
    return {
      id,
      name: names[i]!,
      kind: kinds[i]!,
      aliases: [names[i]!],
      roles: [],
      degree: Math.round(2_000 / Math.sqrt(rank + 1)),
    };
  });
}

export function runDirectoryBench(options: DirectoryBenchOptions): void {
  const all = entries(options.entities);
  let t = performance.now();
  const directory = EntityDirectory.of(all, 0);
  const directoryBuildMs = performance.now() - t;
  const bare = new MiniSearch<{ id: string; names: string }>({
    fields: ['names'],
    tokenize: (text) => tokens(text),
    processTerm: (term) => term,
  });
  t = performance.now();
  bare.addAll(all.map((e) => ({ id: e.id, names: e.aliases.join(' \n ') })));
  const bareBuildMs = performance.now() - t;

  // Spread over the names, the same for both sides.
  const nameAt = (i: number) => all[(i * 7919) % all.length]!.name.toLowerCase();
  const firstWord = (i: number) => nameAt(i).split(' ')[0]!;
  const shapes: Record<string, (i: number) => string> = {
    'exact name': nameAt,
    '4-letter prefix': (i) => firstWord(i).slice(0, 4),
    '2-letter prefix': (i) => firstWord(i).slice(0, 2),
    'word + 3-letter prefix': (i) =>
      `${firstWord(i)} ${nameAt(i + 1)
        .split(' ')[1]!
        .slice(0, 3)}`,
    '"group" + 3-letter prefix': (i) => `group ${firstWord(i).slice(0, 3)}`,
  };
  let generation = 0;
  const time = (answer: (query: string) => unknown, query: (i: number) => string) =>
    summarise(
      Array.from({ length: options.samples }, (_, i) => {
        const q = query(i + 1);
        // An empty write: the directory forgets its answers, so each query is worked out (a 2-letter prefix recurs).
        directory.apply({ upserted: [], removed: [], generation: ++generation });
        const started = performance.now();
        answer(q);
        return performance.now() - started;
      }),
    );
  const rows = Object.entries(shapes).map(([shape, query]) => {
    // Each query once first, so neither side is timed compiling its code paths.
    for (let i = 1; i <= 20; i++) directory.match(query(options.samples + i), QUERY);
    const ours = time((q) => directory.match(q, QUERY), query);
    const theirs = time(
      (q) =>
        bare.search(q, { prefix: (term, i, terms) => i === terms.length - 1, combineWith: 'OR' }).slice(0, QUERY.top),
      query,
    );
    return [shape, ours.p50, ours.p95, theirs.p50, theirs.p95, ours.p50 / theirs.p50, ours.p95 / theirs.p95];
  });
  printTable(
    `Search directory, ${options.entities} entities, ${options.samples} queries a shape, ms (built in ${Math.round(directoryBuildMs)} ms, bare MiniSearch in ${Math.round(bareBuildMs)} ms)`,
    ['query', 'p50', 'p95', 'bare p50', 'bare p95', 'ratio p50', 'ratio p95'],
    rows,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({
    options: { entities: { type: 'string', default: '100000' }, samples: { type: 'string', default: '200' } },
  });
  runDirectoryBench({ entities: Number(values.entities), samples: Number(values.samples) });
}
