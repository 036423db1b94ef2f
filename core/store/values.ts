/**
 * The neutral value model both adapters normalise driver values into, so that
 * no `neo4j.Integer`, Neo4j `Node`, or Kuzu `_id` struct leaves the store.
 */

export class StoreNode {
  constructor(
    readonly label: string,
    readonly properties: Record<string, StoreValue>,
  ) {}
}

export class StoreRelationship {
  constructor(
    readonly type: string,
    readonly properties: Record<string, StoreValue>,
    /** Our `id` of the start and end nodes, when the driver tells them. */
    readonly startId: string | null,
    readonly endId: string | null,
  ) {}
}

export class StorePath {
  constructor(
    readonly nodes: StoreNode[],
    readonly relationships: StoreRelationship[],
  ) {}
}

export type StoreValue =
  | null
  | boolean
  | number
  | string
  | StoreNode
  | StoreRelationship
  | StorePath
  | StoreValue[]
  | { [key: string]: StoreValue };

export type Row = Record<string, StoreValue>;

/** A BigInt as a number when it fits, else as its decimal string. */
export function fromBigInt(value: bigint): number | string {
  return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
    ? Number(value)
    : value.toString();
}

// Typed readers for rows: queries alias every column, these check what came back.

export function str(row: Row, key: string): string {
  const v = row[key];
  if (typeof v !== 'string') throw new TypeError(`Column "${key}" is not a string: ${JSON.stringify(v)}`);
  return v;
}

export function optStr(row: Row, key: string): string | null {
  const v = row[key];
  return typeof v === 'string' ? v : null;
}

export function num(row: Row, key: string): number {
  const v = row[key];
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && /^-?\d+$/.test(v)) return Number(v);
  if (v === null || v === undefined) return 0;
  throw new TypeError(`Column "${key}" is not a number: ${JSON.stringify(v)}`);
}

export function strList(row: Row, key: string): string[] {
  const v = row[key];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

export function numList(row: Row, key: string): number[] {
  const v = row[key];
  return Array.isArray(v) ? v.map((x) => (typeof x === 'number' ? x : Number(x))) : [];
}
