/**
 * A party's act named with a word of bad faith or wrongdoing ("described Ormund's ceasefire
 * announcement as an ultimatum", "called the Ormundi offer hypocrisy", "dismissed Kest's call as
 * a cynical trap") accuses the party; an act named with praise accuses no one. Sentences written
 * for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const accusations = (text: string) =>
  code(text)
    .events.filter((e) => e.type === 'ACCUSE')
    .map((e) => ({ source: e.source, target: e.target }));

describe('an act named with a word of bad faith', () => {
  it('"described Ormund’s ceasefire announcement on Friday as an ultimatum" accuses Ormund', () => {
    expect(
      accusations(
        'Veska described Ormund’s ceasefire announcement on Friday as an ultimatum to the islanders.',
      ),
    ).toEqual([{ source: ['VSK'], target: ['ORM'] }]);
  });

  it('"called the Ormundi announcement hypocrisy" accuses Ormund', () => {
    expect(accusations('A Veskan adviser called the Ormundi announcement of a truce "hypocrisy".')).toEqual([
      { source: ['VSK'], target: ['ORM'] },
    ]);
  });

  it('"called Ormund’s offer a real step forward" accuses nobody', () => {
    expect(accusations('Veska called Ormund’s offer a real step forward.')).toEqual([]);
  });
});
