/**
 * The graph changes an analyst can undo, as commands over the model.
 */
import type { Subgraph } from '../../../core/domain.js';
import type { Expansion, GraphModel, MergeResult, Removal } from './graph-model.js';
import type { Command } from './history.js';

/**
 * Adds a subgraph (an expansion, a search pick, a path, query results).
 * Undo removes exactly what this command added, so nodes that were already
 * on screen stay; an expansion record is set and restored with it.
 */
export function addSubgraph(
  model: GraphModel,
  subgraph: Pick<Subgraph, 'nodes' | 'edges'>,
  label: string,
  expansion?: Expansion,
): Command & { readonly added: MergeResult } {
  let added: MergeResult = { addedNodes: [], addedEdges: [] };
  let previous: Expansion | null = null;
  // What undo took away, so redo puts it back where it was drawn instead of laying it out anew.
  let undone: Removal | null = null;
  return {
    label,
    get added() {
      return added;
    },
    apply() {
      if (undone) {
        model.restore(undone);
        undone = null;
      } else {
        added = model.merge(subgraph);
      }
      if (expansion) previous = model.setExpansion(expansion.seed, expansion);
    },
    revert() {
      if (expansion) model.setExpansion(expansion.seed, previous);
      undone = model.remove([...added.addedEdges, ...added.addedNodes]);
    },
  };
}

/** Removes nodes (with their edges) and edges; undo puts them back in place. */
export function removeElements(model: GraphModel, ids: string[], label: string): Command {
  let removal: Removal | null = null;
  return {
    label,
    apply() {
      removal = model.remove(ids);
    },
    revert() {
      if (removal) model.restore(removal);
    },
  };
}

/** Hides or shows elements (they stay loaded, and in the layout's memory). */
export function setHidden(model: GraphModel, ids: string[], hidden: boolean, label: string): Command {
  let changed: string[] = [];
  return {
    label,
    apply() {
      changed = model.setHidden(ids, hidden);
    },
    revert() {
      model.setHidden(changed, !hidden);
    },
  };
}

/** Pins or unpins nodes. */
export function setPinned(model: GraphModel, ids: string[], pinned: boolean, label: string): Command {
  let changed: string[] = [];
  return {
    label,
    apply() {
      changed = model.setPinned(ids, pinned);
    },
    revert() {
      model.setPinned(changed, !pinned);
    },
  };
}

/**
 * Collapses an expansion: removes the neighbours that hang only on `seed`
 * (no other loaded relation, not pinned), keeps the rest.
 */
export function collapse(model: GraphModel, seed: string, label: string): Command {
  let removal: Removal | null = null;
  let previous: Expansion | null = null;
  return {
    label,
    apply() {
      const leaves: string[] = [];
      for (const edgeId of model.edgesOf(seed)) {
        const edge = model.edge(edgeId);
        if (!edge) continue;
        const other = edge.source === seed ? edge.target : edge.source;
        if (other === seed || model.isPinned(other)) continue;
        const others = model.edgesOf(other).filter((id) => {
          const e = model.edge(id);
          return e !== undefined && e.source !== seed && e.target !== seed;
        });
        if (others.length === 0) leaves.push(other);
      }
      previous = model.setExpansion(seed, null);
      removal = model.remove(leaves);
    },
    revert() {
      if (removal) model.restore(removal);
      if (previous) model.setExpansion(seed, previous);
    },
  };
}
