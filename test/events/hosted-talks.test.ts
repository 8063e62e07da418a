/**
 * A host of talks holds one meeting with the talks it hosts, where a host of a person is a visit.
 * Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const meetings = (text: string) => code(text, '2026-06-16').events.filter((e) => e.type === 'CONSULT');

describe('a host of talks', () => {
  it('"Tarsia will host talks between Veska and Ormund next week" is one planned meeting of the three', () => {
    const got = meetings('Tarsia will host talks between Veska and Ormund next week.');
    expect(got.map((e) => [[...e.actors].sort(), e.status])).toEqual([[['ORM', 'TRS', 'VSK'], 'planned']]);
  });
});
