import { describe, expect, it } from 'vitest';
import { statementsOf } from './extract.js';

describe('direct quotes', () => {
  it('takes the cue after the quote, and gives a second quoted sentence its own statement', () => {
    const s = statementsOf(
      'Ormund’s President Davor Kest spoke in Kessel on Monday.\n\n“We will not give up the islands,” Kest said. “Our fishermen must come home.”',
    );
    expect(s.map((x) => [x.content, x.direct])).toEqual([
      ['We will not give up the islands,', true],
      ['Our fishermen must come home.', true],
    ]);
    expect(s.every((x) => x.speaker.includes('Kest'))).toBe(true);
    expect(s[0].cue).toBe('said');
  });

  it('a participle after partial quotes takes its object as the one accused, not as the speaker', () => {
    const s = statementsOf(
      'Ormund’s President Davor Kest spoke on Monday.\n\nIlse Marrow said Kest’s reply was “predictable” and “cynical”, accusing the Ormundi leader of stalling.',
    );
    const reply = s.find((x) => x.content.includes('predictable'));
    expect(reply?.speaker).toContain('Marrow');
  });

  it('takes the speaker after the cue ("said X, the Y") and the cue before the quote ("X said: …")', () => {
    const s = statementsOf(
      '“The ceasefire at sea holds,” said Petr Vallo, Ormund’s chief negotiator.\n\nMira Solenne said: “Both delegations will return to Lumen.”',
    );
    expect(s.map((x) => [x.said, x.content])).toEqual([
      ['Petr Vallo', 'The ceasefire at sea holds,'],
      ['Mira Solenne', 'Both delegations will return to Lumen.'],
    ]);
  });

  it('keeps one quoted sentence split around its cue as one statement', () => {
    const s = statementsOf(
      '“If Ormund frees the fishermen,” Ilse Marrow said, “we will talk about sanctions.”',
    );
    expect(s).toHaveLength(1);
    expect(s[0].content).toMatch(/^If Ormund frees the fishermen.*we will talk about sanctions\.$/);
    expect(s[0].said).toBe('Ilse Marrow');
  });

  it('a quote its cue introduces ("said, “….”") keeps that frame when a cue follows it in the sentence', () => {
    const s = statementsOf(
      'The head of the Veskan delegation, Ilse Marrow, said, “For us this round is over. The envoy can give his own opinion.” – She continued, referring to the talks in Lumen, that Ormund had not moved.',
    );
    expect(s.map((x) => [x.said, x.content, x.direct])).toEqual([
      ['Ilse Marrow', 'For us this round is over.', true],
      ['Ilse Marrow', 'The envoy can give his own opinion.', true],
    ]);
  });

  it('follows a quote over several sentences and paragraphs, one statement per quoted sentence', () => {
    const s = statementsOf(
      'Jonas Hale spoke to reporters in Kessel.\n\n“The islands were ours before the war. They are ours now.\n\n“Nobody in Port Alder should doubt it,” Hale said.',
    );
    expect(s.map((x) => x.content)).toEqual([
      'The islands were ours before the war.',
      'They are ours now.',
      'Nobody in Port Alder should doubt it,',
    ]);
    expect(s.every((x) => x.speaker.includes('Hale') && x.direct)).toBe(true);
  });

  it('gives a paragraph that opens with a quote the speaker of the quote just before it', () => {
    const s = statementsOf(
      '“We came to Lumen to listen,” Mira Solenne said.\n\n“Both sides have made offers that deserve an answer.”',
    );
    expect(s).toHaveLength(2);
    expect(s[1].speaker).toContain('Solenne');
  });

  it('gives a quote with no cue the speaker of the reported statement just before it', () => {
    const s = statementsOf(
      'Davor Kest said an agreement had been reached. “Certainly this will not be all.”\n\n“Both sides will meet again in May.”',
    );
    expect(s.map((x) => [x.content, x.speaker])).toEqual([
      ['an agreement had been reached', 'Davor Kest'],
      ['Certainly this will not be all.', 'Davor Kest'],
      ['Both sides will meet again in May.', 'Davor Kest'],
    ]);
  });

  it('reads a post embedded in the report ("— Name (@handle) date") as its author’s statements', () => {
    const s = statementsOf(
      'The talks resumed in Lumen.\n\nVeska stands by its fishermen. We will not give up the islands. pic.twitter.com/abc123 — Ilse Marrow (@IlseMarrow) May 4, 2026',
    );
    expect(s.map((x) => [x.content, x.speaker])).toEqual([
      ['Veska stands by its fishermen.', 'Ilse Marrow'],
      ['We will not give up the islands.', 'Ilse Marrow'],
    ]);
  });

  it('reads a text that opens with a bare "(@handle)" line, which is no post of anyone', () => {
    const s = statementsOf('(@LumenDesk)\n\nLUMEN - Veska said on Monday it would not give up the islands.');
    expect(s.map((x) => x.speaker)).toEqual(['Veska']);
  });

  it('does not take scare quotes or quoted titles for statements', () => {
    const s = statementsOf(
      'The so-called “fishing truce” collapsed in May. Lena Osk appeared on “Harbour Morning” on Sunday to discuss the “red lines” of both sides.',
    );
    expect(s).toEqual([]);
  });
});

describe('quotations in single curly marks', () => {
  it('reads ‘…’ as a quotation in an article that quotes with single marks', () => {
    const s = statementsOf(
      'Ormund’s President Davor Kest spoke in Kessel on Monday.\n\n‘We will not give up the fishermen’s islands,’ Kest said. ‘Veska’s offer is not enough.’',
    );
    expect(s.map((x) => [x.content, x.direct, x.said])).toEqual([
      ['We will not give up the fishermen’s islands,', true, 'Kest'],
      ['Veska’s offer is not enough.', true, 'Kest'],
    ]);
  });
});

describe('reported speech', () => {
  const one = (text: string) => {
    const s = statementsOf(text);
    expect(s).toHaveLength(1);
    return s[0];
  };

  it('"X said (that) …"', () => {
    const s = one('Veska’s Foreign Minister Ilse Marrow said that the islands are not for sale.');
    expect([s.said, s.content, s.direct, s.actor]).toEqual([
      'Veska’s Foreign Minister Ilse Marrow',
      'the islands are not for sale',
      false,
      'VSK',
    ]);
  });

  it('"…, X said." with the cue after the content', () => {
    const s = one('Talks on fishing rights would resume in Lumen next week, Petr Vallo said.');
    expect([s.said, s.content]).toEqual([
      'Petr Vallo',
      'Talks on fishing rights would resume in Lumen next week',
    ]);
  });

  it('"X told reporters in Lumen that …" skips the addressee and the place', () => {
    const s = one('Davor Kest told reporters in Lumen that Ormund would free the detained fishermen.');
    expect([s.said, s.content, s.cue]).toEqual([
      'Davor Kest',
      'Ormund would free the detained fishermen',
      'told',
    ]);
  });

  it('"according to X, …"', () => {
    const s = one('According to Mira Solenne, both delegations have accepted the new agenda.');
    expect([s.said, s.content, s.cue]).toEqual([
      'Mira Solenne',
      'both delegations have accepted the new agenda',
      'According to',
    ]);
  });

  it('"X wrote on Y", "X insisted …", and the capital speaking for its state', () => {
    expect(one('Anton Brisk wrote on social media that the sanctions had failed.').content).toBe(
      'the sanctions had failed',
    );
    expect(one('Jonas Hale insisted the talks were on track.').content).toBe('the talks were on track');
    const capital = one('Kessel says the detained fishermen broke Ormundi law.');
    expect([capital.said, capital.actor]).toEqual(['Kessel', 'ORM']);
  });

  it('"…, said X, the Y" inversion', () => {
    const s = one('The Assembly must have a seat at the table, said Lena Osk, the government spokeswoman.');
    expect([s.said, s.content]).toEqual(['Lena Osk', 'The Assembly must have a seat at the table']);
  });

  it('"…, a Y, X, told Z": the name set off before "told" speaks, not the hearer after it', () => {
    const s = one(
      'The vote will be held in June -- the month the old council ends -- another opposition leader, Tomas Erdel, told Lumen Radio.',
    );
    expect(s.said).toBe('Tomas Erdel');
    expect(s.content).toMatch(/^The vote will be held in June/);
  });

  it('"As X noted, …", "…, as X said", and a time between speaker and cue', () => {
    expect(one('As Mira Solenne noted, neither side has left the table in Lumen.').content).toBe(
      'neither side has left the table in Lumen',
    );
    expect(one('The ceasefire has held since June, as Tarsian officials have said.').content).toBe(
      'The ceasefire has held since June',
    );
    const s = one('Petr Vallo on Tuesday said the fishermen must come home.');
    expect([s.said, s.content]).toEqual(['Petr Vallo', 'the fishermen must come home']);
  });

  it('"X said this at …" and "This was stated by X" report the sentence before', () => {
    const s = statementsOf(
      'The fishermen will be freed next week. Ilse Marrow said this at a briefing in Lumen on Tuesday.',
    );
    expect(s.map((x) => [x.said, x.content])).toEqual([
      ['Ilse Marrow', 'The fishermen will be freed next week'],
    ]);
    const p = statementsOf(
      'The border will open on Friday. This was stated by Petr Vallo at a press conference.',
    );
    expect(p.map((x) => [x.said, x.content])).toEqual([['Petr Vallo', 'The border will open on Friday']]);
    // "said this was …": "this" opens the words said, not the sentence before
    expect(
      statementsOf('The border will open on Friday. Petr Vallo said this was the last round.').map(
        (x) => x.content,
      ),
    ).not.toContain('The border will open on Friday');
  });

  it('", but he …" after the words said is the reporter going on about the speaker', () => {
    const [s] = statementsOf(
      'Petr Vallo said Veska had missed a chance, but he left the door open to new talks.',
    );
    expect(s.content).toBe('Veska had missed a chance');
  });

  it('a place named between the speaker and the verb is where the speaker spoke, not the speaker', () => {
    const speakers = (text: string) => statementsOf(text).map((x) => x.said);
    expect(
      speakers('Ilse Marrow, Veska’s envoy, on Monday in Lumen urged both sides to resume the talks.'),
    ).toEqual(['Ilse Marrow']);
    expect(speakers('Petr Vallo in Kessel said the fishermen must come home.')).toEqual(['Petr Vallo']);
    // The place that says whose officials speak stays in their phrase.
    expect(speakers('Officials in Kessel said the fishermen must come home.')).toEqual([
      'Officials in Kessel',
    ]);
  });

  it('content introduced by a colon, in the next paragraph', () => {
    const s = statementsOf('Ilse Marrow added:\n\nThe islands will stay Veskan whatever Kessel decides.');
    expect(s.map((x) => [x.said, x.content])).toEqual([
      ['Ilse Marrow', 'The islands will stay Veskan whatever Kessel decides'],
    ]);
  });

  it('naming is not speech', () => {
    expect(statementsOf('A fishing cooperative called Skerry Catch opened an office in Kessel.')).toEqual([]);
  });

  it('a parenthetical cue inside the content ("…, she added, …")', () => {
    const s = statementsOf(
      'Ilse Marrow met Mira Solenne.\n\nIf the ceasefire holds, she added, Veska will lift the blockade.',
    );
    expect(s).toHaveLength(1);
    expect(s[0].content).toContain('Veska will lift the blockade');
    expect(s[0].speaker).toContain('Marrow');
  });

  it('speech reported inside a statement’s content is part of it, not a second statement', () => {
    const s = one('Anton Brisk said he had told Kest that Veska wanted a lasting settlement.');
    expect(s.content).toBe('he had told Kest that Veska wanted a lasting settlement');
    const claim = one('Lena Osk said that Kessel tells lies about the fishermen every week.');
    expect([claim.said, claim.content]).toEqual([
      'Lena Osk',
      'Kessel tells lies about the fishermen every week',
    ]);
  });

  it('a partial quote inside reported speech is not direct', () => {
    const s = one('Ilse Marrow said Ormund was “not yet serious” about the fishing rights.');
    expect([s.content, s.direct]).toEqual(['Ormund was “not yet serious” about the fishing rights', false]);
  });

  it('a participle cue speaks for the clause’s subject', () => {
    const s = one('Ormund hardened its demands, insisting it would not return the islands.');
    expect([s.said, s.content, s.cue]).toEqual(['Ormund', 'it would not return the islands', 'insisting']);
  });

  it('anonymous sources and collective speakers', () => {
    const anon = one('Sources familiar with the matter said the Assembly would join the next round.');
    expect([anon.said, anon.anonymous]).toEqual(['Sources familiar with the matter', true]);
    const official = one('A senior Veskan official said the blockade would end in June.');
    expect(official.anonymous).toBe(true);
    const diplomat = one(
      'A Tarsian diplomat, who asked not to be named, said the envoy would stay in Lumen.',
    );
    expect([diplomat.said, diplomat.content, diplomat.anonymous]).toEqual([
      'A Tarsian diplomat',
      'the envoy would stay in Lumen',
      true,
    ]);
    const vienna = one('Sources in Lumen said the envoy would stay another week.');
    expect([vienna.said, vienna.speaker, vienna.actor, vienna.anonymous]).toEqual([
      'Sources in Lumen',
      'Sources in Lumen',
      null,
      true,
    ]);
    const list = one('Still, Port Alder, Kessel and Lumen insisted that the talks were closer to a deal.');
    expect(list.said).toBe('Port Alder, Kessel and Lumen');
    const place = one('In Lumen, Veska and Ormund said that the talks were closer to a deal.');
    expect(place.said).toBe('Veska and Ormund');
    const envoy = one('The Veskan peace envoy to Ormund said that the talks had made progress.');
    expect([envoy.said, envoy.actor]).toEqual(['The Veskan peace envoy to Ormund', 'VSK']);
    const special = one('The Tarsian special envoy for Veska announced that the truce was extended.');
    expect([special.said, special.actor]).toEqual(['The Tarsian special envoy for Veska', 'TRS']);
    const both = one('Both sides said no date had been set for the next round.');
    expect([both.said, both.content]).toEqual(['Both sides', 'no date had been set for the next round']);
  });

  it('"…, X said in Kessel after the talks": what follows the cue is a circumstance', () => {
    const s = one(
      'Talks on fishing rights would resume in Lumen next week, Petr Vallo said in Kessel following the meeting.',
    );
    expect([s.said, s.content]).toEqual([
      'Petr Vallo',
      'Talks on fishing rights would resume in Lumen next week',
    ]);
  });

  it('"the agency quoted X as saying", "X was cited as saying": the one quoted speaks', () => {
    const active = one(
      'The fishermen will be freed on Monday, the Tidewire news agency quoted Ilse Marrow as saying.',
    );
    expect([active.said, active.content]).toEqual(['Ilse Marrow', 'The fishermen will be freed on Monday']);
    const passive = one(
      'A Veskan official was cited by the Tidewire as saying that the islands are not for sale.',
    );
    expect([passive.said, passive.content]).toEqual(['A Veskan official', 'the islands are not for sale']);
    const quote = one('“We are ready to sign,” the Tidewire quoted Davor Kest as saying.');
    expect([quote.said, quote.content, quote.direct]).toEqual(['Davor Kest', 'We are ready to sign,', true]);
  });

  it('"…, public affairs and media adviser X said.": title words before the phrase, back to the comma, belong to the speaker', () => {
    const s = statementsOf(
      'The flight from Lumen left before dawn with 120 former detainees, Tarsian public affairs and media adviser Lio Marrow said.\n\nVeska hopes to settle the rules of a lasting truce by the end of the year, a spokesman for the government’s negotiating team has told Northwire.\n\n“Both sides agreed to keep the hotline open,” a statement from the Ormundi army’s media wing said.\n\nMeanwhile, taking to the radio, embattled President Davor Kest wrote.',
    );
    expect(s.map((x) => [x.said, x.content])).toEqual([
      [
        'Tarsian public affairs and media adviser Lio Marrow',
        'The flight from Lumen left before dawn with 120 former detainees',
      ],
      [
        'a spokesman for the government’s negotiating team',
        'Veska hopes to settle the rules of a lasting truce by the end of the year',
      ],
      ['the Ormundi army’s media wing', 'Both sides agreed to keep the hotline open,'],
    ]);
  });

  it('"pleaded for …", "elaborated on …": reporting verbs WordNet’s forms lack', () => {
    const s = statementsOf(
      'Veskan civil society groups on Monday pleaded for a “stoppage of bloodshed” and a deal to be struck.\n\nIn Kessel, Ilse Marrow elaborated on the efforts to bring the two navies to talks in Lumen in June.',
    );
    expect(s.map((x) => [x.cue, x.content])).toEqual([
      ['pleaded', 'for a “stoppage of bloodshed” and a deal to be struck'],
      ['elaborated', 'on the efforts to bring the two navies to talks in Lumen in June'],
    ]);
  });

  it('a comma inside a closing quotation mark before a clause of the reporter’s ends the content there', () => {
    const s = statementsOf(
      'The Ormundi ministry described the Veskan demands as “unilateral and one-sided,” while the talks in Lumen went on.',
    );
    expect(s.map((x) => [x.said, x.content])).toEqual([
      ['The Ormundi ministry', 'the Veskan demands as “unilateral and one-sided,”'],
    ]);
  });

  it('"…, warning …": a speech noun’s -ing form after a comma is a participle cue that ends the content before it', () => {
    const s = statementsOf(
      'Ormund’s President Davor Kest urged Veska to lift the blockade of the islands, warning that the fishermen would not wait another season.',
    );
    expect(s.map((x) => [x.said, x.content, x.cue])).toEqual([
      ['Ormund’s President Davor Kest', 'to lift the blockade of the islands', 'urged'],
      ['Ormund’s President Davor Kest', 'the fishermen would not wait another season', 'warning'],
    ]);
  });

  it('"…, X said, stressing that …", "…, citing …", "…, while calling for …": a participle after the frame speaks on', () => {
    const stressing = statementsOf(
      'Monitors will watch the line at sea, the Veskan presidency said, stressing that a full truce is a precondition for any settlement.',
    );
    expect(stressing.map((x) => [x.said, x.content])).toEqual([
      ['the Veskan presidency', 'Monitors will watch the line at sea'],
      ['the Veskan presidency', 'a full truce is a precondition for any settlement'],
    ]);
    const citing = statementsOf(
      'The Tarsian presidency said the summit in Lumen was called off, citing misunderstandings on the plan for the islands.',
    );
    expect(citing.map((x) => [x.said, x.content])).toEqual([
      ['The Tarsian presidency', 'the summit in Lumen was called off'],
      ['The Tarsian presidency', 'misunderstandings on the plan for the islands'],
    ]);
    const calling = statementsOf(
      'The Veskan rebel group said on Thursday that a truce announced a day earlier “does not concern us”, while calling for direct talks with the Ormundi government.',
    );
    expect(calling.map((x) => [x.said, x.content])).toEqual([
      ['The Veskan rebel group', 'a truce announced a day earlier “does not concern us”'],
      ['The Veskan rebel group', 'direct talks with the Ormundi government'],
    ]);
    // A source cited is no content of its own.
    const source = statementsOf(
      'A Tarsian delegation will join the talks, the agency reported, citing an unidentified source in Lumen.',
    );
    expect(source.map((x) => x.content)).toEqual(['A Tarsian delegation will join the talks']);
  });

  it('"made it clear that …", "…, making clear that …": a phrase cue reports what follows its "that"', () => {
    const s = statementsOf(
      'The Veskan envoy made it clear that Ormund must leave the islands.\n\n“It is too early to judge the talks,” Petr Vallo said, making clear that he would pursue his efforts in Lumen.',
    );
    expect(s.map((x) => [x.said, x.content])).toEqual([
      ['The Veskan envoy', 'Ormund must leave the islands'],
      ['Petr Vallo', 'It is too early to judge the talks,'],
      ['Petr Vallo', 'he would pursue his efforts in Lumen'],
    ]);
    // ("made clear progress" is no speech.)
    expect(statementsOf('The Veskan envoy made clear progress in Lumen on Monday.')).toEqual([]);
  });

  it('"questioned the viability of …" reports its object; "accepted that …" its clause, not "accepted the invitation"', () => {
    const questioned = one(
      'Ilse Marrow on Friday questioned the viability of a truce signed between the two factions.',
    );
    expect([questioned.said, questioned.content]).toEqual([
      'Ilse Marrow',
      'the viability of a truce signed between the two factions',
    ]);
    const accepted = one('Mr Kest accepted that Ormund had given ground on access to fishing waters.');
    expect([accepted.said, accepted.content]).toEqual([
      'Mr Kest',
      'Ormund had given ground on access to fishing waters',
    ]);
    expect(statementsOf('Davor Kest accepted the invitation to the talks in Lumen.')).toEqual([]);
  });

  it('an object content ends before a clause of time or cause ("expressed regret at … when he spoke …")', () => {
    const s = one(
      'Davor Kest expressed regret at the Veskan decision when he spoke in parliament later in the day.',
    );
    expect([s.said, s.content]).toEqual(['Davor Kest', 'regret at the Veskan decision']);
  });

  it('", and in a letter … X said that …": a circumstance after "and" opens another speaker\'s clause', () => {
    const s = statementsOf(
      'The Alder Palace insisted the plan had the support of every minister, and in a letter to lawmakers last night Ilse Marrow made it clear that dissent would no longer be tolerated.',
    );
    expect(s.map((x) => [x.said, x.content])).toEqual([
      ['The Alder Palace', 'the plan had the support of every minister'],
      ['Ilse Marrow', 'dissent would no longer be tolerated'],
    ]);
  });

  it('a participle clause set off inside the content ("the envoy, acting as a mediator, did not …") stays in it', () => {
    const s = one(
      'Davor Kest said the plan was unacceptable since the envoy, acting as a mediator, did not suggest further steps for a final agreement.',
    );
    expect(s.content).toBe(
      'the plan was unacceptable since the envoy, acting as a mediator, did not suggest further steps for a final agreement',
    );
  });

  it('"revealed that …", "revealed he had …" report their clause, not "revealed the plan"', () => {
    const s = statementsOf(
      'The Veskan envoy revealed he had been in contact with the Ormundi army chief two months earlier.\n\nPetr Vallo also revealed that all the fishermen would be handed over in Port Alder.\n\nThe ministry revealed the plan for the islands on Monday.',
    );
    expect(s.map((x) => [x.said, x.content])).toEqual([
      ['The Veskan envoy', 'he had been in contact with the Ormundi army chief two months earlier'],
      ['Petr Vallo', 'all the fishermen would be handed over in Port Alder'],
    ]);
  });

  it('"cited X, who …, as saying": a relative clause set off after the one quoted', () => {
    const s = one(
      'A statement from Veska also cited Ilse Marrow, who met her Ormundi counterpart on Thursday, as saying that the fishing dispute should be put in context.',
    );
    expect([s.said, s.content]).toEqual(['Ilse Marrow', 'the fishing dispute should be put in context']);
  });

  it('a title of a body before the verb: "the bloc\'s chief negotiator", "the Secretary-General of the Council X"', () => {
    const bloc = one(
      'Both fleets will leave the islands by May, the bloc’s chief negotiator said on Saturday.',
    );
    expect([bloc.said, bloc.content]).toEqual([
      'the bloc’s chief negotiator',
      'Both fleets will leave the islands by May',
    ]);
    const titled = one(
      'A ceasefire has been reached for the port of Dalen, the Secretary-General of the Northern Council Jonas Hale announced Thursday at a press conference.',
    );
    expect([titled.said, titled.content]).toEqual([
      'the Secretary-General of the Northern Council Jonas Hale',
      'A ceasefire has been reached for the port of Dalen',
    ]);
  });

  it('a text with its issuer or its place speaks ("the statement released by X said", "a statement on his website said")', () => {
    const released = one(
      'No military advantage will be sought before the truce, the statement released by the Veskan foreign ministry said.',
    );
    expect([released.said, released.content]).toEqual([
      'the statement released by the Veskan foreign ministry',
      'No military advantage will be sought before the truce',
    ]);
    const website = one(
      'President Davor Kest ordered the fleet to leave the islands by noon, a statement on his website said.',
    );
    expect([website.said, website.content]).toEqual([
      'a statement on his website',
      'President Davor Kest ordered the fleet to leave the islands by noon',
    ]);
  });

  it('"hinted that …" reports; "As X hints at …, …" does not', () => {
    const hinted = one('Ilse Marrow had hinted that a deal on the islands could be reached next week.');
    expect([hinted.said, hinted.content]).toEqual([
      'Ilse Marrow',
      'a deal on the islands could be reached next week',
    ]);
    expect(
      statementsOf(
        'As the Veskan ministry hints at what the plan might hold, Ormund is not having any of it.',
      ),
    ).toEqual([]);
  });

  it('"according to a statement by X" names the text with its issuer; "told the Ormundi envoy that" skips the one spoken to', () => {
    const according = one(
      'According to a statement by the Veskan foreign ministry, the talks will resume on Monday.',
    );
    expect([according.said, according.content]).toEqual([
      'a statement by the Veskan foreign ministry',
      'the talks will resume on Monday',
    ]);
    const told = one('Davor Kest told the Ormundi envoy that the fishing fleets would leave the islands.');
    expect([told.said, told.content]).toEqual(['Davor Kest', 'the fishing fleets would leave the islands']);
    const reporters = one('Davor Kest told reporters the fishing fleets would leave the islands.');
    expect(reporters.content).toBe('the fishing fleets would leave the islands');
  });

  it('skips a set phrase of circumstance after the cue ("hinted for the first time that …")', () => {
    const s = statementsOf(
      'Davor Kest said that he would invite Jonas Hale to Lumen, and hinted for the first time that sanctions on Ormund could be lifted.',
    );
    expect(s.map((x) => [x.said, x.content])).toEqual([
      ['Davor Kest', 'he would invite Jonas Hale to Lumen'],
      ['Davor Kest', 'sanctions on Ormund could be lifted'],
    ]);
  });

  it('collective speakers and documents speak ("world powers urged", "the agreement states")', () => {
    const powers = one('World powers have urged both sides to return to the talks in Lumen.');
    expect([powers.said, powers.content]).toEqual([
      'World powers',
      'both sides to return to the talks in Lumen',
    ]);
    const deal = one('Both fleets will leave the islands within 30 days, the agreement states.');
    expect([deal.said, deal.content]).toEqual([
      'the agreement',
      'Both fleets will leave the islands within 30 days',
    ]);
    const communique = one('“The islands must be demilitarised,” said the summit’s final communique.');
    expect(communique.said).toBe('the summit’s final communique');
  });

  it('a name that opens with a particle ("al-Haddad") and a relative clause inside the content', () => {
    expect(one('Karim al-Haddad emphasized that the talks would resume in Lumen.').said).toBe(
      'Karim al-Haddad',
    );
    expect(one('Reports say the fishermen, who were detained in May, were not freed.').content).toBe(
      'the fishermen, who were detained in May, were not freed',
    );
  });

  it('cues whose object is what they report ("welcomed the deal", "expressed hope for …")', () => {
    expect(one('Mira Solenne welcomed the agreement on fishing rights.').content).toBe(
      'the agreement on fishing rights',
    );
    expect(one('Ilse Marrow expressed hope for a lasting settlement in Lumen.').content).toBe(
      'hope for a lasting settlement in Lumen',
    );
    expect(one('Kessel denies the allegations.').content).toBe('the allegations');
    // "expressed" reports a feeling, not any object.
    expect(statementsOf('Veska expressed its fish to Kessel by ship.')).toEqual([]);
  });

  it('"described X as Y", "hailed X as Y": a judgement reported with its object', () => {
    const judgements = [
      'Ormundi President Davor Kest described the talks in Lumen as a new beginning.',
      'A Veskan statement hailed the deal as historic.',
    ].map((text) => Object.values(one(text)).slice(0, 4));
    expect(judgements).toEqual([
      ['Ormundi President Davor Kest', 'Davor Kest', 'ORM', 'the talks in Lumen as a new beginning'],
      ['A Veskan statement', 'A Veskan statement', 'VSK', 'the deal as historic'],
    ]);
    // Without "as" after the object, "described" reports nothing.
    expect(statementsOf('Kest described the islands to the visitors in Kessel.')).toEqual([]);
  });

  it('"condemned X as Y", "criticised X as Y": a judgement in blame is reported speech too', () => {
    const s = statementsOf(
      'Ormundi lawmakers have condemned the takeover as a coup. Veska and Tarsia criticised the vote as neither free nor fair.',
    );
    expect(s.map((x) => [x.speaker, x.content])).toEqual([
      ['Ormundi lawmakers', 'the takeover as a coup'],
      ['Veska and Tarsia', 'the vote as neither free nor fair'],
    ]);
    // Without "as" after the object the blame is an event, not a statement.
    expect(statementsOf('Ormundi lawmakers have condemned the takeover.')).toEqual([]);
    // "as" opening a clause of time, or a reflexive object, is no judgement told.
    expect(
      statementsOf('The council condemned the launch as Ormund fired three missiles on Monday.'),
    ).toEqual([]);
    expect(statementsOf('Davor Kest has cast himself as a friend of the fishermen.')).toEqual([]);
  });

  it('"viewed X as “Y”", "considered X as “Y”": a view reported only with a quoted judgement', () => {
    const s = statementsOf(
      'Some Ormundi lawmakers viewed the deal as a “total betrayal” of the fishermen. Davor Kest considered the text as “satisfactory”.',
    );
    expect(s.map((x) => x.content)).toEqual([
      'the deal as a “total betrayal” of the fishermen',
      'the text as “satisfactory”', // (the closing mark of a quote the content opens is kept)
    ]);
    // Without the quotation marks it is a belief the reporter states, no speech.
    expect(statementsOf('Ormund views the Veskan patrols as a threat to its fishermen.')).toEqual([]);
  });

  it('"said on Tuesday Ormund would …": a name after the time phrase opens the content', () => {
    expect(
      statementsOf('Ilse Marrow said on Tuesday Ormund would free the fishermen.').map((x) => x.content),
    ).toEqual(['Ormund would free the fishermen']);
  });

  it('a titled official of no named state speaks for the state the content opens with', () => {
    const s = statementsOf(
      'Foreign Minister Anselm Korr spoke in Lumen. Korr said Veska would keep talking to Ormund.',
    );
    expect(s.map((x) => [x.speaker, x.actor])).toEqual([['Anselm Korr', 'VSK']]);
    // (Not one who holds no office: a commentator speaks for nobody.)
    const analyst = statementsOf('Analyst Anselm Korr said Veska would keep talking to Ormund.');
    expect(analyst.map((x) => x.actor)).toEqual([null]);
  });

  it('", while continuing to …" goes on with the content’s own subject', () => {
    const s = statementsOf(
      'Sources in Lumen said Ormund had submitted new demands, while continuing to insist on the old ones.',
    );
    expect(s.map((x) => x.content)).toEqual([
      'Ormund had submitted new demands, while continuing to insist on the old ones',
    ]);
  });

  it('a name in quotation marks speaks, not the outlet that relays it, and goes on in the next paragraph', () => {
    const s = statementsOf(
      '“The fishermen will be freed on Monday,” the self-styled “Lumen Council” said, according to the Northwire news agency.\n\n“The boats will follow within a week.”',
    );
    expect(s.map((x) => x.said ?? x.speaker)).toEqual([
      'the self-styled “Lumen Council”',
      'the self-styled “Lumen Council”',
    ]);
    expect(s.every((x) => !/Northwire/.test(x.speaker))).toBe(true);
  });

  it('"While X said …, Y …": the content ends where the main clause begins', () => {
    const s = statementsOf(
      'While Davor Kest hailed the deal as a “peace agreement,” Veska stopped short of using that term.',
    );
    expect(s.map((x) => [x.speaker, x.content])).toEqual([
      ['Davor Kest', 'the deal as a “peace agreement,”'],
    ]);
  });

  it('"he said" after a sentence about another person is that person, not the last speaker', () => {
    const s = statementsOf(
      'Petr Vallo said the fishermen would be freed.\n\nOrmund’s President Davor Kest arrived in Lumen on Monday.\n\n“We will sign the agreement,” he said.',
    );
    expect(s.map((x) => x.speaker)).toEqual(['Petr Vallo', 'Davor Kest']);
    const same = statementsOf(
      '“We will sign,” Davor Kest said after meeting Petr Vallo. “The islands stay ours,” he added.',
    );
    expect(same.map((x) => x.speaker)).toEqual(['Davor Kest', 'Davor Kest']);
  });

  it('a speaker named by office is the person the article gave that title ("the foreign minister")', () => {
    const s = statementsOf(
      'Veska’s Foreign Minister Ilse Marrow and Ormund’s envoy Petr Vallo arrived in Lumen on Monday.\n\nThe foreign minister said the islands are not for sale.',
    );
    expect(s.map((x) => [x.said, x.speaker, x.actor])).toEqual([
      ['The foreign minister', 'Ilse Marrow', 'VSK'],
    ]);
    const former = statementsOf(
      'Veska’s Foreign Minister Ilse Marrow arrived in Lumen.\n\nThe former foreign minister said the talks had failed.',
    );
    expect(former.map((x) => x.speaker)).toEqual(['The former foreign minister']);
  });

  it('a participle cue that opens the sentence ("Calling the talks “candid,” X said …")', () => {
    const s = statementsOf(
      'Calling the talks “friendly and candid,” Ilse Marrow said both sides would meet again.',
    );
    expect(s.map((x) => [x.said, x.content])).toEqual([
      ['Ilse Marrow', 'the talks “friendly and candid'],
      ['Ilse Marrow', 'both sides would meet again'],
    ]);
  });

  it('negated cues and acts are not statements', () => {
    expect(statementsOf('Ormund did not say whether it would attend the talks in Lumen.')).toEqual([]);
    expect(statementsOf('Veska agreed to hold more talks with Ormund.')).toEqual([]);
    expect(statementsOf('Veska will ask the Council to extend the sanctions.')).toEqual([]);
  });
});

describe('relative clauses whose subject is the reported clause', () => {
  it('reads "which X says is …", "what X said were …" and "a dam X says is …" as X’s statements', () => {
    const s = statementsOf(
      'Kest said the treaty depends on a charter which Ormund says contains claims to the islands.\n\nThe raid began after attacks on what Veska said were its border posts.\n\nThe talks stalled over a dam Tarsia says is vital to its farmers, and a port that Ormund says is closed to trade.',
    );
    const rel = s.filter((x) => x.rule === 'statement.reported.relative-subject');
    expect(rel.map((x) => [x.actor, x.content])).toEqual([
      ['ORM', 'contains claims to the islands'],
      ['VSK', 'were its border posts'],
      ['TRS', 'is vital to its farmers'],
      ['ORM', 'is closed to trade'],
    ]);
    // Kest's own statement keeps its content; the relative clause is a statement of its own.
    expect(s.some((x) => x.speaker.includes('Kest') && x.content.startsWith('the treaty depends'))).toBe(
      true,
    );
  });

  it('leaves "which advocates say they need" (the relative is an object) alone', () => {
    const s = statementsOf('Veska rejected the plan, which Ormundi advocates say they need.');
    expect(s.filter((x) => x.rule === 'statement.reported.relative-subject')).toEqual([]);
  });
});

describe('speech nouns with their speaker ("X’s assertion that …")', () => {
  it('reads the that-clause of a possessed or "by"-phrased speech noun as the speaker’s statement', () => {
    const s = statementsOf(
      'Kest rejected Ormund’s assertion that the islands had always been Ormundi.\n\nThe talks opened amid accusations by Tarsia that Veska was arming the rebels.',
    );
    const nominal = s.filter((x) => x.rule === 'statement.reported.nominal');
    expect(nominal.map((x) => [x.actor, x.content, x.cue])).toEqual([
      ['ORM', 'the islands had always been Ormundi', 'assertion'],
      ['TRS', 'Veska was arming the rebels', 'accusations'],
    ]);
  });

  it('keeps the claim another statement denies as its own speaker’s ("Kest denied Hale’s assertion that …")', () => {
    const s = statementsOf(
      'Davor Kest denied Jonas Hale’s assertion that Ormund had agreed to leave the port.',
    );
    expect(s.map((x) => [x.said, x.content])).toEqual([
      ['Davor Kest', 'Jonas Hale’s assertion that Ormund had agreed to leave the port'],
      ['Jonas Hale', 'Ormund had agreed to leave the port'],
    ]);
  });

  it('ends the clause where the phrase’s own predicate begins, and needs a speaker', () => {
    const s = statementsOf(
      'Claims by Tarsia that the port is closed to ships, are false.\n\nThe claim that the port is closed is false.',
    );
    const nominal = s.filter((x) => x.rule === 'statement.reported.nominal');
    expect(nominal.map((x) => x.content)).toEqual(['the port is closed to ships']);
  });
});

describe('a quote broken over paragraphs without a reopening mark', () => {
  it('gives the second part the speaker of the cue after it, with its first word', () => {
    const s = statementsOf(
      'Kest spoke after the talks.\n\n"I will call another meeting of the two leaders in March to settle the annex.\nThe annex is part of the agreement, and it is not yet final," Kest said.',
    );
    expect(s.map((x) => [x.speaker.includes('Kest'), x.content])).toEqual([
      [true, 'I will call another meeting of the two leaders in March to settle the annex.'],
      [true, 'The annex is part of the agreement, and it is not yet final,'],
    ]);
  });
});

describe('headlines above the story', () => {
  it('reads no statement in a headline line, but does in one that quotes its speaker', () => {
    const s = statementsOf(
      'Kest says Ormund will return to the talks\n\nKest says talks with Ormund are ‘not dead’\n\nKest said on Monday that Ormund would return to the talks in June.',
    );
    expect(s.map((x) => x.content)).toEqual([
      'talks with Ormund are ‘not dead’',
      'Ormund would return to the talks in June',
    ]);
  });
});

describe('a surname that is also a common word', () => {
  it('is a name where the article gave it as a person’s last name', () => {
    const s = statementsOf(
      'Veskan Foreign Minister Anna Still met Ormund’s envoy on Monday.\n\nThe envoy said progress had been made, while Still said that the border would stay open.\n\nStill said the talks were hard.',
    );
    expect(s.map((x) => [x.speaker, x.content])).toEqual([
      ['The envoy', 'progress had been made'],
      ['Anna Still', 'the border would stay open'],
      ['Anna Still', 'the talks were hard'],
    ]);
  });
});

describe('a body named again by its kind', () => {
  it('speaks for the party of the body last named with that head', () => {
    const s = statementsOf(
      'The Office of the Veskan President said the deal calls for a four-day truce.\n\n"Tonight the government approved the first stage," the office said in a statement.',
    );
    expect(s.map((x) => [x.said, x.actor])).toEqual([
      ['The Office of the Veskan President', 'VSK'],
      ['the office', 'VSK'],
    ]);
  });

  it('"the presidency said", no presidency named: the party of the person the story titles president', () => {
    const s = statementsOf(
      "Ormund's interim President Davor Kest met Veskan envoys in Lumen on Monday, the presidency said.",
    );
    expect(s.map((x) => [x.said, x.actor])).toEqual([['the presidency', 'ORM']]);
  });

  it('"X, which backs Y, welcomed the agreement": no inversion with the agreement as speaker', () => {
    const s = statementsOf('Tarsia, which backs the Northern Maritime Council, welcomed the agreement.');
    expect(s.map((x) => x.said)).not.toContain('the agreement');
  });

  it('"X said …, but a spokesman said …": the bare spokesperson speaks for X', () => {
    const s = statementsOf(
      'The Northern Maritime Council said it was ready to hand over the depots, but a spokesman said the handover would take months.',
    );
    expect(s.map((x) => [x.said, x.actor])).toEqual([
      ['The Northern Maritime Council', 'NMC'],
      ['a spokesman', 'NMC'],
    ]);
  });
});

describe('speech reported in a clause of circumstance inside another statement', () => {
  it('is a statement of its own speaker', () => {
    const s = statementsOf(
      'Tarsia said it is ready to keep shipping grain after Ormund announced it was leaving the deal.\n\nKest said he had told Brisk that the port would stay open.',
    );
    expect(s.map((x) => [x.speaker, x.content])).toEqual([
      ['Tarsia', 'it is ready to keep shipping grain after Ormund announced it was leaving the deal'],
      ['Ormund', 'it was leaving the deal'],
      ['Kest', 'he had told Brisk that the port would stay open'],
    ]);
  });
});

describe('a frame after its content with "its" for its speaker', () => {
  it('takes the party the content opens with, past a dateline', () => {
    const s = statementsOf(
      'KESSEL (Northwire) - Ormund has decided to cut its military activity around Dalen in Veska, its deputy defence minister said on Tuesday.',
    );
    expect(s.map((x) => [x.said, x.actor, x.content])).toEqual([
      [
        'its deputy defence minister',
        'ORM',
        'Ormund has decided to cut its military activity around Dalen in Veska',
      ],
    ]);
  });
});

describe('a determiner that opens a sentence', () => {
  it('is no speaker ("Such a deal …, and has demanded that …")', () => {
    const s = statementsOf(
      'Such a deal appears a nonstarter for Tarsia, which wants to join the alliance and has demanded that Ormund withdraw its troops from all of its territory.',
    );
    expect(s.filter((x) => x.speaker === 'Such')).toEqual([]);
  });
});

describe('the frame of a quotation', () => {
  it('holds no second content in a phrase of circumstance after its cue', () => {
    const s = statementsOf(
      '“The parties agreed to continue the work,” the foreign ministries of the two states said in identical statements issued after the talks.',
    );
    expect(s.map((x) => x.content)).toEqual(['The parties agreed to continue the work,']);
  });
});

describe('a list of names after the cue', () => {
  it('speaks for every party of the list', () => {
    const s = statementsOf(
      'The islands will be demilitarised by June, said Veska, Ormund and Tarsia in a joint statement on Friday.',
    );
    expect(s[0]).toMatchObject({ said: 'Veska, Ormund and Tarsia', actor: ['VSK', 'ORM', 'TRS'] });
  });

  it('reads the issuers of a text named before the cue as its speakers', () => {
    const s = statementsOf(
      '"The strait stays open," the final statement by Veska, Ormund and Tarsia, read out by the Tarsian envoy, said.',
    );
    expect(s[0]).toMatchObject({ said: 'Veska, Ormund and Tarsia', actor: ['VSK', 'ORM', 'TRS'] });
  });

  it('reads every party of a list that a speaker noun is "of" ("the leaders of X, Y and Z said")', () => {
    const s = statementsOf('The leaders of Veska, Ormund and Tarsia said they backed the truce at sea.');
    expect(s[0]).toMatchObject({ actor: ['VSK', 'ORM', 'TRS'] });
  });

  it('does not take a clause joined by a comma and "and" for the list', () => {
    const s = statementsOf('The talks will resume in May, said Ida Vell, and Anton Brisk agreed.');
    expect(s[0]).toMatchObject({ said: 'Ida Vell' });
  });
});

describe('a pair named as a person and "his counterpart"', () => {
  it('takes in the person before "and his … counterpart" as a joint speaker', () => {
    const s = statementsOf(
      'Veskan President Anton Brisk and his Ormundi counterpart Davor Kest said the strait would stay open.',
    );
    expect(s[0]).toMatchObject({
      said: 'Veskan President Anton Brisk and his Ormundi counterpart Davor Kest',
      actor: ['VSK', 'ORM'],
    });
  });

  it('reads "the foreign ministers" after such a pair as that pair', () => {
    const s = statementsOf(
      'After the summit, Veskan Foreign Minister Ida Vell and her Ormundi counterpart Lars Holm met the press. ' +
        'The foreign ministers said the zone would be shared.',
    );
    expect(s[0]).toMatchObject({
      said: 'The foreign ministers',
      speaker: 'Veskan Foreign Minister Ida Vell and her Ormundi counterpart Lars Holm',
      actor: ['VSK', 'ORM'],
    });
  });

  it('leaves "the leaders" alone when no such pair was named', () => {
    const s = statementsOf('Veska and Ormund met in Lumen. The leaders said the zone would be shared.');
    expect(s[0]?.speaker).toBe('The leaders');
  });
});

describe('a text named by its noun after the sentence that issued it', () => {
  it('speaks for the party that adopted it', () => {
    const s = statementsOf(
      'The Tarsian parliament on Monday adopted a resolution on the strait. ' +
        'The resolution says the zone must stay open.',
    );
    expect(s[0]).toMatchObject({ said: 'The resolution', actor: 'TRS' });
  });

  it('speaks for the parties that "agreed in a joint statement"', () => {
    const s = statementsOf(
      'Veska and Ormund agreed in a joint statement on Monday to keep the strait open. ' +
        '"The two countries will patrol the strait together," the statement said.',
    );
    const quoted = s.find((x) => x.content.includes('patrol the strait'));
    expect(quoted).toMatchObject({ said: 'the statement', actor: ['VSK', 'ORM'] });
  });

  it('speaks for no one when no sentence issued it', () => {
    const s = statementsOf('Veska and Ormund met in Lumen. The resolution says the zone must stay open.');
    expect(s[0]?.actor ?? null).toBeNull();
  });
});

describe('a news outlet the codebook does not know', () => {
  it('speaks for nobody, even named by the state that owns it', () => {
    const s = statementsOf(
      "Veska's state-owned Lumen TV News reported that the ceasefire would take effect on Wednesday.",
    );
    expect(s[0]).toMatchObject({ actor: null });
  });

  it('speaks for nobody when it speaks by its name alone', () => {
    const s = statementsOf('Veska and Ormund met in Lumen. The Lumen Herald said the ceasefire would hold.');
    expect(s.find((x) => x.said?.includes('Herald'))).toMatchObject({ actor: null });
  });
});

describe('a quote that runs on past a crosshead', () => {
  it('gives the quote after a short heading line the speaker of the paragraph before it', () => {
    const s = statementsOf(
      'Ilse Marrow said: “Veska is ready to talk about the islands.\n\nFishing rights\n\n“Our fishermen must be able to come home before winter.”',
    );
    expect(s.map((x) => [x.content, x.rule])).toContainEqual([
      'Our fishermen must be able to come home before winter.',
      'statement.quote.next-paragraph',
    ]);
    expect(s.every((x) => x.speaker.includes('Marrow'))).toBe(true);
  });

  it('not past a paragraph that ends a sentence', () => {
    const s = statementsOf(
      'Ilse Marrow said: “Veska is ready to talk about the islands.”\n\nThe talks resumed in Lumen.\n\n“Our fishermen must be able to come home before winter.”',
    );
    expect(s.find((x) => x.content.startsWith('Our fishermen'))?.speaker).toBeUndefined();
  });
});

describe('cues of the reporting lexicon', () => {
  it('"assessed that", "pointing out that", "shortly thereafter called X Y"', () => {
    const assessed = statementsOf(
      'Ormund’s prime minister assessed that progress was being made on the islands.',
    );
    expect(assessed.map((x) => x.content)).toEqual(['progress was being made on the islands']);
    const pointing = statementsOf(
      'Ilse Marrow stressed the lack of goodwill, pointing out that Ormund had not freed a single fisherman.',
    );
    expect(pointing.map((x) => x.content)).toContain('Ormund had not freed a single fisherman');
    const called = statementsOf(
      'Petr Vallo shortly thereafter called the truce a pause, saying "This is no peace."',
    );
    expect(called.map((x) => x.content)).toContain('the truce a pause');
  });

  it('a cue that wants "that" takes a plain pronoun clause without it ("confirmed it would")', () => {
    const s = statementsOf('Ormund’s foreign ministry confirmed it would send a delegation to Lumen.');
    expect(s.map((x) => x.content)).toEqual(['it would send a delegation to Lumen']);
    expect(statementsOf('The ministry maintained the coastal road on Monday.')).toEqual([]);
  });
});

describe('a sentence that opens with a phrase of circumstance', () => {
  it('takes the subject after an opening participle, adverb or time phrase, not the phrase', () => {
    const said = (text: string) => statementsOf(text).map((x) => [x.said, x.content]);
    expect(
      said(
        'Walking to the harbour, Ilse Marrow toured the old fort and said the islands were never for sale.',
      ),
    ).toEqual([['Ilse Marrow', 'the islands were never for sale']]);
    expect(
      said('Likewise, Davor Kest went after the envoy and called for the talks in Lumen to resume.').map(
        (x) => x[0],
      ),
    ).toEqual(['Davor Kest']);
    expect(
      said('Minutes later, the Veskan delegation issued a statement saying the fishermen were free.').map(
        (x) => x[0],
      ),
    ).toEqual(['the Veskan delegation']);
  });
});

describe('speakers of a poll and appositives with a relative clause', () => {
  const said = (text: string) => statementsOf(text).map((x) => [x.said, x.content]);

  it('takes a share of those polled as the speaker ("42% say", "six in 10 said", "those surveyed say")', () => {
    expect(said('Among Veskan voters, 42% say the corridor should stay open.')).toEqual([
      ['42%', 'the corridor should stay open'],
    ]);
    expect(said('More than six in 10 said they wanted the talks in Lumen to resume.')).toEqual([
      ['More than six in 10', 'they wanted the talks in Lumen to resume'],
    ]);
    expect(said('By double digits, those surveyed say the fishermen should be freed.')).toEqual([
      ['those surveyed', 'the fishermen should be freed'],
    ]);
  });

  it('reads past a relative clause inside an appositive ("X, a pollster who advises Y, said")', () => {
    expect(
      said('Ilse Marrow, a Veskan pollster who advises the Ormund delegation, said the talks had stalled.'),
    ).toEqual([['Ilse Marrow', 'the talks had stalled']]);
  });
});

describe('the manner of a response', () => {
  it('"responded by easing", "replied with" report no words; "responded by saying" reports what follows', () => {
    const said = (text: string) => statementsOf(text).map((x) => [x.said, x.content]);
    expect(said('Ormund responded by easing the blockade of the harbour.')).toEqual([]);
    expect(said('The Veskan delegation replied with a walkout that lasted an hour.')).toEqual([]);
    expect(said('Ilse Marrow responded by saying the talks in Lumen would go on.')).toEqual([
      ['Ilse Marrow', 'the talks in Lumen would go on'],
    ]);
  });
});

describe('an outlet known by name relaying a frame', () => {
  it('"…, the Veskan Foreign Ministry said, according to Reuters": the ministry speaks', () => {
    const s = statementsOf(
      'Veska and Ormund have agreed to set up a committee on the fishing zone, the Veskan Foreign Ministry said, according to Reuters.',
    );
    expect(s).toHaveLength(1);
    expect(s[0].content).toBe('Veska and Ormund have agreed to set up a committee on the fishing zone');
    expect(s[0].actor).toBe('VSK');
  });

  it('"Reuters on Saturday wrote that Kest had claimed …": the outlet’s own report stays its own', () => {
    const s = statementsOf(
      'Reuters on Saturday wrote that Davor Kest had claimed a loss of two fishing fleets in 2019, which could have allowed Ormund to avoid paying the levy.',
    );
    expect(s.map((x) => x.said)).toContain('Reuters');
  });
});

describe('a second cue coordinated with the first frame', () => {
  it('"X — … — described …, but acknowledged …": the first frame’s speaker speaks again', () => {
    const s = statementsOf(
      'Ormundi envoy Petr Vallo met Ilse Marrow in Lumen.\n\nVallo — the first Ormundi envoy to visit Veska since 2018 — described making progress at the meeting, but acknowledged the text of the accord could be amended.',
    );
    const second = s.find((x) => x.content.startsWith('the text of the accord'));
    expect(second).toMatchObject({ speaker: 'Petr Vallo', actor: 'ORM' });
  });
});

describe('a text relaying a frame after "according to"', () => {
  it('"X said …, according to a statement released by …": X speaks; opening the sentence, the text does', () => {
    const s = statementsOf(
      'Veskan Foreign Minister Ilse Marrow flew to Lumen. Marrow said Veska would keep talking with the Tarsian envoy, according to a statement released by the Veskan foreign ministry.\n\n' +
        'According to the statement, Ormund has once again reaffirmed its readiness to free the fishermen.',
    );
    expect(s.find((x) => x.content.startsWith('Veska would keep talking'))).toMatchObject({
      speaker: 'Ilse Marrow',
    });
    expect(s.find((x) => x.content.includes('readiness'))?.said).toBe('the statement');
  });
});

describe('the reporter’s own words around a reported clause', () => {
  it('"…, X announced, a move that …": the summing-up phrase after the frame is no content', () => {
    const s = statementsOf(
      'Veska and Ormund have agreed to reopen their embassies, Davor Kest has announced, a move that would end years of estrangement.',
    );
    expect(s.map((x) => [x.speaker, x.content])).toEqual([
      ['Davor Kest', 'Veska and Ormund have agreed to reopen their embassies'],
    ]);
  });

  it('"…, proclaiming X, adding …": a second speech participle opens a statement of its own', () => {
    const s = statementsOf(
      'The Ormundi Foreign Ministry released a statement proclaiming the recognition of the Veskan claim, adding that a separate Skerry state was not a realistic option.',
    );
    expect(s.map((x) => x.content)).toEqual([
      'the recognition of the Veskan claim',
      'a separate Skerry state was not a realistic option',
    ]);
  });
});

describe('a coordinated cue after a description with its name set off', () => {
  it('"The head of X, Name, met Y and said that …": the named head speaks', () => {
    const s = statementsOf(
      'The head of Veska’s fishing agency, Ilse Marrow, also met with Davor Kest and said that Veska was ready to work on the plan.',
    );
    expect(s.map((x) => [x.speaker, x.actor, x.content])).toEqual([
      ['Ilse Marrow', 'VSK', 'Veska was ready to work on the plan'],
    ]);
  });
});

describe('a title bound to a party, its holder named further down', () => {
  it('is the person with that title named anywhere below', () => {
    const s = statementsOf(
      '“We will not give up the islands,” said the Veskan Foreign Minister in an interview.\n\n' +
        'The talks in Lumen resumed on Monday.\n\n' +
        'Tarsia hosted the delegations.\n\n' +
        'Veskan Foreign Minister Ilse Marrow met Davor Kest on Tuesday.',
    );
    expect(s[0]).toMatchObject({ speaker: 'Ilse Marrow', actor: 'VSK' });
  });
});

describe('a content before its cue, and what follows the cue', () => {
  it('skips the gathering spoken to ("told a regular news briefing") and keeps the content before', () => {
    const s = statementsOf(
      'The talks in Lumen were useful, Ormund’s Foreign Minister Petra Lind told a regular news briefing on Thursday.',
    );
    expect(s.map((x) => [x.said, x.content])).toEqual([
      ['Ormund’s Foreign Minister Petra Lind', 'The talks in Lumen were useful'],
    ]);
  });

  it('reads a circumstance after the one spoken to ("told reporters after two days of talks") as no content', () => {
    const s = statementsOf(
      'The two delegations reached a basic consensus on fishing quotas, Veskan Vice Premier Tomas Orel told reporters after two days of talks in Kessel.',
    );
    expect(s.map((x) => x.content)).toEqual([
      'The two delegations reached a basic consensus on fishing quotas',
    ]);
  });

  it('reads a first name that is also a pronoun ("He Ruolan") as the name, before its second word', () => {
    const s = statementsOf(
      'Veskan Vice Premier He Ruolan arrived in Kessel on Monday.\n\nThe islands will stay Veskan, He Ruolan said.',
    );
    expect(s.map((x) => [x.said, x.content])).toEqual([['He Ruolan', 'The islands will stay Veskan']]);
  });
});

describe('titles of ministries and ranks', () => {
  it('reads a ministry named by its field ("Veska’s commerce ministry") as its state’s', () => {
    const s = statementsOf(
      'Veska’s commerce ministry said in a statement on Sunday that the fishing quotas would be raised.',
    );
    expect(s.map((x) => [x.said, x.actor, x.content])).toEqual([
      ['Veska’s commerce ministry', 'VSK', 'the fishing quotas would be raised'],
    ]);
  });

  it('reads a name after a written-out rank in an appositive as the speaker, with the party of the title before', () => {
    const s = statementsOf(
      'Ormund’s military spokesman, Lieutenant General Petr Osk, told a news conference that Veskan boats had fired first.',
    );
    expect(s.map((x) => [x.speaker, x.actor])).toEqual([['Petr Osk', 'ORM']]);
  });
});

describe('circumstances between a cue and its content', () => {
  it('skips a length told with its unit ("during the 90-minute call") and a go-between ("through a spokesman")', () => {
    const s = statementsOf(
      'Ilse Marrow told Davor Kest during the 90-minute call that the fishermen must be freed.\n\nOrmund’s navy said through a spokesman that its boats had only returned fire.',
    );
    expect(s.map((x) => x.content)).toEqual([
      'the fishermen must be freed',
      'its boats had only returned fire',
    ]);
  });
});

describe('a verb of speech that moves a thing', () => {
  it('reads "added 14 Ormundi firms to its export list" as an act, and "added the talks would resume" as speech', () => {
    const act = statementsOf(
      'The Veskan trade office added 14 Ormundi firms to its export blacklist on Friday.',
    );
    expect(act).toEqual([]);
    const said = statementsOf('Ilse Marrow added the talks would resume in Lumen on Friday.');
    expect(said.map((x) => x.content)).toEqual(['the talks would resume in Lumen on Friday']);
  });
});

describe('a speech verb that tells where the speaker spoke', () => {
  it('"Kest, writing on his channel on Friday, said …": the speaker before the participle speaks', () => {
    const s = statementsOf('Davor Kest, writing on his channel on Friday, said the quotas would hold.');
    expect(s.map((x) => [x.said, x.content])).toEqual([['Davor Kest', 'the quotas would hold']]);
  });
});

describe('a frame set inside a sentence after a word or two', () => {
  it('"Ormund, she said, would …" and "In return, he said, Veska would …" are statements of the one framed', () => {
    const s = statementsOf(
      'Ilse Marrow spoke in Lumen.\n\nOrmund, she said, would reopen the strait within a week.\n\nIn return, Marrow said, Veska would lift the quota on trawlers.',
    );
    expect(s.map((x) => [x.said, x.content])).toEqual([
      ['she', 'Ormund, she said, would reopen the strait within a week'],
      ['Marrow', 'In return, Marrow said, Veska would lift the quota on trawlers'],
    ]);
  });
});

describe('two titled persons joined by "and"', () => {
  it('keeps both when the second title ends in "head"', () => {
    const s = statementsOf(
      "Veska's Prime Minister Ida Vell and Northern Maritime Council head Oskar Fenn said the talks must include every fleet.",
    );
    expect(s[0].said).toContain('Ida Vell and Northern Maritime Council head Oskar Fenn');
    expect(s[0].actor).toEqual(['VSK', 'NMC']);
  });
});
