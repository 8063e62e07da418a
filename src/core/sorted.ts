/**
 * Look-ups in arrays kept in text order (mentions, timexes, cues, statements): a binary search for
 * where a range begins, so that a question about one sentence or one phrase reads the few items
 * near it instead of every item of the document. On a long document, reading every item for each
 * sentence made the work grow with the square of its length.
 *
 * Each function gives the same items, in the same order, as the plain `filter`/`find` over the
 * whole array it replaces, provided the array is sorted as it says.
 */

interface Spanned {
  start: number;
  end: number;
}

/** The first index in [lo, hi) whose key is at least `value`, in items sorted by that key. */
export function firstAtLeast<T>(
  items: readonly T[],
  value: number,
  key: (item: T) => number,
  lo = 0,
  hi = items.length,
): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const byStart = (s: Spanned) => s.start;

/** Items of `spans` (sorted by start) that start in [from, to), in order. */
export function startingIn<T extends Spanned>(spans: readonly T[], from: number, to: number): T[] {
  const out: T[] = [];
  for (let i = firstAtLeast(spans, from, byStart); i < spans.length && spans[i].start < to; i++)
    out.push(spans[i]);
  return out;
}

/** Items of `spans` (sorted by start) inside [start, end), in order. */
export function within<T extends Spanned>(spans: readonly T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (let i = firstAtLeast(spans, start, byStart); i < spans.length && spans[i].start < end; i++)
    if (spans[i].end <= end) out.push(spans[i]);
  return out;
}

const longest = new WeakMap<readonly Spanned[], { length: number; max: number }>();

/**
 * The greatest length (end - start) of the spans, for an array that is only appended to and whose
 * spans do not change once in it (a stage's output, or statements as they are found): remembered
 * per array, and brought up to date with the spans appended since.
 */
export function longestOf(spans: readonly Spanned[]): number {
  const hit = longest.get(spans);
  if (hit && hit.length === spans.length) return hit.max;
  let max = hit && hit.length < spans.length ? hit.max : 0;
  for (let i = hit && hit.length < spans.length ? hit.length : 0; i < spans.length; i++)
    if (spans[i].end - spans[i].start > max) max = spans[i].end - spans[i].start;
  longest.set(spans, { length: spans.length, max });
  return max;
}

/**
 * Items of `spans` (sorted by start) that overlap [start, end), in order. Spans that start before
 * `start` are looked at only as far back as the longest span reaches: `longest`, by default that
 * of `spans` itself (see longestOf for the arrays it suits).
 */
export function overlapping<T extends Spanned>(
  spans: readonly T[],
  start: number,
  end: number,
  longest = longestOf(spans),
): T[] {
  const out: T[] = [];
  const from = start - longest + 1;
  for (let i = firstAtLeast(spans, from, byStart); i < spans.length && spans[i].start < end; i++)
    if (spans[i].end > start) out.push(spans[i]);
  return out;
}

interface View<T> {
  seen: number;
  sorted: T[];
}
const views = new WeakMap<readonly unknown[], Map<string, View<unknown>>>();

/**
 * The items of `items` that pass `keep`, sorted by `key`; items of equal key stay in array order.
 * For an array that is only appended to, whose items do not change once in it: the view is kept
 * per array and `name` and brought up to date by inserting each new item from the end, which costs
 * little as long as items come roughly in key order (statements found in text order).
 */
export function sortedView<T>(
  items: readonly T[],
  name: string,
  key: (item: T) => number,
  keep: (item: T) => boolean = () => true,
): T[] {
  let byName = views.get(items);
  if (!byName) {
    byName = new Map();
    views.set(items, byName);
  }
  let view = byName.get(name) as View<T> | undefined;
  if (!view || view.seen > items.length) {
    view = { seen: 0, sorted: [] };
    byName.set(name, view as View<unknown>);
  }
  const { sorted } = view;
  for (; view.seen < items.length; view.seen++) {
    const item = items[view.seen];
    if (!keep(item)) continue;
    const k = key(item);
    let at = sorted.length;
    while (at > 0 && key(sorted[at - 1]) > k) at--;
    sorted.splice(at, 0, item);
  }
  return sorted;
}

/**
 * Items added one after another, each at a position that does not change once added, for "the
 * item added last among those before position `at`". Items are kept in runs of rising position
 * (a pass over the text adds in text order, so there are as many runs as passes): the answer is
 * in the latest run that has an item before `at`, found there by binary search.
 */
export class Appended<T> {
  private readonly runs: T[][] = [];

  constructor(private readonly position: (item: T) => number) {}

  push(item: T): void {
    const run = this.runs[this.runs.length - 1];
    if (run && this.position(run[run.length - 1]) <= this.position(item)) run.push(item);
    else this.runs.push([item]);
  }

  /** Each item before `at`, from the latest back. */
  forEachBefore(at: number, visit: (item: T) => void): void {
    for (let r = this.runs.length - 1; r >= 0; r--) {
      const run = this.runs[r];
      for (let k = firstAtLeast(run, at, this.position) - 1; k >= 0; k--) visit(run[k]);
    }
  }

  /** The item added last among those before `at` that `fits` (checked from the latest back). */
  lastBefore(at: number, fits: (item: T) => boolean = () => true): T | undefined {
    for (let r = this.runs.length - 1; r >= 0; r--) {
      const run = this.runs[r];
      for (let k = firstAtLeast(run, at, this.position) - 1; k >= 0; k--) if (fits(run[k])) return run[k];
    }
    return undefined;
  }
}

/**
 * "Of the items whose key is at most `at`, what is the greatest value, leaving out one item?",
 * in a binary search: the items sorted by key, with the running greatest value and its runner-up
 * (from another item) kept along. Where comparing every pair of items took time in the square of
 * their number. -Infinity when no item answers.
 */
export function greatestUpTo<T>(
  items: readonly T[],
  key: (item: T) => number,
  value: (item: T) => number,
): (at: number, except?: T) => number {
  const sorted = [...items].sort((a, b) => key(a) - key(b));
  const none = { value: Number.NEGATIVE_INFINITY, item: undefined as T | undefined };
  const best: (typeof none)[] = [];
  const second: (typeof none)[] = [];
  let top = none;
  let next = none;
  for (const item of sorted) {
    const here = { value: value(item), item };
    if (here.value > top.value) {
      next = top;
      top = here;
    } else if (here.value > next.value) next = here;
    best.push(top);
    second.push(next);
  }
  return (at, except) => {
    // The last item whose key is at most `at`.
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (key(sorted[mid]) <= at) lo = mid + 1;
      else hi = mid;
    }
    const last = lo - 1;
    if (last < 0) return Number.NEGATIVE_INFINITY;
    return (best[last].item === except ? second[last] : best[last]).value;
  };
}
