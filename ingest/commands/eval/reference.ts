/**
 * The reference scorers of `../shared/gold` (`score.mjs`, `breakdown.mjs`),
 * run on our extraction documents. They are scripts, not modules: a helper
 * process imports each run afresh (`run-scripts.mjs`), so every number here is
 * the reference's own, never a copy of its logic.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ExtractionDocument } from '../output.js';

const RUNNER = fileURLToPath(new URL('./run-scripts.mjs', import.meta.url));

/** Precision, recall and F1 as `score.mjs` prints them. */
export interface Prf {
  P: number;
  R: number;
  F1: number;
  tp: number;
  pred: number;
  gold: number;
}

export interface ReferenceScores {
  entities: Prf;
  entities_with_kind: Prf;
  relation_pairs: Prf;
  typed_relations: Prf;
  evidence_match: number | null;
}

/** Gold, predicted and matched counts of one entity kind or relation type (`breakdown.mjs`). */
export interface Tally {
  gold: number;
  pred: number;
  tp: number;
}

export interface Breakdown {
  byKind: Record<string, Tally>;
  byType: Record<string, Tally>;
  wrongKind: string[];
  spurious: string[];
}

/** One scoring job: a gold folder and the document to score against it. */
export interface ScoreJob {
  gold: string;
  document: ExtractionDocument;
  /** `score` prints scores and the misses; `breakdown` splits by kind and type. */
  script: 'score' | 'breakdown';
}

export interface ScriptPaths {
  score: string;
  breakdown: string;
}

/** Runs every job in one helper process and returns the scripts' outputs, in order. */
export function runReference(jobs: readonly ScoreJob[], scripts: ScriptPaths): string[] {
  if (jobs.length === 0) return [];
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-eval-'));
  try {
    const specs = jobs.map((job, i) => {
      const pred = join(dir, `pred-${i}.json`);
      writeFileSync(pred, JSON.stringify(job.document));
      const args = job.script === 'score' ? [job.gold, pred, '--verbose'] : [job.gold, pred];
      return { script: scripts[job.script], args };
    });
    const jobFile = join(dir, 'jobs.json');
    writeFileSync(jobFile, JSON.stringify(specs));
    const out = execFileSync(process.execPath, [RUNNER, jobFile], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    return JSON.parse(out) as string[];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The scores and the misses of a `score.mjs --verbose` output. */
export function parseScore(output: string): { scores: ReferenceScores; misses: string[] } {
  const open = output.indexOf('\n{');
  const jsonStart = open >= 0 ? open + 1 : output.indexOf('{');
  const scores = JSON.parse(output.slice(jsonStart, output.lastIndexOf('}') + 1)) as ReferenceScores;
  const misses = output
    .slice(0, Math.max(0, jsonStart))
    .split('\n')
    .filter((l) => l.trim().length > 0);
  return { scores, misses };
}

const TALLY_LINE = /^(\S+)\s+gold\s+(\d+)\s+pred\s+(\d+)\s+tp\s+(\d+)/;

const SECTIONS = {
  kinds: 'ENTITIES BY KIND',
  types: 'RELATIONS BY TYPE',
  wrongKind: 'MATCHED ENTITY, WRONG KIND',
  confusions: 'PAIR RIGHT, TYPE/DIRECTION WRONG',
  spurious: 'SPURIOUS RELATIONS',
} as const;

/** The sections of a `breakdown.mjs` output. */
export function parseBreakdown(output: string): Breakdown {
  const sections = new Map<string, string[]>();
  let current = '';
  for (const line of output.split('\n')) {
    const header = Object.values(SECTIONS).find((h) => line.startsWith(h));
    if (header) {
      current = header;
      sections.set(current, []);
    } else if (line.trim()) sections.get(current)?.push(line);
  }
  const tallies = (name: string): Record<string, Tally> => {
    const out: Record<string, Tally> = {};
    for (const line of sections.get(name) ?? []) {
      const m = TALLY_LINE.exec(line);
      if (m) out[m[1] as string] = { gold: Number(m[2]), pred: Number(m[3]), tp: Number(m[4]) };
    }
    return out;
  };
  if (!sections.has(SECTIONS.kinds) || !sections.has(SECTIONS.types) || !sections.has(SECTIONS.spurious))
    throw new Error('breakdown.mjs output has changed: a section this evaluation reads is missing');
  return {
    byKind: tallies(SECTIONS.kinds),
    byType: tallies(SECTIONS.types),
    wrongKind: sections.get(SECTIONS.wrongKind) ?? [],
    spurious: sections.get(SECTIONS.spurious) ?? [],
  };
}
