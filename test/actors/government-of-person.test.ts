/**
 * "the Government of Davor Kest", "the government of President Anton Brisk": a government named by
 * its leader after "of" is the leader's state. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const governments = (text: string) =>
  code(text)
    .mentions.filter((m) => m.provenance.rule === 'actors.government.of-person')
    .map((m) => m.actor);

describe('a government named by its leader after "of"', () => {
  it('is the leader’s state', () => {
    expect(governments('The Government of Davor Kest and the rebels resumed talks in Lumen.')).toEqual([
      'ORM',
    ]);
    expect(governments('The government of President Anton Brisk said it wanted a truce.')).toEqual(['VSK']);
  });

  it('speaks for that state', () => {
    const doc = code('The government of President Anton Brisk said it wanted a truce.');
    expect(doc.statements.map((s) => s.actor)).toContain('VSK');
  });
});
