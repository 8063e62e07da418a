/**
 * "…, according to the statement" after the story has named a joint statement: the text named
 * before speaks (for its issuers), not the party its sentence opens with; a bare "a statement"
 * still gives the words to that party. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract.js';

describe('"according to the statement" after a statement named before', () => {
  it('is the statement’s, whose issuers are the parties that issued it', () => {
    const s = statementsOf(
      'Veska and Ormund said in a joint statement on Thursday that talks would go on. Ormund will free 30 fishermen, according to the statement.',
    ).at(-1);
    expect(s?.speaker).toMatch(/statement$/);
    expect([...((s?.actor as string[]) ?? [])].sort()).toEqual(['ORM', 'VSK']);
  });

  it('a bare "a statement" still gives the words to the party the sentence opens with', () => {
    const s = statementsOf('Ormund welcomed the truce, according to a statement carried by state media.').at(
      -1,
    );
    expect(s?.speaker).toBe('Ormund');
  });
});
