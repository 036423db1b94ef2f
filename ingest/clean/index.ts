/**
 * Clean stage: a raw article (text, Markdown or HTML) becomes an
 * ArticleDocument whose `text` holds the headline, standfirst, captions and
 * body as paragraphs separated by blank lines. Every offset later in the
 * pipeline points into this text.
 */
import { basename } from 'node:path';
import type { ArticleDocument } from '../../core/domain.js';
import { httpUrl } from '../../core/url.js';
import { slugify } from '../parse/normalize.js';
import type { RawArticle } from '../read/read.js';
import { sourceHashOf } from '../read/source-hash.js';
import { urlDate } from './dateline.js';
import { htmlToLines } from './html.js';
import { cleanLines, markdownLines } from './lines.js';

/** Stable article id: the slug of the file's base name without its extension. */
export function articleIdOf(file: string): string {
  return slugify(basename(file).replace(/\.[^.]+$/, '')) || 'article';
}

/** Cleans one article into the text every later stage reads. */
export function cleanArticle(input: RawArticle): ArticleDocument {
  const { lines, hints } =
    input.format === 'html'
      ? htmlToLines(input.raw)
      : { lines: input.format === 'markdown' ? markdownLines(input.raw) : input.raw.split(/\r?\n/), hints: {} };
  const cleaned = cleanLines(lines, hints);
  const url = httpUrl(input.raw.match(/<link[^>]+rel=["']canonical["'][^>]+href=["']([^"']+)["']/i)?.[1]);
  return {
    id: articleIdOf(input.file),
    file: basename(input.file),
    title: cleaned.title,
    source: cleaned.source,
    date: cleaned.date ?? urlDate(url),
    url,
    byline: cleaned.byline,
    sourceHash: sourceHashOf(input),
    text: cleaned.paragraphs.join('\n\n'),
  };
}
