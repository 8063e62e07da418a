import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract.js';

// Sentences written for the tests, about the invented states of examples/codebook.yaml.
describe('"the diplomat" is the envoy or ambassador the story named', () => {
  it('reads "the diplomat" as the special envoy named before', () => {
    const s = statementsOf(
      'Ormundi Special Envoy Karl Demm said the fishing talks would resume soon. ' +
        '“We must start with the northern bays,” the diplomat stressed.',
    );
    expect(s.find((x) => x.said === 'the diplomat')).toMatchObject({ speaker: 'Karl Demm', actor: 'ORM' });
  });
  it('still reads "the diplomat" as the foreign minister named last', () => {
    const s = statementsOf(
      'Ana Veldt, the Tarsian foreign minister, said the treaty was ready. ' +
        'The diplomat said the parliament must approve it.',
    );
    expect(s.find((x) => x.said === 'The diplomat')).toMatchObject({ speaker: 'Ana Veldt', actor: 'TRS' });
  });
});
