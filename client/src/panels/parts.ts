/**
 * Small pieces shared by the inspector views: sections, chips, an article
 * line (title · source · date), a marked sentence.
 */
import { CERTAINTY_SIDE } from '../../../core/claims.js';
import type { ArticleMeta, Evidence } from '../../../core/domain.js';
import { markRuns } from '../model/text-marks.js';
import { h } from '../ui/dom.js';

export function section(title: string, ...content: HTMLElement[]): HTMLElement {
  return h('section', { class: 'panel-section' }, h('h3', null, title), ...content);
}

export function chip(text: string, title?: string): HTMLElement {
  return h('span', { class: 'chip', title: title ?? text }, text);
}

/** The article title as a link that opens it, over "Source, 2021-11-24" (and `extra`). */
export function articleLine(
  article: Pick<ArticleMeta, 'id' | 'title' | 'source' | 'date'>,
  open: () => void,
  extra?: string,
): HTMLElement {
  const meta = [[article.source, article.date].filter(Boolean).join(', '), extra].filter(Boolean).join(' · ');
  return h(
    'div',
    { class: 'article-line' },
    h('button', { class: 'link article-title', on: { click: open } }, article.title ?? article.id),
    meta ? h('div', { class: 'muted small' }, meta) : null,
  );
}

/**
 * An evidence sentence with its subject and object mentions marked. The
 * spans are in article offsets; the sentence starts at `evidence.start`.
 */
export function markedSentence(evidence: Pick<Evidence, 'sentence' | 'start' | 'subject' | 'object'>): HTMLElement {
  const marks = [];
  if (evidence.subject) marks.push({ ...evidence.subject, value: 'subject' as const });
  if (evidence.object) marks.push({ ...evidence.object, value: 'object' as const });
  const runs = markRuns(evidence.sentence, evidence.start, marks);
  return h(
    'blockquote',
    { class: 'sentence' },
    ...runs.map((run) =>
      run.mark ? h('mark', { class: `mention-${run.mark}`, title: run.mark }, run.text) : run.text,
    ),
  );
}

/**
 * How a sentence states its relation and who says so: "alleged · according
 * to Amnesty International", or "asserted · Arab News" when the article
 * itself (its outlet) makes the statement.
 */
export function claimLine(
  evidence: Pick<Evidence, 'certainty' | 'attribution' | 'rule' | 'source'>,
  openEntity?: (id: string) => void,
): HTMLElement {
  const side = CERTAINTY_SIDE[evidence.certainty];
  const who = evidence.attribution
    ? h(
        'span',
        { class: 'claim-source' },
        evidence.certainty === 'denied' ? 'by ' : 'according to ',
        evidence.attribution.entity && openEntity
          ? h(
              'button',
              { class: 'link', on: { click: () => openEntity(evidence.attribution!.entity!) } },
              evidence.attribution.text,
            )
          : evidence.attribution.text,
      )
    : h(
        'span',
        { class: 'claim-source muted' },
        evidence.source ? `the outlet: ${evidence.source}` : 'the article itself',
      );
  return h(
    'div',
    {
      class: `claim-line side-${side}`,
      dataset: { certainty: evidence.certainty },
      title: evidence.rule ? `read by rule ${evidence.rule}` : '',
    },
    h('span', { class: `certainty certainty-${evidence.certainty}` }, evidence.certainty),
    ' ',
    who,
  );
}
