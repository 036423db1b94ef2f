/**
 * Article metadata found in page lines: bylines, publication dates and the
 * outlet's name. These lines are taken out of the text; what they say goes to
 * ArticleMeta.
 */
import * as chrono from 'chrono-node';

/**
 * The first date in `text` that states its day, month and year (chrono-node,
 * strict mode: no "last Tuesday", no "December" alone), as YYYY-MM-DD. A date
 * with a part missing ("July 23") is not completed from anything: unknown
 * stays unknown.
 */
export function parseDate(text: string): string | null {
  return findDate(text)?.date ?? null;
}

/** Like {@link parseDate}, with where the date starts in `text`. */
export function findDate(text: string): { date: string; index: number } | null {
  for (const result of chrono.en.strict.parse(text)) {
    const { start } = result;
    if (!start.isCertain('year') || !start.isCertain('month') || !start.isCertain('day')) continue;
    const year = start.get('year');
    const month = start.get('month');
    const day = start.get('day');
    if (year === null || month === null || day === null || year < 1900 || year > 2100) continue;
    return { date: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, index: result.index };
  }
  return null;
}

/** A dateline of the page ("Published on 11-24-2021 09:10", "Updated 24 November 2021"). */
export function publicationDate(line: string): string | null {
  if (!/^(published|updated|posted|last (modified|updated)|date)\b/i.test(line)) return null;
  return parseDate(line) ?? '';
}

/** A line that is only a date (the page's "today"), not article text. */
export function isBareDate(line: string): boolean {
  return line.length < 40 && parseDate(line) !== null && !/[.!?]$/.test(line) && line.split(/\s+/).length <= 6;
}

/** "By Jane Doe", "by Lilach Shoval, AP and ILH Staff", "More By Dan Arbel" → the names. */
export function bylineOf(line: string): string | null {
  const m = line.match(/^(?:more\s+)?by\s+(.{2,120})$/i);
  if (!m || /[.!?]$/.test(line) || line.split(/\s+/).length > 14) return null;
  return (m[1] ?? '')
    .replace(/\s+,/g, ',')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** A trailing "More By Name" glued at the end of a paragraph. */
export function trailingByline(line: string): { text: string; byline: string } | null {
  const m = line.match(/^(.*[.!?"”])\s+More [Bb]y\s+([\p{Lu}][\p{L}'-]+(?:\s+[\p{Lu}][\p{L}'-]+){0,3})$/u);
  return m ? { text: m[1] ?? '', byline: m[2] ?? '' } : null;
}

/**
 * The outlet named by a footer or address line, with how much to trust it:
 * a name ("All rights reserved to Israel Hayom", "© 2021 Andes Wire") is
 * `named`, a bare web address (www.israelhayom.com) only an `address`.
 */
export function sourceOf(line: string): { source: string; strength: 'named' | 'address' } | null {
  const named = (value: string | undefined) =>
    value?.trim() ? { source: value.trim(), strength: 'named' as const } : null;
  let m = line.match(/all rights reserved (?:to|by)\s+(.+?)\.?$/i);
  if (m) return named(m[1]);
  m = line.match(/(?:©|copyright)\s*(?:\d{4}\s*)?([\p{L}][\p{L} .&-]{1,50}?)\.?(?:\s+all rights reserved.*)?$/iu);
  if (m) return named(m[1]);
  m = line.match(/official policy or position of ([\p{L}\d.-]+\.[a-z]{2,})/iu);
  if (m) return named(m[1]);
  m = line.match(/^(?:https?:\/\/)?www\.([a-z0-9-]+\.[a-z.]+)\/?$/i);
  if (m?.[1]) return { source: m[1], strength: 'address' };
  return null;
}
