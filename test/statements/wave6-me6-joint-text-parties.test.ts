import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract.js';

// Sentences written for the tests, about the invented states of examples/codebook.yaml.
describe('the parties of a joint text', () => {
  it('reads "the joint Veska-Ormund statement" as both parties’', () => {
    const s = statementsOf('The joint Veska-Ormund statement said: "This truce is a first step."');
    expect(s[0]?.actor).toEqual(['VSK', 'ORM']);
  });
  it('reads "the joint statement" after a jointly made call as the callers’, not the warring sides’', () => {
    const s = statementsOf(
      'Veska, Tarsia and other neighbours jointly called on Tuesday for a truce in the war between Ormund and the Skerry Islanders\' Assembly. The joint statement, drafted in Lumen, says the fighting is "unacceptable".',
    );
    const joint = s.find((x) => x.said === 'The joint statement');
    expect(joint?.actor).toEqual(['VSK', 'TRS']);
  });
  it('keeps the callers when talks between the warring sides are told in the call', () => {
    const s = statementsOf(
      'Tarsia, the Northern Maritime Council and other allies jointly called Wednesday for an immediate ceasefire to allow for negotiations in the escalating conflict between Veska and Ormund that has killed hundreds of people. The joint statement, negotiated on the sidelines of the summit in Lumen, says the recent fighting is "intolerable".',
    );
    const joint = s.find((x) => x.said === 'The joint statement');
    expect(joint?.actor).toEqual(['TRS', 'NMC']);
  });
});
