/**
 * The sample corpus extracted by the real pipeline, ready to load into a
 * store: what the API and browser tests stand on.
 */
import type { ArticleGraph } from '../../core/domain.js';
import { extractFiles } from '../../ingest/runtime/pipeline.js';
import { CORPUS_DIR } from './corpus.js';

let graphs: Promise<ArticleGraph[]> | undefined;

/** The five sample articles as ArticleGraphs, extracted once per test process. */
export function sampleCorpusGraphs(): Promise<ArticleGraph[]> {
  graphs ??= extractFiles([CORPUS_DIR]).then((outcomes) => {
    const skipped = outcomes.filter((o) => o.status !== 'ok');
    if (skipped.length > 0) throw new Error(`The sample corpus did not extract: ${JSON.stringify(skipped)}`);
    return outcomes.flatMap((o) => (o.status === 'ok' ? [o.graph] : []));
  });
  return graphs;
}
