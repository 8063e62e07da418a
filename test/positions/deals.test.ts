/**
 * Stances a report implies beyond one sentence (src/core/code/deals.ts): a deal's parties accept
 * what it covers, a plan's author proposes what it covers, a mediator proposes what it mediates,
 * and a party that accepts or rejects "the proposal" takes that stance on its issues. Every
 * sentence is written for the tests, about the invented Veska–Ormund talks.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

const rulesOf = (doc: ReturnType<typeof code>, issue: string, actor: string) =>
  doc.positions.filter((p) => p.issue === issue && p.actor === actor).map((p) => p.provenance.rule);

/** Veska and Ormund, the deal's parties, each accept each of `issues`. */
const bothAccept = (doc: ReturnType<typeof code>, ...issues: string[]) =>
  expect(stances(doc)).toEqual(
    expect.arrayContaining(issues.flatMap((i) => [`VSK ${i} accept`, `ORM ${i} accept`])),
  );

describe('a deal and what it covers', () => {
  it('each party of the deal accepts each issue a later sentence says it covers', () => {
    const doc = code(
      'Veska and Ormund signed an agreement in Lumen on Tuesday. The agreement calls for the release of all detained fishermen and the reopening of both embassies.',
    );
    bothAccept(doc, 'prisoners', 'diplomatic_relations');
    expect(rulesOf(doc, 'prisoners', 'ORM')).toContain('position.deal.content');
  });

  it('reads what the sentences right after the deal say will happen as its terms', () => {
    const doc = code(
      'Veska and Ormund signed a truce in Lumen on Monday. Fishing boats may leave port again. Humanitarian aid to the islands would also increase.',
    );
    expect(stances(doc)).toEqual(
      expect.arrayContaining(['VSK humanitarian accept', 'ORM humanitarian accept']),
    );
    expect(rulesOf(doc, 'humanitarian', 'ORM')).toContain('position.deal.content');
  });

  it('reads what the deal "can bring" as its content', () => {
    const doc = code(
      'Veska and Ormund signed an agreement in Lumen on Monday. The Agreement can bring new economic opportunities through business cooperation and new investments.',
    );
    bothAccept(doc, 'economic_cooperation');
    expect(rulesOf(doc, 'economic_cooperation', 'VSK')).toContain('position.deal.content');
  });

  it('does not read what a sentence far below the deal will happen as its terms', () => {
    const doc = code(
      'Veska and Ormund signed a truce in Lumen on Monday. The talks lasted ten hours. Reporters waited outside. The delegations left by car. The hall was closed. Humanitarian aid to the islands would also increase.',
    );
    expect(stances(doc)).not.toContain('ORM humanitarian accept');
  });

  it('does not read what a party outside the deal does in a clause of its own as a term of it', () => {
    const doc = code(
      'Veska and Ormund signed a truce in Lumen on Monday, and Tarsian President Oskar Lind pledged humanitarian aid for the islands.',
    );
    expect(stances(doc)).not.toContain('VSK humanitarian accept');
    expect(stances(doc)).not.toContain('ORM humanitarian accept');
  });

  it('reads "under the deal" as the deal’s content too', () => {
    const doc = code(
      'Veska and Ormund reached a deal on Monday. Under the deal, the fishermen will be freed.',
    );
    expect(stances(doc)).toEqual(expect.arrayContaining(['VSK prisoners accept', 'ORM prisoners accept']));
  });

  it('reads a sentence that tells the deal again, from where it tells it', () => {
    const doc = code(
      'Veska and Ormund reach agreement in Lumen\n\nHumanitarian aid deliveries stalled last month, but a ceasefire agreement has been reached, the Tarsian envoy announced on Tuesday.',
    );
    bothAccept(doc, 'ceasefire');
    expect(rulesOf(doc, 'ceasefire', 'ORM')).toContain('position.deal.retold');
    // What the sentence says before it tells the deal is not the deal's.
    expect(stances(doc)).not.toContain('ORM humanitarian accept');
  });

  it('reads the points listed under the deal, one a line, as its content', () => {
    const doc = code(
      'Veska and Ormund signed an agreement in Lumen on Tuesday. Here are its main points:\nAll detained fishermen to be released within a week\nBoth embassies to reopen\nThe delegations left the hall after midnight.\nThe talks were about humanitarian aid.',
    );
    bothAccept(doc, 'prisoners', 'diplomatic_relations');
    // The list ends at the first line that is a sentence.
    expect(stances(doc)).not.toContain('ORM humanitarian accept');
  });

  it('reads what the deal calls for after an aside on who signed it', () => {
    const doc = code(
      'Veska and Ormund signed an agreement in Lumen on Tuesday. The talks lasted ten hours. The agreement, signed by President Anton Brisk, President Davor Kest, and the Tarsian envoy, calls for the release of all detained fishermen.',
    );
    bothAccept(doc, 'prisoners');
  });

  it('reads a sentence that opens with "It" and a verb of content as the deal described before it', () => {
    const doc = code(
      'Veska and Ormund signed an agreement in Lumen on Tuesday. The agreement mandates a withdrawal of troops. It also calls for the release of all detained fishermen.',
    );
    bothAccept(doc, 'prisoners');
    // "It" after a sentence that names no deal is not the deal.
    const other = code(
      'Veska and Ormund signed an agreement in Lumen on Tuesday. The talks lasted ten hours. Reporters waited outside. It also calls for the release of all detained fishermen.',
    );
    expect(stances(other)).not.toContain('ORM prisoners accept');
  });

  it('reads a lead that tells what the deal will see before the deal is told in full', () => {
    const doc = code(
      'The islands will be quiet again under a historic agreement that will see the release of all detained fishermen. The talks lasted ten hours. The agreement was signed by President Anton Brisk and President Davor Kest in Lumen on Monday.',
    );
    bothAccept(doc, 'prisoners');
  });

  it('reads a deal described in a quote by the quote’s words, not by the words around it', () => {
    const doc = code(
      'Veska and Ormund signed an agreement in Lumen on Tuesday. The talks lasted ten hours. "The agreement includes the release of all detained fishermen," President Davor Kest said at a summit with the Tarsian envoy.',
    );
    bothAccept(doc, 'prisoners');
    expect(stances(doc)).not.toContain('VSK summit accept');
  });

  it('a clause of the deal that names one party tells that party’s part, not the other’s', () => {
    const doc = code(
      'Veska and Ormund signed an agreement in Lumen on Tuesday. The agreement says Veska will pause its patrols, and in return Ormund will lift its sanctions on Veskan fish.',
    );
    expect(stances(doc)).toContain('ORM sanctions_relief accept');
    expect(stances(doc)).not.toContain('VSK sanctions_relief accept');
    // A sentence's own subject agrees to the deal for all its parties.
    const whole = code(
      'Veska and Ormund signed an agreement in Lumen on Tuesday. Ormund has agreed to lift its sanctions on Veskan fish under the agreement.',
    );
    expect(stances(whole)).toEqual(
      expect.arrayContaining(['ORM sanctions_relief accept', 'VSK sanctions_relief accept']),
    );
  });

  it('counts those named as parties to the deal among its parties', () => {
    const stancesOf = (third: string) =>
      stances(
        code(
          `Veska and Ormund signed a treaty in Lumen on Tuesday. The treaty calls for the release of all detained fishermen. ${third}`,
        ),
      );
    expect(stancesOf('The Northern Maritime Council is also a party to the treaty, as is Tarsia.')).toEqual(
      expect.arrayContaining(['NMC prisoners accept', 'TRS prisoners accept']),
    );
    expect(stancesOf('Tarsia is not a party to the treaty.')).not.toContain('TRS prisoners accept');
  });

  it('gives a deal signed years before the report no stance of today', () => {
    const doc = code(
      'In 2019 Veska and Ormund signed an agreement in Lumen. The agreement called for the release of all detained fishermen.',
      '2026-06-16',
    );
    expect(doc.positions.filter((p) => p.provenance.rule === 'position.deal.content')).toEqual([]);
  });

  it('does not give a party a stance on what the deal leaves out', () => {
    const doc = code(
      'Veska and Ormund signed an agreement in Lumen on Tuesday. The agreement does not include the reopening of embassies.',
    );
    expect(stances(doc).filter((s) => s.includes('diplomatic_relations'))).toEqual([]);
  });

  it('reads a verb the deal itself turns ("would not annex") as what the deal covers', () => {
    const doc = code(
      'Veska and Ormund signed an agreement in Lumen on Tuesday. Under the agreement, Veska would not annex parts of the islands it occupies.',
    );
    bothAccept(doc, 'territory');
    expect(rulesOf(doc, 'territory', 'ORM')).toContain('position.deal.content');
  });

  it('reads a party’s restraint told as a term of the deal as what the deal covers', () => {
    const doc = code(
      'Veska and Ormund reached a deal on Monday. Under the deal, Ormund would not annex parts of the islands.',
    );
    bothAccept(doc, 'territory');
    expect(rulesOf(doc, 'territory', 'VSK')).toContain('position.deal.content');
  });
});

describe('a plan, its author and those who answer it', () => {
  it('the author of a plan proposes what the plan covers, whoever reports it', () => {
    const doc = code(
      'Tarsia presented a proposal to both sides on Monday. The proposal includes a ceasefire at sea and the release of detained fishermen.',
    );
    expect(stances(doc)).toEqual(expect.arrayContaining(['TRS ceasefire propose', 'TRS prisoners propose']));
  });

  it('a party that accepts a plan named with its owner accepts what that plan is told to hold', () => {
    const doc = code(
      'Ormund accepts Tarsian proposal for a truce at sea. The Tarsian proposal includes the release of detained fishermen and the reopening of both embassies.',
    );
    expect(stances(doc)).toEqual(
      expect.arrayContaining([
        'ORM prisoners accept',
        'ORM diplomatic_relations accept',
        'TRS prisoners propose',
      ]),
    );
    expect(rulesOf(doc, 'prisoners', 'ORM')).toContain('position.proposal.accept');
  });

  it('reads what the sentences right after a plan say would happen, told by a report, as its terms', () => {
    const doc = code(
      'Tarsia has laid out a new proposal for a truce at sea. According to a report in the Lumen Gazette, the first stage would be a pause of two weeks. During that time, humanitarian aid would reach the islands, the report said.',
    );
    expect(stances(doc)).toContain('TRS humanitarian propose');
    expect(rulesOf(doc, 'humanitarian', 'TRS')).toContain('position.proposal.content');
  });

  it('does not read what unnamed officials say would happen after a plan as its terms', () => {
    const doc = code(
      'Tarsia has laid out a new proposal for a truce at sea. Officials said it was hoped the meeting would lead to humanitarian aid for the islands.',
    );
    expect(rulesOf(doc, 'humanitarian', 'TRS')).not.toContain('position.proposal.content');
  });

  it('a party that rejects the proposal rejects each of its issues', () => {
    const doc = code(
      'Tarsia presented a proposal to both sides on Monday. The proposal includes a ceasefire at sea. Ormund rejected the proposal on Wednesday.',
    );
    expect(stances(doc)).toContain('ORM ceasefire reject');
  });

  it('"the plan" far below a plan with no named author is that plan', () => {
    const doc = code(
      'The envoys met in Lumen to adopt a plan for the release of all detained fishermen. The talks lasted ten hours. Reporters waited outside. The delegations left by car. The hall was closed. The weather was cold. Lunch was served late. The press was kept out. The cars left at dusk. Ormund refused to sign the final plan.',
    );
    expect(stances(doc)).toContain('ORM prisoners reject');
    // A plan nobody is named as authoring gives no one a stance by itself.
    expect(stances(doc).filter((s) => s.endsWith('propose'))).toEqual([]);
  });

  it('the one who rejects the proposal is the subject in a reported clause, not the reporter', () => {
    const doc = code(
      'Tarsia presented a proposal to both sides on Monday. The proposal includes a ceasefire at sea. Veska said Ormund rejected the proposal on Wednesday.',
    );
    expect(stances(doc)).toContain('ORM ceasefire reject');
    expect(stances(doc)).not.toContain('VSK ceasefire reject');
  });

  it.each(['Ormund has not rejected the proposal.', 'Ormund did not reject the proposal.'])(
    '"%s" leaves it open',
    (answer) => {
      const doc = code(
        `Tarsia presented a proposal to both sides on Monday. The proposal includes a ceasefire at sea. ${answer}`,
      );
      expect(stances(doc)).toContain('ORM ceasefire open');
      expect(stances(doc)).not.toContain('ORM ceasefire reject');
    },
  );

  it('"declined to sign the proposal" rejects it', () => {
    const doc = code(
      'Tarsia presented a proposal to both sides on Monday. The proposal includes a ceasefire at sea. Ormund declined to sign the proposal.',
    );
    expect(stances(doc)).toContain('ORM ceasefire reject');
    expect(stances(doc)).not.toContain('ORM ceasefire accept');
  });
});

describe('demands listed as a noun', () => {
  it('the owner of "demands" or "conditions" demands what they include', () => {
    const doc = code(
      'The demands that the Ormundi president listed included the release of all detained fishermen and the reopening of the embassies.',
    );
    expect(stances(doc)).toEqual(
      expect.arrayContaining(['ORM prisoners demand', 'ORM diplomatic_relations demand']),
    );
  });
});

describe('a plan of two authors', () => {
  it('each party of a joined pair before the plan proposes it ("the Tarsian-Ormundi proposal")', () => {
    const doc = code('Veska accepts the Tarsian-Ormundi proposal for a truce at sea.');
    expect(stances(doc)).toEqual(
      expect.arrayContaining(['TRS ceasefire propose', 'ORM ceasefire propose', 'VSK ceasefire accept']),
    );
  });

  it('every mediator of a list after "mediators" proposes it', () => {
    const doc = code(
      'Veska has approved a proposal for a truce at sea put forward by mediators Tarsia and the Northern Maritime Council.',
    );
    expect(stances(doc)).toEqual(expect.arrayContaining(['TRS ceasefire propose', 'NMC ceasefire propose']));
  });
});

describe('a plan whose authors an appositive participle names', () => {
  it('"The proposal, put forward by X and Y in May, calls for …": each author proposes each issue', () => {
    const doc = code(
      'The proposal, put forward by Tarsia and the Northern Maritime Council in May, calls for a truce at sea and the release of all detained fishermen.',
    );
    expect(stances(doc)).toEqual(
      expect.arrayContaining([
        'TRS ceasefire propose',
        'NMC ceasefire propose',
        'TRS prisoners propose',
        'NMC prisoners propose',
      ]),
    );
  });

  it('"the three countries" that put it forward are the three the sentence before listed together', () => {
    const doc = code(
      'Ormund welcomed a plan by Veska, Tarsia and the Northern Maritime Council, but the Skerry Islanders’ Assembly was silent. The plan, put forward by the three countries in May, calls for the release of all detained fishermen.',
    );
    expect(stances(doc)).toEqual(
      expect.arrayContaining(['VSK prisoners propose', 'TRS prisoners propose', 'NMC prisoners propose']),
    );
  });
});

describe('mediators', () => {
  it('a mediator proposes what the talks it mediates are about', () => {
    const doc = code('Veska and Ormund began talks on a ceasefire in Lumen, mediated by Tarsia.');
    expect(stances(doc)).toContain('TRS ceasefire propose');
    expect(rulesOf(doc, 'ceasefire', 'TRS')).toContain('position.mediator');
  });

  it('does not take the sides that report the talks for mediators listed after the mediator', () => {
    const doc = code(
      'Veska and Ormund met in Lumen on Monday for talks on a ceasefire facilitated by Tarsia, the two sides said.',
    );
    expect(rulesOf(doc, 'ceasefire', 'TRS')).toContain('position.mediator');
    expect(rulesOf(doc, 'ceasefire', 'VSK')).not.toContain('position.mediator');
    expect(rulesOf(doc, 'ceasefire', 'ORM')).not.toContain('position.mediator');
  });

  it('does not read a deal brokered years before the story as the mediator’s stance now', () => {
    const doc = code(
      'Tarsia, which brokered a 2019 truce and sent monitors to the islands, took no part in Friday’s talks.',
    );
    expect(rulesOf(doc, 'ceasefire', 'TRS')).not.toContain('position.mediator');
    expect(rulesOf(doc, 'foreign_troops', 'TRS')).not.toContain('position.mediator');
    const recent = code('Tarsia, which brokered a truce on Monday, sent monitors to the islands.');
    expect(rulesOf(recent, 'ceasefire', 'TRS')).toContain('position.mediator');
  });

  it('reads a mediator named in a compound ("a Tarsian-brokered truce")', () => {
    const doc = code('A Tarsian-brokered truce between Veska and Ormund took effect on Friday.');
    expect(stances(doc)).toContain('TRS ceasefire propose');
  });

  it('reads the sponsor of "a Tarsian-backed deal" as its mediator, not the backer of "Tarsian-backed rebels"', () => {
    const doc = code(
      'The leaders of Veska and Ormund agreed on how to implement a Tarsian-backed deal to normalize ties.',
    );
    expect(stances(doc)).toContain('TRS diplomatic_relations propose');
    const rebels = code('Tarsian-backed rebels attacked the port. Veska called for a prisoner exchange.');
    expect(rulesOf(rebels, 'prisoners', 'TRS')).toEqual([]);
  });

  it('reads the party of "an Ormundi-approved deal" as standing behind what it covers', () => {
    const doc = code('An Ormundi-approved deal to free the prisoners is already on the table.');
    expect(stances(doc)).toContain('ORM prisoners propose');
  });

  it('reads the mediator named after "of" ("under the auspices of", "at the facilitation of")', () => {
    for (const text of [
      'Under the auspices of the Northern Maritime Council, Veska and Ormund began talks on a ceasefire in Lumen.',
      'At the facilitation of the Northern Maritime Council, talks on a ceasefire are being held in Lumen.',
    ]) {
      const doc = code(text);
      expect(stances(doc)).toContain('NMC ceasefire propose');
      expect(rulesOf(doc, 'ceasefire', 'NMC')).toContain('position.mediator');
    }
  });

  it('reads the one tasked by another to mediate as the mediator', () => {
    const doc = code(
      'Mira Solenne was tasked by the Northern Maritime Council to mediate talks between Veska and Ormund on a ceasefire at sea.',
    );
    expect(rulesOf(doc, 'ceasefire', 'TRS')).toContain('position.mediator');
  });
});

describe('acts', () => {
  it('an act done is the doer’s acceptance, and imposing sanctions rejects their relief', () => {
    const doc = code(
      'Veska released the detained fishermen on Monday. The Northern Maritime Council imposed new sanctions on Ormund.',
    );
    expect(stances(doc)).toEqual(
      expect.arrayContaining(['VSK prisoners accept', 'NMC sanctions_relief reject']),
    );
  });

  it('an act told in a clause of time is background, not a stance', () => {
    const doc = code('Talks resumed after the Northern Maritime Council imposed new sanctions on Ormund.');
    expect(stances(doc).filter((s) => s.startsWith('NMC'))).toEqual([]);
  });
});

describe('conditions', () => {
  it('what an offer waits for, the offerer demands', () => {
    const doc = code(
      'Ormund promised on Friday to order a ceasefire at sea if Veska withdrew its troops from the islands and dropped its plans to join the Northern Maritime Council.',
    );
    expect(stances(doc)).toEqual(expect.arrayContaining(['ORM ceasefire propose', 'ORM territory demand']));
    expect(doc.positions.find((p) => p.issue === 'territory')?.provenance.rule).toBe(
      'position.condition.demand',
    );
  });

  it('a condition named by a noun phrase ("only in the event of a ceasefire") is demanded too', () => {
    const doc = code(
      'The proposals could come into force only in the event of a complete ceasefire, the Veskan negotiators told reporters in Lumen.',
    );
    expect(stances(doc)).toContain('VSK ceasefire demand');
    expect(doc.positions.find((p) => p.issue === 'ceasefire')?.provenance.rule).toBe(
      'position.condition.demand',
    );
  });

  it('a source "speaking on condition of anonymity" names no condition: the "if" clause still is one', () => {
    const doc = code(
      'A senior Veskan official, speaking on condition of anonymity, said a release could be discussed if Ormund agreed to a ceasefire at sea.',
    );
    expect(stances(doc)).not.toContain('ORM ceasefire accept');
  });

  it('a condition in an analyst’s forecast is nobody’s demand', () => {
    const doc = code('If the talks fail, the fighting will resume, a professor of history said.');
    expect(doc.positions).toEqual([]);
  });
});

describe('who owns a plan', () => {
  it('is the speaker a possessive pronoun stands for ("his own 10-point plan")', () => {
    const doc = code(
      'President Anton Brisk said he hoped the talks would endorse his own 10-point plan. The 10 points include the release of all detained fishermen.',
    );
    expect(stances(doc)).toContain('VSK prisoners propose');
  });

  it('is the possessor named before a count ("Ormund’s 12 points")', () => {
    const doc = code('Ormund’s 12 points include the release of all detained fishermen.');
    expect(stances(doc)).toContain('ORM prisoners propose');
  });

  it('is not the host of the talks a plan is discussed at ("a blueprint in talks hosted by Tarsia")', () => {
    const doc = code(
      'Veska wants support for a peace blueprint in talks hosted by Tarsia this weekend. The blueprint calls for the release of all detained fishermen.',
    );
    expect(stances(doc)).not.toContain('TRS prisoners propose');
  });
});

describe('an answer to the stance told just before', () => {
  it('"shot down that suggestion" rejects what the sentence before demands', () => {
    const doc = code(
      'Davor Kest demanded that Veskan troops withdraw from the islands. Anton Brisk quickly shot down that suggestion.',
    );
    expect(stances(doc)).toEqual(expect.arrayContaining(['ORM territory demand', 'VSK territory reject']));
    expect(rulesOf(doc, 'territory', 'VSK')).toContain('position.answer.reject');
  });

  it('"welcomed the idea" accepts what the sentence before proposes', () => {
    const doc = code('Davor Kest proposed a ceasefire at sea. Veska welcomed the idea.');
    expect(stances(doc)).toContain('VSK ceasefire accept');
  });

  it('"rejected this precondition" rejects what the sentence before makes a condition', () => {
    const doc = code(
      'Davor Kest insisted that any treaty requires Veskan troops to withdraw from the islands. The Veskan Foreign Ministry rejected this precondition.',
    );
    expect(stances(doc)).toEqual(expect.arrayContaining(['ORM territory demand', 'VSK territory reject']));
    expect(rulesOf(doc, 'territory', 'VSK')).toContain('position.answer.reject');
  });

  it('"ruled it out" after "but" rejects what the clause before proposes', () => {
    const doc = code('Davor Kest proposed a ceasefire at sea, but Veska has ruled it out.');
    expect(stances(doc)).toContain('VSK ceasefire reject');
    expect(rulesOf(doc, 'ceasefire', 'VSK')).toContain('position.answer.pronoun.reject');
    const p = doc.positions.find((x) => x.provenance.rule === 'position.answer.pronoun.reject');
    expect(p?.provenance.cue).toMatch(/^ruled it out → .*ceasefire/);
  });

  it('"rejected it." rejects what the sentence before demands', () => {
    const doc = code('Davor Kest demanded the release of the detained fishermen. Veska rejected it.');
    expect(stances(doc)).toContain('VSK prisoners reject');
    expect(rulesOf(doc, 'prisoners', 'VSK')).toContain('position.answer.pronoun.reject');
  });

  it('a refusal before "commit itself to it" turns it', () => {
    const doc = code(
      'Davor Kest proposed a ceasefire at sea, but Veska was not in a position to commit itself to it.',
    );
    expect(stances(doc)).toContain('VSK ceasefire reject');
    expect(stances(doc)).not.toContain('VSK ceasefire accept');
  });

  it('reads no pronoun that stands for a stance on more than one issue', () => {
    const doc = code(
      'Davor Kest proposed a ceasefire at sea and the release of the detained fishermen. Veska rejected it.',
    );
    expect(rulesOf(doc, 'ceasefire', 'VSK')).not.toContain('position.answer.pronoun.reject');
    expect(rulesOf(doc, 'prisoners', 'VSK')).not.toContain('position.answer.pronoun.reject');
  });

  it('reads no "that" that opens a clause', () => {
    const doc = code('Davor Kest proposed a ceasefire at sea. Veska accepted that talks would resume.');
    expect(rulesOf(doc, 'ceasefire', 'VSK').filter((r) => r.startsWith('position.answer.pronoun'))).toEqual(
      [],
    );
  });

  it('answers no stance that the one answering holds itself', () => {
    const doc = code('Veska proposed a ceasefire at sea. Veska later abandoned the idea.');
    expect(rulesOf(doc, 'ceasefire', 'VSK')).not.toContain('position.answer.reject');
  });
});

describe('a definite reference to a deal told earlier with what it holds', () => {
  const ruleOf = (doc: ReturnType<typeof code>, actor: string) =>
    doc.positions.filter((p) => p.actor === actor).map((p) => p.provenance.rule);

  it('takes the issues of the nearest earlier deal whose own words say what it holds', () => {
    const doc = code(
      'Last year the envoys drafted a deal to free the detained fishermen. The talks lasted ten hours. Ormund rejected the deal on Friday.',
    );
    expect(stances(doc)).toContain('ORM prisoners reject');
    const p = doc.positions.find((x) => x.actor === 'ORM' && x.issue === 'prisoners');
    expect(p?.provenance.rule).toBe('position.reference.reject');
    // The provenance names the cue and the antecedent it refers back to.
    expect(p?.provenance.cue).toBe('rejected the deal → deal to free the detained fishermen');
  });

  it('reads a deal left unsigned by what its own words name, and an undecided answer as open', () => {
    const doc = code(
      'The Ormund envoy left Lumen without signing a ceasefire agreement on Monday. The talks lasted ten hours. Ormund asked for a day to make up its mind on the deal.',
    );
    expect(stances(doc)).toContain('ORM ceasefire open');
    expect(ruleOf(doc, 'ORM')).toContain('position.reference.open');
  });

  it('reads nothing when no earlier deal says what it holds', () => {
    const doc = code(
      'The envoys met in Lumen on Monday. The talks lasted ten hours. Ormund rejected the deal on Friday.',
    );
    expect(ruleOf(doc, 'ORM')).not.toContain('position.reference.reject');
  });

  it('does not read an indefinite deal or a deal named in capitals as a reference back', () => {
    const doc = code(
      'Last year the envoys drafted a deal to free the detained fishermen. The talks lasted ten hours. Ormund rejected any deal on Friday. Veska rejected the Lumen Agreement.',
    );
    expect(ruleOf(doc, 'ORM')).not.toContain('position.reference.reject');
    expect(ruleOf(doc, 'VSK')).not.toContain('position.reference.reject');
  });

  it('leaves a turned answer and an act of an earlier year unread', () => {
    const doc = code(
      'Last year the envoys drafted a deal to free the detained fishermen. The talks lasted ten hours. Ormund would not leave the deal. Veska abandoned the deal in 2019.',
      '2024-05-01',
    );
    expect(ruleOf(doc, 'ORM')).not.toContain('position.reference.reject');
    expect(ruleOf(doc, 'VSK')).not.toContain('position.reference.reject');
  });
});

describe('a part of a deal that one party takes on', () => {
  it('“the deal included an agreement by Tarsia to recognise …”: Tarsia accepts it, not the signatories', () => {
    const got = stances(
      code(
        'Veska and Ormund agreed on Monday to restore full diplomatic relations. The deal included an agreement by Tarsia to recognise Ormund’s claim to the islands.',
      ),
    );
    expect(got).toContain('TRS territory accept');
    expect(got).not.toContain('VSK territory accept');
  });
});

describe('the owner of a plan named before a list of its qualities', () => {
  it('reads the possessor past a list of qualifiers as the plan’s author', () => {
    const got = stances(
      code('Veska’s serious, credible, and realistic ceasefire plan is the only basis for peace at sea.'),
    );
    expect(got).toContain('VSK ceasefire propose');
  });

  it('takes no party that a comma sets off as the owner', () => {
    const got = stances(code('In Ormund, ceasefire plans were discussed on Monday.'));
    expect(got).not.toContain('ORM ceasefire propose');
  });
});

describe('what a deal does not hold', () => {
  it('leaves out what a sentence after the deal leaves open ("unclear whether")', () => {
    const got = stances(
      code(
        'Veska and Ormund signed a truce in Lumen on Monday. It remained unclear whether humanitarian aid to the islands would increase.',
      ),
    );
    expect(got).toContain('VSK ceasefire accept');
    expect(got).not.toContain('VSK humanitarian accept');
    expect(got).not.toContain('ORM humanitarian accept');
  });

  it('leaves out what a clause set against the deal says remains unresolved', () => {
    const got = stances(
      code(
        'Veska and Ormund signed a framework agreement in Lumen on Saturday, but key issues including the release of the fishermen remain unresolved.',
      ),
    );
    expect(got).not.toContain('VSK prisoners accept');
    expect(got).not.toContain('ORM prisoners accept');
  });

  it('reads a treaty named in capitals as a deal of its own, not the one told nearby', () => {
    const got = stances(
      code(
        'Veska and Ormund agreed on Monday to a troop withdrawal along the border.\n\nOrmund’s assembly said suspending the Lumen Fisheries Treaty would be treated as an act of war.',
      ),
    );
    expect(got).toContain('ORM demilitarisation accept');
    expect(got).not.toContain('ORM demilitarisation reject');
  });
});

describe('a signatory that refuses its deal', () => {
  it('gives no accept to a party that suspends, in the same sentence, the deal it signed', () => {
    const got = stances(
      code(
        'Veska and Ormund fought at sea in May.\n\nDavor Kest said on Tuesday Ormund would suspend the peace declaration signed with Veska in Lumen last month.',
      ),
    );
    expect(got).toEqual(expect.arrayContaining(['ORM ceasefire reject', 'VSK ceasefire accept']));
    expect(got).not.toContain('ORM ceasefire accept');
  });
});

describe('a proposal whose receipt is denied', () => {
  it('names no proposal: neither the sender nor the receiver proposes', () => {
    for (const text of [
      'Petr Vallo said Ormund had not received a proposal from Veska on a prisoner exchange.',
      'Petr Vallo said Ormund has yet to see any proposal from Lumen on a prisoner exchange.',
    ]) {
      expect(stances(code(text)).filter((s) => s.endsWith('propose'))).toEqual([]);
    }
    // (a proposal received is one made)
    expect(
      stances(code('Petr Vallo said Ormund had received a proposal from Veska on a prisoner exchange.')),
    ).toContain('VSK prisoners propose');
  });
});

describe('a party pressed to answer a plan', () => {
  it('gives no answer of its own', () => {
    const text =
      "Anton Brisk dismissed Ormund's proposal for a three-day truce.\n\nVeskan officials said Mira Solenne had pressed Brisk to accept Ormund's terms.";
    const got = stances(code(text));
    expect(got).toContain('VSK ceasefire reject');
    expect(got).not.toContain('VSK ceasefire accept');
  });
});

describe('an answer asked for or left open', () => {
  it('is none given ("should accept it", "whether to accept the plan")', () => {
    const asked = stances(
      code(
        'Anton Brisk said Ormund should release all detained fishermen.\n\nMira Solenne said Veska had agreed to the terms of a truce at sea and that Ormund should accept it.',
      ),
    );
    expect(asked).not.toContain('ORM prisoners accept');
    const open = stances(
      code(
        "Veska proposed a plan for a ceasefire at sea.\n\nOrmund's foreign ministry said it was up to Davor Kest to decide whether to accept the plan.",
      ),
    );
    expect(open).not.toContain('ORM ceasefire accept');
  });
});

describe('an agreement to meet again', () => {
  it('holds none of the issues its sentence names before it (the topic of the talks held)', () => {
    const got = stances(
      code('Veska and Ormund held nuclear talks in Lumen on Saturday and agreed to meet again next week.'),
    );
    expect(got.filter((s) => s.includes('nuclear'))).toEqual([]);
  });
});

describe('a plan told phase by phase', () => {
  it('gives what "The second phase includes" to the plan’s author', () => {
    const got = stances(
      code(
        'Ormund has put forward a two-stage plan to end the fighting on the islands. Veska has not yet replied. ' +
          'Officials in Lumen said talks could take weeks. ' +
          'The second phase also includes the return of displaced islanders to their homes.',
      ),
    );
    expect(got).toContain('ORM humanitarian propose');
  });
});
