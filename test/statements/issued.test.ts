import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract.js';

// Sentences written for the tests, about the invented states of examples/codebook.yaml.
describe('"the statement" of a party that spoke in a statement', () => {
  it('speaks for the party that said it "in a statement"', () => {
    const s = statementsOf(
      'Ormund’s Foreign Ministry said in a statement on Monday that the talks had failed. ' +
        '“We remain open to dialogue,” the statement said.',
    );
    const it2 = s.find((x) => x.said === 'the statement');
    expect(it2).toMatchObject({ actor: 'ORM' });
    expect(it2?.speaker).toMatch(/Foreign Ministry statement$/);
  });

  it('speaks for the party that "issued a statement saying"', () => {
    const s = statementsOf(
      'The Ormundi government issued a statement saying the islands were not for sale. ' +
        'The statement added that talks could resume in June.',
    );
    expect(s.find((x) => x.said === 'The statement')).toMatchObject({ actor: 'ORM' });
  });

  it('gives no party when the nearest statement’s issuer has none', () => {
    const s = statementsOf(
      'Ormund’s Foreign Ministry said in a statement that the talks had failed. ' +
        'In a statement published on Tuesday, the facilitators said the islands were not for sale. ' +
        'The statement added that talks could resume in June.',
    );
    expect(s.find((x) => x.said === 'The statement')?.actor ?? null).toBeNull();
  });
});

describe('a description in a lead, named in the next paragraph', () => {
  it('is the person named with that title below it', () => {
    const s = statementsOf(
      'The Ormundi special envoy announced on Monday that the fishing truce would be extended.\n\n' +
        'Ormundi special envoy Karl Demm met the Veskan delegation in Kessel on Sunday.\n\n' +
        'The talks will resume in June.',
    );
    expect(s.find((x) => x.said === 'The Ormundi special envoy')).toMatchObject({
      speaker: 'Karl Demm',
      actor: 'ORM',
    });
  });
});

describe('a description by another title of the same office', () => {
  it('reads "the Veskan leader" as the person introduced as Veska’s president', () => {
    const s = statementsOf(
      'Veskan President Ilse Marrow and Ormundi Prime Minister Karl Demm met in Kessel on Friday. ' +
        '“We have reached peace,” Marrow said. The Ormundi leader said the border would open.',
    );
    expect(s.find((x) => x.said === 'The Ormundi leader')).toMatchObject({
      speaker: 'Karl Demm',
      actor: 'ORM',
    });
  });

  it('reads "the envoy" as the special representative named in the next paragraph', () => {
    const s = statementsOf(
      'The Ormundi peace envoy to Veska said on Monday that the fishing truce would be extended.\n\n' +
        'Ormundi Special Representative Karl Demm wrote on social media that the talks had been useful.',
    );
    expect(s.find((x) => x.said === 'The Ormundi peace envoy to Veska')).toMatchObject({
      speaker: 'Karl Demm',
      actor: 'ORM',
    });
  });

  it('reads "the top diplomat" as the foreign minister named last', () => {
    const s = statementsOf(
      'Ana Veldt, the Tarsian foreign minister, said the treaty was ready. ' +
        'The top diplomat said the parliament must approve it.',
    );
    expect(s.find((x) => x.said === 'The top diplomat')).toMatchObject({
      speaker: 'Ana Veldt',
      actor: 'TRS',
    });
  });
});

describe('a text named again by a noun of its kind', () => {
  it('is the text that last spoke under a fuller name ("the summit’s final communique", then "the document")', () => {
    const s = statementsOf(
      '“Peace at sea requires dialogue between all parties,” said the summit’s final communique, backed by most delegations in Lumen.\n\n' +
        'The document also reaffirms the commitment to the “free passage of all fishing fleets.”',
    );
    expect(s.find((x) => x.said === 'The document')).toMatchObject({
      speaker: 'the summit’s final communique',
    });
  });
});

describe('"the statement" after a text introduced with its issuers', () => {
  it('keeps an initial ("the U.S.") and a list of issuers in the fuller name', () => {
    const s = statementsOf(
      '“We welcome the agreement reached today in Lumen,” according to a joint statement from the U.S., Veska, Ormund and Tarsia.\n\n' +
        'The statement also called for the release of the detained fishermen.',
    );
    const later = s.find((x) => x.said === 'The statement');
    expect(later?.speaker).toBe('a joint statement from the U.S., Veska, Ormund and Tarsia');
    expect(later?.actor).toEqual(['USA', 'VSK', 'ORM', 'TRS']);
  });
});

describe('"the joint statement" after "said X and Y in a joint statement"', () => {
  it('speaks for the issuers named after the cue', () => {
    const s = statementsOf(
      'The islands will be demilitarised by June, said Veska, Ormund and Tarsia in a joint statement on Friday.\n\n' +
        '“This plan closes the remaining gaps,” said the joint statement.',
    );
    const later = s.find((x) => x.said === 'the joint statement');
    expect(later?.actor).toEqual(['VSK', 'ORM', 'TRS']);
    expect(later?.speaker).toMatch(/^Veska, Ormund and Tarsia/);
  });
});

describe('a report an outlet carried', () => {
  it('"according to a report in the Tidewire", then "the report added": the report in that outlet speaks', () => {
    const s = statementsOf(
      'According to a report in The Lumen Tidewire, the first stage would be a two-week pause in the fishing.\n\n' +
        'In return, Veska would free the detained crews, the report added.',
    );
    expect(s.map((x) => [x.speaker, x.content])).toEqual([
      ['a report in The Lumen Tidewire', 'the first stage would be a two-week pause in the fishing'],
      ['a report in The Lumen Tidewire', 'In return, Veska would free the detained crews'],
    ]);
  });
});

describe('a description whose title follows its patron', () => {
  it('"the president’s national security adviser said" is the adviser named paragraphs below', () => {
    const s = statementsOf(
      'Veska has accepted an invitation to talks on the islands, the president’s national security adviser said on Wednesday.\n\n' +
        'Ormund has yet to respond, two diplomatic sources said.\n\n' +
        'The talks would be the first since the war.\n\n' +
        '“We accepted without preconditions,” Karl Demm, national security adviser to the Veskan president, wrote on social media.',
    );
    expect(s.find((x) => x.content.startsWith('Veska has accepted'))?.speaker).toBe('Karl Demm');
  });
});

describe('a statement that "concluded by saying" what follows', () => {
  it('reads the quote after "concluded by saying:" as the statement speaking', () => {
    const s = statementsOf(
      'Ormund’s Foreign Ministry issued a statement on the islands. ' +
        'The statement concluded by saying: “Ormund will keep working to end the fighting.”',
    );
    const last = s.find((x) => x.content.startsWith('Ormund will keep working'));
    expect(last).toMatchObject({ said: 'The statement', direct: true });
  });
});

describe('a text from a body, told after what it says', () => {
  it('"…, a statement from its foreign ministry said" is the statement, for the subject\'s state', () => {
    const s = statementsOf(
      'Ormund’s government welcomed a Veskan proposal for a ceasefire at sea, a statement from its foreign ministry said.',
    );
    expect(s).toHaveLength(1);
    expect(s[0]).toMatchObject({ said: 'a statement from its foreign ministry', actor: 'ORM' });
    expect(s[0].content).toMatch(/^Ormund’s government welcomed/);
  });

  it('"…, a communique by the council said" is the communique', () => {
    const s = statementsOf('The talks in Kessel would resume in June, a communique by the council said.');
    expect(s[0]).toMatchObject({ said: 'a communique by the council' });
  });
});
