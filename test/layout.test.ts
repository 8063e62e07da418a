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
});
