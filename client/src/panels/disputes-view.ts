/**
 * The Disputes view: relations the articles contradict, each with the
 * sentences for and against it, their outlets, dates and attributed
 * sources, within the timeline's range. "Show on graph" puts the relation
 * on screen and opens its evidence.
 */
import type { DisputesResponse } from '../../../core/api.js';
import type { Dispute, Evidence } from '../../../core/domain.js';
import { edgeLabel } from '../model/elements.js';
import { h } from '../ui/dom.js';
import { kindIcon, relationSwatch } from '../ui/icons.js';
import { loading, type InspectorView } from './inspector.js';
import type { Navigator } from './navigator.js';
import { articleLine, claimLine, markedSentence } from './parts.js';

export function disputesView(nav: Navigator): InspectorView {
  const { since, until, undated } = nav.app.filters.get();
  const range = since || until ? `${since ?? '…'} – ${until ?? '…'}` : null;
  return {
    key: `disputes:${since ?? ''}:${until ?? ''}:${undated}`,
    title: 'Disputes',
    async render(box) {
      box.append(loading('Loading disputes…'));
      const first = await nav.app.api.disputes({ since, until, undated });
      const list = h('div', { class: 'dispute-list' });
      // Most reported first, a page at a time: a large archive can hold thousands, each with all its sentences.
      const more = h('button', { class: 'more-disputes' });
      let shown = 0;
      const append = ({ disputes, total }: DisputesResponse) => {
        list.append(...disputes.map((d) => disputeCard(nav, d)));
        shown += disputes.length;
        const left = total - shown;
        more.hidden = left <= 0 || disputes.length === 0;
        more.textContent = `Show ${Math.min(left, first.limit)} more of ${left}`;
      };
      more.addEventListener('click', () => {
        more.disabled = true;
        void nav.app.api
          .disputes({ since, until, undated }, { offset: shown, limit: first.limit })
          .then(append)
          .catch((e: unknown) => nav.app.notify(String(e instanceof Error ? e.message : e), 'error'))
          .finally(() => (more.disabled = false));
      });
      box.replaceChildren(
        h(
          'p',
          { class: 'muted small' },
          `${first.total} relation${first.total === 1 ? '' : 's'} stated and denied`,
          range ? ` in reports of ${range}` : '',
          '. A side lists the sentences that state the relation (asserted, reported, alleged, planned) or deny it.',
        ),
        list,
        more,
      );
      append(first);
    },
  };
}

function disputeCard(nav: Navigator, dispute: Dispute): HTMLElement {
  const { edge, source, target } = dispute;
  const show = async () => {
    await nav.actions.addEntities([source.id, target.id], { focus: false });
    await nav.actions.focus([edge.id]);
    nav.relation(edge.id, { push: true });
  };
  return h(
    'article',
    { class: 'dispute', dataset: { relation: edge.id } },
    h(
      'header',
      { class: 'relation-head' },
      h('span', null, kindIcon(source.kind, 14), ` ${source.name}`),
      h('span', { class: 'relation-type' }, relationSwatch(edge.type), ` ${edgeLabel(edge)}`),
      h('span', null, kindIcon(target.kind, 14), ` ${target.name}`),
    ),
    h(
      'p',
      { class: 'muted small' },
      dispute.acrossArticles ? 'Articles disagree' : 'One article reports both sides',
      edge.firstReported ? ` · reported ${edge.firstReported} – ${edge.lastReported}` : '',
      ' ',
      h('button', { class: 'link show-dispute', on: { click: () => void show() } }, 'Show on graph'),
    ),
    h(
      'div',
      { class: 'dispute-sides' },
      side(nav, 'For', 'for', dispute.for),
      side(nav, 'Against', 'against', dispute.against),
    ),
  );
}

function side(nav: Navigator, title: string, name: 'for' | 'against', evidence: Evidence[]): HTMLElement {
  return h(
    'section',
    { class: `dispute-side side-${name}`, 'aria-label': title },
    h('h4', null, `${title} (${evidence.length})`),
    ...evidence.map((e) =>
      h(
        'div',
        { class: 'evidence-card' },
        articleLine({ id: e.articleId, title: e.articleTitle, source: e.source, date: e.date ?? 'undated' }, () =>
          nav.article(e.articleId, { push: true, focus: { start: e.start, end: e.end } }),
        ),
        markedSentence(e),
        claimLine(e),
      ),
    ),
  );
}
