/**
 * Collections by id. Cytoscape's `cy.collection(array)` is typed for
 * element definitions, not elements; this builds the collection of the ids
 * that exist, in place (merge), which is also linear for big selections.
 */
import type { CollectionReturnValue, Core } from 'cytoscape';

/** The elements among `ids` that are in the graph. */
export function byIds(cy: Core, ids: Iterable<string>): CollectionReturnValue {
  const out = cy.collection();
  for (const id of ids) {
    const ele = cy.getElementById(id);
    if (ele.nonempty()) out.merge(ele);
  }
  return out;
}
