/**
 * The shareable view as a URL fragment: which entities are on screen, what
 * was hidden, pinned and expanded, where the analyst placed nodes by hand,
 * the filters, the selection and the layout. The fragment (not the query
 * string) keeps it in the browser: the server never sees, logs or caches
 * analysts' views.
 *
 * Lists are comma-separated, each item percent-encoded (so commas inside a
 * source name survive). A parameter that is absent means "the default";
 * present and empty means "empty" (e.g. `ft=` shows every relation type).
 *
 * Links are compressed (lz-string, `z=`) whenever that is shorter: entity
 * ids repeat the same few words, and a view of fifty entities shrinks to
 * less than half. Plain fragments (`v=1&...`) are still read, so a link can
 * be written by hand.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { isClaimStatus, isIsoDate } from '../../../core/claims.js';
import { RELATION_TYPES, isEntityKind, isRelationType } from '../../../core/ontology.js';
import { parseRelationId, relationId } from '../../../core/relation-id.js';
import { DEFAULT_FILTERS, defaultFilters, type Filters } from './filters.js';

export const LAYOUT_NAMES = ['fcose', 'community', 'concentric', 'dagre'] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];

/** A node the analyst dragged into place, and where (model coordinates). */
export interface PlacedNode {
  id: string;
  x: number;
  y: number;
}

export interface ExpandedSeed {
  id: string;
  limit: number;
  omitted: number;
}

export interface ViewState {
  /** Entities on screen; null means "the overview" (a link to the start page). */
  nodes: string[] | null;
  /**
   * Relations on screen (ids); null means "every relation among the
   * entities" (a hand-written link). Only relations between listed entities
   * can be encoded.
   */
  edges: string[] | null;
  hidden: string[];
  pinned: string[];
  expanded: ExpandedSeed[];
  /** Selected node and edge ids. */
  selected: string[];
  /** Nodes placed by hand: the layout keeps them where the analyst put them. */
  placed: PlacedNode[];
  filters: Filters;
  layout: LayoutName;
}

/** The state of a fresh start: the overview, default filters, fcose. */
export function initialViewState(): ViewState {
  return {
    nodes: null,
    edges: null,
    hidden: [],
    pinned: [],
    expanded: [],
    selected: [],
    placed: [],
    filters: defaultFilters(),
    layout: 'fcose',
  };
}

const VERSION = '1';
const MAX_ID_LENGTH = 300;

const encodeList = (items: readonly string[]) => items.map(encodeURIComponent).join(',');

function decodeList(value: string | undefined): string[] {
  if (value === undefined || value === '') return [];
  const out: string[] = [];
  for (const part of value.split(',')) {
    try {
      const item = decodeURIComponent(part);
      if (item && item.length <= MAX_ID_LENGTH) out.push(item);
    } catch {
      // A hand-edited link with a broken escape: drop that item, keep the rest.
    }
  }
  return out;
}

/** Encodes the view as a fragment (without the leading `#`). Defaults are left out to keep links short. */
export function encodeViewState(state: ViewState): string {
  const parts: string[] = [`v=${VERSION}`];
  const put = (key: string, value: string) => parts.push(`${key}=${value}`);
  if (state.nodes) put('n', encodeList(state.nodes));
  if (state.nodes && state.edges) put('e', encodeEdges(state.nodes, state.edges));
  if (state.hidden.length) put('h', encodeList(state.hidden));
  if (state.pinned.length) put('p', encodeList(state.pinned));
  if (state.expanded.length) {
    put('x', state.expanded.map((e) => `${encodeURIComponent(e.id)}:${e.limit}:${e.omitted}`).join(','));
  }
  if (state.selected.length) put('s', encodeList(state.selected));
  if (state.nodes && state.placed.length) put('hp', encodePlaced(state.nodes, state.placed));
  const f = state.filters;
  const differs = (a: readonly string[], b: readonly string[]) => [...a].sort().join(',') !== [...b].sort().join(',');
  if (differs(f.hiddenKinds, DEFAULT_FILTERS.hiddenKinds)) put('fk', encodeList(f.hiddenKinds));
  if (differs(f.hiddenTypes, DEFAULT_FILTERS.hiddenTypes)) put('ft', encodeList(f.hiddenTypes));
  if (f.articles.length) put('fa', encodeList(f.articles));
  if (f.sources.length) put('fs', encodeList(f.sources));
  if (f.minCorroboration !== DEFAULT_FILTERS.minCorroboration) put('mc', String(f.minCorroboration));
  if (f.hideUnconnected) put('hu', '1');
  if (f.hiddenClaims.length) put('fc', encodeList(f.hiddenClaims));
  if (f.since) put('ts', f.since);
  if (f.until) put('tu', f.until);
  if (f.undated === 'exclude') put('tx', '1');
  if (state.layout !== 'fcose') put('l', state.layout);
  return parts.join('&');
}

/** The fragment of a shared link: the compressed form when it is shorter. */
export function shareFragment(state: ViewState): string {
  const plain = encodeViewState(state);
  const packed = `z=${compressToEncodedURIComponent(plain)}`;
  return packed.length < plain.length ? packed : plain;
}

/**
 * Decodes a fragment (with or without `#`, compressed or plain). Never
 * throws: unknown kinds, types and layouts and malformed numbers fall back
 * to the defaults, since links get truncated and hand-edited.
 */
export function decodeViewState(fragment: string): ViewState {
  let text = fragment.replace(/^#/, '');
  if (text.startsWith('z=')) text = decompressFromEncodedURIComponent(text.slice(2)) ?? '';
  const raw = new Map<string, string>();
  for (const pair of text.split('&')) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    if (eq < 0) raw.set(pair, '');
    else raw.set(pair.slice(0, eq), pair.slice(eq + 1));
  }
  const state = initialViewState();
  if (raw.has('n')) state.nodes = decodeList(raw.get('n'));
  if (raw.has('e') && state.nodes) state.edges = decodeEdges(state.nodes, raw.get('e') ?? '');
  state.hidden = decodeList(raw.get('h'));
  state.pinned = decodeList(raw.get('p'));
  state.selected = decodeList(raw.get('s'));
  if (state.nodes && raw.has('hp')) state.placed = decodePlaced(state.nodes, raw.get('hp') ?? '');
  for (const item of (raw.get('x') ?? '').split(',')) {
    const [id, limit, omitted] = item.split(':');
    if (!id || limit === undefined || omitted === undefined) continue;
    const seed = safeDecode(id);
    const l = Number(limit);
    const o = Number(omitted);
    if (seed && Number.isInteger(l) && l > 0 && Number.isInteger(o) && o >= 0) {
      state.expanded.push({ id: seed, limit: l, omitted: o });
    }
  }
  if (raw.has('fk')) state.filters.hiddenKinds = decodeList(raw.get('fk')).filter(isEntityKind);
  if (raw.has('ft')) state.filters.hiddenTypes = decodeList(raw.get('ft')).filter(isRelationType);
  state.filters.articles = decodeList(raw.get('fa'));
  state.filters.sources = decodeList(raw.get('fs'));
  const mc = Number(raw.get('mc'));
  if (Number.isInteger(mc) && mc >= 1 && mc <= 1000) state.filters.minCorroboration = mc;
  state.filters.hideUnconnected = raw.get('hu') === '1';
  state.filters.hiddenClaims = decodeList(raw.get('fc')).filter(isClaimStatus);
  const since = raw.get('ts');
  const until = raw.get('tu');
  if (isIsoDate(since)) state.filters.since = since;
  if (isIsoDate(until)) state.filters.until = until;
  if (raw.get('tx') === '1') state.filters.undated = 'exclude';
  const layout = raw.get('l');
  if ((LAYOUT_NAMES as readonly string[]).includes(layout ?? '')) state.layout = layout as LayoutName;
  return state;
}

/**
 * Relations as `source.type.target` with base-36 indexes into the entity
 * list and into RELATION_TYPES: about eight characters each instead of a
 * full `subject|TYPE|object` id, which keeps links to big views shareable.
 */
function encodeEdges(nodes: readonly string[], edges: readonly string[]): string {
  const index = new Map(nodes.map((id, i) => [id, i]));
  const out: string[] = [];
  for (const id of edges) {
    const key = parseRelationId(id);
    if (!key) continue;
    const s = index.get(key.source);
    const t = index.get(key.target);
    if (s === undefined || t === undefined) continue;
    out.push(`${s.toString(36)}.${RELATION_TYPES.indexOf(key.type).toString(36)}.${t.toString(36)}`);
  }
  return out.join(',');
}

function decodeEdges(nodes: readonly string[], value: string): string[] {
  const out: string[] = [];
  for (const item of value.split(',')) {
    const [s, type, t] = item.split('.').map((part) => parseInt(part, 36));
    const source = nodes[s ?? -1];
    const target = nodes[t ?? -1];
    const relation = RELATION_TYPES[type ?? -1];
    if (source && target && relation) out.push(relationId({ source, type: relation, target }));
  }
  return out;
}

/** Placed nodes as `index:x:y`, base 36, whole model units (a pixel is as precise as a hand). */
function encodePlaced(nodes: readonly string[], placed: readonly PlacedNode[]): string {
  const index = new Map(nodes.map((id, i) => [id, i]));
  return placed
    .flatMap((p) => {
      const i = index.get(p.id);
      return i === undefined
        ? []
        : [`${i.toString(36)}:${Math.round(p.x).toString(36)}:${Math.round(p.y).toString(36)}`];
    })
    .join(',');
}

function decodePlaced(nodes: readonly string[], value: string): PlacedNode[] {
  const out: PlacedNode[] = [];
  for (const item of value.split(',')) {
    const [i, x, y] = item.split(':').map((part) => parseInt(part, 36));
    const id = nodes[i ?? -1];
    if (id && Number.isFinite(x) && Number.isFinite(y) && Math.abs(x!) < 1e7 && Math.abs(y!) < 1e7) {
      out.push({ id, x: x!, y: y! });
    }
  }
  return out;
}

function safeDecode(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}
