/**
 * "said this calendar takes effect in January", "said this would work": a "this" after the cue is
 * a time word's only before a word of time ("said this week the talks …"); before anything else it
 * opens what was said (statements-phrases.ts `skipToContent`). Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract.js';

const contents = (text: string) => statementsOf(text).map((s) => s.content);

describe('"this" right after the cue', () => {
  it('opens the content before a noun or a verb', () => {
    expect(contents('Vell said this calendar takes effect in January.')).toEqual([
      'this calendar takes effect in January',
    ]);
    expect(contents('Vell said this would work.')).toEqual(['this would work']);
  });

  it('is a time before a word of time', () => {
    expect(contents('Vell said this week the talks would resume.')).toEqual(['the talks would resume']);
  });
});

describe('a setting of the speech after ", during"', () => {
  it('ends the content: "…, during the closing ceremony of the mission"', () => {
    expect(
      contents(
        'Vell said the calendar takes effect on January 1, during the closing ceremony of the mission.',
      ),
    ).toEqual(['the calendar takes effect on January 1']);
  });

  it('leaves a "during" of the content itself', () => {
    expect(contents('Vell said the truce was broken twice, during the night and at dawn.')).toEqual([
      'the truce was broken twice, during the night and at dawn',
    ]);
  });
});
