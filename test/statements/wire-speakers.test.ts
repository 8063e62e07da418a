/**
 * Speakers as wire reports name them after the clause: a plural possessive before the title, a
 * state outlet spoken to, a group's political bureau. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract.js';

const one = (text: string) => {
  const s = statementsOf(text);
  expect(s).toHaveLength(1);
  return s[0];
};

describe('speakers named after the clause in wire style', () => {
  it('reads a title after a plural possessive ("the Tarsians’ envoy Kai Moller told reporters")', () => {
    const s = one('The islands are not for sale, the Tarsians’ envoy Kai Moller told reporters.');
    expect([s.speaker, s.actor, s.content]).toEqual(['Kai Moller', 'TRS', 'The islands are not for sale']);
  });

  it('reads the same with a straight apostrophe before the clause', () => {
    const s = one("The Tarsians' envoy Kai Moller said the islands were not for sale.");
    expect([s.speaker, s.actor]).toEqual(['Kai Moller', 'TRS']);
  });

  it('reads a state outlet spoken to ("told state media")', () => {
    const s = one('Talks on fishing rights would resume next week, Ilse Marrow told state media.');
    expect([s.speaker, s.content]).toEqual(['Ilse Marrow', 'Talks on fishing rights would resume next week']);
  });

  it('reads a member of a political bureau as serving the party named before the title', () => {
    const s = one("Skerry Islanders' Assembly political bureau member Kai Moller said the talks were over.");
    expect([s.speaker, s.actor]).toEqual(['Kai Moller', 'SKA']);
  });

  it('reads an outlet named by its kind after "according to" as the source, not the content', () => {
    const s = one('According to Tarsian broadcaster Lumen One, the talks will resume on Monday in Kessel.');
    expect([s.said, s.content]).toEqual([
      'Tarsian broadcaster Lumen One',
      'the talks will resume on Monday in Kessel',
    ]);
  });

  it('gives a bare statement after the content to the party the content opens with', () => {
    const s = one('Veska welcomed the agreement, according to a statement carried by the Lumen news agency.');
    expect([s.said, s.actor, s.content]).toEqual(['Veska', 'VSK', 'Veska welcomed the agreement']);
  });

  it('keeps a statement with its issuer named as the speaker', () => {
    const s = one('Ormund will host the talks, according to a statement from the Veskan presidency.');
    expect(s.said).toBe('a statement from the Veskan presidency');
  });
});

describe('a charge answered after the clause', () => {
  it('"…, a charge Ormund denied": the denier does not say what the charge holds', () => {
    for (const text of [
      'Veska accused Ormund of laying new mines on the border, a charge Ormund denied.',
      'Tarsia said Ormund had armed the rebels, an accusation Ormund has repeatedly rejected.',
    ])
      expect(
        statementsOf(text).filter((s) => s.actor === 'ORM'),
        text,
      ).toEqual([]);
  });
});

describe('a title with its complement before an appositive name, after a quote', () => {
  it('reads "“…,” Veska’s minister of state for maritime affairs, Ida Vell, told reporters"', () => {
    const s = one(
      '“The boats will stay in port for now,” Veska’s minister of state for maritime affairs, Ida Vell, told reporters.',
    );
    expect([s.speaker, s.actor, s.content]).toEqual([
      'Ida Vell',
      'VSK',
      'The boats will stay in port for now,',
    ]);
  });

  it('reads the same with a short complement ("the minister of state, Ida Vell, said")', () => {
    const s = one('“We are ready to talk,” Veska’s minister of state, Ida Vell, said.');
    expect([s.speaker, s.actor]).toEqual(['Ida Vell', 'VSK']);
  });
});

describe('a body of a party named by a possessive that opens the sentence', () => {
  it('reads "Its armed wing said" as the wing of the group named before', () => {
    const s = statementsOf(
      "The Skerry Islanders' Assembly said the talks were over. Its armed wing said it would keep its weapons.",
    );
    expect(s.map((x) => [x.speaker, x.actor])).toContainEqual(['Its armed wing', 'SKA']);
  });
});

describe('one of the unnamed sources told before', () => {
  it('reads "…, one of them said" as one of those sources, with their party', () => {
    const s = statementsOf(
      'Veska was pressing both sides to keep the truce, two Veskan security sources said. Lumen has proposed a new crossing, one of them said.',
    );
    expect(s.map((x) => [x.content, x.actor])).toContainEqual(['Lumen has proposed a new crossing', 'VSK']);
  });
});

describe('joint speakers listed with a serial comma', () => {
  it('reads "Veska, Tarsia, and the Northern Maritime Council said" as the three', () => {
    const s = one(
      'Veska, Tarsia, and the Northern Maritime Council said in a joint statement that the talks were constructive.',
    );
    expect(s.actor).toEqual(['VSK', 'TRS', 'NMC']);
  });

  it('reads "Veska, Tarsia, and Ormund said" as the three', () => {
    const s = one('Veska, Tarsia, and Ormund said the talks were constructive.');
    expect(s.actor).toEqual(['VSK', 'TRS', 'ORM']);
  });

  it('keeps two clauses apart: "… attacked Ormund, and Tarsia said"', () => {
    const s = one('Veska attacked Ormund, and Tarsia said the talks were over.');
    expect(s.actor).toBe('TRS');
  });
});

describe('unnamed sources named by their field', () => {
  it('reads "diplomatic sources said" and "airport sources said" as speakers', () => {
    for (const field of ['diplomatic', 'airport', 'informed']) {
      const s = one(`Envoys from Tarsia are expected to fly to Kessel for the talks, ${field} sources said.`);
      expect(s.content, field).toBe('Envoys from Tarsia are expected to fly to Kessel for the talks');
      expect(s.anonymous, field).toBe(true);
    }
  });
});

describe('a television or radio station that relays what was said', () => {
  it('"…,” X told Y in the call, according to state-owned Lumen TV" is X\'s statement alone', () => {
    const s = one(
      '“The islands are ours,” Ilse Marrow told Petr Vallo in the phone call, according to state-owned Lumen TV.',
    );
    expect([s.speaker, s.content]).toEqual(['Ilse Marrow', 'The islands are ours,']);
  });

  it('the same with a radio station', () => {
    const s = one('“The islands are ours,” Ilse Marrow told Petr Vallo, according to Kessel Radio.');
    expect(s.speaker).toBe('Ilse Marrow');
  });
});

describe("a speech noun's words reported, and the governing verb taken up again after an aside", () => {
  it('ends the claim at the aside when "—and has threatened" goes back to the subject', () => {
    const s = one(
      'Tarsia has rejected Veskan claims that it reneged on the accord\u2014the cause of a delay this week\u2014and has threatened new duties on Veskan grain.',
    );
    expect(s.content).toBe('it reneged on the accord');
  });

  it('ends it the same with spaced dashes', () => {
    const s = one(
      'Tarsia has rejected Veskan claims that it reneged on the accord \u2014 the cause of a delay \u2014 and has vowed to retaliate.',
    );
    expect(s.content).toBe('it reneged on the accord');
  });
});

describe('a relative clause and a participle clause, both set off, between the name and the cue', () => {
  it('takes the name, not the last noun of the relative clause', () => {
    const s = one(
      'Ilse Marrow, who was due to fly to Kessel on Sunday for the talks, addressing reporters earlier in Port Alder, said the islands would be on the table.',
    );
    expect(s.speaker).toBe('Ilse Marrow');
  });

  it('does the same when the participle is one of speaking', () => {
    const s = one(
      'Ilse Marrow, who leads the Veskan delegation, speaking to reporters in Port Alder, said the islands would be on the table.',
    );
    expect(s.speaker).toBe('Ilse Marrow');
  });
});

describe('unnamed sources of two parties', () => {
  it('"Veskan and Ormundi sources said" speak for both', () => {
    const s = one('The talks will resume on Monday in Lumen, Veskan and Ormundi sources said.');
    expect(s.actor).toEqual(['VSK', 'ORM']);
    expect(s.anonymous).toBe(true);
  });
});

describe('a known person whose family name is misspelt by a letter', () => {
  it('"Mira Solene said" is Mira Solenne, with her party', () => {
    const s = one('Mira Solene said the talks on the islands would resume next week.');
    expect(s.actor).toBe('TRS');
  });

  it('a different given name is someone else', () => {
    const s = one('Maria Solene said the talks on the islands would resume next week.');
    expect(s.actor).toBeNull();
  });
});

describe('an opening phrase after a sentence adverb is no content before the cue', () => {
  it('"However, during the talks in Lumen, Veska insisted on …" reports no words before the cue', () => {
    const s = statementsOf(
      'However, during the meeting between the two sides in Lumen, Veska insisted on charging a fee for pilgrims.',
    );
    expect(s.map((x) => x.content)).not.toContain(
      'However, during the meeting between the two sides in Lumen',
    );
  });
});

describe('armies as speakers', () => {
  it('"Veskan and Ormundi militaries announced that …" is a joint statement of both', () => {
    const s = one(
      'Veskan and Ormundi militaries announced on Thursday that they had begun observing a ceasefire along the border.',
    );
    expect([s.speaker, s.actor]).toEqual(['Veskan and Ormundi militaries', ['VSK', 'ORM']]);
  });
});

describe('a place and its country set off by commas after the speaker', () => {
  it('"Ida Vell, speaking in Kessel, Veska, said …" is Ida Vell, not Veska', () => {
    const s = one('Ida Vell, speaking in Kessel, Veska, said the talks would resume next month.');
    expect(s.speaker).toBe('Ida Vell');
  });

  it('"…, reading a joint statement at a news conference in Lumen, Ormund, said" is the titled speaker', () => {
    const s = one(
      'Veskan Foreign Minister Ida Vell, reading a joint statement at a news conference in Lumen, Ormund, said the understanding was a decisive step.',
    );
    expect([s.speaker, s.actor]).toEqual(['Ida Vell', 'VSK']);
  });

  it('a person named after a place is still the speaker ("The envoy in Lumen, Kai Moller, said")', () => {
    const s = one('The Veskan envoy in Lumen, Kai Moller, said the talks would resume next month.');
    expect(s.speaker).toBe('Kai Moller');
  });
});

describe('a delegate as a title', () => {
  it('"Ormund’s delegate, Kai Moller, tweeted that …" speaks for Ormund', () => {
    const s = one('Ormund’s delegate, Kai Moller, tweeted that the first round of talks was successful.');
    expect([s.speaker, s.actor]).toEqual(['Kai Moller', 'ORM']);
  });

  it('"Veskan delegate Kai Moller said …" speaks for Veska', () => {
    const s = one('Veskan delegate Kai Moller said the first round of talks was successful.');
    expect([s.speaker, s.actor]).toEqual(['Kai Moller', 'VSK']);
  });
});

describe('a title of a body before the name, in the style of translated wire reports', () => {
  it('"head of the Veskan delegation Kai Moller said" speaks for Veska', () => {
    const s = one(
      'The talks would go on for two more days, head of the Veskan delegation Kai Moller said on Thursday.',
    );
    expect([s.speaker, s.actor]).toEqual(['Kai Moller', 'VSK']);
  });

  it('"the Veskan delegation Kai Moller" without a title gives no party', () => {
    const s = one('Kai Moller met the Veskan team and said the talks would go on for two more days.');
    expect(s.actor).toBeNull();
  });

  it('"leader of the Northern Maritime Council (NMC) Kai Moller said" speaks for the council', () => {
    const s = one(
      'Leader of the Northern Maritime Council (NMC) Kai Moller said the talks would go on for two more days.',
    );
    expect([s.speaker, s.actor]).toEqual(['Kai Moller', 'NMC']);
  });
});

describe('a past post told after a present title', () => {
  it('"Veskan President Ida Vell, who was vice president under Anton Brisk, has said …" speaks for Veska', () => {
    const s = one(
      'Veskan President Ida Vell, who was vice president under Anton Brisk, has said she wants Ormund to return to the talks.',
    );
    expect([s.speaker, s.actor]).toEqual(['Ida Vell', 'VSK']);
  });

  it('"Ida Vell, who was Veskan foreign minister until 2019, said …" is still a former official', () => {
    const s = one(
      'Ida Vell, who was Veskan foreign minister until 2019, said the talks had stalled for months.',
    );
    expect(s.actor).toBeNull();
  });
});

describe('a quote whose comma stands inside an editor’s bracket', () => {
  it('is framed by the speaker after it ("“… [the venue,]” Ilse Marrow told reporters")', () => {
    const s = statementsOf(
      'Veska and Ormund are discussing the venue of the next round, the Veskan Foreign Ministry said.\n\n“The parties are still working out [the venue,]” Ilse Marrow, the ministry’s spokeswoman, told reporters.',
    ).find((x) => x.content.includes('working out'));
    expect(s?.speaker).toBe('Ilse Marrow');
  });
});

describe('an appositive left open up to the cue after a quote', () => {
  it('reads "“…,” Kai Moller, spokesperson of the Tarsian army had said" as Moller speaking', () => {
    const s = one(
      '“Only one airman is in our custody,” Kai Moller, spokesperson of the Tarsian army had said.',
    );
    expect([s.speaker, s.content]).toEqual(['Kai Moller', 'Only one airman is in our custody,']);
  });
});

describe('speakers in the longer frames of wire reports', () => {
  it('reads the name after a title whose complement runs on in plain words', () => {
    const s = one(
      'The Tarsian Minister of State for fisheries policy, Kai Moller, said the quota talks had stalled.',
    );
    expect([s.speaker, s.actor, s.content]).toEqual(['Kai Moller', 'TRS', 'the quota talks had stalled']);
  });

  it('reads a speaker quoted by an outlet "as stating"', () => {
    const s = one(
      'Ilse Marrow was quoted by the Kessel Herald as stating that the harbour talks would resume soon.',
    );
    expect([s.speaker, s.content, s.cue]).toEqual([
      'Ilse Marrow',
      'the harbour talks would resume soon',
      'stating',
    ]);
  });

  it('reads a progressive frame ("had been saying that …") as the subject’s statement', () => {
    const s = one('Tarsia had been saying that the fishing quotas were unfair.');
    expect([s.speaker, s.actor, s.content]).toEqual(['Tarsia', 'TRS', 'the fishing quotas were unfair']);
  });

  it('leaves how long the speaker held to it out of the content ("for months that …")', () => {
    const s = one('Ormund has been arguing for months that the harbour tolls were illegal.');
    expect([s.speaker, s.content]).toEqual(['Ormund', 'the harbour tolls were illegal']);
  });
});

describe('a source "speaking on the condition of anonymity"', () => {
  it('is the speaker that an outlet relays, with the article before "condition"', () => {
    const s = one(
      'The Tidewire news agency reported that a Veskan official speaking on the condition of anonymity said the talks had stalled.',
    );
    expect([s.actor, s.content]).toEqual(['VSK', 'the talks had stalled']);
    expect(s.speaker).toMatch(/^a Veskan official/);
  });
});

describe('"It noted" after a statement of a body', () => {
  it('is that body again, not a party named inside the words it quoted', () => {
    const s = statementsOf(
      'In a statement on Thursday, the Veskan Foreign Ministry said, “The Republic of Veska deplores the vote.” “Veska showed goodwill,” the statement added. It noted, “The Republic of Veska has cooperated with the council for years.”',
    );
    expect(s.at(-1)?.speaker).toMatch(/Foreign Ministry/);
  });

  it('is a party named after that statement when one opens a sentence between', () => {
    const s = statementsOf(
      '“The talks went well,” the Ormundi foreign ministry said. The Skerry Islanders’ Assembly confirmed the deal on Monday. It said, “We reached a truce.”',
    );
    expect(s.at(-1)?.actor).toBe('SKA');
  });
});

describe('a document that speaks with its issuer', () => {
  it('reads "said a statement from Kest’s office" as the statement of Kest’s office', () => {
    const s = one('“The talks will go on,” said a statement from Prime Minister Ilse Kest’s office.');
    expect(s.said).toMatch(/Kest’s office$/);
  });
  it('leaves "a spokesman for the negotiators" to the title’s own complement', () => {
    const s = one('“The talks will go on,” said a spokesman for the Veskan negotiators.');
    expect(s.said).toMatch(/^a spokesman/);
  });
});
