/**
 * The speaker put last: "... flew in from Tarsk, a spokesman said.", "... from Kelvar Marine, a spokesperson for
 * the ministry said on Monday." A noun phrase after a name's comma reads like an apposition describing the name,
 * but when a verb of saying closes it, with nothing but an adjunct after the verb, it is the subject of that verb
 * and says nothing of the name.
 */
import type { Word } from '../parse/parse.js';
import type { TitleContext } from './titles.js';

/** How far the speaker's phrase may run before its verb. */
const MAX_PHRASE = 12;

/** Whether the words from `from` are a speaker's phrase and the verb of saying that closes the sentence. */
export function isTrailingSpeaker(ctx: TitleContext, from: number, sentenceEnd: number): boolean {
  for (let k = from; k < Math.min(sentenceEnd, from + MAX_PHRASE); k++) {
    const w = ctx.words[k] as Word;
    if (!w.tags.has('Verb') || w.tags.has('Gerund')) {
      if (/[,;:()"“”]/.test(w.after)) return false;
      continue;
    }
    // "according" opens an attribution before what is said, it closes none.
    if (!ctx.lexicon.cues.speechVerbs.has(w.lower) || w.lower === 'according') return false;
    const next = ctx.words[k + 1];
    return k + 1 >= sentenceEnd || next === undefined || (next.tags.has('Preposition') && next.lower !== 'that');
  }
  return false;
}
