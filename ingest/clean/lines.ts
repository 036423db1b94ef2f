/**
 * Cleans an article given as lines (plain text, Markdown turned into lines, or
 * the text blocks Readability kept from a page) into paragraphs plus metadata.
 */
import { isLabelLine, isMenuBullet, isRepeatedPhrase, judgeLine } from './boilerplate.js';
import { headlineCredit, readDateline } from './dateline.js';
import { bylineOf, isBareDate, publicationDate, sourceOf, trailingByline } from './meta.js';
import { knownOutlet, outletName } from './outlets.js';

export interface CleanHints {
  title?: string | null;
  byline?: string | null;
  date?: string | null;
  source?: string | null;
}

export interface CleanedLines {
  title: string | null;
  byline: string | null;
  date: string | null;
  source: string | null;
  paragraphs: string[];
}

/** How many opening paragraphs may hold the dateline (headline, standfirst and captions come first). */
const DATELINE_PARAGRAPHS = 6;

const LEADING_BULLET = /^\s*[•·▪●◦‣*+-]\s+/;

function dedupeKey(line: string): string {
  return line
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function wordCount(line: string): number {
  return line.split(/\s+/).filter(Boolean).length;
}

/** A first paragraph reads as a headline: short and without closing punctuation. */
function looksLikeHeadline(line: string): boolean {
  return wordCount(line) <= 25 && !/[.!?:;,]$/.test(line);
}

/** Applies the boilerplate rules to every line and collects metadata on the way. */
export function cleanLines(lines: readonly string[], hints: CleanHints = {}): CleanedLines {
  const trimmed = lines.map((l) => l.trim());
  const frequency = new Map<string, number>();
  const lineKeys = trimmed.map(dedupeKey);
  for (const [i, line] of trimmed.entries())
    if (line) frequency.set(lineKeys[i] as string, (frequency.get(lineKeys[i] as string) ?? 0) + 1);

  let byline = hints.byline ?? null;
  let date = hints.date ?? null;
  let source = hints.source ?? null;
  // A web address names the outlet less well than a footer's name: it is kept only when no name comes.
  let address: string | null = null;
  const paragraphs: string[] = [];
  const seen = new Set<string>();
  const longKeys: string[] = [];

  let end = trimmed.length;
  for (const [index, line] of trimmed.entries()) {
    if (!line || isMenuBullet(line)) continue;
    const footer = sourceOf(line);
    if (footer?.strength === 'named') source ??= footer.source;
    else if (footer) address ??= footer.source;
    const published = publicationDate(line);
    if (published !== null) {
      if (published) date ??= published;
      continue;
    }
    const by = bylineOf(line);
    if (by) {
      byline ??= by;
      continue;
    }
    const verdict = judgeLine(line);
    if (verdict.action === 'end') {
      end = index;
      break;
    }
    if (verdict.action === 'drop') continue;
    // "Lima , Quito": a space typed before a comma would read as a word of its own.
    let text = verdict.text.replace(LEADING_BULLET, '').replace(/(\S)[ \t]+([,;])(?=\s)/g, '$1$2');
    const glued = trailingByline(text);
    if (glued) {
      text = glued.text;
      byline ??= glued.byline;
    }
    const words = wordCount(text);
    if (isRepeatedPhrase(text) || isBareDate(text)) continue;
    // Breadcrumbs and section labels; longer capitalised lines may be headlines.
    if (isLabelLine(text) && (words <= 2 || /^home\b/i.test(text))) continue;
    const key = dedupeKey(text);
    if ((frequency.get(lineKeys[index] as string) ?? 0) > 1 && words <= 6) continue;
    if (seen.has(key)) continue;
    // A repeated headline or caption with a credit glued on without a space.
    if (longKeys.some((s) => key.startsWith(s))) continue;
    seen.add(key);
    if (key.length >= 20) longKeys.push(key);
    paragraphs.push(text);
  }

  // The footer after the article's end still names the outlet ("All rights reserved to ...").
  for (const line of trimmed.slice(end)) {
    const footer = sourceOf(line);
    if (footer?.strength === 'named') source ??= footer.source;
  }

  let title = hints.title?.trim() || null;
  if (title) {
    if (!paragraphs.some((p) => dedupeKey(p) === dedupeKey(title ?? ''))) paragraphs.unshift(title);
  } else if (paragraphs.length > 1 && looksLikeHeadline(paragraphs[0] ?? '')) {
    title = paragraphs[0] ?? null;
  }
  // The report's own dateline ("JERUSALEM (AP) —") opens one of the first paragraphs after headline and captions.
  const dateline = paragraphs
    .slice(title ? 1 : 0, DATELINE_PARAGRAPHS)
    .map(readDateline)
    .find((d) => d !== null);
  date ??= dateline?.date ?? null;
  const credit = title ? headlineCredit(title) : null;
  source ??=
    address ?? (dateline?.outlet ? outletName(dateline.outlet) : null) ?? (credit ? knownOutlet(credit) : null);
  return { title, byline, date, source, paragraphs };
}

/** Turns Markdown syntax into plain lines; structure that carries no text is dropped. */
export function markdownLines(raw: string): string[] {
  let fenced = false;
  const out: string[] = [];
  for (const line of raw.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      out.push('');
      continue;
    }
    if (fenced || /^\s*([-*_=]\s*){3,}$/.test(line)) {
      out.push('');
      continue;
    }
    out.push(
      line
        .replace(/^\s{0,3}#{1,6}\s+/, '')
        .replace(/^\s*>\s?/, '')
        .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
        .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
        .replace(/<https?:[^>]+>/g, '')
        .replace(/(\*\*|__)(.+?)\1/g, '$2')
        .replace(/(^|[\s(])[*_]([^*_\s][^*_]*?)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
        .replace(/`([^`]+)`/g, '$1'),
    );
  }
  return out;
}
