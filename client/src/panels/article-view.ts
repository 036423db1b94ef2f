/**
 * An article to read: its text with every entity mention marked in its
 * kind's colour and clickable (adds and focuses the entity), the evidence
 * sentence that led here scrolled into view, and a one-click filter to
 * "what this article says".
 */
import type { ArticleDetail, ArticleMention, Span } from '../../../core/domain.js';
import { markRuns } from '../model/text-marks.js';
import { httpUrl } from '../../../core/url.js';
import { h } from '../ui/dom.js';
import { kindIcon } from '../ui/icons.js';
import { KIND_STYLES } from '../view/palette.js';
import { lighten } from '../view/colour.js';
import { articleEdits } from './curation/inspector-edits.js';
import { loading, type InspectorView } from './inspector.js';
import type { Navigator } from './navigator.js';

export function articleView(nav: Navigator, id: string, focus?: Span): InspectorView {
  return {
    key: `article:${id}${focus ? `@${focus.start}` : ''}`,
    title: nav.app.catalog.articleById.get(id)?.title ?? 'Article',
    wide: true,
    async render(box) {
      box.append(loading('Loading article…'));
      const article = await nav.app.api.article(id);
      box.replaceChildren(...renderArticle(nav, article, focus));
      box.querySelector('.focus-sentence')?.scrollIntoView({ block: 'center' });
    },
  };
}

function renderArticle(nav: Navigator, article: ArticleDetail, focus?: Span): HTMLElement[] {
  const meta = [article.source, article.date, article.byline].filter(Boolean).join(' · ');
  const filtered = nav.app.filters.get().articles;
  const only = filtered.length === 1 && filtered[0] === article.id;
  const filterButton = h(
    'button',
    {
      on: {
        click: () => {
          nav.app.filters.update((f) => ({ ...f, articles: only ? [] : [article.id] }));
          nav.app.notify(
            only
              ? 'Showing relations from every article'
              : `Showing only relations stated in “${article.title ?? article.id}”`,
          );
          filterButton.textContent = only ? 'Only this article' : 'All articles';
        },
      },
      title: 'Filter the graph to the relations this article states',
    },
    only ? 'All articles' : 'Only this article',
  );
  const addAll = h(
    'button',
    {
      title: 'Add every entity this article mentions to the graph',
      on: {
        click: () =>
          void nav.actions.addEntities([...new Set(article.mentions.map((m) => m.entityId))], { focus: true }),
      },
    },
    `Add its ${new Set(article.mentions.map((m) => m.entityId)).size} entities`,
  );

  const paragraphs = h('div', { class: 'article-text' });
  // Paragraphs are separated by blank lines in the cleaned text; offsets stay global.
  let offset = 0;
  for (const block of article.text.split(/(\n\s*\n)/)) {
    if (/^\n\s*\n$/.test(block) || block.trim() === '') {
      offset += block.length;
      continue;
    }
    paragraphs.append(paragraph(nav, block, offset, article.mentions, focus));
    offset += block.length;
  }

  return [
    h(
      'div',
      { class: 'article-meta' },
      h('div', { class: 'muted' }, meta),
      httpUrl(article.url)
        ? h('a', { href: article.url, target: '_blank', rel: 'noopener noreferrer' }, 'Original ↗')
        : null,
    ),
    h('div', { class: 'button-row' }, filterButton, addAll, articleEdits(nav.app, article)),
    h(
      'p',
      { class: 'muted small' },
      `${article.mentions.length} mentions of ${new Set(article.mentions.map((m) => m.entityId)).size} entities, ${article.evidenceCount} evidence sentences. Click a mention to put it on the graph.`,
    ),
    paragraphs,
  ];
}

function paragraph(
  nav: Navigator,
  text: string,
  offset: number,
  mentions: ArticleMention[],
  focus?: Span,
): HTMLElement {
  const runs = markRuns<ArticleMention>(
    text,
    offset,
    mentions.map((m) => ({ start: m.start, end: m.end, value: m })),
  );
  const p = h('p');
  // The focus sentence wraps the runs it covers (mentions inside it stay clickable).
  let focusBox: HTMLElement | null = null;
  for (const run of runs) {
    const inFocus = focus !== undefined && run.start >= focus.start && run.start < focus.end;
    const node = run.mark ? mentionNode(nav, run.text, run.mark) : document.createTextNode(run.text);
    if (inFocus) {
      if (!focusBox) {
        focusBox = h('span', { class: 'focus-sentence' });
        p.append(focusBox);
      }
      focusBox.append(node);
    } else {
      focusBox = null;
      p.append(node);
    }
  }
  return p;
}

function mentionNode(nav: Navigator, text: string, mention: ArticleMention): HTMLElement {
  const style = KIND_STYLES[mention.kind];
  return h(
    'button',
    {
      class: 'mention',
      style: `background:${lighten(style.color, 0.72)};border-bottom-color:${style.border}`,
      title: `${mention.name} (${mention.kind}): click to show on the graph`,
      dataset: { entity: mention.entityId },
      on: { click: () => void nav.actions.addEntities([mention.entityId]) },
    },
    kindIcon(mention.kind, 10),
    text,
  );
}
