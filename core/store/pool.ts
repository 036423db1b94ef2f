/**
 * A fixed set of resources handed out one caller at a time; callers queue
 * when all are busy. Kuzu connections are not safe to share between
 * concurrent queries, and its single writer must be serialised.
 */
export class ResourcePool<T> {
  private readonly idle: T[];
  private readonly waiting: Array<(resource: T) => void> = [];

  constructor(resources: T[]) {
    if (resources.length === 0) throw new Error('ResourcePool needs at least one resource');
    this.idle = [...resources];
  }

  async use<R>(work: (resource: T) => Promise<R>): Promise<R> {
    const resource = this.idle.pop() ?? (await new Promise<T>((resolve) => this.waiting.push(resolve)));
    try {
      return await work(resource);
    } finally {
      const next = this.waiting.shift();
      if (next) next(resource);
      else this.idle.push(resource);
    }
  }
}
