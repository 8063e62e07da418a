/**
 * A text a person's possessive owns ("Marrow’s statement"), or one that comes on or through that
 * person's own channel ("a statement on her website", "a statement from his spokesman"), is that
 * person's word; a state's statement stays the state's. Texts are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from '../positions/world.js';

const statements = (text: string) => {
  const doc = code(`date 2031-05-07\n\n${text}`);
  return doc.statements.map(
    (s) =>
      `${s.speaker} | ${[s.actor ?? '-'].flat().join(',')} | ${doc.text.slice(s.content.start, s.content.end)}`,
  );
};

describe('a text of a person', () => {
  it('on her website is hers', () => {
    expect(
      statements(
        'Veskan President Ida Marrow arrived in the capital on Monday. A statement on her website said the talks had stalled.',
      ),
    ).toEqual(['Ida Marrow | VSK | the talks had stalled']);
  });

  it('from his spokesman is his', () => {
    expect(
      statements(
        'Ormundi President Karl Besk met the envoy on Monday. A statement from his spokesman said the ceasefire would hold.',
      ),
    ).toEqual(['Karl Besk | ORM | the ceasefire would hold']);
  });

  it('that a name’s possessive owns is that person’s', () => {
    expect(
      statements(
        'Veskan President Ida Marrow spoke to Karl Besk. Marrow’s statement said the talks had stalled.',
      ),
    ).toEqual(['Ida Marrow | VSK | the talks had stalled']);
  });

  it('of a state stays the state’s', () => {
    expect(statements('Veska’s statement said the talks had stalled.')).toEqual([
      'Veska’s statement | VSK | the talks had stalled',
    ]);
  });
});
