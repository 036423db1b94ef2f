/**
 * Article metadata found in page lines: bylines, publication dates and the
 * outlet's name. These lines are taken out of the text; what they say goes to
 * ArticleMeta.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2100) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function monthIndex(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** Parses the common date forms of news pages into YYYY-MM-DD. */
export function parseDate(text: string): string | null {
  let m = text.match(/\b(\d{4})-(\d{2})-(\d{2})/);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = text.match(/\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b/);
  if (m) {
    // US order (month first) unless the first number cannot be a month.
    const a = Number(m[1]);
    const b = Number(m[2]);
    return a > 12 ? iso(Number(m[3]), b, a) : iso(Number(m[3]), a, b);
  }
  m = text.match(/\b(\d{1,2})\s+([A-Z][a-z]{2,8})\.?,?\s+(\d{4})\b/);
  if (m && monthIndex(m[2] ?? '') > 0) return iso(Number(m[3]), monthIndex(m[2] ?? ''), Number(m[1]));
  m = text.match(/\b([A-Z][a-z]{2,8})\.?\s+(\d{1,2}),?\s+(\d{4})\b/);
  if (m && monthIndex(m[1] ?? '') > 0) return iso(Number(m[3]), monthIndex(m[1] ?? ''), Number(m[2]));
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

/** The outlet named by a footer or address line. */
export function sourceOf(line: string): string | null {
  let m = line.match(/all rights reserved (?:to|by)\s+(.+?)\.?$/i);
  if (m) return m[1]?.trim() ?? null;
  m = line.match(/(?:©|copyright)\s*(?:\d{4}\s*)?([\p{L}][\p{L} .&-]{1,50}?)\.?(?:\s+all rights reserved.*)?$/iu);
  if (m) return m[1]?.trim() ?? null;
  m = line.match(/^(?:https?:\/\/)?www\.([a-z0-9-]+\.[a-z.]+)\/?$/i);
  if (m) return m[1] ?? null;
  m = line.match(/official policy or position of ([\p{L}\d.-]+\.[a-z]{2,})/iu);
  if (m) return m[1] ?? null;
  return null;
}
