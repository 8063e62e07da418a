/**
 * "Veska freed the journalist and two others in exchange for four people held in Ormund": what is
 * freed in a trade is a captive (prisoners). And a deal named only after "linked to" ("a swap
 * linked to the implementation of the truce deal between Veska and Tarsia") is referred to: what
 * the sentence tells before the link is none of its content, nor its parties' stance. Sentences
 * written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('a release traded for something', () => {
  it('reads prisoners in a release "in exchange for" others', () => {
    const doc = code(
      'Veska freed the journalist Anna Berg and two other citizens on Friday in exchange for four people held in Ormund.',
    );
    expect(stances(doc)).toContain('VSK prisoners accept');
  });
});

describe('a deal named after "linked to"', () => {
  it('gives the deal’s parties no stance on the swap told before the link', () => {
    const doc = code(
      'Veska freed three Ormundi sailors on Friday in exchange for two Veskan pilots, a swap linked to the implementation of the truce deal between Ormund and Tarsia.',
    );
    expect(stances(doc)).not.toContain('TRS prisoners accept');
  });
});
