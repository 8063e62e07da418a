/**
 * "Trask said: “We have settled it,” adding that a truce would begin …": the comma that ends a
 * quotation sits inside its closing mark, and the participle after it still opens a statement of
 * the frame's speaker. After a quoted phrase (not a clause), only a that-clause is said. Sentences
 * written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract.js';

const said = (text: string) => statementsOf(text).map((s) => [s.speaker, s.content]);

describe('a participle cue after a closing quotation mark', () => {
  it('gives the added clause to the speaker of the quotation', () => {
    expect(
      said(
        'Speaking in Kessel, Premier Olan Trask said: "We have settled the main questions," adding that a truce would begin at midnight on Friday.',
      ),
    ).toContainEqual(['Olan Trask', 'a truce would begin at midnight on Friday']);
  });

  it('reads an added quotation after a reported one', () => {
    const got = said(
      'Talks chief Dara Quell noted, "this is not the end of the matter," adding that "the points we agreed will become part of the wider deal."',
    );
    expect(got).toHaveLength(2);
    expect(got[1][0]).toBe('Dara Quell');
    expect(got[1][1]).toContain('the points we agreed will become part of the wider deal');
  });

  it('reads a that-clause added after a quoted phrase', () => {
    expect(
      said(
        'The Ormundi ministry called the offer "cynical and hollow," adding that the talks would resume in June.',
      ),
    ).toContainEqual(['The Ormundi ministry', 'the talks would resume in June']);
  });

  it('leaves a participle and its object after a quoted phrase to the reporter', () => {
    const got = said(
      'Trask called the rebel terms "absurd," restating his commitment to a full withdrawal of the brigades.',
    );
    expect(got.map((s) => s[1])).not.toContain('his commitment to a full withdrawal of the brigades');
  });
});
