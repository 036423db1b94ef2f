/**
 * A value that notifies on change: the app's small pieces of state
 * (filters, selection, layout name) that panels and the URL follow.
 */
export class Store<T> {
  private readonly listeners = new Set<(value: T, previous: T) => void>();

  constructor(
    private current: T,
    private readonly equals: (a: T, b: T) => boolean = Object.is,
  ) {}

  get(): T {
    return this.current;
  }

  /** Replaces the value; listeners run only when it differs by `equals`. */
  set(value: T): void {
    const previous = this.current;
    if (this.equals(previous, value)) return;
    this.current = value;
    for (const listener of this.listeners) listener(value, previous);
  }

  update(change: (value: T) => T): void {
    this.set(change(this.current));
  }

  subscribe(listener: (value: T, previous: T) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** Equality of id lists regardless of order (selections). */
export function sameIds(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const set = new Set(a);
  return b.every((id) => set.has(id));
}
