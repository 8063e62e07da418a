/**
 * An outlet named after its noun ("the state news agency Tarsa", "the Kestrel Online website")
 * that passes on what a named person said is no speaker of its own: the person speaks. Texts are
 * written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const speakers = (text: string) => code(`date 2031-05-07\n\n${text}`).statements.map((s) => s.speaker);

describe('an outlet named after its noun that relays a named speaker', () => {
  it('gives way to the speaker when the outlet is a news agency with its name', () => {
    expect(
      speakers(
        'Foreign Minister Ida Marrow announced that the talks would resume, according to the state news agency Tarsa.',
      ),
    ).toEqual(['Ida Marrow']);
  });

  it('gives way to the speaker when the outlet is a website', () => {
    expect(
      speakers(
        'Foreign Minister Ida Marrow announced that the talks would resume, according to the Kestrel Online website.',
      ),
    ).toEqual(['Ida Marrow']);
  });

  it('gives way to the speaker when the outlet is one the codebook knows by name', () => {
    expect(
      speakers(
        'Foreign Minister Ida Marrow announced that the talks would resume, according to Ahram Online.',
      ),
    ).toEqual(['Ida Marrow']);
  });

  it('still speaks when it reports in its own name', () => {
    expect(speakers('The state news agency Tarsa said the talks would resume.')).toHaveLength(1);
  });
});
