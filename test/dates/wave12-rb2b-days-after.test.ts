/**
 * "Veska and Ormund swapped prisoners on Friday, two days after Ormund accused Veska of …": the
 * clause counted from the date told is that many days earlier, not the day of the date. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

// 2026-06-19 is a Friday.
const accusations = (text: string) =>
  code(text, '2026-06-19')
    .events.filter((e) => e.type === 'ACCUSE')
    .map((e) => e.date?.value ?? e.date);

describe('a clause counted in days from a date', () => {
  it('dates an accusation two days before the day told', () => {
    expect(
      accusations(
        'Veska and Ormund exchanged 40 prisoners on Friday, two days after Ormund accused Veska of shelling the port.',
      ),
    ).toEqual(['2026-06-17']);
  });

  it('counts written numbers of days too', () => {
    expect(
      accusations(
        'Veska and Ormund exchanged 40 prisoners on Friday, 3 days after Ormund accused Veska of shelling the port.',
      ),
    ).toEqual(['2026-06-16']);
  });
});
