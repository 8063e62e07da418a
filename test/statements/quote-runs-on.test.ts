/**
 * A quotation that opens inside a reported statement and runs on past its sentence goes on in the
 * same speaker's voice, one direct statement per further sentence; and a paragraph that opens with
 * a list's bullet and then a quote continues the statement before it, as a paragraph opening with
 * the quote does. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract.js';

describe('a quotation that runs on past the reported sentence', () => {
  it('gives each further quoted sentence to the same speaker, as direct speech', () => {
    const got = statementsOf(
      'A Veskan spokesperson said on Friday that it is "clear that gaps remain. The Ormundi reply did not close them. We are not there yet."',
    );
    expect(got.map((s) => [s.speaker, s.content, s.direct])).toEqual([
      ['A Veskan spokesperson', 'it is "clear that gaps remain', false],
      ['A Veskan spokesperson', 'The Ormundi reply did not close them.', true],
      ['A Veskan spokesperson', 'We are not there yet.', true],
    ]);
    expect(got[1].rule).toBe('statement.quote.runs-on');
  });

  it('adds nothing when the quotation closes inside its sentence', () => {
    const got = statementsOf('Ilse Marrow said the reply was "not constructive" and left for Kessel.');
    expect(got).toHaveLength(1);
  });
});

describe('a quote after a list bullet', () => {
  it('continues the statement of the paragraph before', () => {
    const got = statementsOf(
      'A senior Ormundi official said the reply reopened old disputes.\n\n- "The reply was totally unreasonable. It reopens the mediator\'s text."',
    );
    expect(got.map((s) => [s.speaker, s.content])).toEqual([
      ['A senior Ormundi official', 'the reply reopened old disputes'],
      ['A senior Ormundi official', 'The reply was totally unreasonable.'],
      ['A senior Ormundi official', "It reopens the mediator's text."],
    ]);
  });
});
