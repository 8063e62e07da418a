import { describe, expect, it } from 'vitest';
import { resolveTimexes } from '../../src/core/code/dates.js';

const resolve = (text: string, reference: string) =>
  resolveTimexes(text, 0, text.length, reference).map((t) => t.value);

describe('a meeting told as the one before lies behind the story, however far its verb', () => {
  it('"the last meeting … on Dec. 9" in a July story is the December before', () => {
    expect(
      resolve(
        'The envoys have met often since the last meeting between the two rulers on Dec. 9 in Lumen.',
        '2020-07-31',
      ),
    ).toEqual(['2019-12-09']);
    expect(resolve('Veska walked out of the previous round of talks on November 20.', '2021-03-02')).toEqual([
      '2020-11-20',
    ]);
  });

  it('a meeting ahead in a plan keeps the year of the story', () => {
    expect(resolve('The rulers will hold their next meeting on Dec. 9 in Lumen.', '2020-07-31')).toEqual([
      '2020-12-09',
    ]);
  });
});
