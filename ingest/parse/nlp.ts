/**
 * The one compromise instance of the process, extended with the gazetteer
 * plugin on first use.
 */
import nlp from 'compromise';
import { getLexicon, lexiconPlugin } from '../lexicon/index.js';

let ready = false;

/** compromise with the domain lexicon loaded. */
export function getNlp(): typeof nlp {
  if (!ready) {
    nlp.plugin(lexiconPlugin(getLexicon()));
    ready = true;
  }
  return nlp;
}
