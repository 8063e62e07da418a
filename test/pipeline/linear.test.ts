/**
 * Twice the text, twice the work: each stage of the pipeline, the fingerprints and the store, on
 * long documents of the shapes that once took time in the square of their length (articles run
 * together, one paragraph, lines without punctuation, many quotations, many names), and the HTML
 * reader on deep nesting. The work is counted, not timed: V8's block coverage counts how many
 * times each block of code ran (a loop's body once per turn), which a busy machine does not change;
 * a function's work is the code it ran, character by character, times how often. A step whose
 * work grows more than 15 % faster than its input fails, naming the functions that grew most.
 */
import { Session } from 'node:inspector/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadWorld, withBenchCodebook } from '../../bench/generator.js';
import { LONG_SHAPES, longText, nestedHtml } from '../../bench/long.js';
import { loadCodebook } from '../../src/core/codebook/codebook.js';
import { readHtmlDocument } from '../../src/core/ingest/html.js';
import { prepareDocument } from '../../src/core/ingest/prepare.js';
import { createContext, createDocument, Pipeline } from '../../src/core/pipeline.js';
import { defaultStages } from '../../src/core/stages.js';
import { SqliteStore } from '../../src/core/store/sqlite.js';

/** The code whose work is counted: parley's core, and the HTML libraries it reads pages with. */
const COUNTED = /\/src\/core\/|\/node_modules\/(htmlparser2|linkedom|@mozilla\/readability)\//;
/** How much faster than its input a step's work may grow (binary searches add a logarithm). */
const SLACK = 1.15;
/** Characters of the shorter text of each shape (the longer is twice as long). */
const BASE = 50_000;

const session = new Session();
const ctx = createContext(withBenchCodebook(loadCodebook(), loadWorld()));
// One section whatever the length: what is counted is the stages' own work on one long text.
const pipeline = new Pipeline(defaultStages(), ctx, Number.POSITIVE_INFINITY);

beforeAll(async () => {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.startPreciseCoverage', { callCount: true, detailed: true });
});

afterAll(async () => {
  await session.post('Profiler.stopPreciseCoverage');
  session.disconnect();
});

/** How many times each counted function's blocks ran while `run` ran, by function. */
async function work(run: () => void): Promise<Map<string, number>> {
  await session.post('Profiler.takePreciseCoverage'); // clears the counts
  run();
  const { result } = await session.post('Profiler.takePreciseCoverage');
  const counts = new Map<string, number>();
  for (const script of result) {
    if (!COUNTED.test(script.url)) continue;
    const file = script.url.replace(/^.*\/(src\/core|node_modules)\//, '');
    for (const fn of script.functions) {
      const n = executed(fn.ranges);
      if (n === 0) continue;
      const key = `${fn.functionName || '(anonymous)'} (${file}:${fn.ranges[0].startOffset})`;
      counts.set(key, (counts.get(key) ?? 0) + n);
    }
  }
  return counts;
}

/**
 * The characters of code a function ran, each as often as it ran. Its coverage ranges nest (the
 * first spans the function); a character counts as often as the innermost range around it. V8
 * leaves out a block that ran as often as the one around it, which this measure does not notice.
 */
function executed(ranges: Array<{ startOffset: number; endOffset: number; count: number }>): number {
  const cuts = [...new Set(ranges.flatMap((r) => [r.startOffset, r.endOffset]))].sort((a, b) => a - b);
  let sum = 0;
  for (let i = 0; i + 1 < cuts.length; i++) {
    let innermost: (typeof ranges)[number] | undefined;
    for (const r of ranges)
      if (r.startOffset <= cuts[i] && cuts[i + 1] <= r.endOffset)
        if (!innermost || r.endOffset - r.startOffset <= innermost.endOffset - innermost.startOffset)
          innermost = r;
    if (innermost) sum += innermost.count * (cuts[i + 1] - cuts[i]);
  }
  return sum;
}

const total = (counts: Map<string, number>) => [...counts.values()].reduce((s, n) => s + n, 0);

/** The work of each step on a text and on one twice as long, and what grew most. */
function compare(
  step: string,
  short: Map<string, number>,
  long: Map<string, number>,
  lengths: [number, number],
) {
  const input = lengths[1] / lengths[0];
  const ratio = total(long) / Math.max(1, total(short));
  const grew = [...long]
    .map(([fn, n]) => ({ fn, short: short.get(fn) ?? 0, long: n, extra: n - input * (short.get(fn) ?? 0) }))
    .sort((a, b) => b.extra - a.extra)
    .slice(0, 3)
    .map((g) => `${g.fn}: ${g.short} → ${g.long}`);
  return {
    step,
    input: Number(input.toFixed(2)),
    work: Number(ratio.toFixed(2)),
    ok: ratio <= SLACK * input,
    grew,
  };
}

describe('work in proportion to the input', () => {
  for (const shape of LONG_SHAPES) {
    it(`${shape}: each stage, the fingerprints and the store do about twice the work on twice the text`, async () => {
      const texts = [longText(shape, BASE), longText(shape, 2 * BASE)];
      const byStep = new Map<string, Map<string, number>[]>();
      const add = (step: string, counts: Map<string, number>) =>
        byStep.set(step, [...(byStep.get(step) ?? []), counts]);
      for (const text of texts) {
        const doc = createDocument(text, { date: '2026-07-01' });
        for (const stage of pipeline.stages) add(stage.name, await work(() => stage.run(doc, ctx)));
        const raw = { text, meta: { date: '2026-07-01' }, origin: `${shape}.txt` };
        // The rest of preparing a document (language, fingerprints, headline), the stages aside.
        add('prepare', await work(() => prepareDocument(raw, new Pipeline([], ctx))));
        const prepared = prepareDocument(raw, pipeline);
        const store = new SqliteStore(':memory:');
        add(
          'store',
          await work(() =>
            store.putDocument(
              prepared.doc,
              {
                id: prepared.doc.id,
                hash: prepared.hash,
                date: '2026-07-01',
                lang: prepared.lang,
                words: prepared.words,
                status: prepared.status,
              },
              prepared.fingerprint,
              prepared.minhash,
            ),
          ),
        );
        store.close();
      }
      const lengths: [number, number] = [texts[0].length, texts[1].length];
      const rows = [...byStep].map(([step, [short, long]]) => compare(step, short, long, lengths));
      expect(rows.filter((r) => !r.ok)).toEqual([]);
      // The counts are real: every stage did work on these texts.
      for (const [step, [short]] of byStep) expect(total(short), step).toBeGreaterThan(100);
    }, 120_000);
  }

  it('reading HTML: twice the nesting, or twice the paragraphs, about twice the work', async () => {
    const rows = [];
    const read = (html: string) => () => {
      readHtmlDocument(html, 'page.html', { maxBytes: Number.POSITIVE_INFINITY, defaultDate: '2026-07-01' });
    };
    const deep = [nestedHtml(3_000), nestedHtml(6_000)];
    rows.push(compare('nested divs', await work(read(deep[0])), await work(read(deep[1])), [3_000, 6_000]));
    // A page of normal depth, read by Readability over a DOM.
    const page = (n: number) =>
      `<html><head><title>Report</title></head><body><article>${longText('articles', n)
        .split('\n\n')
        .map((p) => `<p>${p}</p>`)
        .join('\n')}</article></body></html>`;
    const flat = [page(BASE), page(2 * BASE)];
    rows.push(
      compare('paragraphs', await work(read(flat[0])), await work(read(flat[1])), [
        flat[0].length,
        flat[1].length,
      ]),
    );
    expect(rows.filter((r) => !r.ok)).toEqual([]);
  }, 120_000);
});
