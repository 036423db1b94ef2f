/**
 * The few writes curation makes outside an article's load, each inside a
 * transaction the curator opens: take an entity out (before its articles
 * rebuild it), take a relation out (before its articles and the log rebuild
 * it), and put back the relations analysts added by hand. Counters stay
 * exact: a typed relation removed or added moves both ends' degree.
 */
import type { EntityKind } from '../../domain.js';
import { RELATION_TYPES, allowsEndpoints } from '../../ontology.js';
import type { RelationKey } from '../../relation-id.js';
import type { CurationState, ManualRelation } from '../../curation/state.js';
import { isTyped, mergeEvidence, relationColumns, storedEntry } from '../article-plan.js';
import { storedEvidence, toGraphEdge, toGraphNode } from '../records.js';
import type { QueryExecutor } from '../runner.js';
import { entitiesIn } from './lookup.js';

/** Kinds of the stored entities among ids, read in the transaction (nothing cached before it commits). */
export async function locateIn(tx: QueryExecutor, ids: Iterable<string>): Promise<Map<string, EntityKind>> {
  return new Map([...(await entitiesIn(tx, ids))].map(([id, node]) => [id, node.kind]));
}

async function moveDegree(tx: QueryExecutor, id: string, kind: EntityKind, delta: number): Promise<void> {
  if (delta === 0) return;
  await tx.run('entities-counters', { rows: [{ id, degreeDelta: delta, articleDelta: 0, mentionDelta: 0 }] }, { kind });
}

/**
 * Deletes an entity with its relations and mentions. Neighbours outside
 * `leaving` lose the degree those relations gave them.
 */
export async function deleteEntity(
  tx: QueryExecutor,
  id: string,
  kind: EntityKind,
  leaving: ReadonlySet<string>,
): Promise<void> {
  const lost = new Map<string, { kind: EntityKind; count: number }>();
  for (const row of await tx.run('entity-relations', { id }, { kind, types: RELATION_TYPES })) {
    const edge = toGraphEdge(row.edge);
    const other = toGraphNode(row.node);
    if (!edge || !other || !isTyped(edge.type) || leaving.has(other.id)) continue;
    const entry = lost.get(other.id) ?? { kind: other.kind, count: 0 };
    entry.count++;
    lost.set(other.id, entry);
  }
  for (const [other, { kind: otherKind, count }] of lost) await moveDegree(tx, other, otherKind, -count);
  await tx.run('curation-entity-delete', { id }, { kind });
}

/** Deletes one relation if it is stored. */
export async function deleteRelation(tx: QueryExecutor, key: RelationKey): Promise<void> {
  const kinds = await locateIn(tx, [key.source, key.target]);
  const from = kinds.get(key.source);
  const to = kinds.get(key.target);
  if (!from || !to || !allowsEndpoints(key.type, from, to)) return;
  const template = { from, type: key.type, to };
  const [row] = await tx.run('relations-get', { rows: [{ source: key.source, target: key.target }] }, template);
  if (!row) return;
  await tx.run('relations-delete', { rows: [{ source: key.source, target: key.target }] }, template);
  if (isTyped(key.type)) {
    await moveDegree(tx, key.source, from, -1);
    await moveDegree(tx, key.target, to, -1);
  }
}

/**
 * Makes sure a relation added by hand is in the graph with its evidence (when
 * both ends exist and may hold it); whether it wrote anything.
 */
async function ensureManual(tx: QueryExecutor, m: ManualRelation): Promise<boolean> {
  const kinds = await locateIn(tx, [m.source, m.target]);
  const from = kinds.get(m.source);
  const to = kinds.get(m.target);
  // An end merged away, deleted with its last article, or of a kind that cannot hold it: the entry waits.
  if (!from || !to || !allowsEndpoints(m.type, from, to)) return false;
  const template = { from, type: m.type, to };
  const added = m.evidence.map((e) => storedEntry(e.article, e, false));
  const [row] = await tx.run('relations-get', { rows: [{ source: m.source, target: m.target }] }, template);
  if (!row) {
    await tx.run(
      'relations-create',
      { rows: [{ source: m.source, target: m.target, id: m.id, ...relationColumns(m.properties, added, tx.dialect) }] },
      template,
    );
    if (isTyped(m.type)) {
      await moveDegree(tx, m.source, from, 1);
      await moveDegree(tx, m.target, to, 1);
    }
    return true;
  }
  const existing = storedEvidence(row);
  const evidence = mergeEvidence(existing, added);
  const stored = toGraphEdge(row.edge)?.properties ?? {};
  const properties = { ...m.properties, ...stored };
  if (evidence.length === existing.length && Object.keys(properties).length === Object.keys(stored).length)
    return false;
  await tx.run(
    'relations-update',
    { rows: [{ source: m.source, target: m.target, ...relationColumns(properties, evidence, tx.dialect) }] },
    template,
  );
  return true;
}

/**
 * Puts back the relations added by hand that touch `ends` (or cite
 * `article`): an article's load may have retracted their evidence, or a
 * rebuild deleted an end with them. Whether it wrote anything (an entity's
 * degree may have changed).
 */
export async function syncManual(
  tx: QueryExecutor,
  state: CurationState,
  scope: { ends: ReadonlySet<string>; article?: string },
): Promise<boolean> {
  let wrote = false;
  for (const m of state.manualRelations()) {
    const touched =
      scope.ends.has(m.source) ||
      scope.ends.has(m.target) ||
      (scope.article !== undefined && m.evidence.some((e) => e.article === scope.article));
    if (touched && !state.isRejected(m.id)) wrote = (await ensureManual(tx, m)) || wrote;
  }
  return wrote;
}
