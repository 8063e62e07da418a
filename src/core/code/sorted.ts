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
 * The greatest length (end - start) of the spans. Remembered per array while its length stays the
 * same: for arrays whose spans no longer change (a stage's finished output).
 */
function longestOf(spans: readonly Spanned[]): number {
  const hit = longest.get(spans);
  if (hit && hit.length === spans.length) return hit.max;
  let max = 0;
  for (const s of spans) if (s.end - s.start > max) max = s.end - s.start;
  longest.set(spans, { length: spans.length, max });
  return max;
}

/**
 * Items of `spans` (sorted by start, finished: see longestOf) that overlap [start, end), in order.
 * Spans that start before `start` are looked at only as far back as the longest span reaches.
 */
export function overlapping<T extends Spanned>(spans: readonly T[], start: number, end: number): T[] {
  const out: T[] = [];
  const from = start - longestOf(spans) + 1;
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

  /** The item added last among those before `at` that `fits` (checked from the latest back). */
  lastBefore(at: number, fits: (item: T) => boolean = () => true): T | undefined {
    for (let r = this.runs.length - 1; r >= 0; r--) {
      const run = this.runs[r];
      for (let k = firstAtLeast(run, at, this.position) - 1; k >= 0; k--) if (fits(run[k])) return run[k];
    }
    return undefined;
  }
}
