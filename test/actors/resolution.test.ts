import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCodebook } from '../../src/core/codebook/codebook.js';
import { fixture, read, speaker, speakerIn, textOnly, worldCodebook } from './helpers.js';

// Every sentence here is written for the tests, about the invented states Veska (VSK), Ormund (ORM)
// and Tarsia (TRS), plus real state names where the default codebook itself is under test.

describe('states and their metonyms', () => {
  it('reads a title with a demonym as the person and their party', () => {
    const r = read('Veskan Foreign Minister Ilse Marrow said the talks in Lumen would resume.');
    expect(speaker(r, 'Veskan Foreign Minister Ilse Marrow')).toMatchObject({
      name: 'Ilse Marrow',
      actor: 'VSK',
      role: 'Foreign Minister',
    });
  });

  it('reads real demonyms and titles from the default codebook, without its persons list', () => {
    const r = read('German Chancellor Hanna Weil reiterated that no deal could be made without Kyiv.', {
      codebook: textOnly(loadCodebook()),
    });
    expect(speaker(r, 'German Chancellor Hanna Weil')).toMatchObject({ name: 'Hanna Weil', actor: 'DEU' });
  });

  it('reads a commentator or a news site by its head noun as speaking for nobody', () => {
    const r = read(
      'A Veska-based journalist wrote that the talks had stalled. The Ormundi news website Lumen Daily Brief said the fishermen were freed. Ormund’s royal court said the king would attend.',
    );
    expect(speaker(r, 'A Veska-based journalist')).toMatchObject({ actor: null });
    expect(speaker(r, 'The Ormundi news website Lumen Daily Brief')).toMatchObject({ actor: null });
    expect(speaker(r, 'Ormund’s royal court')).toMatchObject({ actor: 'ORM' });
  });

  it('reads an organisation that opens a title of lower-case words as the titled person’s party', () => {
    const r = read(
      'The boats left Lumen on Monday, Northern Maritime Council public affairs and media adviser Ada Pell said.',
    );
    expect(speaker(r, 'Northern Maritime Council public affairs and media adviser Ada Pell')).toMatchObject({
      name: 'Ada Pell',
      actor: 'NMC',
    });
  });

  it('resolves a capital to its state', () => {
    const r = read('Port Alder says the fishing season cannot open before a ceasefire. Kyiv says it agrees.');
    expect(speaker(r, 'Port Alder')).toMatchObject({ name: 'Port Alder', actor: 'VSK' });
    expect(speaker(r, 'Kyiv')).toMatchObject({ actor: 'UKR' });
  });

  it('resolves seats of government to their state', () => {
    const r = read('The Grey House rejected the offer. The Kremlin said it was watching the talks closely.');
    expect(speaker(r, 'The Grey House')).toMatchObject({ actor: 'ORM' });
    expect(speaker(r, 'The Kremlin')).toMatchObject({ actor: 'RUS' });
  });

  it('reads short forms and alternative spellings', () => {
    const r = read(
      'The U.S. said it would send an observer, Britain said it would not, and Kiev said nothing.',
    );
    expect(speaker(r, 'The U.S.').actor).toBe('USA');
    expect(speaker(r, 'Britain').actor).toBe('GBR');
    expect(speaker(r, 'Kiev').actor).toBe('UKR');
  });

  it('resolves an administration named after its leader to the leader’s state', () => {
    const r = read(
      'Ormundi President Davor Kest spoke by phone with the mediator. ' +
        'Kest’s administration said on Monday it would free the detained fishermen.',
    );
    const ref = speaker(r, 'Kest’s administration');
    expect(ref.actor).toBe('ORM');
    expect(ref.name).toContain('administration');
  });

  it('ties a ministry to the state the text places it in', () => {
    const r = read(
      'Foreign Ministry spokesman Jonas Hale told reporters in Kessel that the sanctions must go first.',
    );
    expect(speaker(r, 'Foreign Ministry spokesman Jonas Hale')).toMatchObject({
      name: 'Jonas Hale',
      actor: 'ORM',
      role: 'Foreign Ministry spokesman',
    });
  });

  it('reads a state’s ministry named with a possessive', () => {
    const r = read('Veska’s Foreign Ministry said the islanders would have a seat at the table.');
    expect(speaker(r, 'Veska’s Foreign Ministry').actor).toBe('VSK');
  });

  it('ties "the Foreign Ministry" to the state of the foreign minister named before', () => {
    const r = read(
      'Veskan Foreign Minister Ilse Marrow called the move illegal.\n\n' +
        '"We will respond," the Foreign Ministry said in a statement.',
    );
    expect(speaker(r, 'the Foreign Ministry').actor).toBe('VSK');
  });

  it('reads "Ida Pell, the Foreign Ministry spokeswoman" as the ministry the story tied to a state', () => {
    const r = read(
      'Veska and Ormund are setting a date for talks, the Veskan Foreign Ministry said on Monday.\n\n' +
        '"The sides are working on it," Ida Pell, the Foreign Ministry spokeswoman, told reporters.',
    );
    expect(speaker(r, 'Ida Pell').actor).toBe('VSK');
  });

  it('reads a state named by its name before its own armed forces as the speaker’s party', () => {
    const r = read(
      '"The crew is safe," Major General Ida Pell, spokesperson of the Veska Armed Forces, said on Monday.',
    );
    expect(speaker(r, 'Ida Pell').actor).toBe('VSK');
  });

  it('reads "the Ministry of Foreign Affairs of Ormund" as Ormund\'s, whoever was named before', () => {
    const r = read(
      'Veskan Foreign Minister Ilse Marrow arrived on Monday.\n\n' +
        'The talks were useful, the Ministry of Foreign Affairs of Ormund said.',
    );
    expect(speaker(r, 'the Ministry of Foreign Affairs of Ormund').actor).toBe('ORM');
  });

  it('reads a demonym with a group noun as the state speaking', () => {
    const r = read('Ormundi officials said the ceasefire at sea was holding.');
    expect(speaker(r, 'Ormundi officials')).toMatchObject({ actor: 'ORM' });
  });
});

describe('persons', () => {
  it('reads a party from an appositive that opens with a modifier ("political spokesman for …")', () => {
    const r = read(
      '“We will hold the line,” Oskar Fenn, political spokesman for the Northern Maritime Council, told reporters.',
    );
    expect(speaker(r, 'Oskar Fenn')).toMatchObject({ name: 'Oskar Fenn', actor: 'NMC' });
  });

  it('reads a title whose capitalised complement stands between it and the name', () => {
    const r = read(
      'Veskan High Representative for Maritime Affairs and Fisheries Policy Ana Veldt said the talks had ended.',
    );
    expect(speaker(r, 'Ana Veldt')).toMatchObject({ name: 'Ana Veldt', actor: 'VSK' });
  });

  it('reads a state’s possessive before a bare surname as the person’s party (a headline’s form)', () => {
    const r = read('Ormund’s Vallo says the islands are not for sale.');
    expect(speaker(r, 'Vallo')).toMatchObject({ actor: 'ORM' });
  });

  it('reads a former role from an appositive and gives the person no party', () => {
    const r = read(
      '"Neither side is ready," Karl Demm, who served as Veskan ambassador to Ormund under President Anton Brisk, wrote on X.',
    );
    const ref = speaker(
      r,
      'Karl Demm, who served as Veskan ambassador to Ormund under President Anton Brisk,',
    );
    expect(ref).toMatchObject({ name: 'Karl Demm', actor: null });
    expect(ref.role).toBe('former Veskan ambassador to Ormund');
    const entity = r.doc.entities[ref.entity!];
    expect(entity.former).toBe(true);
  });

  it('reads "former" before a title as a former role', () => {
    const r = read('Former Tarsian envoy Oskar Lind said the mediation had stalled.');
    expect(speaker(r, 'Former Tarsian envoy Oskar Lind')).toMatchObject({ name: 'Oskar Lind', actor: null });
  });

  it('reads a present role in an appositive over a former title before the name', () => {
    const r = read(
      'Former Tarsian President Oskar Lind, the Northern Maritime Council’s (NMC) special envoy, said the talks would resume. ' +
        '"The guns must fall silent," Lind said.',
    );
    expect(speaker(r, 'Lind', 1)).toMatchObject({ name: 'Oskar Lind', actor: 'NMC' });
  });

  it('reads the party of a title after "according to", and of a minister named by portfolio', () => {
    const r = read(
      'The deal holds, according to Veskan Foreign Minister Karl Demm. Ormundi Information Minister Ida Vell said it would last.',
    );
    const parties = ['Veskan Foreign Minister Karl Demm', 'Ormundi Information Minister Ida Vell'].map(
      (phrase) => speaker(r, phrase).actor,
    );
    expect(parties).toEqual(['VSK', 'ORM']);
  });

  it('reads a title with a hyphened suffix ("president-elect") as the party’s person', () => {
    const r = read(
      'Veskan president-elect Karl Demm said the blockade must end. Demm said he would go to Lumen.',
    );
    expect(speaker(r, 'Demm', 1)).toMatchObject({ name: 'Karl Demm', actor: 'VSK' });
  });

  it('resolves a later surname to the full name given first', () => {
    const r = read(
      'Tarsian envoy Mira Solenne opened the talks in Lumen. Later, Solenne said both delegations had agreed on an agenda.',
    );
    expect(speaker(r, 'Solenne', 1)).toMatchObject({ name: 'Mira Solenne', actor: 'TRS' });
    const entities = r.doc.entities.filter((e) => e.kind === 'person');
    expect(entities).toHaveLength(1);
    expect(entities[0].mentions).toHaveLength(2);
  });

  it('reads the aide of a person as speaking for that person’s side', () => {
    const r = read(
      'Veskan President Anton Brisk arrived in Lumen. Brisk spokeswoman Lena Osk said he would stay two days.',
    );
    expect(speaker(r, 'Brisk spokeswoman Lena Osk')).toMatchObject({ name: 'Lena Osk', actor: 'VSK' });
  });

  it('resolves "he said" and "she said" to the person of the right gender', () => {
    const r = read(
      [
        'Veskan Foreign Minister Ilse Marrow met Ormundi chief negotiator Petr Vallo in Lumen.',
        '"We will not sign away the islands," she said.',
        'Vallo said his side wanted the sanctions lifted first.',
        '"There is no other way," he said.',
      ].join('\n\n'),
    );
    expect(speakerIn(r, '," she said', 'she')).toMatchObject({ name: 'Ilse Marrow', actor: 'VSK' });
    expect(speakerIn(r, '," he said', 'he')).toMatchObject({ name: 'Petr Vallo', actor: 'ORM' });
  });

  it('prefers the previous statement’s speaker for a pronoun', () => {
    const r = read(
      'Ormundi President Davor Kest said the talks were useful. He met Veskan President Anton Brisk later.\n\n"We are close," he said.',
    );
    const kest = r.doc.entities.findIndex((e) => e.name === 'Davor Kest');
    const at = r.doc.text.indexOf('Davor Kest');
    r.doc.statements.push({
      start: at,
      end: at + 40,
      speakerSpan: { start: at, end: at + 10 },
      entity: kest,
      speaker: 'Davor Kest',
      actor: 'ORM',
      content: { start: at + 16, end: at + 40 },
      direct: false,
      provenance: { rule: 'test', confidence: 1 },
    });
    expect(speaker(r, 'he', 1)).toMatchObject({ name: 'Davor Kest', actor: 'ORM' });
  });

  it('keeps the courtesy title the article uses with the full name', () => {
    const r = read(
      'Tom Harl, a fisherman from Port Alder, joined the protest. Mr. Harl said the nets were empty.',
    );
    expect(speaker(r, 'Mr. Harl').name).toBe('Mr. Tom Harl');
  });
});

describe('the opposition', () => {
  it('refers back to the group facing a state that the story named, as a title’s modifier too', () => {
    const r = read(
      'Ormund’s government and the Dunmark Liberation Front met in Lumen on Saturday. ' +
        '"We expect an agreement soon," said Ada Kell, an opposition negotiator. ' +
        '"We will not give up the islands," the opposition said.',
    );
    expect(speaker(r, 'Ada Kell').actor).toBe('DUNF');
    expect(speaker(r, 'the opposition')).toMatchObject({ name: 'the opposition', actor: 'DUNF' });
  });
});

describe('unnamed sources, outlets, collectives', () => {
  it('keeps an anonymous source with the party its demonym gives', () => {
    const r = read('A senior Ormundi official said the offer was not enough.');
    expect(speaker(r, 'A senior Ormundi official')).toMatchObject({ actor: 'ORM', anonymous: true });
  });

  it('gives an unnamed source the party it is "with" or "from"', () => {
    const r = read('The draft is ready, said a senior official with the Northern Maritime Council.');
    expect(speaker(r, 'a senior official with the Northern Maritime Council')).toMatchObject({
      actor: 'NMC',
      anonymous: true,
    });
  });

  it('keeps sources familiar with the matter as anonymous, speaking for nobody', () => {
    const r = read(
      'Sources familiar with the matter said the Veskan delegation would leave Lumen on Friday.',
    );
    expect(speaker(r, 'Sources familiar with the matter')).toMatchObject({
      name: 'Sources familiar with the matter',
      actor: null,
      anonymous: true,
    });
  });

  it('reads a news outlet reporting in its own name as nobody’s side', () => {
    const r = read('Reuters reported that the Ormundi navy had withdrawn two patrol boats.');
    const ref = speaker(r, 'Reuters');
    expect(ref).toMatchObject({ name: 'Reuters', actor: null });
    expect(r.doc.mentions.find((m) => m.kind === 'outlet')).toBeDefined();
  });

  it('does not take a sentence adverb set off by a comma ("Earlier, …") for a person', () => {
    const r = read(
      'Earlier, Veskan spokesman Karl Demm declined to confirm the date. "We will tell you," he said.',
    );
    expect(speakerIn(r, '" he said', 'he')).toMatchObject({ name: 'Karl Demm', actor: 'VSK' });
  });

  it('reads a state’s media, state media too, as the press speaking for nobody', () => {
    const r = read('Veskan media reported the talks had ended. Ormundi state media said the envoy left.');
    expect([speaker(r, 'Veskan media').actor, speaker(r, 'Ormundi state media').actor]).toEqual([null, null]);
  });

  it('does not read an outlet named after a capital as the state', () => {
    const r = read('The Washington Post reported that Veska had asked for more time.');
    expect(speaker(r, 'The Washington Post').actor).toBeNull();
  });

  it('reads collectives the text does not split', () => {
    const r = read(
      'Some European politicians accused Ormund of stalling. Western countries said sanctions would stay.',
    );
    expect(speaker(r, 'Some European politicians').actor).toBe('EUR');
    expect(speaker(r, 'Western countries').actor).toBe('WEST');
  });

  it('resolves an organisation’s anaphor once the organisation is named', () => {
    const r = read(
      'NATO said it was watching the Skerry Islands. The alliance said its ships would stay away.',
    );
    expect(speaker(r, 'The alliance')).toMatchObject({ actor: 'NATO' });
    const none = read('The alliance between the two fishing towns is old.');
    expect(none.doc.mentions.some((m) => m.actor === 'NATO')).toBe(false);
  });

  it('"the group said": the non-state group named last, and the speaker by its name', () => {
    const r = read(
      'The Selmar Liberation Front said it would free the fishermen. The group said the talks in Lumen must go on.',
    );
    expect(speaker(r, 'The group')).toMatchObject({ actor: 'SELF', name: 'Selmar Liberation Front' });
    // No group named before: the words name nobody; and not the opening of a name.
    const none = read('The group said the talks in Lumen must go on.');
    expect(none.doc.mentions.some((m) => m.actor === 'SELF')).toBe(false);
    const named = read('The Selmar Liberation Front met the Group of Seven envoys in Lumen.');
    expect(named.doc.mentions.filter((m) => m.actor === 'SELF')).toHaveLength(1);
  });

  it('"the Veskan government and the opposition": the opposition whose name ties it to the state named', () => {
    const r = read('The Veskan government and the opposition said talks would resume in Lumen.');
    expect(r.doc.mentions.filter((m) => m.actor === 'VSKOPP')).toHaveLength(1);
    expect(r.doc.mentions.some((m) => m.actor === 'ORMOPP')).toBe(false);
    // Without a state named before it, "the opposition" names no group.
    const none = read('The opposition said talks would resume in Lumen.');
    expect(none.doc.mentions.some((m) => m.actor === 'VSKOPP' || m.actor === 'ORMOPP')).toBe(false);
  });

  it('"Veska government, opposition hold talks": a headline pairs the two without articles', () => {
    const r = read('Veska government, opposition hold talks in Lumen');
    expect(r.doc.mentions.filter((m) => m.actor === 'VSKOPP')).toHaveLength(1);
    expect(r.doc.mentions.some((m) => m.actor === 'ORMOPP')).toBe(false);
    // A bare "opposition" that no government stands beside names no group.
    const none = read('Veska faced opposition to the talks in Lumen.');
    expect(none.doc.mentions.some((m) => m.actor === 'VSKOPP' || m.actor === 'ORMOPP')).toBe(false);
  });

  it('"its political opposition": a possessive in place of the anaphor\'s article', () => {
    const r = read("Veska's government and its political opposition agreed on Monday to hold elections.");
    expect(r.doc.mentions.filter((m) => m.actor === 'VSKOPP')).toHaveLength(1);
    expect(r.doc.mentions.some((m) => m.actor === 'ORMOPP')).toBe(false);
    // Without a state named before it, the possessive names no group.
    const none = read('Its opposition said talks would resume in Lumen.');
    expect(none.doc.mentions.some((m) => m.actor === 'VSKOPP' || m.actor === 'ORMOPP')).toBe(false);
  });

  it('"regional forces from Selmar": a group name read with its words turned round', () => {
    const r = read(
      'The Veskan government and regional forces from Selmar agreed on Monday to stop fighting.',
    );
    const group = r.doc.mentions.find((m) => m.actor === 'SELF');
    expect(group && r.doc.text.slice(group.start, group.end)).toBe('regional forces from Selmar');
    // A state's name is not turned round: "the government of Veska" is read as before.
    const state = read('Forces from Veska crossed the river.');
    expect(state.doc.mentions.some((m) => m.actor === 'SELF')).toBe(false);
  });

  it('resolves "both sides" to the two parties the article is about', () => {
    const r = read(
      [
        'Veskan and Ormundi negotiators met in Lumen on Tuesday, with Tarsia as mediator.',
        'Veska said the ceasefire at sea must hold. Ormund said it wanted the fishermen freed.',
        'The Veska-Ormund talks will continue in May, Veskan officials said.',
        'Both sides said no date had been set for a summit.',
        'The delegations announced that nothing had been decided.',
      ].join('\n\n'),
    );
    const ref = speaker(r, 'Both sides');
    expect([ref.actor].flat().sort()).toEqual(['ORM', 'VSK']);
    expect([speaker(r, 'The delegations').actor].flat().sort()).toEqual(['ORM', 'VSK']);
    const pair = r.doc.entities.find((e) => e.kind === 'collective' && Array.isArray(e.actor));
    expect(pair?.name).toBe('Both sides');
  });

  it('takes no mediator or host among "the two countries"', () => {
    const text = (mediator: string) =>
      [
        'The summit in Lumen, Tarsia, that was to bring together Veska and Ormund was called off, the Tarsian presidency said.',
        `"The summit will not be held today," a Tarsian spokesman said. Tarsian President Mira Solenne ${mediator} talks.`,
        'Tarsia said a new date would be set. Tarsia said both delegations had been told.',
        'Veska blamed Ormund for the delay. Ormund said Veska had walked away.',
        'The plan for the border, which was agreed upon by the two countries, has not been carried out.',
      ].join('\n\n');
    const pairOf = (r: ReturnType<typeof read>) =>
      [r.doc.mentions.find((m) => m.provenance.rule === 'actors.both-sides')?.actor].flat().sort();
    expect(pairOf(read(text('was tasked by the council to mediate')))).toEqual(['ORM', 'VSK']);
    // Told nothing of her role, the party the story names most stays one of the pair.
    expect(pairOf(read(text('arrived for the')))).toContain('TRS');
  });

  it('takes the armed group a state faces as the other side under a mediator named more often', () => {
    const r = read(
      [
        'The Veskan government and regional forces from Selmar agreed on Monday to stop fighting.',
        'A week after talks mediated by the Northern Maritime Council began in Lumen, delegates from both sides signed a truce.',
        '"The guns are silent," the Northern Maritime Council said. The Northern Maritime Council said the truce would be watched.',
        'The Northern Maritime Council said aid would flow. The Northern Maritime Council said the road was open.',
        'Veska said it would keep its word. Veska said the truce was a first step.',
      ].join('\n\n'),
    );
    const both = r.doc.mentions.find((m) => m.provenance.rule === 'actors.both-sides');
    expect([both?.actor].flat().sort()).toEqual(['SELF', 'VSK']);
  });

  it('takes an armed group and the state it faces as the sides, however often a sponsor speaks', () => {
    const r = read(
      [
        'Tarsia said the talks in Lumen had gone well. Tarsia said the ceasefire would hold.',
        'Tarsia said prisoners would be freed. Tarsia said aid would flow. Veska said it backed the effort.',
        'Ormund sent its interior minister. The Dunmark Liberation Front sent three commanders.',
        'Ormund said the Dunmark Liberation Front must disarm. The Dunmark Liberation Front said Ormund must withdraw.',
        'Both sides said they would meet again.',
      ].join('\n\n'),
    );
    expect([speaker(r, 'Both sides').actor].flat().sort()).toEqual(['DUNF', 'ORM']);
  });

  it('reads the leaders a deal is signed "in the presence of" as the sides, not as brokers', () => {
    const r = read(
      [
        'The truce was signed in Lumen in the presence of Veskan President Ilse Marr and Ormundi President Tomas Brede.',
        'Tarsia said the truce would hold. Tarsia said prisoners would be freed. Tarsia said aid would flow.',
        'Veska said it would withdraw. Ormund said it would reopen the port.',
        'Both sides said they would meet again.',
      ].join('\n\n'),
    );
    expect([speaker(r, 'Both sides').actor].flat().sort()).toEqual(['ORM', 'VSK']);
  });

  it('keeps the pair a group is already named with, for the state it faces', () => {
    const r = read(
      [
        'Veska-Dunmark Liberation Front talks opened in Lumen. Veska said the talks had gone well.',
        'Veska said prisoners would be freed. The Dunmark Liberation Front said Veska must leave.',
        'Ormund said it was not consulted. Ormund said the talks would fail.',
        'Both sides said they would meet again.',
      ].join('\n\n'),
    );
    expect([speaker(r, 'Both sides').actor].flat().sort()).toEqual(['DUNF', 'VSK']);
  });

  it('takes every party of a pair that brokered the deal for a mediator', () => {
    const r = read(
      [
        'The Northern Maritime Council and Tarsia brokered the deal between the fleets.',
        'Tarsia said the deal would hold. Tarsia said the fleets would withdraw. Tarsia said talks would go on.',
        'The Northern Maritime Council said the ports would reopen.',
        'Veska said it would free the fishermen. Ormund said it would open its waters.',
        'Both sides said the boats would stay in port.',
      ].join('\n\n'),
    );
    expect([speaker(r, 'Both sides').actor].flat().sort()).toEqual(['ORM', 'VSK']);
  });

  it('resolves "the two leaders" to the pair named just before, not the story\'s pair', () => {
    const r = read(
      [
        'Veska said the ceasefire at sea must hold. Ormund said it wanted the fishermen freed.',
        'The Veska-Ormund talks will continue in May, Veskan officials said.',
        'Veskan President Anton Brisk met Tarsian President Mira Solenne in Lumen on Friday. The two leaders said the port would reopen.',
      ].join('\n\n'),
    );
    expect([speaker(r, 'The two leaders').actor].flat().sort()).toEqual(['TRS', 'VSK']);
  });

  it('resolves "both men" as "the two men": the pair of persons named just before, not the story\'s pair', () => {
    const r = read(
      [
        'Veska said the ceasefire at sea must hold. Ormund said it wanted the fishermen freed.',
        'The Veska-Ormund talks will continue in May, Veskan officials said.',
        'Veskan President Anton Brisk met Tarsian President Mira Solenne in Lumen on Friday, and both men described the talks as useful.',
      ].join('\n\n'),
    );
    expect([speaker(r, 'both men').actor].flat().sort()).toEqual(['TRS', 'VSK']);
  });

  it('resolves "the three countries" and a bare "the three" to the three parties named before', () => {
    const r = read(
      'Veska, Ormund and Tarsia met in Port Alder on Monday. The three emerged after ten hours. ' +
        'The three countries said a ceasefire would start on Friday.',
    );
    expect([speaker(r, 'The three countries').actor].flat().sort()).toEqual(['ORM', 'TRS', 'VSK']);
    const bare = r.doc.mentions.find((m) => r.doc.text.slice(m.start, m.end) === 'The three');
    expect([bare?.actor].flat().sort()).toEqual(['ORM', 'TRS', 'VSK']);
  });

  it('resolves "the three guarantors" to the three parties named before', () => {
    const r = read(
      'Veska, Ormund and Tarsia will guarantee the truce. The three guarantors said monitors would go.',
    );
    expect([speaker(r, 'The three guarantors').actor].flat().sort()).toEqual(['ORM', 'TRS', 'VSK']);
  });

  it('resolves the agent of a passive, "signed by the three countries"', () => {
    const r = read('Veska, Ormund and Tarsia met in Port Alder. The plan was signed by the three countries.');
    const m = r.doc.mentions.find((x) => r.doc.text.slice(x.start, x.end) === 'the three countries');
    expect([m?.actor].flat().sort()).toEqual(['ORM', 'TRS', 'VSK']);
  });

  it('resolves "the three countries" to the one list of three in a sentence that names a fourth', () => {
    const r = read(
      'Veska, Ormund and Tarsia imposed sanctions on the Dunmark Liberation Front on Monday.\n\n' +
        'In a joint letter, the three countries said the front had broken the truce.',
    );
    expect([speaker(r, 'the three countries').actor].flat().sort()).toEqual(['ORM', 'TRS', 'VSK']);
  });

  it('counts "the other three nations" off the last list of three, sentences before', () => {
    const r = read(
      "Veska, Ormund and Tarsia cut their ties with the Skerry Islanders' Assembly in 2017.\n\n" +
        'The Northern Maritime Council has worked to end the dispute. Ormund said on Friday that progress had been made.\n\n' +
        "The Assembly's leaders voiced hope that the row would end soon.\n\n" +
        'The other three nations accuse the Assembly of smuggling. The Assembly denies the charges.',
    );
    expect([speaker(r, 'The other three nations').actor].flat().sort()).toEqual(['ORM', 'TRS', 'VSK']);
  });

  it('leaves "the four countries" unresolved when the text named three', () => {
    const r = read('Veska, Ormund and Tarsia met in Port Alder. The four countries said little.');
    expect(speaker(r, 'The four countries').actor).toBeNull();
  });

  it('keeps the story\'s pair for "the two sides" a clause addresses', () => {
    const r = read(
      [
        'Veska said the ceasefire at sea must hold. Ormund said it wanted the fishermen freed.',
        'The Veska-Ormund talks will continue in May, Veskan officials said.',
        'Tarsia and the Northern Maritime Council called on the two sides to lay down their arms.',
      ].join('\n\n'),
    );
    const m = r.doc.mentions.find((x) => r.doc.text.slice(x.start, x.end) === 'the two sides');
    expect([m?.actor].flat().sort()).toEqual(['ORM', 'VSK']);
  });

  it('reads "the two sides" of a background paragraph as the story’s pair, not the call told before it', () => {
    const r = read(
      [
        'Veska said the ceasefire at sea must hold. Ormund said it wanted the fishermen freed.',
        'Veska and Ormund traded fire again on Monday, Veskan officials said.',
        'Tarsia’s foreign minister spoke by phone with Ormund’s president on Tuesday.',
        'Earlier efforts have failed. In May, the two sides signed a truce that never held.',
      ].join('\n\n'),
    );
    const m = r.doc.mentions.find((x) => r.doc.text.slice(x.start, x.end) === 'the two sides');
    expect([m?.actor].flat().sort()).toEqual(['ORM', 'VSK']);
  });

  it('still reads "the two sides" as the pair named before it in its own paragraph', () => {
    const r = read(
      [
        'Veska said the ceasefire at sea must hold. Ormund said it wanted the fishermen freed.',
        'Tarsia’s foreign minister spoke by phone with Ormund’s president on Tuesday. The two sides discussed the fishermen.',
      ].join('\n\n'),
    );
    const m = r.doc.mentions.find((x) => r.doc.text.slice(x.start, x.end) === 'The two sides');
    expect([m?.actor].flat().sort()).toEqual(['ORM', 'TRS']);
  });

  it('reads a named group of the codebook as its members', () => {
    const r = read('Ormund and the three shore powers reached a deal on the port.');
    const m = r.doc.mentions.find((x) => r.doc.text.slice(x.start, x.end).includes('shore powers'));
    expect([m?.actor].flat().sort()).toEqual(['ORM', 'TRS', 'VSK']);
  });
});

describe('references back to a party', () => {
  it('resolves "it said" to the party that is the subject before it', () => {
    const r = read(
      'The Alder Palace said the two leaders had discussed the ceasefire in Lumen. Both would meet again, it said.',
    );
    expect(speakerIn(r, ', it said', 'it')).toMatchObject({ name: 'The Alder Palace', actor: 'VSK' });
  });

  it('resolves "it said" to a subject that follows a fronted adverbial', () => {
    const r = read(
      'The Alder Palace said the talks had stalled. Also, on Tuesday, Ormund issued a statement in which it said the fishermen would be freed.',
    );
    expect(speakerIn(r, 'in which it said', 'it')).toMatchObject({ actor: 'ORM' });
  });

  it('resolves "the officials" to the unnamed officials named before', () => {
    const r = read(
      'Ormund will stay away, according to two Ormundi officials familiar with the preparations. The officials said Kessel would not move.',
    );
    const ref = speaker(r, 'The officials');
    expect(ref).toMatchObject({ actor: 'ORM', anonymous: true });
    expect(ref.name).toBe('two Ormundi officials familiar with the preparations');
  });

  it('reads "one of the officials" as one of the unnamed officials, with their party', () => {
    const r = read(
      'Two senior Veskan officials briefed reporters. "We will not move," one of the officials said.',
    );
    expect(speaker(r, 'one of the officials')).toMatchObject({ actor: 'VSK', anonymous: true });
  });

  it('gives "his office" the party of the person it refers back to', () => {
    const r = read('Ormundi President Davor Kest met the envoy. His office said the meeting was useful.');
    expect(speaker(r, 'His office')).toMatchObject({ name: 'His office', actor: 'ORM' });
  });

  it('resolves a definite title to the person the story introduced with it', () => {
    const r = read(
      'Tarsian envoy Mira Solenne arrived in Kessel. Later the Tarsian envoy said the talks would resume.',
    );
    expect(speaker(r, 'the Tarsian envoy')).toMatchObject({ name: 'Mira Solenne', actor: 'TRS' });
  });

  it('ties an unplaced ministry to the dateline’s state', () => {
    const r = read(
      'KESSEL, April 8 (Northwire) - Foreign ministry spokesman Jonas Hale said the offer was not enough.',
    );
    expect(speaker(r, 'Foreign ministry spokesman Jonas Hale')).toMatchObject({
      name: 'Jonas Hale',
      actor: 'ORM',
    });
  });

  it('reads an organisation’s short name before a title ("Council Secretary-General")', () => {
    const r = read(
      'The Northern Maritime Council met in Lumen. Council Secretary-General Agnes Rook said sanctions would stay.',
    );
    expect(speaker(r, 'Council Secretary-General Agnes Rook')).toMatchObject({
      name: 'Agnes Rook',
      actor: 'NMC',
      role: 'Secretary-General',
    });
  });

  it('reads a title set off by commas before the name', () => {
    const r = read(
      'Ormund objected to the plan. Ormund’s chief negotiator, Petr Vallo, said the zone must be shared.',
    );
    expect(speaker(r, 'Petr Vallo')).toMatchObject({ name: 'Petr Vallo', actor: 'ORM' });
  });
});

describe('names the codebook does not know', () => {
  it('reads a name after "said" or "according to" as a person', () => {
    const r = read(
      '"We are ready," said Oskar Lind, a Tarsian diplomat. According to Vera Holm, the deal is close.',
    );
    expect(speaker(r, 'Oskar Lind')).toMatchObject({ name: 'Oskar Lind', actor: 'TRS' });
    expect(speaker(r, 'Vera Holm')).toMatchObject({ name: 'Vera Holm', actor: null });
  });

  it('reads an unknown body as an organisation speaking for nobody, not as a person', () => {
    const r = read('Skerry Fishermen International said the detentions were unlawful.');
    expect(speaker(r, 'Skerry Fishermen International')).toMatchObject({ actor: null });
    expect(r.doc.entities.some((e) => e.kind === 'person')).toBe(false);
  });

  it('keeps a surname that is also a title after a courtesy title ("Mr. King")', () => {
    const r = read('Edgar King, a trawler captain, was released. Mr. King said he would sail again.');
    expect(speaker(r, 'Mr. King')).toMatchObject({ name: 'Mr. Edgar King' });
  });

  it('reads two parties named together before a group noun as one group', () => {
    const r = read(
      'Veskan and Ormundi negotiators met in Lumen on Tuesday. They said the talks would go on.',
    );
    expect([speaker(r, 'Veskan and Ormundi negotiators').actor].flat().sort()).toEqual(['ORM', 'VSK']);
    expect([speakerIn(r, 'They said', 'They').actor].flat().sort()).toEqual(['ORM', 'VSK']);
  });

  it('lets a pronoun fall back to a bare name when nobody is introduced more clearly', () => {
    const r = read('Mira Dahl and Pavel Rusk met in Lumen. She said the fishing talks had been useful.');
    expect(speakerIn(r, 'She said', 'She').name).toBe('Mira Dahl');
  });
});

describe('speaker spans', () => {
  it('names the speaker when the span caught the cue or an appositive', () => {
    const r = read(
      'Veskan Foreign Minister Ilse Marrow spoke in Lumen. According to Marrow, the talks will go on.',
    );
    expect(speaker(r, 'According to Marrow')).toMatchObject({ name: 'Ilse Marrow', actor: 'VSK' });
    const s = read('Petr Vallo, Ormund’s chief negotiator, said the zone must be shared.');
    expect(speaker(s, 'Petr Vallo, Ormund’s chief negotiator, said')).toMatchObject({
      name: 'Petr Vallo',
      actor: 'ORM',
    });
  });

  it('runs the actors stage on demand when the pipeline has not', async () => {
    const { createContext, createDocument } = await import('../../src/core/pipeline.js');
    const { resolveSpeaker } = await import('../../src/core/code/actors/resolve-speaker.js');
    const { worldCodebook } = await import('./helpers.js');
    const ctx = createContext(worldCodebook());
    const doc = createDocument('The Grey House said the talks were over.', { date: '2026-05-01' });
    expect(resolveSpeaker(doc, { start: 0, end: 14 }, ctx)).toMatchObject({ actor: 'ORM' });
    expect(doc.entities.length).toBeGreaterThan(0);
  });
});

describe('descriptions', () => {
  it('reads "the Ormundi president" as the president the story named, for pronouns too', () => {
    const r = read(
      'Veskan President Anton Brisk met Ormundi President Davor Kest in Lumen. The Ormundi president said the fishermen would be freed. He added that the patrols would stop.',
    );
    expect(speaker(r, 'The Ormundi president')).toMatchObject({ name: 'Davor Kest', actor: 'ORM' });
    expect(speakerIn(r, 'He added', 'He')).toMatchObject({ name: 'Davor Kest', actor: 'ORM' });
  });

  it('reads a description by its head word: a minister, not the ministry’s representative', () => {
    const r = read(
      'Veskan Foreign Minister Ilse Marrow flew to Lumen. Veskan Foreign Ministry representative Oskar Fenn said the talks went well. The Veskan foreign minister said the patrols would stop.',
    );
    expect(speaker(r, 'The Veskan foreign minister')).toMatchObject({ name: 'Ilse Marrow', actor: 'VSK' });
  });

  it('reads a body or post "in" a place as its own party, not the place', () => {
    const r = read('The Tarsian Relief Coordinator in Ormund said the convoys must be let through.');
    expect(speaker(r, 'The Tarsian Relief Coordinator in Ormund')).toMatchObject({ actor: 'TRS' });
  });

  it('reads "a senior administration official" as a U.S. source (codebook anonymous_government_words)', () => {
    const r = read('A senior administration official said the Tarsian envoy would return to Lumen.');
    expect(speaker(r, 'A senior administration official')).toMatchObject({ actor: 'USA', anonymous: true });
  });

  it('reads a family name misspelt by one letter as the person named before', () => {
    const r = read(
      'Tarsian envoy Amos Veldhorst arrived in Lumen on Monday. "We have a real chance now," Veldhorst told reporters. "The moment has come," Veldhost added.',
    );
    expect(speaker(r, 'Veldhost')).toMatchObject({ name: 'Amos Veldhorst', actor: 'TRS' });
  });

  it('finds the pair at the table from "talks between"', () => {
    const r = read(
      [
        'Tarsia hosted talks between Veska and Ormund in Lumen. Tarsia said the mood was good.',
        'Tarsia will host the next round too, Tarsian officials said.',
        'Both sides said they would return in May.',
      ].join('\n\n'),
    );
    expect([speaker(r, 'Both sides').actor].flat().sort()).toEqual(['ORM', 'VSK']);
  });
});

describe('titles after the name', () => {
  it('reads "President Anton Brisk of Veska" as speaking for Veska', () => {
    const r = read('According to President Anton Brisk of Veska, his government wants a joint venture.');
    expect(speaker(r, 'President Anton Brisk')).toMatchObject({ name: 'Anton Brisk', actor: 'VSK' });
  });
});

describe('more speaker phrases', () => {
  it('reads "X of Y" after a titled name as the person, and "X and Y" as both parties', () => {
    const r = read(
      'Prime Minister Oren Taskel of Ormund said the zone must be shared. Veska and Ormund said talks would go on.',
    );
    expect(speaker(r, 'Prime Minister Oren Taskel of Ormund')).toMatchObject({
      name: 'Oren Taskel',
      actor: 'ORM',
    });
    const both = speaker(r, 'Veska and Ormund');
    expect(both.name).toBe('Veska and Ormund');
    expect([both.actor].flat().sort()).toEqual(['ORM', 'VSK']);
  });

  it('reads a list of parties, or of titled persons, speaking together as all their parties', () => {
    const r = read(
      'Port Alder, Kessel and Lumen said the talks would resume. ' +
        'Veskan President Anton Brisk and his Ormundi counterpart Davor Kest said the zone would be shared. ' +
        'The Tarsian Foreign Minister and Veskan Foreign Ministry spokesman Lena Osk said the round was useful.',
    );
    const cities = speaker(r, 'Port Alder, Kessel and Lumen');
    expect(cities.name).toBe('Port Alder, Kessel and Lumen');
    expect([cities.actor].flat().sort()).toEqual(['ORM', 'TRS', 'VSK']);
    const leaders = speaker(r, 'Veskan President Anton Brisk and his Ormundi counterpart Davor Kest');
    expect([leaders.actor].flat().sort()).toEqual(['ORM', 'VSK']);
    const ministers = speaker(
      r,
      'The Tarsian Foreign Minister and Veskan Foreign Ministry spokesman Lena Osk',
    );
    expect([ministers.actor].flat().sort()).toEqual(['TRS', 'VSK']);
  });

  it('does not split a title’s capitalised complement joined by "and"', () => {
    const r = read(
      'The Veskan High Representative for Maritime Affairs and Fisheries Policy Ana Veldt said the zone was open.',
    );
    expect(
      speaker(r, 'Veskan High Representative for Maritime Affairs and Fisheries Policy Ana Veldt'),
    ).toMatchObject({ name: 'Ana Veldt', actor: 'VSK' });
  });

  it('names an unnamed source without the clause that hides its name', () => {
    const r = read('A Veskan negotiator who asked not to be named said the draft was ready.');
    expect(speaker(r, 'A Veskan negotiator who asked not to be named')).toMatchObject({
      name: 'A Veskan negotiator',
      actor: 'VSK',
      anonymous: true,
    });
  });

  it('gives a bare surname to the story’s own person, not to a codebook namesake', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-actors-'));
    const file = join(dir, 'namesake.yaml');
    writeFileSync(
      file,
      'persons:\n  - id: karl-holm\n    name: Karl Holm\n    aliases: [Holm]\n    roles: [{ title: President, actor: TRS, from: 2020-01 }]\n',
    );
    const r = read(
      'Holm said the council would meet. Council Secretary-General Vera Holm of the Northern Maritime Council spoke in Lumen.',
      {
        codebook: loadCodebook([fixture('world.yaml'), file]),
      },
    );
    expect(speaker(r, 'Holm')).toMatchObject({ name: 'Vera Holm', actor: 'NMC' });
  });
});

describe('definite references to offices', () => {
  it('reads "the ministry" and "the government" as the ones the story named', () => {
    const r = read(
      'Ormund’s Foreign Ministry summoned the Veskan envoy. The ministry said the patrols were illegal. The Veskan government rejected the protest, and the government said the boats would stay.',
    );
    expect(speaker(r, 'The ministry')).toMatchObject({ actor: 'ORM' });
    expect(speakerIn(r, 'the government said', 'the government')).toMatchObject({ actor: 'VSK' });
  });

  it('reads "the federal government" as the government the story named', () => {
    const r = read(
      'The Veskan government rejected the protest. Later the federal government said the boats would stay.',
    );
    expect(speakerIn(r, 'the federal government said', 'the federal government')).toMatchObject({
      actor: 'VSK',
    });
  });
});

describe('phrases with a preposition or a name set off by commas', () => {
  it('reads "advisers to X" as speaking for X’s side, and "X’s envoy to Y, Name," as the name', () => {
    const r = read(
      'Veskan President Anton Brisk met the envoy. Advisers to Brisk said the talks had stalled. Ormund’s envoy to the Northern Maritime Council, Jonas Hale, said nothing had changed.',
    );
    expect(speaker(r, 'Advisers to Brisk')).toMatchObject({ name: 'Advisers to Brisk', actor: 'VSK' });
    expect(speaker(r, 'Ormund’s envoy to the Northern Maritime Council, Jonas Hale,')).toMatchObject({
      name: 'Jonas Hale',
      actor: 'ORM',
    });
    expect(speaker(r, 'Ormund’s envoy to the Northern Maritime Council').actor).toBe('ORM');
  });

  it('reads a title phrase set off before the name as the party the name speaks for', () => {
    const r = read(
      'The head of the Veskan delegation, Ilse Marrow, said the talks would go on. Meanwhile, the secretary-general of the Northern Maritime Council, Jonas Hale, said nothing had changed. The Tarsian delegation’s spokesperson, Lena Doss, said the vote would be held in June.',
    );
    expect(speaker(r, 'Ilse Marrow')).toMatchObject({ name: 'Ilse Marrow', actor: 'VSK' });
    expect(speaker(r, 'Jonas Hale')).toMatchObject({ name: 'Jonas Hale', actor: 'NMC' });
    expect(speaker(r, 'Lena Doss')).toMatchObject({ name: 'Lena Doss', actor: 'TRS' });
  });

  it('reads a party, the body it sends and a title before the name as the party the name speaks for', () => {
    const r = read(
      'Aldmere Front in Exile delegation head Lena Doss said the vote would be held in June. Later, Veska team leader Jonas Hale said nothing had changed.',
    );
    expect(speaker(r, 'Lena Doss')).toMatchObject({ name: 'Lena Doss', actor: 'AFIE' });
    expect(speaker(r, 'Jonas Hale')).toMatchObject({ name: 'Jonas Hale', actor: 'VSK' });
  });

  it('knows a hyphenated name the text writes with a space for a hyphen', () => {
    const r = read(
      "Ida Vell, a senior official in Brisk's Aldmere Front-in Exile rebel group, said Brisk would attend. The Aldmere Front in Exile said it was ready.",
    );
    expect(speaker(r, 'Ida Vell')).toMatchObject({ actor: 'AFIE' });
    expect(speaker(r, 'The Aldmere Front in Exile')).toMatchObject({ actor: 'AFIE' });
  });

  it('gives a title the body the story described with the same word ("another protest leader")', () => {
    const r = read(
      'Members of the protest umbrella group, the Dunmark Liberation Front, celebrated in the streets. The vote is set for May 17 — another protest leader, Ida Vell, told reporters. A farm leader, Oskar Fenn, said nothing.',
    );
    expect(speaker(r, 'Ida Vell')).toMatchObject({ actor: 'DUNF' });
    expect(speaker(r, 'Oskar Fenn').actor ?? null).toBeNull();
  });

  it('reads a title set off before the name after a relative that opens the clause', () => {
    const r = read(
      'The Ormundi envoy said the talks were over, to which the head of the Veskan delegation, Ilse Marrow, said that nothing was over.',
    );
    expect(speaker(r, 'Ilse Marrow')).toMatchObject({ name: 'Ilse Marrow', actor: 'VSK' });
  });

  it('reads the title the text gives a codebook person who holds no role at the date', () => {
    // Mira Solenne is Tarsia's envoy only from March 2026.
    const r = read('The head of the Veskan delegation, Mira Solenne, said the talks would go on.', {
      date: '2026-01-10',
      codebook: worldCodebook(true),
    });
    expect(speaker(r, 'Mira Solenne')).toMatchObject({ actor: 'VSK' });
  });

  it('takes the last of two coordinated titles, and no party from a clause before the name', () => {
    const r = read(
      'The Veskan president and the Council’s chairman, Jonas Hale, announced the deal. After meeting the Veskan envoy, Lena Doss said the talks had stalled.',
    );
    expect(speaker(r, 'Jonas Hale').actor).not.toBe('VSK');
    expect(speaker(r, 'Lena Doss').actor ?? null).toBeNull();
  });
});

describe('gender from the text', () => {
  it('learns a person’s gender from "said her …" to resolve a later "she"', () => {
    const r = read(
      [
        'Oskar Fenn and Vera Lund met in Lumen. Lund, a Tarsian envoy, said her team was ready.',
        'Fenn, a Veskan adviser, disagreed.',
        '"We are not there yet," she said.',
      ].join('\n\n'),
    );
    expect(speakerIn(r, '" she said', 'she')).toMatchObject({ name: 'Vera Lund', actor: 'TRS' });
  });
});

describe('a given name after an honorific', () => {
  it('"Prince Karim" after the codebook\'s "Prince Karim bin Adel Al Rasa" is the same minister', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-actors-'));
    const file = join(dir, 'prince.yaml');
    writeFileSync(
      file,
      'persons:\n  - id: karim-bin-adel\n    name: Karim bin Adel\n    aliases: [Prince Karim bin Adel, Prince Karim bin Adel Al Rasa]\n    roles: [{ title: Foreign Minister, actor: TRS, from: 2020-01 }]\n',
    );
    const r = read(
      'The plan would reopen the port of Lumen, said Prince Karim bin Adel Al Rasa. "It will take effect at once," Prince Karim said.',
      { codebook: loadCodebook([fixture('world.yaml'), file]) },
    );
    expect(speaker(r, 'Prince Karim', 1)).toMatchObject({ actor: 'TRS' });
  });
});
