/**
 * Reads one JSON word list of `ingest/lexicon/` and checks it with its zod
 * schema: a malformed list stops the process at start with the file and the
 * offending field named, never halfway through an article.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';

const LEXICON_DIR = fileURLToPath(new URL('./', import.meta.url));

/** The validated content of `file` (or of its top-level key `pick`). */
export function loadJson<T>(file: string, schema: z.ZodType<T>, pick?: string): T {
  const raw: unknown = JSON.parse(readFileSync(LEXICON_DIR + file, 'utf8'));
  const value =
    pick !== undefined && raw !== null && typeof raw === 'object' ? (raw as Record<string, unknown>)[pick] : raw;
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new Error(`ingest/lexicon/${file} is invalid: ${parsed.error.message}`);
  return parsed.data;
}
