/**
 * Read stage: turns a file on disk (or bytes from an upload) into a raw article
 * string, refusing what the pipeline cannot read: unsupported extensions, empty,
 * binary or non-UTF-8 content, and anything over LIMITS.maxArticleBytes.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { LIMITS } from '../../core/ontology.js';
import { MAX_HTML_DEPTH, htmlDepth } from '../clean/html-depth.js';

export type ArticleFormat = 'text' | 'markdown' | 'html';

const FORMAT_BY_EXTENSION: Record<string, ArticleFormat> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
};

/** Extensions the pipeline reads, lower case with the dot. */
export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(FORMAT_BY_EXTENSION);

/** An article as read: its base file name, format and decoded text. */
export interface RawArticle {
  file: string;
  format: ArticleFormat;
  raw: string;
}

export type ReadResult = { ok: true; article: RawArticle } | { ok: false; reason: string };

/** Format of a file from its extension, or null when the pipeline does not read it. */
export function formatOf(file: string): ArticleFormat | null {
  return FORMAT_BY_EXTENSION[extname(file).toLowerCase()] ?? null;
}

/**
 * Control characters other than tab, newline, form feed and carriage return do
 * not occur in text articles; a few of them mean a binary file.
 */
function countControls(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) n++;
  }
  return n;
}

/**
 * Checks and decodes an article's bytes. `file` is only used for its
 * extension and reported name.
 */
export function decodeArticle(file: string, bytes: Uint8Array): ReadResult {
  const format = formatOf(file);
  if (!format)
    return {
      ok: false,
      reason: `unsupported extension "${extname(file) || '(none)'}" (supported: ${SUPPORTED_EXTENSIONS.join(', ')})`,
    };
  if (bytes.byteLength === 0) return { ok: false, reason: 'empty file' };
  if (bytes.byteLength > LIMITS.maxArticleBytes) {
    return { ok: false, reason: `too large: ${bytes.byteLength} bytes (limit ${LIMITS.maxArticleBytes})` };
  }
  if (bytes.includes(0)) return { ok: false, reason: 'binary content (NUL bytes)' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'not valid UTF-8' };
  }
  const controls = countControls(text);
  if (controls > Math.max(8, text.length / 1000)) return { ok: false, reason: 'binary content (control characters)' };
  const raw = text.replace(/^\uFEFF/, '');
  if (raw.trim().length === 0) return { ok: false, reason: 'empty file (whitespace only)' };
  if (format === 'html' && htmlDepth(raw) > MAX_HTML_DEPTH) {
    return { ok: false, reason: `HTML nested deeper than ${MAX_HTML_DEPTH} elements (browsers stop there too)` };
  }
  return { ok: true, article: { file: basename(file), format, raw } };
}

/** Reads and checks one article file. Never throws: failures come back as a reason. */
export async function readArticleFile(path: string): Promise<ReadResult> {
  if (!formatOf(path)) return decodeArticle(path, new Uint8Array([1]));
  try {
    const info = await stat(path);
    if (!info.isFile()) return { ok: false, reason: 'not a regular file' };
    if (info.size > LIMITS.maxArticleBytes)
      return { ok: false, reason: `too large: ${info.size} bytes (limit ${LIMITS.maxArticleBytes})` };
    return decodeArticle(path, await readFile(path));
  } catch (error) {
    return { ok: false, reason: `unreadable: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` };
  }
}
