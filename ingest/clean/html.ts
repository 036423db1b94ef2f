/**
 * HTML articles: Readability (over linkedom's DOM) finds the article body;
 * its text blocks become lines for the same line rules as plain text, so
 * share boxes or credits that Readability keeps are still removed.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { parseDate } from './meta.js';
import type { CleanHints } from './lines.js';

const BLOCKS = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'FIGCAPTION',
  'BLOCKQUOTE',
  'PRE',
  'TD',
  'TH',
  'DD',
  'DT',
  'CAPTION',
  'DIV',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'FIGURE',
  'UL',
  'OL',
  'TABLE',
  'TR',
  'MAIN',
]);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** Text blocks of an element, one per leaf block, with `<br>` kept as a line break. */
function blockLines(root: DomNode): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = (): void => {
    const text = current.replace(/[ \t\r\n]+/g, ' ').trim();
    if (text) lines.push(text);
    current = '';
  };
  const visit = (node: DomNode): void => {
    if (node.nodeType === 3) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const name = node.nodeName.toUpperCase();
    if (name === 'SCRIPT' || name === 'STYLE' || name === 'NOSCRIPT') return;
    if (name === 'BR') {
      flush();
      return;
    }
    const block = BLOCKS.has(name);
    if (block) flush();
    for (let i = 0; i < node.childNodes.length; i++) {
      const child = node.childNodes[i];
      if (child) visit(child);
    }
    if (block) flush();
  };
  visit(root);
  flush();
  return lines;
}

function metaContent(document: Document, selectors: string[]): string | null {
  for (const selector of selectors) {
    const value = document.querySelector(selector)?.getAttribute('content');
    if (value && value.trim()) return value.trim();
  }
  return null;
}

/** A page title without the " | Site" or " - Site" suffix most pages add. */
function stripSiteSuffix(title: string, site: string | null): string {
  const parts = title.split(/\s+[|–—-]\s+/);
  if (parts.length < 2) return title;
  const last = parts[parts.length - 1] ?? '';
  const first = parts[0] ?? '';
  if (site && last.toLowerCase() === site.toLowerCase()) return parts.slice(0, -1).join(' - ');
  if (site && first.toLowerCase() === site.toLowerCase()) return parts.slice(1).join(' - ');
  return last.split(/\s+/).length <= 4 ? parts.slice(0, -1).join(' - ') : title;
}

/** What a page's schema.org JSON-LD says of the article: its publication date and publisher. */
function linkedData(document: Document): { date: string | null; publisher: string | null } {
  const found = { date: null as string | null, publisher: null as string | null };
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const item = node as Record<string, unknown>;
    if (typeof item['datePublished'] === 'string') found.date ??= parseDate(item['datePublished']);
    const publisher = item['publisher'] as { name?: unknown } | undefined;
    if (typeof publisher?.name === 'string') found.publisher ??= publisher.name.trim() || null;
    visit(item['@graph']);
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // Broken JSON-LD is common on real pages; the other metadata still counts.
    }
  }
  return found;
}

/** Lines of an HTML page's article body, plus the metadata the page declares. */
export function htmlToLines(html: string): { lines: string[]; hints: CleanHints } {
  const { document } = parseHTML(html);
  const site = metaContent(document as unknown as Document, [
    'meta[property="og:site_name"]',
    'meta[name="application-name"]',
  ]);
  const dateMeta = metaContent(document as unknown as Document, [
    'meta[property="article:published_time"]',
    'meta[name="date"]',
    'meta[name="pubdate"]',
    'meta[itemprop="datePublished"]',
  ]);
  const ogTitle = metaContent(document as unknown as Document, ['meta[property="og:title"]']);
  // Read before Readability, which strips scripts from the document it parses.
  const linked = linkedData(document as unknown as Document);
  const article = new Readability(document as unknown as Document, { keepClasses: false }).parse();
  const body = article?.content
    ? (parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document.body as unknown as DomNode)
    : (document.body as unknown as DomNode | null);
  const lines = body ? blockLines(body) : [];
  const rawTitle = ogTitle ?? article?.title ?? null;
  return {
    lines,
    hints: {
      title: rawTitle ? stripSiteSuffix(rawTitle.trim(), site ?? article?.siteName ?? null) : null,
      byline: article?.byline?.replace(/^by\s+/i, '').trim() || null,
      date: parseDate(article?.publishedTime ?? dateMeta ?? '') ?? linked.date,
      source: site ?? linked.publisher ?? article?.siteName ?? null,
    },
  };
}
