/**
 * "The Veskan Foreign Ministry says … 'We are ready,' the spokesperson said": a spokesperson
 * named bare, with no earlier speaker of that title, speaks for the body that spoke last before it
 * (codebook `spokesperson_titles`, `speaking_body_heads`; actors/resolve-speaker.ts
 * `definiteTitleSpeaker`). Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const speakers = (text: string) => code(text).statements.map((s) => `${s.speaker} ${s.actor ?? '-'}`);

describe('a bare spokesperson speaks for the body that spoke before', () => {
  it('"the spokesperson said" after the Veskan Foreign Ministry spoke is Veska\'s', () => {
    expect(
      speakers(
        'The Veskan Foreign Ministry says Ormund called off the meeting.\n\n"We are ready to meet again at the earliest date," the spokesperson said.',
      ),
    ).toContain('the spokesperson VSK');
  });

  it('"a spokesman said" after the Ormundi Defence Ministry spoke is Ormund\'s', () => {
    expect(
      speakers(
        'The Ormundi Defence Ministry says its troops have left the border.\n\nThe withdrawal was finished on Monday, a spokesman said.',
      ),
    ).toContain('a spokesman ORM');
  });

  it('a spokesperson with no body speaking before has no party', () => {
    expect(speakers('"We are ready to meet again at the earliest date," the spokesperson said.')).toContain(
      'the spokesperson -',
    );
  });
});
