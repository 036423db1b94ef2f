/**
 * How deep an HTML page nests its elements, measured by one linear pass over
 * its tags before any DOM is built: DOM builders and Readability walk the tree
 * recursively, and 100,000 nested <div>s (1.1 MB) kept them busy for 40 s.
 * Browsers stop nesting at 512 levels; a page deeper than that is not an
 * article layout.
 */

export const MAX_HTML_DEPTH = 512;

/** Elements that never contain others. */
const VOID = new Set('area base br col embed hr img input link meta param source track wbr'.split(' '));
/** Elements whose end tag may be left out: the parser closes them, so they do not add depth. */
const OPTIONAL_END = new Set(
  'html head body p li dt dd tr td th thead tbody tfoot colgroup caption option optgroup rb rt rp rtc'.split(' '),
);
/** Elements whose content is text, not tags. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)[^>]*?(\/?)>|<!--[\s\S]*?-->/g;

/** The deepest element nesting of `html` (elements with optional end tags not counted). */
export function htmlDepth(html: string): number {
  const lower = html.toLowerCase();
  let depth = 0;
  let deepest = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const name = m[2]?.toLowerCase();
    if (!name || VOID.has(name) || OPTIONAL_END.has(name)) continue;
    if (m[1]) {
      if (depth > 0) depth--;
      continue;
    }
    if (m[3]) continue;
    if (RAW_TEXT.has(name)) {
      const end = lower.indexOf(`</${name}`, TAG.lastIndex);
      TAG.lastIndex = end < 0 ? html.length : end;
      continue;
    }
    depth++;
    if (depth > deepest) deepest = depth;
    if (deepest > MAX_HTML_DEPTH) return deepest;
  }
  return deepest;
}
