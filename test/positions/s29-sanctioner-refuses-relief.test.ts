/**
 * A party that puts sanctions on another refuses their relief, however the sanction is told
 * ("Tarsia's tightening of sanctions on Ormund", "Tarsia issued new sanctions on Ormund"); a
 * sanction told as the background of another act ("after Tarsia imposed sanctions") and ties cut
 * ("severed ties") say nothing of it. Texts are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from './world.js';

const relief = (text: string) =>
  code(text, '2031-05-07')
    .positions.filter((p) => p.issue === 'sanctions_relief')
    .map((p) => `${p.actor} ${p.stance}`);

describe('the one who sanctions', () => {
  it.each([
    "Tarsia's tightening of sanctions on Ormund has hurt its oil industry.",
    'Tarsia issued new sanctions on Ormund at the end of last week.',
    'Tarsia on Friday restored harsh sanctions on Ormund.',
  ])('%s: Tarsia refuses relief', (text) => {
    expect(relief(text)).toEqual(['TRS reject']);
  });

  it('says nothing of its stance when the sanction is the background of another act', () => {
    expect(
      relief(
        'Ormund sought talks with Veska, after Tarsia imposed waves of sanctions on Ormund over the war.',
      ),
    ).not.toContain('TRS reject');
  });

  it('is no refusal of relief where the sentence tells the sanctions lifted', () => {
    expect(
      relief('Ormund demands that the sanctions imposed by Tarsia and Veska on its officials be lifted.'),
    ).not.toContain('TRS reject');
  });

  it('is no refusal of relief when ties are cut', () => {
    expect(relief('Tarsia severed diplomatic ties with Ormund on Monday.')).toEqual([]);
  });
});
