/**
 * A relation's evidence: every sentence that states it, the two mentions
 * marked, grouped by article with title, source and date, under a headline
 * saying how many articles and sources agree.
 */
import type { CuratedRelationResponse, RelationResponse } from '../../../core/api.js';
import { ApiError } from '../api/client.js';
import { RELATIONS } from '../../../core/ontology.js';
import { parseRelationId } from '../../../core/relation-id.js';
import { edgeLabel } from '../model/elements.js';
import { agreementText, corroboration } from '../model/evidence.js';
import { h } from '../ui/dom.js';
import { kindIcon, relationSwatch } from '../ui/icons.js';
import { loading, type InspectorView } from './inspector.js';
import type { Navigator } from './navigator.js';
import { CLAIM_DESCRIPTIONS } from '../../../core/claims.js';
import { claimSwatch } from '../ui/icons.js';
import { editedBadge, relationEdits } from './curation/inspector-edits.js';
import { articleLine, chip, claimLine, markedSentence, section } from './parts.js';

export function relationView(nav: Navigator, id: string): InspectorView {
  const key = parseRelationId(id);
  return {
    key: `relation:${id}`,
    title: key ? `Evidence: ${RELATIONS[key.type].label}` : 'Evidence',
    followsSelection: true,
    async render(box) {
      box.append(loading('Loading evidence…'));
      const relation = await nav.app.api.relation(id).catch(async (error: unknown) => {
        // Not in the graph: an analyst may have rejected it, and its evidence is kept with the edit.
        if (!(error instanceof ApiError) || error.status !== 404) throw error;
        const curated = await nav.app.api.curatedRelation(id);
        if (curated.verdict !== 'rejected') throw error;
        return curated;
      });
      box.replaceChildren(...('edge' in relation ? renderRelation(nav, relation) : renderRejected(nav, relation)));
    },
  };
}

/** The evidence list alone, also used by the path steps. */
export function evidenceBlock(
  nav: Navigator,
  relation: Pick<RelationResponse, 'evidence'> & Partial<Pick<RelationResponse, 'edge'>>,
): HTMLElement {
  const summary = corroboration(relation.evidence);
  const block = h('div', { class: 'evidence' });
  block.append(
    h(
      'p',
      { class: 'agreement', 'data-articles': String(summary.articles) },
      h('strong', null, agreementText(summary)),
    ),
  );
  if (summary.sources.length) block.append(h('div', { class: 'chips' }, ...summary.sources.map((s) => chip(s))));
  for (const group of summary.byArticle) {
    const card = h('article', { class: 'evidence-card' });
    card.append(
      h(
        'header',
        null,
        articleLine({ id: group.articleId, title: group.title, source: group.source, date: group.date }, () =>
          nav.article(group.articleId, {
            push: true,
            focus: group.sentences[0] ? { start: group.sentences[0].start, end: group.sentences[0].end } : undefined,
          }),
        ),
        // The date or outlet above may be an analyst's correction, not what the article said.
        nav.app.curation.articleEdited(group.articleId)
          ? editedBadge('An analyst corrected this article’s details (see the edit history)')
          : null,
      ),
    );
    for (const sentence of group.sentences) {
      card.append(
        markedSentence(sentence),
        claimLine(sentence, (id) => void nav.actions.addEntities([id]).then(() => nav.entity(id, { push: true }))),
      );
    }
    block.append(card);
  }
  if (summary.byArticle.length === 0)
    block.append(h('p', { class: 'muted' }, 'No evidence sentence is stored for this relation.'));
  return block;
}

function renderRelation(nav: Navigator, relation: RelationResponse): HTMLElement[] {
  const { edge } = relation;
  const model = nav.app.model;
  const end = (id: string) => {
    const node = model.node(id);
    return h(
      'button',
      {
        class: 'link endpoint',
        on: { click: () => (node ? void nav.actions.focus([id]) : void nav.actions.addEntities([id])) },
      },
      node ? kindIcon(node.kind, 14) : null,
      ` ${node?.name ?? id}`,
    );
  };
  const properties = Object.entries(edge.properties).filter(([, v]) => v);
  const reported =
    edge.firstReported && edge.lastReported
      ? edge.firstReported === edge.lastReported
        ? `reported ${edge.firstReported}`
        : `reported ${edge.firstReported} – ${edge.lastReported}`
      : 'report dates unknown';
  const undated = relation.evidence.filter((e) => !e.date).length;
  const perPeriod = relation.periods.map((p) => `${p.period}: ${p.count}`).join(', ');
  return [
    h(
      'div',
      { class: 'relation-head' },
      end(edge.source),
      h('span', { class: 'relation-type' }, relationSwatch(edge.type), ` ${edgeLabel(edge)}`),
      end(edge.target),
    ),
    h(
      'p',
      { class: `claim-status claim-${edge.claim}`, dataset: { claim: edge.claim } },
      claimSwatch(edge.claim),
      ' ',
      h('strong', null, CLAIM_DESCRIPTIONS[edge.claim]),
      h(
        'span',
        { class: 'muted small' },
        ` · ${reported}${undated ? ` (${undated} undated)` : ''}`,
        perPeriod ? h('span', { class: 'periods' }, ` · per month: ${perPeriod}`) : null,
      ),
    ),
    properties.length
      ? h('dl', { class: 'facts' }, ...properties.flatMap(([k, v]) => [h('dt', null, k), h('dd', null, String(v))]))
      : h('span'),
    relationEdits(nav.app, edge),
    section(
      `Evidence (${relation.evidence.length} sentence${relation.evidence.length === 1 ? '' : 's'})`,
      evidenceBlock(nav, relation),
    ),
  ];
}

/** A rejected relation: out of the graph, its evidence (as held back from every article that states it) still shown. */
function renderRejected(nav: Navigator, relation: CuratedRelationResponse): HTMLElement[] {
  const key = parseRelationId(relation.id);
  const name = (id: string) => nav.app.model.node(id)?.name ?? id;
  return [
    h(
      'p',
      { class: 'verdict' },
      editedBadge(),
      key
        ? ` ${name(key.source)} ${RELATIONS[key.type].label} ${name(key.target)}: rejected by an analyst.`
        : ' Rejected.',
    ),
    h(
      'p',
      { class: 'muted small' },
      'Hidden from the graph, also when an article states it again. Undo it in the edit history.',
    ),
    section(
      `Evidence held back (${relation.heldEvidence.length} sentence${relation.heldEvidence.length === 1 ? '' : 's'})`,
      evidenceBlock(nav, { evidence: relation.heldEvidence }),
    ),
  ];
}
