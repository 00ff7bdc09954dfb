/**
 * A binary max-heap of integration subintervals keyed by their error estimate:
 * the global adaptive strategy (QUADPACK QAG) always bisects the interval with the
 * largest error, so pop() must return it in O(log n).
 */

/** One subinterval of an adaptive quadrature with its local result and error estimate. */
export interface Subinterval {
  readonly a: number;
  readonly b: number;
  /** Kronrod estimate of ∫_a^b f. */
  readonly value: number;
  /** Estimate of |∫_a^b f − value|. */
  readonly error: number;
  /** True when the error equals the round-off floor 50·ε·∫|f| (bisection cannot reduce it). */
  readonly atRoundoffFloor: boolean;
}

/** Max-heap of {@link Subinterval} by `error`. */
export class ErrorHeap {
  private readonly items: Subinterval[] = [];

  get size(): number {
    return this.items.length;
  }

  /** All intervals currently held, in heap order (not sorted). */
  get contents(): readonly Subinterval[] {
    return this.items;
  }

  push(item: Subinterval): void {
    const items = this.items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (items[parent].error >= items[i].error) break;
      [items[parent], items[i]] = [items[i], items[parent]];
      i = parent;
    }
  }

  /** Removes and returns the interval with the largest error; undefined when empty. */
  pop(): Subinterval | undefined {
    const items = this.items;
    if (items.length === 0) return undefined;
    const top = items[0];
    const last = items.pop() as Subinterval;
    if (items.length > 0) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let largest = i;
        if (left < items.length && items[left].error > items[largest].error) largest = left;
        if (right < items.length && items[right].error > items[largest].error) largest = right;
        if (largest === i) break;
        [items[largest], items[i]] = [items[i], items[largest]];
        i = largest;
      }
    }
    return top;
  }
}
