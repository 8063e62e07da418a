/**
 * "a statement issued by his office said": the text of the office a possessive names speaks for
 * the party of the one the possessive refers back to (actors/resolve-speaker.ts
 * `officeTextSpeaker`). Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const speakers = (text: string) => code(text).statements.map((s) => `${s.speaker}: ${s.actor ?? '-'}`);

describe('a text issued by the office a possessive names', () => {
  it('"a statement issued by his office" after Anton Brisk speaks for Veska', () => {
    expect(
      speakers(
        'Anton Brisk welcomed the truce. The truce must be respected, a statement issued by his office said.',
      ),
    ).toContain('a statement issued by his office: VSK');
  });

  it('"a statement from her spokesperson" with no person before it speaks for nobody', () => {
    expect(speakers('The truce must be respected, a statement from her spokesperson said.')).toContain(
      'a statement from her spokesperson: -',
    );
  });
});
