/**
 * "The Highland Liberation Front held talks with Ormund on a possible ceasefire": the party named
 * after "with" sits at the table with the subject, and both are open on the talks' topic (codebook
 * `stance_joint_open`, positions.ts). In a party's own statement ("said it agreed to hold talks
 * with Ormund on …") only the speaker's stance is told. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('talks held with a partner on an issue', () => {
  it('the subject and the partner after "with" are both open on the topic', () => {
    expect(
      stances(code('Highland Liberation Front officials held talks with Ormund on a possible ceasefire.')),
    ).toEqual(expect.arrayContaining(['HLF ceasefire open', 'ORM ceasefire open']));
  });

  it('negotiating with a partner on the topic reads the same', () => {
    expect(stances(code('Veska had been negotiating with Ormund on a possible ceasefire.'))).toEqual(
      expect.arrayContaining(['VSK ceasefire open', 'ORM ceasefire open']),
    );
  });

  it('a speaker who agreed to talks with a partner tells no stance of the partner', () => {
    expect(
      stances(code('Veska said on Tuesday it agreed to hold more talks with Ormund on ending the war.')),
    ).not.toContain('ORM ceasefire open');
  });
});
