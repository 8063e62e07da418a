/**
 * Accusations whose accuser and accused are named in a phrase rather than as subject and object:
 * a blame in the passive put on a party ("blamed by Veska on Ormund"), a charge made by a party
 * ("accusations made by Veska against Ormund", "charges by Veska that it …", the pronoun standing
 * for the clause's subject), and a party "behind" a harm in another party's words.
 * Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const accusations = (text: string) => code(text).events.filter((e) => e.type === 'ACCUSE');

describe('accuser and accused named in a phrase', () => {
  it('"an explosion, blamed by Veska on Ormund, …": Veska accuses Ormund', () => {
    const [charge] = accusations(
      'An explosion at the dam, blamed by Veska on Ormund, cut power to the islands.',
    );
    expect(charge?.actors.sort()).toEqual(['ORM', 'VSK']);
    expect(charge?.source).toEqual(['VSK']);
  });

  it('"blamed on Ormund" with no agent names no accuser', () => {
    expect(
      accusations('The explosion at the dam was blamed on Ormund.').map((e) => e.source),
    ).not.toContainEqual(['VSK']);
  });

  it('"accusations made by Veska against Ormund" accuses Ormund', () => {
    const [charge] = accusations(
      'The summit followed accusations made by Veska against Ormund of arming the island militia.',
    );
    expect(charge?.actors.sort()).toEqual(['ORM', 'VSK']);
  });

  it('"charges by Veska that it arms the militia": "it" is the subject, Ormund, not the militia', () => {
    const [charge] = accusations('Ormund rejected charges by Veska that it arms the Skerry militia.');
    expect(charge?.actors.sort()).toEqual(['ORM', 'VSK']);
    expect(charge?.source).toEqual(['VSK']);
  });

  it('"Veska insists that Ormund is behind the shelling": Veska accuses Ormund', () => {
    const [charge] = accusations('Veska insists that Ormund is behind the shelling of the dam.');
    expect(charge?.actors.sort()).toEqual(['ORM', 'VSK']);
  });

  it('a party "behind the proposal" is accused of nothing', () => {
    expect(accusations('Veska said that Ormund is behind the proposal for a truce.')).toEqual([]);
  });
});
