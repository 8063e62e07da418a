import { describe, expect, it } from 'vitest';
import { resolveTimexes } from '../../src/core/code/dates.js';
import { code } from '../positions/world.js';

const resolve = (text: string, reference: string) =>
  resolveTimexes(text, 0, text.length, reference).map((t) => [text.slice(t.start, t.end), t.value]);

describe('a month followed by "last year" or "of next year" is that month of that year', () => {
  it('keeps the month and takes the year the words name', () => {
    expect(
      resolve('In November of last year, envoys of Veska and Ormund met in Lumen.', '2023-06-01'),
    ).toEqual([['November of last year', '2022-11']]);
    // A month before the story's own would otherwise stay in the story's year.
    expect(resolve('The envoys met in Lumen in March last year.', '2023-06-01')).toEqual([
      ['March last year', '2022-03'],
    ]);
    expect(resolve('The rulers will meet on March 3 next year.', '2023-06-01')).toEqual([
      ['March 3 next year', '2024-03-03'],
    ]);
  });

  it('a year alone, or a month told apart from the year words, is unchanged', () => {
    expect(resolve('The envoys met in Lumen last year.', '2023-06-01')).toEqual([['last year', '2022']]);
    expect(resolve('Talks failed in November; last year was worse.', '2023-06-01').map((t) => t[1])).toEqual([
      '2022-11',
      '2022',
    ]);
  });

  it('dates the meeting at the month', () => {
    const doc = code(
      'In November of last year, representatives of Veska and Ormund met in Lumen to discuss a prisoner exchange.',
      '2023-06-01',
    );
    const meeting = doc.events.find((e) => e.type === 'CONSULT');
    expect(meeting?.date).toBe('2022-11');
  });
});
