/**
 * `npm run eval:duplicates`: how many duplicate suggestions each annotated
 * story gives, and how many a reviewer would accept. Each story (the sample
 * corpus and every dev story of ../shared) is ingested by the real pipeline
 * into its own fresh embedded store; every stored entity is mapped to the
 * gold entities it stands for, per article, the way ../shared/gold/score.mjs
 * matches entities (shared surface forms, one-to-one, exact canonical name
 * first, then same kind, then most shared forms). A suggestion is accepted
 * when both of its entities map to the same gold id; the duplicates the
 * store holds are the pairs of stored entities that map to one gold id.
 *
 *   npm run eval:duplicates [-- --story NAME... --verbose]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import type { DuplicateSuggestion } from '../core/curation/duplicates.js';
import { loadConfig } from '../core/config.js';
import { silentLogger } from '../core/logger.js';
import { openStore } from '../core/store/index.js';
import { toExtractionDocument, type ExtractionDocument } from '../ingest/commands/output.js';
import { discoverStories, type Story } from '../ingest/commands/eval/stories.js';
import { extractFiles } from '../ingest/runtime/pipeline.js';

const SHARED = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared');

interface GoldEntity {
  id: string;
  name: string;
  kind: string;
  mentions: string[];
}

/** score.mjs's name normalisation. */
const norm = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’'`]s\b/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/^the /, '')
    .trim();

type PredictedEntity = ExtractionDocument['articles'][number]['entities'][number];

/** Stored entity id → gold ids, from one article: score.mjs's one-to-one greedy matching. */
function matchArticle(pred: PredictedEntity[], gold: GoldEntity[], into: Map<string, Set<string>>): void {
  const names = (e: { name: string; mentions?: string[]; aliases?: string[] }) =>
    new Set([e.name, ...(e.mentions ?? []), ...(e.aliases ?? [])].map(norm).filter(Boolean));
  const goldNames = gold.map(names);
  const candidates: Array<[number, number, number]> = [];
  pred.forEach((p, pi) => {
    const pn = names(p);
    gold.forEach((g, gi) => {
      let shared = 0;
      for (const n of pn) if (goldNames[gi]!.has(n)) shared++;
      if (!shared) return;
      const sameKind = p.kind.toLowerCase() === g.kind.toLowerCase();
      candidates.push([(norm(p.name) === norm(g.name) ? 100 : 0) + (sameKind ? 10 : 0) + shared, pi, gi]);
    });
  });
  candidates.sort((a, b) => b[0] - a[0]);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  for (const [, pi, gi] of candidates) {
    if (usedP.has(pi) || usedG.has(gi)) continue;
    usedP.add(pi);
    usedG.add(gi);
    const set = into.get(pred[pi]!.id) ?? new Set<string>();
    set.add(gold[gi]!.id);
    into.set(pred[pi]!.id, set);
  }
}

interface StoryResult {
  story: string;
  articles: number;
  entities: number;
  suggestions: DuplicateSuggestion[];
  accepted: DuplicateSuggestion[];
  /** Pairs of stored entities that stand for one gold entity. */
  duplicates: number;
  missed: Array<[string, string]>;
  goldOf: Map<string, Set<string>>;
}

const sameGold = (goldOf: Map<string, Set<string>>, a: string, b: string) =>
  [...(goldOf.get(a) ?? [])].some((g) => goldOf.get(b)?.has(g));

async function evaluate(story: Story): Promise<StoryResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsgraph-duplicates-'));
  const store = await openStore(loadConfig({ DATA_DIR: dir, LOG_LEVEL: 'silent' }), silentLogger());
  try {
    const outcomes = await extractFiles([story.articles]);
    const graphs = outcomes.flatMap((o) => (o.status === 'ok' ? [o.graph] : []));
    for (const graph of graphs) await store.loadArticle(graph);
    const goldOf = new Map<string, Set<string>>();
    const document = toExtractionDocument(graphs);
    for (const article of document.articles) {
      const goldFile = path.join(story.gold, `${path.basename(article.file).replace(/\.[a-z]+$/i, '')}.json`);
      if (!fs.existsSync(goldFile)) continue;
      const gold = JSON.parse(fs.readFileSync(goldFile, 'utf8')) as { entities: GoldEntity[] };
      matchArticle(article.entities, gold.entities, goldOf);
    }
    const { suggestions } = await store.curation.duplicates({ limit: 500 });
    const stored = (await store.knownEntities()).map((k) => k.id);
    let duplicates = 0;
    const missed: Array<[string, string]> = [];
    const suggested = new Set(suggestions.map((s) => [s.survivor.id, s.merged.id].sort().join('|')));
    for (let i = 0; i < stored.length; i++) {
      for (let j = i + 1; j < stored.length; j++) {
        if (!sameGold(goldOf, stored[i]!, stored[j]!)) continue;
        duplicates++;
        if (!suggested.has([stored[i]!, stored[j]!].sort().join('|'))) missed.push([stored[i]!, stored[j]!]);
      }
    }
    return {
      story: story.name,
      articles: graphs.length,
      entities: stored.length,
      suggestions,
      accepted: suggestions.filter((s) => sameGold(goldOf, s.survivor.id, s.merged.id)),
      duplicates,
      missed,
      goldOf,
    };
  } finally {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const pct = (n: number, d: number) => (d === 0 ? '   –' : `${Math.round((100 * n) / d)}%`.padStart(4));

async function main(): Promise<void> {
  const program = new Command('eval:duplicates')
    .option('--story <names...>', 'only these stories ("sample" or a dev story folder)')
    .option('--verbose', 'list every suggestion with its verdict')
    .parse();
  const opts = program.opts<{ story?: string[]; verbose?: boolean }>();
  const stories = discoverStories(SHARED).filter((s) => !opts.story || opts.story.includes(s.name));
  const rows: StoryResult[] = [];
  console.log('story               articles entities suggested accepted precision duplicates found recall');
  for (const story of stories) {
    const r = await evaluate(story);
    rows.push(r);
    console.log(
      `${r.story.padEnd(20)}${String(r.articles).padStart(8)}${String(r.entities).padStart(9)}` +
        `${String(r.suggestions.length).padStart(10)}${String(r.accepted.length).padStart(9)}` +
        `${pct(r.accepted.length, r.suggestions.length).padStart(10)}${String(r.duplicates).padStart(11)}` +
        `${String(r.accepted.length).padStart(6)}${pct(r.accepted.length, r.duplicates).padStart(7)}`,
    );
    if (opts.verbose) {
      for (const s of r.suggestions) {
        const ok = sameGold(r.goldOf, s.survivor.id, s.merged.id);
        console.log(
          `    ${ok ? 'accept' : 'reject'} ${s.score.toFixed(2)} ${s.merged.name} (${s.merged.kind}) → ${s.survivor.name} (${s.survivor.kind}): ` +
            s.reasons.map((x) => x.detail).join('; '),
        );
      }
      for (const [a, b] of r.missed) console.log(`    missed ${a} = ${b}`);
    }
  }
  const sum = (f: (r: StoryResult) => number) => rows.reduce((n, r) => n + f(r), 0);
  const suggested = sum((r) => r.suggestions.length);
  const accepted = sum((r) => r.accepted.length);
  const duplicates = sum((r) => r.duplicates);
  console.log(
    `${'all'.padEnd(20)}${String(sum((r) => r.articles)).padStart(8)}${String(sum((r) => r.entities)).padStart(9)}` +
      `${String(suggested).padStart(10)}${String(accepted).padStart(9)}${pct(accepted, suggested).padStart(10)}` +
      `${String(duplicates).padStart(11)}${String(accepted).padStart(6)}${pct(accepted, duplicates).padStart(7)}`,
  );
}

await main();
