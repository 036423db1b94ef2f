/**
 * View filters as data, and the pure rule that decides what they hide. The
 * filter controller turns the result into classes (display: none), so
 * filtering never touches positions: the layout survives.
 */
import { CLAIM_STATUSES, viewClaim, type ClaimStatus } from '../../../core/claims.js';
import type { ClaimViewRequest } from '../../../core/api.js';
import type { GraphEdge, GraphNode } from '../../../core/domain.js';
import { WEAK_RELATION, type EntityKind, type RelationType } from '../../../core/ontology.js';

export interface Filters {
  /** Kinds switched off in the legend. */
  hiddenKinds: EntityKind[];
  /** Relation types switched off; the weak co-occurrence link starts off. */
  hiddenTypes: RelationType[];
  /** When not empty: only relations stated in one of these articles. */
  articles: string[];
  /** When not empty: only relations stated by an article of one of these sources. */
  sources: string[];
  /** Only relations at least this many distinct articles state. */
  minCorroboration: number;
  /**
   * Hide entities left without a shown relation (set by "only this relation
   * type": isolating a type should show who takes part in it, not everyone).
   */
  hideUnconnected: boolean;
  /** Relation statuses switched off (asserted, alleged, planned, denied, disputed). */
  hiddenClaims: ClaimStatus[];
  /** The timeline's range of report dates (inclusive), null for an open end. */
  since: string | null;
  until: string | null;
  /** Whether reports of undated articles count inside a range. */
  undated: 'include' | 'exclude';
}

export const DEFAULT_FILTERS: Readonly<Filters> = Object.freeze({
  hiddenKinds: [],
  hiddenTypes: [WEAK_RELATION],
  articles: [],
  sources: [],
  minCorroboration: 1,
  hideUnconnected: false,
  hiddenClaims: [],
  since: null,
  until: null,
  undated: 'include',
});

/** A fresh copy of the defaults (the frozen constant's arrays must not be shared). */
export function defaultFilters(): Filters {
  return {
    hiddenKinds: [...DEFAULT_FILTERS.hiddenKinds],
    hiddenTypes: [...DEFAULT_FILTERS.hiddenTypes],
    articles: [...DEFAULT_FILTERS.articles],
    sources: [...DEFAULT_FILTERS.sources],
    minCorroboration: DEFAULT_FILTERS.minCorroboration,
    hideUnconnected: DEFAULT_FILTERS.hideUnconnected,
    hiddenClaims: [...DEFAULT_FILTERS.hiddenClaims],
    since: DEFAULT_FILTERS.since,
    until: DEFAULT_FILTERS.until,
    undated: DEFAULT_FILTERS.undated,
  };
}

/** The range and statuses of the filters, as the API and core/claims.ts take them. */
export function claimView(filters: Filters): ClaimViewRequest {
  return {
    ...(filters.since ? { since: filters.since } : {}),
    ...(filters.until ? { until: filters.until } : {}),
    ...(filters.undated === 'exclude' ? { undated: 'exclude' as const } : {}),
    ...(filters.hiddenClaims.length ? { claims: CLAIM_STATUSES.filter((c) => !filters.hiddenClaims.includes(c)) } : {}),
  };
}

/** True when the filters narrow relations by their evidence (article, source, corroboration, status, time). */
export function filtersByEvidence(filters: Filters): boolean {
  return (
    filters.articles.length > 0 ||
    filters.sources.length > 0 ||
    filters.minCorroboration > 1 ||
    filters.hiddenClaims.length > 0 ||
    filters.since !== null ||
    filters.until !== null
  );
}

export function sameFilters(a: Filters, b: Filters): boolean {
  const same = (x: readonly string[], y: readonly string[]) =>
    x.length === y.length && [...x].sort().join('\u0000') === [...y].sort().join('\u0000');
  return (
    same(a.hiddenKinds, b.hiddenKinds) &&
    same(a.hiddenTypes, b.hiddenTypes) &&
    same(a.articles, b.articles) &&
    same(a.sources, b.sources) &&
    a.minCorroboration === b.minCorroboration &&
    a.hideUnconnected === b.hideUnconnected &&
    same(a.hiddenClaims, b.hiddenClaims) &&
    a.since === b.since &&
    a.until === b.until &&
    a.undated === b.undated
  );
}

export interface VisibilityInput {
  nodes: Iterable<GraphNode>;
  edges: Iterable<GraphEdge>;
  /** Article id → its source, for the source filter. */
  articleSources: ReadonlyMap<string, string | null>;
  /** Nodes shown whatever the evidence filters say (the selection, pinned nodes). */
  keep?: ReadonlySet<string>;
}

export interface Visibility {
  hiddenNodes: Set<string>;
  hiddenEdges: Set<string>;
  /** The status of each visible relation within the range (it may differ from its status over all time). */
  claims: Map<string, ClaimStatus>;
}

/**
 * What the filters hide. A node goes when its kind is off; an edge when its
 * type is off, an end is hidden, its evidence fails the article, source and
 * corroboration tests, it was reported only outside the time range, or its
 * status within the range is switched off. While an evidence filter is on,
 * or the analyst asked to hide unconnected entities, a node left with no
 * visible relation goes too (unless kept): otherwise "only what Reuters
 * said" or "only SUPPORTS" would still show everyone.
 */
export function computeVisibility(filters: Filters, input: VisibilityInput): Visibility {
  const hiddenKinds = new Set(filters.hiddenKinds);
  const hiddenTypes = new Set(filters.hiddenTypes);
  const articles = filters.articles.length ? new Set(filters.articles) : null;
  const sources = filters.sources.length ? new Set(filters.sources) : null;
  const byEvidence = filtersByEvidence(filters);
  const view = claimView(filters);

  const hiddenNodes = new Set<string>();
  const nodeIds: string[] = [];
  for (const node of input.nodes) {
    nodeIds.push(node.id);
    if (hiddenKinds.has(node.kind)) hiddenNodes.add(node.id);
  }

  const hiddenEdges = new Set<string>();
  const claims = new Map<string, ClaimStatus>();
  const supported = new Set<string>();
  for (const edge of input.edges) {
    const viewed = viewClaim(edge, view);
    const stated =
      (!articles && !sources) ||
      edge.articles.some(
        (a) => (!articles || articles.has(a)) && (!sources || sources.has(input.articleSources.get(a) ?? '')),
      );
    const passes =
      viewed !== null &&
      stated &&
      !hiddenTypes.has(edge.type) &&
      !hiddenNodes.has(edge.source) &&
      !hiddenNodes.has(edge.target) &&
      edge.corroboration >= filters.minCorroboration;
    if (passes) {
      supported.add(edge.source);
      supported.add(edge.target);
      claims.set(edge.id, viewed.claim);
    } else {
      hiddenEdges.add(edge.id);
    }
  }

  if (byEvidence || filters.hideUnconnected) {
    for (const id of nodeIds) {
      if (!supported.has(id) && !input.keep?.has(id)) hiddenNodes.add(id);
    }
  }
  return { hiddenNodes, hiddenEdges, claims };
}
