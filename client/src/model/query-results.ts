/**
 * Reading console results: cell text for the table, node ids in cells, and
 * where in the query an error points.
 */
import type { JsonValue } from '../../../core/domain.js';

/** The id of a node value in a result row (`{ label, properties: { id } }`), if it is one. */
export function nodeIdOf(value: JsonValue): string | null {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return null;
  const props = value['properties'];
  if (
    typeof value['label'] === 'string' &&
    props &&
    typeof props === 'object' &&
    !Array.isArray(props) &&
    typeof props['id'] === 'string'
  )
    return props['id'];
  return null;
}

/** A cell's text: nodes by name and label, relations as `a -[TYPE]-> b`, lists joined, other objects as compact JSON. */
export function cellText(value: JsonValue): string {
  if (value === null) return '—';
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return value.map(cellText).join(', ');
  const props = value['properties'];
  const p = props && typeof props === 'object' && !Array.isArray(props) ? props : null;
  if (typeof value['label'] === 'string' && p)
    return `${String(p['name'] ?? p['title'] ?? p['id'] ?? '?')} (${value['label']})`;
  if (typeof value['type'] === 'string' && typeof value['start'] === 'string')
    return `${value['start']} -[${value['type']}]-> ${String(value['end'])}`;
  return JSON.stringify(value);
}

/**
 * The character offset of an error position in `text`. The line and column
 * (1-based) are trusted over the offset, which some parsers report as -1.
 */
export function errorOffset(text: string, position: { line: number; column: number; offset: number }): number {
  const lines = text.split('\n');
  if (position.line >= 1 && position.line <= lines.length && position.column >= 1) {
    const before = lines.slice(0, position.line - 1).reduce((sum, line) => sum + line.length + 1, 0);
    return Math.min(text.length, before + position.column - 1);
  }
  return position.offset >= 0 ? Math.min(position.offset, text.length) : 0;
}
