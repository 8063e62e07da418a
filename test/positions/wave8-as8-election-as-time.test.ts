/**
 * A vote after a preposition of time dates what is said ("a deal before the 2027 parliamentary
 * election"); it is no stance on holding elections. A vote called for stays one. Sentences are
 * written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

const onElections = (text: string) =>
  stances(code(text, '2026-06-17')).filter((s) => s.includes('elections'));

describe('an election told as a time', () => {
  it('reads "an agreement before the November 2027 parliamentary election" as no stance on elections', () => {
    expect(
      onElections(
        'Veska and Ormund are expected to sign an agreement covering fisheries before the November 2027 parliamentary election.',
      ),
    ).toEqual([]);
  });

  it('reads "after the elections" as no stance on elections', () => {
    expect(onElections('Ormund signed the accord after the elections.')).toEqual([]);
  });

  it('keeps elections called for', () => {
    expect(onElections("The Skerry Islanders' Assembly demanded early elections in Ormund.")).not.toEqual([]);
  });
});
