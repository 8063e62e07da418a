/**
 * A document that comes without a title is listed by its headline: the opening line when it reads
 * as one, else its lead sentence (shortened at a word) — never by the name of its file.
 */
import { describe, expect, it } from 'vitest';
import { HEADLINE_MAX } from '../../src/core/ingest/headline.js';
import { prepareDocument } from '../../src/core/ingest/prepare.js';
import { defaultPipeline } from '../../src/core/stages.js';

const pipeline = defaultPipeline();
const titleOf = (text: string, title?: string) =>
  prepareDocument(
    { text, meta: { date: '2026-09-01', title, source: 'talks.txt' }, origin: 'talks.txt' },
    pipeline,
  ).doc.title;

describe('the headline of a document without a title', () => {
  it('is the opening line when it reads as a headline, with the story after it', () => {
    expect(
      titleOf(
        'Veska and Ormund agree to a third round in Lumen\n\nLUMEN, Sept 1 (Northwire) - Veska and Ormund said on Tuesday they would meet again in October.',
      ),
    ).toBe('Veska and Ormund agree to a third round in Lumen');
  });

  it('is the lead sentence, after the dateline, when the text opens with the story', () => {
    expect(
      titleOf(
        'PORT ALDER, Sept 1 (Northwire) - Veska rejected the proposal on Tuesday. Ormund said it was disappointed.',
      ),
    ).toBe('Veska rejected the proposal on Tuesday');
  });

  it('is cut at a word boundary, with an ellipsis, when the lead sentence is long', () => {
    const lead =
      'Tarsian envoy Mira Solenne said on Wednesday that Veska and Ormund had agreed to meet in Lumen in October to discuss fishing rights, the detained fishermen and a lasting ceasefire at sea.';
    const title = titleOf(lead) ?? '';
    expect(title.length).toBeLessThanOrEqual(HEADLINE_MAX);
    expect(title.endsWith('…')).toBe(true);
    expect(lead.startsWith(title.slice(0, -1))).toBe(true);
    expect(lead[title.length - 1]).toBe(' ');
  });

  it('leaves a title the source gave alone', () => {
    expect(titleOf('Veska rejected the proposal on Tuesday.', 'Talks stall')).toBe('Talks stall');
  });
});
