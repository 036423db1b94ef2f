/**
 * neo4j-driver's values into the neutral model: `Integer` becomes a number
 * (or its decimal string beyond 2^53), temporal values their ISO strings,
 * `Node`/`Relationship`/`Path` our own classes with our `id`s.
 */
import neo4j from 'neo4j-driver';
import type { Node, Path, Record as Neo4jRecord, Relationship } from 'neo4j-driver';
import { ARTICLE_LABEL, isEntityKind } from '../../ontology.js';
import { StoreNode, StorePath, StoreRelationship, type Row, type StoreValue } from '../values.js';

/** The label that names what a node is: its entity kind, else Article, else its first label. */
function primaryLabel(labels: readonly string[]): string {
  return labels.find(isEntityKind) ?? labels.find((l) => l === ARTICLE_LABEL) ?? labels[0] ?? '';
}

function collectNodeIds(value: unknown, into: Map<string, string>): void {
  if (Array.isArray(value)) {
    for (const v of value) collectNodeIds(v, into);
  } else if (neo4j.isNode(value)) {
    const id = (value as Node).properties.id;
    if (typeof id === 'string') into.set((value as Node).elementId, id);
  } else if (neo4j.isPath(value)) {
    for (const seg of (value as Path).segments) {
      collectNodeIds(seg.start, into);
      collectNodeIds(seg.end, into);
    }
    collectNodeIds((value as Path).start, into);
  } else if (value && typeof value === 'object' && value.constructor === Object) {
    for (const v of Object.values(value)) collectNodeIds(v, into);
  }
}

function properties(props: Record<string, unknown>, ids: Map<string, string>): Record<string, StoreValue> {
  const out: Record<string, StoreValue> = {};
  for (const [k, v] of Object.entries(props)) out[k] = convertNeo4jValue(v, ids);
  return out;
}

function node(n: Node, ids: Map<string, string>): StoreNode {
  return new StoreNode(primaryLabel(n.labels), properties(n.properties, ids));
}

function relationship(r: Relationship, ids: Map<string, string>): StoreRelationship {
  return new StoreRelationship(
    r.type,
    properties(r.properties, ids),
    ids.get(r.startNodeElementId) ?? null,
    ids.get(r.endNodeElementId) ?? null,
  );
}

/** Converts one driver value; `ids` maps element ids to our ids for relationship endpoints. */
export function convertNeo4jValue(value: unknown, ids: Map<string, string> = new Map()): StoreValue {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) {
    const int = value as ReturnType<typeof neo4j.int>;
    return neo4j.integer.inSafeRange(int) ? int.toNumber() : int.toString();
  }
  if (typeof value === 'bigint') {
    return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
      ? Number(value)
      : value.toString();
  }
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map((v) => convertNeo4jValue(v, ids));
  if (neo4j.isNode(value)) return node(value as Node, ids);
  if (neo4j.isRelationship(value)) return relationship(value as Relationship, ids);
  if (neo4j.isPath(value)) {
    const path = value as Path;
    const nodes = [node(path.start, ids), ...path.segments.map((s) => node(s.end, ids))];
    return new StorePath(
      nodes,
      path.segments.map((s) => relationship(s.relationship, ids)),
    );
  }
  if (
    neo4j.isDate(value) ||
    neo4j.isDateTime(value) ||
    neo4j.isLocalDateTime(value) ||
    neo4j.isTime(value) ||
    neo4j.isLocalTime(value) ||
    neo4j.isDuration(value) ||
    neo4j.isPoint(value)
  ) {
    return String(value);
  }
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return properties(value as Record<string, unknown>, ids);
  return String(value);
}

/** Normalises the records of one result. */
export function normaliseNeo4jRecords(records: Neo4jRecord[]): Row[] {
  const ids = new Map<string, string>();
  for (const r of records)
    collectNodeIds(
      r.keys.map((k) => r.get(k)),
      ids,
    );
  return records.map((r) => {
    const row: Row = {};
    for (const key of r.keys) row[String(key)] = convertNeo4jValue(r.get(key), ids);
    return row;
  });
}
