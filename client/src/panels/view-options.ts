/**
 * How the view draws entities: colour by kind or by community, size by
 * degree or by PageRank. At the top of the sidebar, beside the legend that
 * explains the colours.
 */
import {
  COLOUR_MODES,
  SIZE_MODES,
  type ColourMode,
  type SizeMode,
  type ViewMetrics,
} from '../controllers/view-metrics.js';
import type { Store } from '../model/store.js';
import { h } from '../ui/dom.js';

const COLOUR_LABELS: Record<ColourMode, string> = { kind: 'kind', community: 'community' };
const SIZE_LABELS: Record<SizeMode, string> = { degree: 'degree', pagerank: 'PageRank' };

function choice<T extends string>(
  id: string,
  label: string,
  store: Store<T>,
  values: readonly T[],
  labels: Record<T, string>,
): HTMLElement {
  const select = h(
    'select',
    { id },
    ...values.map((v) => h('option', { value: v, selected: store.get() === v }, labels[v])),
  );
  select.addEventListener('change', () => store.set(select.value as T));
  store.subscribe((value) => {
    select.value = value;
  });
  return h('label', { class: 'view-option', for: id }, h('span', null, label), select);
}

export function viewOptions(metrics: ViewMetrics): HTMLElement {
  return h(
    'div',
    { class: 'view-options' },
    choice('colour-by', 'Colour by', metrics.colourBy, COLOUR_MODES, COLOUR_LABELS),
    choice('size-by', 'Size by', metrics.sizeBy, SIZE_MODES, SIZE_LABELS),
  );
}
