import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract.js';

// Sentences written for the tests, about the invented states of examples/codebook.yaml.
describe('"…, said <a titled speaker without a name> <circumstance>" is the inversion', () => {
  it('reads "…, said a Ministry of Trade spokesperson on Monday" as the spokesperson saying the clause', () => {
    const s = statementsOf(
      'Veska firmly opposes the new Ormundi curbs on turbine exports, said a Ministry of Trade spokesperson on Monday.',
    );
    expect(s).toHaveLength(1);
    expect(s[0].speaker).toBe('a Ministry of Trade spokesperson');
    expect(s[0].content).toBe('Veska firmly opposes the new Ormundi curbs on turbine exports');
  });

  it('reads "…, added a senior official in Lumen" with a place after the title', () => {
    const s = statementsOf(
      'The harbour talks will resume after the harvest, added a senior official in Lumen.',
    );
    expect(s).toHaveLength(1);
    expect(s[0].speaker).toBe('a senior official');
    expect(s[0].content).toBe('The harbour talks will resume after the harvest');
  });

  it('does not take the object of a transitive verb for a speaker ("…, praised the envoy on Monday")', () => {
    const s = statementsOf(
      'The Veskan delegation had kept its word on the harbour, praised the envoy on Monday.',
    );
    expect(s.filter((x) => x.speaker === 'the envoy')).toHaveLength(0);
  });
});
