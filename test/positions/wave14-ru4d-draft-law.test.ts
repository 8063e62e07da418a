/**
 * "Veska demands that Ormund withdraw the draft law on the transition period": "draft" there only
 * modifies the law's noun; it names no plan told before, so the demand takes no issue from the
 * story's truce. "the draft" on its own still refers back to the plan. Sentences written for the
 * tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

const TRUCE_BEFORE = 'The Veskan ministry blamed Ormund for violating the ceasefire. ';

describe('a plan noun that modifies a law names no plan told before', () => {
  it('reads no stance on the truce from a demand to withdraw a draft law', () => {
    const doc = code(
      `${TRUCE_BEFORE}In addition, Veska demands that Ormund withdraw the draft law on the transition period.`,
    );
    expect(stances(doc).filter((s) => s.endsWith('ceasefire accept'))).toEqual([]);
  });

  it('reads no stance on the truce from a call to withdraw a draft bill', () => {
    const doc = code(
      `${TRUCE_BEFORE}Veska also urged Ormund to withdraw the draft bill on local government.`,
    );
    expect(stances(doc).filter((s) => s.endsWith('ceasefire accept'))).toEqual([]);
  });

  it('still reads "the draft" alone as the plan told before', () => {
    const doc = code(
      'Tarsia presented a draft for a ceasefire along the river. Ormund accepted the draft on Monday.',
    );
    expect(stances(doc)).toContain('ORM ceasefire accept');
  });
});
