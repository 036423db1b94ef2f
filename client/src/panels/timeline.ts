/**
 * The timeline under the graph: supporting sentences of the relations on
 * screen per week (denials in red), a two-handle range that filters the
 * graph to what was reported in it, and a play button that walks the end of
 * the range through the weeks so the story unfolds. It changes only the
 * filters' `since`/`until`; the filter controller does the hiding.
 */
import type { AppContext } from '../app-context.js';
import { positionsOf, rangeOf, timelineWeeks, weekBars, weekEnd } from '../model/timeline.js';
import { h, replaceChildren, svg } from '../ui/dom.js';

/** How long each week stays on screen while playing. */
const PLAY_STEP_MS = 900;
const CHART = { width: 600, height: 44 } as const;

export class Timeline {
  private weeks: string[] = [];
  /** The first and last dates of the articles (the weeks may be padded around them). */
  private dated: { first: string; last: string } | null = null;
  private readonly chart: HTMLElement;
  private readonly fromInput: HTMLInputElement;
  private readonly toInput: HTMLInputElement;
  private readonly label: HTMLElement;
  private readonly playButton: HTMLButtonElement;
  private readonly undated: HTMLInputElement;
  private readonly note: HTMLElement;
  private timer: ReturnType<typeof setInterval> | null = null;
  private scheduled = false;

  constructor(
    private readonly app: AppContext,
    private readonly root: HTMLElement,
  ) {
    this.chart = h('div', { class: 'timeline-chart', 'aria-hidden': 'true' });
    this.fromInput = h('input', {
      type: 'range',
      id: 'timeline-from',
      class: 'timeline-handle',
      min: '0',
      max: '0',
      value: '0',
      'aria-label': 'First week of the range',
    });
    this.toInput = h('input', {
      type: 'range',
      id: 'timeline-until',
      class: 'timeline-handle',
      min: '0',
      max: '0',
      value: '0',
      'aria-label': 'Last week of the range',
    });
    for (const input of [this.fromInput, this.toInput]) {
      input.addEventListener('input', () => {
        this.stop();
        this.setRange(Number(this.fromInput.value), Number(this.toInput.value));
      });
    }
    this.label = h('output', { class: 'timeline-label', id: 'timeline-label', 'aria-live': 'polite' });
    this.playButton = h(
      'button',
      {
        id: 'timeline-play',
        class: 'icon-button',
        title: 'Play: step through the weeks',
        on: { click: () => this.toggle() },
      },
      '▶',
    );
    this.undated = h('input', { type: 'checkbox', id: 'timeline-undated', checked: true });
    this.undated.addEventListener('change', () =>
      app.filters.update((f) => ({ ...f, undated: this.undated.checked ? 'include' : 'exclude' })),
    );
    this.note = h('span', { class: 'muted small timeline-note' });
    const reset = h(
      'button',
      {
        class: 'mini',
        title: 'Show every date',
        on: {
          click: () => {
            this.stop();
            app.filters.update((f) => ({ ...f, since: null, until: null }));
          },
        },
      },
      'All dates',
    );
    replaceChildren(
      root,
      h(
        'div',
        { class: 'timeline-head' },
        h('strong', null, 'Timeline'),
        this.playButton,
        this.label,
        reset,
        h('label', { class: 'small', for: 'timeline-undated' }, this.undated, ' undated articles count'),
        this.note,
      ),
      h('div', { class: 'timeline-track' }, this.chart, this.fromInput, this.toInput),
    );
    app.filters.subscribe(() => this.schedule());
    app.sync.onApplied(() => this.schedule());
  }

  /** Sets the weeks from the articles' dates (after the catalog loaded). */
  refreshExtent(): void {
    const dates = this.app.catalog.articles.flatMap((a) => (a.date ? [a.date] : [])).sort();
    this.weeks = timelineWeeks(dates);
    this.dated = dates.length ? { first: dates[0]!, last: dates[dates.length - 1]! } : null;
    const max = String(Math.max(0, this.weeks.length - 1));
    this.fromInput.max = max;
    this.toInput.max = max;
    this.root.classList.toggle('empty', this.weeks.length === 0);
    this.refresh();
  }

  private setRange(from: number, to: number): void {
    const range = rangeOf(this.weeks, from, to);
    this.app.filters.update((f) => ({ ...f, ...range }));
  }

  private toggle(): void {
    if (this.timer) this.stop();
    else this.play();
  }

  /** Walks the end of the range week by week from the start of the range (or the first week) to the last. */
  private play(): void {
    if (this.weeks.length < 2) return;
    const { from, to } = positionsOf(this.weeks, this.app.filters.get().since, this.app.filters.get().until);
    let end = to >= this.weeks.length - 1 ? from : to;
    this.setRange(from, end);
    this.playButton.textContent = '⏸';
    this.playButton.title = 'Pause';
    this.timer = setInterval(() => {
      end++;
      this.setRange(from, end);
      if (end >= this.weeks.length - 1) this.stop();
    }, PLAY_STEP_MS);
  }

  private stop(): void {
    if (!this.timer) return;
    clearInterval(this.timer);
    this.timer = null;
    this.playButton.textContent = '▶';
    this.playButton.title = 'Play: step through the weeks';
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    requestAnimationFrame(() => this.refresh());
  }

  private refresh(): void {
    this.scheduled = false;
    const f = this.app.filters.get();
    this.undated.checked = f.undated === 'include';
    const undatedArticles = this.app.catalog.articles.filter((a) => !a.date).length;
    if (this.weeks.length === 0) {
      this.label.textContent = 'No article has a date: nothing to place in time.';
      this.note.textContent = '';
      replaceChildren(this.chart);
      return;
    }
    const { from, to } = positionsOf(this.weeks, f.since, f.until);
    this.fromInput.value = String(from);
    this.toInput.value = String(to);
    this.label.textContent =
      f.since || f.until
        ? `${f.since ?? this.weeks[0]} – ${f.until ?? weekEnd(this.weeks[this.weeks.length - 1]!)}`
        : `all dates (${this.dated?.first} – ${this.dated?.last})`;
    const { bars, undated } = weekBars(this.app.model.edges(), this.weeks);
    this.note.textContent = undatedArticles
      ? `${undatedArticles} article${undatedArticles === 1 ? '' : 's'} without a date (${undated} sentence${undated === 1 ? '' : 's'} on screen)`
      : '';
    const peak = Math.max(1, ...bars.map((b) => b.for + b.against));
    const step = CHART.width / bars.length;
    const bar = (i: number, y: number, height: number, cls: string) =>
      svg('rect', { x: i * step + 1, y, width: Math.max(1, step - 2), height, class: cls });
    replaceChildren(
      this.chart,
      svg(
        'svg',
        { viewBox: `0 0 ${CHART.width} ${CHART.height}`, preserveAspectRatio: 'none', class: 'timeline-bars' },
        ...bars.flatMap((b, i) => {
          const inRange = i >= Math.min(from, to) && i <= Math.max(from, to);
          const forHeight = (b.for / peak) * (CHART.height - 2);
          const againstHeight = (b.against / peak) * (CHART.height - 2);
          const state = inRange ? 'in' : 'out';
          const out = [bar(i, CHART.height - forHeight, forHeight, `bar-for ${state}`)];
          if (b.against)
            out.push(bar(i, CHART.height - forHeight - againstHeight, againstHeight, `bar-against ${state}`));
          const title = svg('title');
          title.textContent = `week of ${b.week}: ${b.for} stating, ${b.against} denying`;
          out[0]!.append(title);
          return out;
        }),
      ),
    );
  }
}
