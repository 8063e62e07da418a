/**
 * "Silvestre Bello III … Bello said": a generational suffix (Jr, III) is no family name, so the bare
 * family name finds the person the codebook lists with the suffix (persons.ts `surnameKey`).
 * A person invented for the test.
 */
import { describe, expect, it } from 'vitest';
import { surnameKey } from '../../src/core/code/persons.js';
import { createDocument } from '../../src/core/pipeline.js';
import { defaultPipeline } from '../../src/core/stages.js';
import { worldCodebook } from './helpers.js';

describe('a name with a generational suffix', () => {
  it('has the word before the suffix as its family name', () => {
    expect(surnameKey('Tomas Verin III')).toBe('verin');
    expect(surnameKey('Anna Verin')).toBe('verin');
  });

  it('a bare family name later in the story finds the person and their party', () => {
    const book = worldCodebook();
    const pipeline = defaultPipeline({
      ...book,
      persons: [
        ...book.persons,
        {
          id: 'tomas-verin-iii',
          name: 'Tomas Verin III',
          aliases: [],
          roles: [{ title: 'Labour Minister', actor: 'VSK' }],
        },
      ],
    });
    const doc = pipeline.run(
      createDocument('The talks resumed in Lumen on Monday. "We are close," Verin told reporters.', {
        date: '2026-04-10',
      }),
    );
    expect(doc.statements.map((s) => [s.speaker, s.actor])).toEqual([['Verin', 'VSK']]);
  });
});
