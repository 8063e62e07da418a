/**
 * Talks held "in the X format" are held by the format's members, as "X talks" are. Sentences are
 * written for the tests, about an invented format of the invented world.
 */
import { describe, expect, it } from 'vitest';
import { CodebookSchema, mergeCodebooks } from '../../src/core/codebook/codebook.js';
import { createDocument } from '../../src/core/pipeline.js';
import { defaultPipeline } from '../../src/core/stages.js';
import { worldCodebook } from '../positions/world.js';

const pipeline = defaultPipeline(
  mergeCodebooks(
    worldCodebook,
    CodebookSchema.parse({
      actors: [
        {
          code: 'AF3',
          kind: 'collective',
          name: 'Alder format',
          aliases: ['Alder format', '3+1 format'],
          members: ['VSK', 'ORM', 'TRS'],
        },
      ],
    }),
  ),
);

const meetings = (text: string) =>
  pipeline.run(createDocument(text, { date: '2026-06-16' })).events.filter((e) => e.type === 'CONSULT');

describe('talks in a named format', () => {
  it('"another round of talks in the 3+1 format" is held by its members, when it is planned', () => {
    const [round] = meetings(
      'Another round of talks in the 3+1 format is due to take place in Lumen on July 3.',
    );
    expect(round?.actors.sort()).toEqual(['ORM', 'TRS', 'VSK']);
    expect(round?.date).toBe('2026-07-03');
  });
  it('"a meeting within the Alder format" is held by its members', () => {
    const [meeting] = meetings('A meeting within the Alder format will take place in Lumen next week.');
    expect(meeting?.actors.sort()).toEqual(['ORM', 'TRS', 'VSK']);
  });
  it('a format named after another word ("talks in the capital") adds nobody', () => {
    expect(meetings('Talks in the Alder Palace will take place next week.')).toEqual([]);
  });
});
