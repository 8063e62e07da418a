/**
 * "The foreign ministers of Veska, Ormund and Tarsia met … (paragraphs on) the three ministers
 * agreed": a numbered group of persons stands for the one list of as many parties the story gave
 * as those persons' parties, even when a person of one party is named in between. Sentences
 * written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { holdersOn } from '../positions/world.js';

const lede =
  'The foreign ministers of Veska, Ormund and Tarsia met in Lumen on Monday for talks on the islands.';
const between =
  'Veskan Foreign Minister Ilse Marrow had called the meeting after a week of clashes.\n\nShe warned that the situation could get out of control.';

describe('a numbered group of ministers named paragraphs after their parties', () => {
  it('stands for the parties whose ministers the story listed', () => {
    expect(
      holdersOn(
        `${lede}\n\n${between}\n\nThe three ministers agreed that all prisoners should be released.`,
        'prisoners',
      ),
    ).toEqual(['ORM', 'TRS', 'VSK']);
  });

  it('stays unresolved where the story listed two sets of as many parties', () => {
    const other =
      'The defence ministers of Veska, Ormund and the Skerry Islanders’ Assembly met a week earlier.';
    expect(
      holdersOn(
        `${lede}\n\n${other}\n\n${between}\n\nThe three ministers agreed that all prisoners should be released.`,
        'prisoners',
      ),
    ).not.toEqual(['ORM', 'TRS', 'VSK']);
  });
});
