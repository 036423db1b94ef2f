/**
 * A tiny element builder. Every panel builds its DOM through `h` so that text
 * from articles and the API always lands in text nodes (never innerHTML): the
 * corpus is untrusted input.
 */

import { httpUrl } from '../../../core/url.js';

type Child = Node | string | number | null | undefined | false;

/** Attributes whose value is a URL a click or load would follow. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href']);
type Handler = (event: Event) => void;

export interface Attrs {
  class?: string;
  style?: string;
  title?: string;
  role?: string;
  dataset?: Record<string, string>;
  on?: Partial<Record<keyof HTMLElementEventMap, Handler>>;
  [attribute: string]: unknown;
}

/** Creates an element with attributes, listeners and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs | null = null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [key, value] of Object.entries(attrs)) {
      if (value === undefined || value === null || value === false) continue;
      if (key === 'on') {
        for (const [type, handler] of Object.entries(value as Record<string, Handler>)) {
          el.addEventListener(type, handler);
        }
      } else if (key === 'dataset') {
        Object.assign(el.dataset, value);
      } else if (key === 'class') {
        el.className = String(value);
      } else if (URL_ATTRIBUTES.has(key)) {
        // Links come from articles: only http(s) ones are rendered (no javascript:, data: or file:).
        const url = httpUrl(String(value));
        if (url) el.setAttribute(key, url);
      } else if (value === true) {
        el.setAttribute(key, '');
      } else {
        el.setAttribute(key, String(value));
      }
    }
  }
  append(el, children);
  return el;
}

/** Appends children, skipping empty ones. */
export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(
      typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child,
    );
  }
}

/** Replaces every child of `parent`. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/** Creates an SVG element (the legend's and the search list's kind icons). */
export function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number> = {},
  ...children: SVGElement[]
): SVGElementTagNameMap[K] {
  const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [key, value] of Object.entries(attrs)) el.setAttribute(key, String(value));
  for (const child of children) el.appendChild(child);
  return el;
}

/** Looks up an element the page shell must contain; a missing one is a bug in index.html. */
export function required<T extends Element = HTMLElement>(selector: string, root: ParentNode = document): T {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`The page has no element matching ${selector}`);
  return el;
}
