/**
 * A deal participle that opens the document ("Signed in Kessel on Monday, the accord …") has no
 * token before it: the pipeline reads the article instead of failing on it. Sentences are written
 * for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

describe('a deal participle that opens the text', () => {
  it('reads an article whose first word is "Signed"', () => {
    const doc = code(
      'Signed in Kessel on Monday, the accord ends the war. Veska and Ormund said they would honour it.',
      '2026-06-17',
    );
    expect(doc.statements.length).toBeGreaterThan(0);
  });

  it('still reads a deal signed between two parties further on', () => {
    const doc = code('The accord was signed between Veska and Ormund in Kessel on Monday.', '2026-06-17');
    expect(
      doc.events.some((e) => e.type === 'AGREE' && e.actors.includes('VSK') && e.actors.includes('ORM')),
    ).toBe(true);
  });
});
