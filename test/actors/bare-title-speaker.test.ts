/**
 * A bare title that speaks ("the PM said", "the special envoy said") refers back to the one person
 * the story has named with a title of that head; with two such persons it stays the text's words.
 * Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { read, speaker } from './helpers.js';

describe('a bare title before a speech verb', () => {
  it('"the PM said" is the one prime minister named before', () => {
    const r = read(
      'Veskan Prime Minister Ilse Marrow left Lumen on Saturday after the summit. Calling it a memorable trip, the PM said the talks had gone well.',
    );
    expect(speaker(r, 'the PM')).toMatchObject({ name: 'Ilse Marrow', actor: 'VSK' });
  });

  it('with two prime ministers named, "the prime minister" is nobody in particular', () => {
    const r = read(
      'Veskan Prime Minister Ilse Marrow met Ormundi Prime Minister Oskar Fenn in Lumen. The prime minister said the talks had gone well.',
    );
    expect(speaker(r, 'The prime minister').name).not.toBe('Ilse Marrow');
    expect(speaker(r, 'The prime minister').name).not.toBe('Oskar Fenn');
  });
});
