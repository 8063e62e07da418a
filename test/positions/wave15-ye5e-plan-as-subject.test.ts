/**
 * "The proposal aims to achieve a truce, an official said": what a plan seeks is its authors'
 * stance, not the stance of the source who describes it. Sentences written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code } from './world.js';

const held = (text: string) =>
  code(text)
    .positions.filter((p) => p.issue === 'ceasefire')
    .map((p) => p.actor);

describe('a plan as the subject of what a source reports', () => {
  it('gives the source who describes the plan no stance of its own', () => {
    const actors = held(
      'Tarsia handed Ormund a new proposal on Friday.\n\n' +
        'The proposal aims to achieve a 30-day truce on the border, according to an Ormundi official.',
    );
    expect(actors).not.toContain('ORM');
  });

  it('still gives the source its own aim when the source is the subject', () => {
    const actors = held('Ormund aims to achieve a 30-day truce on the border, an Ormundi official said.');
    expect(actors).toContain('ORM');
  });
});
