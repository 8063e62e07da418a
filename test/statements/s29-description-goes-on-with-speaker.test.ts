/**
 * A definite description that names no office ("the official", "the veteran diplomat" where no
 * one is titled so) goes on with the named person who spoke just before it, as news writes; not
 * when another person is named between, nor for an office's title. Texts are written for the tests.
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

describe('a description that goes on with the last speaker', () => {
  it('is the named person who spoke just before', () => {
    expect(
      statements(
        'Veskan envoy Ida Marrow said the talks had stalled.\n\n"We will not give up," the official said.',
      ),
    ).toEqual(['Ida Marrow | VSK | the talks had stalled', 'Ida Marrow | VSK | We will not give up,']);
  });

  it('keeps the party the description names when it is the speaker’s', () => {
    expect(
      statements(
        'Ormundi negotiator Karl Besk said the ceasefire would hold. "We are ready to sign," the Ormundi official added.',
      ),
    ).toEqual(['Karl Besk | ORM | the ceasefire would hold', 'Karl Besk | ORM | We are ready to sign,']);
  });

  it('is no one when another person is named between', () => {
    expect(
      statements(
        'Veskan envoy Ida Marrow said the talks had stalled. Ormundi negotiator Karl Besk met Tarsian envoy Leo Hart. "We will not give up," the official said.',
      ),
    ).toEqual(['Ida Marrow | VSK | the talks had stalled', 'the official | - | We will not give up,']);
  });

  it('is no one when the description is of another party', () => {
    expect(
      statements(
        'Veskan envoy Ida Marrow said the talks had stalled. "We will not give up," the Ormundi official said.',
      ),
    ).toEqual([
      'Ida Marrow | VSK | the talks had stalled',
      'the Ormundi official | ORM | We will not give up,',
    ]);
  });
});
