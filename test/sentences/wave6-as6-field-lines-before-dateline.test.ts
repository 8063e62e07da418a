/**
 * A page's fields before the story ("ID :", a number, a time, "Author :") are no paragraphs of it:
 * the dateline still opens the story's first paragraph under the headline, and is not read as the
 * words of the parties that the lead says agreed. Texts are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { layoutBlocks } from '../../src/core/analyse/layout.js';
import { code } from '../positions/world.js';

const PAGE =
  'ID :\n4471\nMon, 06/15/2026 - 09:10\nAuthor :\n\nVeska, Ormund agree to turn old front into parks\n\n' +
  'LUMEN, June 15 (Harbour News) - Veska and Ormund have agreed on turning the old front line into parks.';

describe('field lines before a dateline', () => {
  it('finds the dateline after the fields and the headline', () => {
    const blocks = layoutBlocks(PAGE);
    const dateline = blocks.find((b) => b.kind === 'dateline');
    expect(dateline && PAGE.slice(dateline.start, dateline.end).trim()).toBe(
      'LUMEN, June 15 (Harbour News) -',
    );
  });

  it('reads no statement whose words are the dateline', () => {
    expect(code(PAGE, '2026-06-15').statements).toHaveLength(0);
  });

  it('still counts a prose first line as the first paragraph', () => {
    const text =
      'Talks resumed today.\n\nSecond line here.\n\nLUMEN, June 15 (Harbour News) - Veska and Ormund met.';
    expect(layoutBlocks(text).some((b) => b.kind === 'dateline')).toBe(false);
  });
});
