/**
 * Speakers as wire reports name them: "He said …" after a sentence that opens with a fronted
 * adjunct ("Speaking after the talks, X gave …") stands for that sentence's subject, not for the
 * speaker before it; "one of its deputy ministers" speaks for the party the clause names.
 * Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';
import { statementsOf } from './extract.js';

const speakerOf = (text: string, words: string) => {
  const doc = code(text);
  return doc.statements.find((s) => doc.text.slice(s.content.start, s.content.end).includes(words));
};

describe('a pronoun after a fronted adjunct', () => {
  it('"Speaking after the talks, Mira Solenne gave no sign … She said she urged them …" is Solenne’s', () => {
    const s = speakerOf(
      [
        'Veskan President Anton Brisk said on Monday that the talks in Lumen had brought no results.',
        'Speaking after the talks, Tarsian envoy Mira Solenne gave no sign that the two sides had narrowed their differences. She said she urged them to take bolder steps.',
      ].join('\n\n'),
      'bolder steps',
    );
    expect(s?.speaker).toBe('Mira Solenne');
    expect(s?.actor).toBe('TRS');
  });

  it('"After meeting Kest, Solenne flew home. She said …": the subject after the adjunct, not the name inside it', () => {
    const s = speakerOf(
      [
        'Veskan President Anton Brisk said on Monday that the talks had failed.',
        'After meeting Ormundi President Davor Kest in Kessel, Tarsian envoy Mira Solenne flew back to Lumen. She said the gap was still wide.',
      ].join('\n\n'),
      'gap was still wide',
    );
    expect(s?.speaker).toBe('Mira Solenne');
  });
});

describe('a member of a body as the speaker', () => {
  it('"…, one of its deputy ministers said on Tuesday, after talks …": the clause before is the content, for the party it names', () => {
    const doc = code(
      'Ormund has decided to pull back its forces from the islands, one of its deputy defence ministers said on Tuesday, after talks with Veskan negotiators in Lumen.',
    );
    const [s] = doc.statements;
    expect(doc.text.slice(s.content.start, s.content.end)).toBe(
      'Ormund has decided to pull back its forces from the islands',
    );
    expect(s.speaker).toBe('one of its deputy defence ministers');
    expect(s.actor).toBe('ORM');
  });
});

describe('a member of a body named by its possessive', () => {
  it('"One of its negotiators said …" speaks for the party "its" refers back to', () => {
    const doc = code(
      'Ormund sent a delegation to the talks on Monday. One of its negotiators said the talks were useful.',
    );
    const s = doc.statements.find((x) => doc.text.slice(x.content.start, x.content.end).includes('useful'));
    expect(s?.actor).toBe('ORM');
  });
});

describe('"According to X, during the meeting, Y stressed …": the outlet relays Y', () => {
  it('gives no statement to the outlet for the circumstance before the speaker', () => {
    const s = statementsOf(
      'According to the Ormundi news agency, during the meeting, the envoy stressed that the islands must be returned.',
    );
    expect(s.map((x) => x.content)).toEqual(['the islands must be returned']);
  });
  it('keeps the outlet as speaker when the clause after the circumstance is not speech', () => {
    const s = statementsOf('According to the Ormundi news agency, during the meeting, the envoy walked out.');
    expect(s.map((x) => x.said)).toEqual(['the Ormundi news agency']);
  });
});
