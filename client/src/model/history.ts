/**
 * Undo/redo of graph changes. Commands carry their own data (an expansion
 * keeps the subgraph it added), so redo never asks the server again and
 * replays exactly what the analyst saw.
 */

/** A reversible change. `apply` may run again after `revert` (redo). */
export interface Command {
  /** For the undo/redo buttons' tooltips ("Undo: expand Benny Gantz"). */
  readonly label: string;
  apply(): void;
  revert(): void;
}

export type HistoryListener = (history: History) => void;

export class History {
  private readonly done: Command[] = [];
  private readonly undone: Command[] = [];
  private readonly listeners = new Set<HistoryListener>();

  /** @param limit oldest commands beyond this are forgotten, which bounds memory on long sessions. */
  constructor(private readonly limit = 200) {}

  /** Applies `command` and makes it the next to undo; whatever was undone cannot be redone any more. */
  execute(command: Command): void {
    command.apply();
    this.done.push(command);
    if (this.done.length > this.limit) this.done.shift();
    this.undone.length = 0;
    this.notify();
  }

  /** Reverts the last command; returns it, or null when there is nothing to undo. */
  undo(): Command | null {
    const command = this.done.pop();
    if (!command) return null;
    command.revert();
    this.undone.push(command);
    this.notify();
    return command;
  }

  /** Re-applies the last undone command; returns it, or null. */
  redo(): Command | null {
    const command = this.undone.pop();
    if (!command) return null;
    command.apply();
    this.done.push(command);
    this.notify();
    return command;
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  /** Label of what undo would revert. */
  get undoLabel(): string | null {
    return this.done.at(-1)?.label ?? null;
  }

  /** Label of what redo would re-apply. */
  get redoLabel(): string | null {
    return this.undone.at(-1)?.label ?? null;
  }

  /** Forgets everything (a new view was loaded from a link). */
  clear(): void {
    this.done.length = 0;
    this.undone.length = 0;
    this.notify();
  }

  subscribe(listener: HistoryListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private notify(): void {
    for (const listener of this.listeners) listener(this);
  }
}
