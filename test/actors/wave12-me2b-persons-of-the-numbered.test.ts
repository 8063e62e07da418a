/**
 * "the leaders of the three countries said", "senior envoys from the three countries will …":
 * persons who belong to the numbered parties are those parties named before, unlike the parties
 * a clause addresses ("talks between the two countries"). Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const speakerActor = (text: string, content: string) => {
  const doc = code(text);
  return doc.statements.find((s) => doc.text.slice(s.content.start, s.content.end).includes(content))?.actor;
};

const story =
  'Veska, Ormund and Tarsia closed a round of talks in Lumen on Friday. ' +
  'Technical teams from Veska, Ormund and Tarsia will meet next week. ' +
  'The ministers said the round was useful. ';

describe('persons of the numbered parties', () => {
  it('reads "the leaders of the three countries" as the three named before', () => {
    const actor = speakerActor(
      `${story}Last month, the leaders of the three countries had said: "The time for delay is over."`,
      'The time for delay is over',
    );
    expect([...(Array.isArray(actor) ? actor : [actor])].sort()).toEqual(['ORM', 'TRS', 'VSK']);
  });

  it('reads "officials from the three countries" the same way', () => {
    const actor = speakerActor(
      `${story}Officials from the three countries said the next round would open in June.`,
      'the next round would open in June',
    );
    expect([...(Array.isArray(actor) ? actor : [actor])].sort()).toEqual(['ORM', 'TRS', 'VSK']);
  });
});
