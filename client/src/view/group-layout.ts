/**
 * "Group by community": the force layout with one invisible anchor per
 * community, tied to its members by short springs, and relations between
 * communities made longer, so each community gathers in its own region and
 * the bridges between them read as bridges. The anchors exist only in the
 * headless layout graph (layout-core.ts); nothing is drawn for them.
 */
import type { ElementDefinition } from 'cytoscape';

/** Spring length from a member to its community's anchor. */
export const ANCHOR_LENGTH = 35;
/** How much longer a relation between two communities is than one inside a community. */
export const BRIDGE_STRETCH = 2.2;

/** Anchor nodes and their springs for `groups` (one community per node, -1 for none); singletons get none. */
export function groupAnchors(groups: readonly number[]): ElementDefinition[] {
  const members = new Map<number, number[]>();
  groups.forEach((g, i) => {
    if (g < 0) return;
    const list = members.get(g);
    if (list) list.push(i);
    else members.set(g, [i]);
  });
  const out: ElementDefinition[] = [];
  for (const [g, list] of members) {
    if (list.length < 2) continue;
    out.push({ group: 'nodes', data: { id: `g${g}`, size: 1 } });
    for (const i of list) out.push({ group: 'edges', data: { id: `a${g}-${i}`, source: `g${g}`, target: `n${i}` } });
  }
  return out;
}

/** The spring length of a layout edge: anchors short, relations across communities stretched. */
export function groupedLength(
  edgeId: string,
  base: (edgeIndex: number) => number,
  ends: (edgeIndex: number) => readonly [number, number],
  groups: readonly number[],
): number {
  if (edgeId.startsWith('a')) return ANCHOR_LENGTH;
  const index = Number(edgeId.slice(1));
  const [s, t] = ends(index);
  const across = groups[s] !== groups[t];
  return base(index) * (across ? BRIDGE_STRETCH : 1);
}
