/**
 * Entity stage: finds the candidate mentions of one parsed article (the
 * resolve stage groups them into entities). Names go first (so descriptions
 * never swallow them), then the gazetteer names outside capitalised runs,
 * then descriptions.
 */
import type { Lexicon } from '../lexicon/index.js';
import type { ParsedText } from '../parse/parse.js';
import { createContext, type DetectionContext } from './context.js';
import { detectAdministrations, detectDescriptions } from './descriptions.js';
import { detectInstitutions } from './institutions.js';
import {
  describedOrganizationCountries,
  detectLowercaseLexicon,
  detectNames,
  detectRemainingLexicon,
} from './names.js';
import { assignListTitles, shareTitleNationality } from './title-lists.js';
import { typeUnknownNames } from './unknown-names.js';

/** Detects the candidate mentions of one article. */
export function detectEntities(
  lexicon: Lexicon,
  parsed: ParsedText,
  knownPeople: ReadonlySet<string> = new Set(),
): DetectionContext {
  const ctx = createContext(lexicon, parsed, knownPeople);
  detectLowercaseLexicon(ctx);
  for (const s of parsed.sentences) {
    detectAdministrations(ctx, s.firstWord, s.endWord);
    detectInstitutions(ctx, s.firstWord, s.endWord);
    detectNames(ctx, s.firstWord, s.endWord, s.titleCase);
  }
  typeUnknownNames(ctx);
  for (const s of parsed.sentences) {
    assignListTitles(ctx, s.firstWord, s.endWord);
    shareTitleNationality(ctx, s.firstWord, s.endWord);
  }
  detectRemainingLexicon(ctx);
  describedOrganizationCountries(ctx);
  for (const s of parsed.sentences) detectDescriptions(ctx, s.firstWord, s.endWord, s.titleCase);
  return ctx;
}
