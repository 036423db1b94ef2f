/**
 * Console rows between the sandbox process and the server: store values are
 * classes (StoreNode, StoreRelationship, StorePath), which a structured clone
 * turns into plain objects, so they cross the process boundary tagged and are
 * rebuilt on the other side. AppErrors cross as their id, message and details.
 */
import { AppError, type ErrorId } from '../../errors.js';
import type { ConsoleRows } from '../runner.js';
import { StoreNode, StorePath, StoreRelationship, type Row, type StoreValue } from '../values.js';

type Encoded =
  | null
  | boolean
  | number
  | string
  | Encoded[]
  | { $node: { label: string; properties: EncodedMap } }
  | { $rel: { type: string; properties: EncodedMap; startId: string | null; endId: string | null } }
  | { $path: { nodes: Encoded[]; relationships: Encoded[] } }
  | { $map: EncodedMap };

type EncodedMap = { [key: string]: Encoded };

function encodeMap(map: Record<string, StoreValue>): EncodedMap {
  return Object.fromEntries(Object.entries(map).map(([k, v]) => [k, encode(v)]));
}

function encode(v: StoreValue): Encoded {
  if (v instanceof StoreNode) return { $node: { label: v.label, properties: encodeMap(v.properties) } };
  if (v instanceof StoreRelationship) {
    return { $rel: { type: v.type, properties: encodeMap(v.properties), startId: v.startId, endId: v.endId } };
  }
  if (v instanceof StorePath)
    return { $path: { nodes: v.nodes.map(encode), relationships: v.relationships.map(encode) } };
  if (Array.isArray(v)) return v.map(encode);
  if (v && typeof v === 'object') return { $map: encodeMap(v) };
  return v;
}

function decodeMap(map: EncodedMap): Record<string, StoreValue> {
  return Object.fromEntries(Object.entries(map).map(([k, v]) => [k, decode(v)]));
}

function decode(v: Encoded): StoreValue {
  if (Array.isArray(v)) return v.map(decode);
  if (v && typeof v === 'object') {
    if ('$node' in v) return new StoreNode(v.$node.label, decodeMap(v.$node.properties));
    if ('$rel' in v)
      return new StoreRelationship(v.$rel.type, decodeMap(v.$rel.properties), v.$rel.startId, v.$rel.endId);
    if ('$path' in v) {
      return new StorePath(
        v.$path.nodes.map(decode) as StoreNode[],
        v.$path.relationships.map(decode) as StoreRelationship[],
      );
    }
    return decodeMap(v.$map);
  }
  return v;
}

export interface EncodedRows {
  columns: string[];
  rows: EncodedMap[];
  truncated: boolean;
}

export function encodeRows(result: ConsoleRows): EncodedRows {
  return { columns: result.columns, truncated: result.truncated, rows: result.rows.map(encodeMap) };
}

export function decodeRows(result: EncodedRows): ConsoleRows {
  return { columns: result.columns, truncated: result.truncated, rows: result.rows.map((r) => decodeMap(r) as Row) };
}

export interface EncodedError {
  id?: ErrorId;
  message: string;
  details?: Record<string, unknown>;
}

export function encodeError(error: unknown): EncodedError {
  if (error instanceof AppError)
    return { id: error.id, message: error.message, ...(error.details ? { details: error.details } : {}) };
  return { message: error instanceof Error ? error.message : String(error) };
}

export function decodeError(error: EncodedError): Error {
  if (error.id) return new AppError(error.id, error.message, error.details);
  return new Error(error.message);
}
