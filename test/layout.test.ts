import { describe, expect, it } from 'vitest';
import { layoutBlocks } from '../src/core/analyse/layout.js';

const kinds = (text: string) => layoutBlocks(text).map((b) => [b.kind, text.slice(b.start, b.end)]);

describe('layout stage', () => {
  it('keeps story paragraphs and marks headings, link lines and bylines', () => {
    const text = [
      'By Ana Veldt',
      'The Veskan delegation arrived on Monday.',
      'ISLAND TALKS STALL OVER FISHING RIGHTS',
      'Read More: Veska and Ormund trade barbs',
      'Both sides said talks would resume.',
    ].join('\n\n');
    expect(kinds(text)).toEqual([
      ['byline', 'By Ana Veldt'],
      ['paragraph', 'The Veskan delegation arrived on Monday.'],
      ['heading', 'ISLAND TALKS STALL OVER FISHING RIGHTS'],
      ['link', 'Read More: Veska and Ormund trade barbs'],
      ['paragraph', 'Both sides said talks would resume.'],
    ]);
  });

  it('splits a dateline off the first paragraph, keeping offsets into the text', () => {
    const text = 'PORT ALDER, March 3 (Tidewire) - Veska said it would not sign.';
    const blocks = layoutBlocks(text);
    expect(blocks.map((b) => b.kind)).toEqual(['dateline', 'paragraph']);
    expect(text.slice(blocks[1].start, blocks[1].end)).toBe('Veska said it would not sign.');
  });

  it('splits a dateline whose dash was lost, so the place does not run into the next name', () => {
    const text = 'LUMEN, Tarsia Foreign Minister Ilse Marrow opened the talks on Monday.';
    const blocks = layoutBlocks(text);
    expect(blocks.map((b) => text.slice(b.start, b.end).trim())).toEqual([
      'LUMEN, Tarsia',
      'Foreign Minister Ilse Marrow opened the talks on Monday.',
    ]);
    // A sentence that opens with an acronym and a comma but no place after it is left alone.
    expect(layoutBlocks('NATO, in a statement, said the talks would go on.').map((b) => b.kind)).toEqual([
      'paragraph',
    ]);
  });

  it('splits a dateline that opens the paragraph after a headline', () => {
    const text =
      'Lumen talks end without a deal\n\nLUMEN, Tarsia Foreign Minister Ilse Marrow left the talks on Monday.';
    const blocks = layoutBlocks(text);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'dateline', 'paragraph']);
  });
});
