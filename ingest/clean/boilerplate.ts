/**
 * Line-level boilerplate rules that hold on any news site: navigation menus,
 * share and subscribe boxes, teaser blocks of other stories, footers, photo
 * credits and bylines. Each rule looks at one line (and a little context),
 * never at a particular site's wording of an article.
 */

/** What a rule decides about a line. */
export type LineVerdict =
  | { action: 'keep'; text: string }
  | { action: 'drop' }
  /** The line starts the page's trailing material (teasers, footer): drop it and everything after. */
  | { action: 'end' };

/** Lines that start the trailing teaser/footer block of a page. */
const END_MARKERS = [
  /^(related|recommended|suggested|more|latest|popular|trending|top) (posts?|articles?|stories|news|reads?|videos?|content)\b/i,
  /^(read|see) (also|more)\b:?$/i,
  /^you (may|might) (also )?(like|enjoy|be interested)/i,
  /^more (from|on|in) [\p{L} ]{1,40}$/iu,
  /^(most (read|popular|viewed)|editor'?s picks)\b/i,
  /^comments?( \(\d+\))?$/i,
];

/** Whole lines that are page furniture rather than article text. */
const FURNITURE = [
  /^(share|send|email|e-mail|print|tweet|save|copy link|follow|subscribe|sign up|sign in|log in|register|download|listen|watch|comment)\b.{0,80}$/i,
  /\b(all rights reserved|©|copyright)\b/i,
  /^hosted by\b/i,
  /^powered by\b/i,
  /^click (the|here)\b/i,
  /^(advertisement|sponsored|ad)$/i,
  /^disclaimer\b/i,
  /^(terms (of use|and conditions|of service)|privacy policy|cookie policy|contact us|about us|submissions)$/i,
  /\bcontributed to this (report|article|story)\.?$/i,
  // Wire credits, also in their parentheses: "(Reporting by A in Kyiv; Writing by B; Editing by C)".
  /^\(?(additional )?(reporting|writing|editing|compiled|research) by\b/i,
  /^(photo|image|picture|credit|source|video)s?\s*:/i,
  /^\[[^\]]*\]$/,
  /^(https?:\/\/|www\.)\S+$/i,
  /^short url$/i,
  /^(newsletter|menu|search|home|skip to (main )?content)$/i,
];

/** A trailing photo credit glued to a caption ("... on Wednesday.Credit: Name/Agency"). */
const TRAILING_CREDIT = /\s*(\||[-–—]\s)?\s*(photo|credit|image|picture)s?\s*:\s*[^.]*$/i;
/** "(Photo: Name/Agency)" anywhere, or a trailing "(AFP)", "(Reuters/File)" agency credit after a sentence. */
const PAREN_CREDIT = /\s*\((photo|credit|image|picture)s?\s*:[^)]*\)/gi;
const TRAILING_AGENCY =
  /([.!?"”])\s*\((?:[A-Z][A-Za-z]*(?:[ /][A-Z][A-Za-z]*){0,3}|[A-Z]{2,6}(?: Photo)?(?:\/[A-Za-z ]+)?)\)\s*$/;

const BULLET = /^\s*[•·▪●◦‣*+-]\s+/;

/** True for a line that is a bullet with only a few words: a menu item. */
export function isMenuBullet(line: string): boolean {
  if (!BULLET.test(line)) return false;
  return words(line.replace(BULLET, '')).length <= 4 && !/[.!?]$/.test(line.trim());
}

function words(line: string): string[] {
  return line.trim().split(/\s+/).filter(Boolean);
}

/** Strips the credit material from a caption line, keeping its text. */
export function stripCredits(line: string): string {
  return line.replace(PAREN_CREDIT, '').replace(TRAILING_CREDIT, '').replace(TRAILING_AGENCY, '$1').trimEnd();
}

/**
 * Decides one line. `line` is already trimmed; bullets of standfirsts are
 * removed by the caller after menu runs have been dropped.
 */
export function judgeLine(line: string): LineVerdict {
  if (line.length === 0) return { action: 'drop' };
  if (END_MARKERS.some((re) => re.test(line))) return { action: 'end' };
  if (FURNITURE.some((re) => re.test(line))) return { action: 'drop' };
  const text = stripCredits(line);
  if (text.length === 0) return { action: 'drop' };
  return { action: 'keep', text };
}

/** True when a line repeats one phrase with no space ("Share on FacebookShare on Twitter"). */
export function isRepeatedPhrase(line: string): boolean {
  const m = line.match(/^(.{4,40}?)\1+$/);
  return m !== null;
}

/**
 * A short line with no sentence punctuation and no lower-case verb-like word:
 * a section label, breadcrumb or menu entry ("Home News Middle East", "Analysis").
 */
export function isLabelLine(line: string): boolean {
  const ws = words(line);
  if (ws.length === 0 || ws.length > 6 || /[.!?:;,"“”]/.test(line)) return false;
  return ws.every((w) => /^[\p{Lu}\d&]/u.test(w) || /^(and|of|the|in|&)$/i.test(w));
}
