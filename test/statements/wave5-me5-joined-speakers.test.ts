import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract.js';

// Sentences written for the tests, about the invented states of examples/codebook.yaml.
describe('a participle after "said," is the reporter’s clause', () => {
  it('ends the content at the cue’s comma ("…, officials said, raising hopes …")', () => {
    const s = statementsOf(
      'Tarsia will release the fishermen next week, officials said, raising hopes of a wider deal.',
    );
    expect(s.map((x) => x.content)).toContain('Tarsia will release the fishermen next week');
  });
  it('keeps a gerund that is the subject of the clause in the content ("…, he said, replacing …would be")', () => {
    const s = statementsOf(
      'Though the first handover in Lumen was smooth, Karl Demm said, replacing the council would be much harder.',
    );
    expect(s[0]?.content).toMatch(/would be much harder/);
  });
  it('still reads a cue set inside its clause ("The talks, he said, were useful")', () => {
    const s = statementsOf('The fishing talks in Lumen, Karl Demm said, were useful and would go on.');
    expect(s[0]?.content).toMatch(/were useful/);
  });
});

describe('a speaker joined by "and" to another before the cue', () => {
  it('reads "the rebel faction and Ormundi state TV said, bringing …" as their joint statement', () => {
    const s = statementsOf(
      'Veska and the front will stop fighting across the valley from Friday, the rebel faction and Ormundi state TV said, bringing a fragile halt to the worst clashes in years.',
    );
    expect(s[0]).toMatchObject({
      speaker: 'the rebel faction and Ormundi state TV',
      content: 'Veska and the front will stop fighting across the valley from Friday',
    });
  });
});
