import { describe, expect, it } from 'vitest';
import {
  BENCH_CODEBOOK,
  CORPUS_END,
  CORPUS_START,
  generateArticle,
  generateCorpus,
  loadWorld,
  negotiationScript,
} from '../../bench/generator.js';
import { loadCodebook } from '../../src/core/codebook/codebook.js';
import { STANCES } from '../../src/core/model.js';

const world = loadWorld();
const sample = [...generateCorpus(world, 11, 40)];

/** FORMAT.md's tokens: maximal runs of letters and digits, lower-cased. */
const tokens = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const seq = (s: string): string => ` ${tokens(s).join(' ')} `;

/** True when the words stand in the text in order: contiguous, or in two runs (a quote split around its cue). */
function standsInText(text: string, words: string): boolean {
  const hay = seq(text);
  const needle = tokens(words);
  if (hay.includes(` ${needle.join(' ')} `)) return true;
  for (let k = 1; k < needle.length; k++) {
    const head = ` ${needle.slice(0, k).join(' ')} `;
    const tail = ` ${needle.slice(k).join(' ')} `;
    const at = hay.indexOf(head);
    if (at >= 0 && hay.indexOf(tail, at + head.length - 1) > at) return true;
  }
  return false;
}

describe('synthetic corpus generator', () => {
  it('writes the same corpus for the same seed, and another for another seed', () => {
    const again = [...generateCorpus(loadWorld(), 11, 40)];
    expect(again.map((a) => a.text)).toEqual(sample.map((a) => a.text));
    expect(again.map((a) => a.gold)).toEqual(sample.map((a) => a.gold));
    const other = [...generateCorpus(world, 12, 40)];
    expect(other.filter((a, i) => a.text === sample[i].text)).toHaveLength(0);
  });

  it('writes article i the same alone as within the whole corpus (so corpora can be streamed or split)', () => {
    const script = negotiationScript(world, 11);
    const alone = generateArticle(world, script, 11, 17);
    expect(alone.text).toBe(sample[17].text);
    const fromMiddle = [...generateCorpus(world, 11, 3, {}, 16)];
    expect(fromMiddle[1].text).toBe(sample[17].text);
  });

  it('writes news-length articles, all different, dated inside the negotiation', () => {
    const words = sample.map((a) => a.words);
    const mean = words.reduce((s, n) => s + n, 0) / words.length;
    expect(mean).toBeGreaterThan(700);
    expect(mean).toBeLessThan(950);
    expect(new Set(sample.map((a) => a.text)).size).toBe(sample.length);
    for (const a of sample) {
      expect(a.date >= CORPUS_START && a.date <= CORPUS_END).toBe(true);
      expect(a.gold.date).toBe(a.date);
    }
  });

  it('is not trivially regular: paragraphs open in many ways and no article repeats another’s layout', () => {
    const openings = new Set(
      sample.flatMap((a) => a.text.split('\n\n').map((p) => tokens(p).slice(0, 2).join(' '))),
    );
    expect(openings.size).toBeGreaterThan(150);
    const shapes = new Set(
      sample.map((a) =>
        a.text
          .split('\n\n')
          .map((p) => (p.includes('"') || p.includes('\u201C') ? 'q' : 'p'))
          .join(''),
      ),
    );
    expect(shapes.size).toBe(sample.length);
  });

  it('writes every gold statement, position and event so that it can be found in the text', () => {
    for (const a of sample) {
      expect(a.gold.statements.length).toBeGreaterThan(3);
      expect(a.gold.positions.length).toBeGreaterThan(3);
      expect(a.gold.events.length).toBeGreaterThan(0);
      for (const s of a.gold.statements) {
        expect(standsInText(a.text, s.content), `${a.id}: ${s.content}`).toBe(true);
        // The speaker's fullest name stands in the text (a person's is given in full once).
        expect(seq(a.text).includes(seq(s.speaker)), `${a.id}: ${s.speaker}`).toBe(true);
      }
      for (const p of a.gold.positions)
        expect(standsInText(a.text, p.evidence), `${a.id}: ${p.evidence}`).toBe(true);
      for (const e of a.gold.events)
        expect(standsInText(a.text, e.evidence), `${a.id}: ${e.evidence}`).toBe(true);
    }
  });

  it('codes with the codebook’s actors, the taxonomy’s stances and ISO dates', () => {
    const codes = new Set(world.codebook.actors.map((a) => a.code));
    for (const a of sample) {
      for (const s of a.gold.statements)
        if (typeof s.actor === 'string') expect(codes.has(s.actor)).toBe(true);
      for (const p of a.gold.positions) {
        expect(codes.has(p.actor)).toBe(true);
        expect(STANCES).toContain(p.stance);
        if (p.redLine) expect(['reject', 'demand']).toContain(p.stance);
        if (p.date) expect(p.date).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
      }
      for (const e of a.gold.events) {
        expect(['CONSULT', 'AGREE', 'SANCTION', 'ACCUSE']).toContain(e.type);
        for (const actor of e.actors) expect(codes.has(actor)).toBe(true);
        if (e.date) expect(e.date).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
      }
    }
  });

  it('resolves relative dates against the article’s date', () => {
    const byWeekday = sample.flatMap((a) =>
      a.gold.events
        .filter((e) => e.date?.length === 10 && /\byesterday\b/.test(e.evidence))
        .map((e) => ({ doc: a.date, event: e.date as string })),
    );
    expect(byWeekday.length).toBeGreaterThan(0);
    for (const { doc, event } of byWeekday) expect(Date.parse(doc) - Date.parse(event)).toBe(86_400_000);
  });

  it('lets positions move over time in the script (for the changes query)', () => {
    const script = negotiationScript(world, 11);
    expect(script.some((s) => s.periods.length > 1)).toBe(true);
    expect(new Set(script.map((s) => s.issue)).size).toBeGreaterThan(8);
  });

  it('has a codebook that merges over the default one like a user codebook', () => {
    const book = loadCodebook([BENCH_CODEBOOK]);
    const veska = book.actors.find((a) => a.code === 'VSK');
    expect(veska?.capitals).toContain('Port Alder');
    expect(book.issues.some((i) => i.code === 'fishing_rights')).toBe(true);
    expect(book.persons.find((p) => p.id === 'ilse-marrow')?.roles[0].actor).toBe('VSK');
  });
});
