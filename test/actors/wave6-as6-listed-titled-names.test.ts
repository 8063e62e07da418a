/**
 * "Deputy Prime Ministers of Veska Ida Vell, Ormund Karl Demm and Tarsia Oskar Lind": a title
 * opens a list whose items are each a state and then its person's name. Every state of the list
 * is a party (not only the first, after "of"), so that "the three parties" later counts them all.
 * Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';
import { read } from './helpers.js';

const LIST =
  'Deputy Prime Ministers of Veska Ida Vell, Ormund Karl Demm and Tarsia Oskar Lind did not announce any agreements.';

const states = (text: string) => {
  const { doc } = read(text);
  return doc.mentions.filter((m) => m.kind === 'state').map((m) => m.actor);
};

describe('a titled list of states, each before its person', () => {
  it('reads every state of the list as a party', () => {
    expect(states(LIST)).toEqual(['VSK', 'ORM', 'TRS']);
  });

  it('gives "the three parties" after it all three', () => {
    const doc = code(`${LIST} A statement said the three parties agreed to meet again soon.`);
    const agree = doc.events.find((e) => e.type === 'AGREE');
    expect(agree?.actors.slice().sort()).toEqual(['ORM', 'TRS', 'VSK']);
  });

  it('keeps the first person of the list a person of the first state', () => {
    const { doc } = read(LIST);
    const vell = doc.mentions.find((m) => doc.norm.slice(m.start, m.end) === 'Ida Vell');
    expect(vell).toMatchObject({ kind: 'person', actor: 'VSK' });
  });
});
