/**
 * Old wire copy wraps its lines by hand: a line that ends in mid-sentence goes on in the next, and
 * is no paragraph of its own. Texts are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { layoutBlocks } from '../../src/core/analyse/layout.js';
import { statementsOf } from '../statements/extract.js';

const WRAPPED = [
  'LUMEN, June 15 Delegates of three',
  'small parties walked out of the second round of',
  'talks in the port city on Monday.',
  '"We are tired of waiting for an answer from the',
  'other side," Tomas Arven, the leader of one of the parties,',
  'told reporters at the venue of the talks.',
  '"We will not come back next week."',
  'The government in Lumen also voiced its displeasure',
  'with the talks, its spokesman Ilse',
  'Maren writing that the',
  'exiled leaders could not be invited.',
].join('\n');

describe('hard-wrapped lines', () => {
  it('joins the lines of a sentence into one paragraph', () => {
    const paragraphs = layoutBlocks(WRAPPED).filter((b) => b.kind === 'paragraph');
    const texts = paragraphs.map((b) => WRAPPED.slice(b.start, b.end).replace(/\s+/g, ' '));
    expect(texts).toContain(
      '"We are tired of waiting for an answer from the other side," Tomas Arven, the leader of one of the parties, told reporters at the venue of the talks.',
    );
    // a line that ends its sentence ends its paragraph
    expect(texts).toContain('"We will not come back next week."');
  });

  it('reads the quotation whose speaker is named across a line end', () => {
    const quote = statementsOf(WRAPPED).find((s) => s.content.startsWith('We are tired'));
    expect(quote?.said?.replace(/\s+/g, ' ')).toBe('Tomas Arven');
  });

  it('keeps the lines of an ordinary article, each a paragraph', () => {
    const text = Array.from({ length: 10 }, (_, i) => `Short line number ${i} without a stop`).join('\n\n');
    expect(layoutBlocks(text).filter((b) => b.kind === 'paragraph')).toHaveLength(10);
  });
});
