/**
 * "a Veskan official said …, another official said …, the first official said …, the source said":
 * an unnamed source named again by an ordinal, or by the generic "the source", is the source the
 * story introduced, with its party. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const speakers = (text: string) => code(text).statements.map((s) => [s.speaker, s.actor ?? null]);

const TWO_SOURCES =
  'A Veskan official familiar with the talks said the Tarsian envoy brought the offer on Friday.\n\n' +
  'An Ormundi official said Kessel would study the offer.\n\n';

describe('an unnamed source named again', () => {
  it('by an ordinal is the source introduced in that place', () => {
    expect(
      speakers(`${TWO_SOURCES}Port Alder expects to answer by Monday, the first official said.`).at(-1),
    ).toEqual(['A Veskan official familiar with the talks', 'VSK']);
    expect(speakers(`${TWO_SOURCES}Kessel needs a week, the second official said.`).at(-1)).toEqual([
      'An Ormundi official',
      'ORM',
    ]);
  });

  it('as "the source" is the unnamed source told last, whatever its head noun', () => {
    expect(
      speakers(
        'Talks on the harbour resumed on Monday, a Veskan official familiar with the talks said.\n\n' +
          '"We are close," the source said.',
      ).at(-1),
    ).toEqual(['a Veskan official familiar with the talks', 'VSK']);
  });

  it('as "the sources" does not take a single official for a group', () => {
    const last = speakers(
      'Talks on the harbour resumed on Monday, a Veskan official familiar with the talks said.\n\n' +
        'The talks may last a week, the sources said.',
    ).at(-1);
    expect(last?.[1]).toBeNull();
  });
});
