/**
 * An object that comes with another ("a halt in the fighting, accompanied by some withdrawals")
 * is governed by the same stance cue. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('objects joined as companions', () => {
  it('reads the cue over "X, coupled with Y"', () => {
    const found = stances(
      code(
        'Veska agreed to a halt in the fighting, coupled with the release of prisoners held on the islands.',
      ),
    );
    expect(found).toEqual(expect.arrayContaining(['VSK ceasefire accept', 'VSK prisoners accept']));
  });

  it('reads the cue over "X, accompanied by some Y"', () => {
    const found = stances(code('Ormund proposed a truce, accompanied by some exchanges of detainees.'));
    expect(found).toEqual(expect.arrayContaining(['ORM ceasefire propose', 'ORM prisoners propose']));
  });
});
