/**
 * Kuzu's JS values into the neutral model: nodes and relationships lose their
 * `_id`/`_src`/`_dst` structs (internal ids are resolved to our `id`
 * property where the result holds the node), BigInts become numbers.
 */
import { StoreNode, StorePath, StoreRelationship, fromBigInt, type Row, type StoreValue } from '../values.js';

type KuzuRecord = Record<string, unknown>;

const internalKey = (id: unknown): string | null => {
  if (id && typeof id === 'object' && 'offset' in id && 'table' in id) {
    const { offset, table } = id as { offset: unknown; table: unknown };
    return `${String(table)}:${String(offset)}`;
  }
  return null;
};

const isNode = (v: KuzuRecord) => '_label' in v && '_id' in v && !('_src' in v);
const isRel = (v: KuzuRecord) => '_label' in v && '_src' in v && '_dst' in v;
const isPath = (v: KuzuRecord) => '_nodes' in v && '_rels' in v;

/** Collects internal node id → our `id` for every node anywhere in `value`. */
function collectNodeIds(value: unknown, into: Map<string, string>): void {
  if (Array.isArray(value)) {
    for (const v of value) collectNodeIds(v, into);
    return;
  }
  if (!value || typeof value !== 'object' || value instanceof Date) return;
  const rec = value as KuzuRecord;
  if (isNode(rec)) {
    const key = internalKey(rec._id);
    if (key && typeof rec.id === 'string') into.set(key, rec.id);
    return;
  }
  for (const v of Object.values(rec)) collectNodeIds(v, into);
}

function ownProperties(rec: KuzuRecord, ids: Map<string, string>): Record<string, StoreValue> {
  const props: Record<string, StoreValue> = {};
  for (const [k, v] of Object.entries(rec)) {
    if (!k.startsWith('_')) props[k] = convert(v, ids);
  }
  return props;
}

function convert(value: unknown, ids: Map<string, string>): StoreValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'bigint') return fromBigInt(value);
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((v) => convert(v, ids));
  if (typeof value !== 'object') return String(value);
  const rec = value as KuzuRecord;
  if (isPath(rec)) {
    const nodes = (rec._nodes as KuzuRecord[]).map((n) => convert(n, ids) as StoreNode);
    const rels = (rec._rels as KuzuRecord[]).map((r) => convert(r, ids) as StoreRelationship);
    return new StorePath(nodes, rels);
  }
  if (isRel(rec)) {
    const start = internalKey(rec._src);
    const end = internalKey(rec._dst);
    return new StoreRelationship(
      String(rec._label),
      ownProperties(rec, ids),
      (start && ids.get(start)) ?? null,
      (end && ids.get(end)) ?? null,
    );
  }
  if (isNode(rec)) return new StoreNode(String(rec._label), ownProperties(rec, ids));
  const out: Record<string, StoreValue> = {};
  for (const [k, v] of Object.entries(rec)) out[k] = convert(v, ids);
  return out;
}

/** Normalises a batch of Kuzu rows. */
export function normaliseKuzuRows(rows: KuzuRecord[]): Row[] {
  const ids = new Map<string, string>();
  collectNodeIds(rows, ids);
  return rows.map((row) => {
    const out: Row = {};
    for (const [k, v] of Object.entries(row)) out[k] = convert(v, ids);
    return out;
  });
}
