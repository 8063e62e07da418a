import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCodebook } from '../../src/core/codebook/codebook.js';
import { fixture, read, speaker } from './helpers.js';

// Every sentence here is written for the tests, about the invented states Veska (VSK), Ormund (ORM)
// and Tarsia (TRS) and the Northern Maritime Council (NMC).

describe('a speaker’s party through the post the text gives', () => {
  it('keeps a present post’s party when a later appositive tells a former one', () => {
    const r = read(
      '"The guns are silent," said Oskar Lind, head of the Northern Maritime Council mediation team. ' +
        'Lind, a former Tarsian president, said the monitors would report weekly.',
    );
    expect(speaker(r, 'Lind', 1)).toMatchObject({ name: 'Oskar Lind', actor: 'NMC' });
  });

  it('still reads a former post alone as no party', () => {
    const r = read('Lind, a former Tarsian president, said the monitors would report weekly.');
    expect(speaker(r, 'Lind')).toMatchObject({ actor: null });
  });

  it('takes the codebook’s party when the text gives the very post the codebook dates', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-party-'));
    const file = join(dir, 'chair.yaml');
    writeFileSync(
      file,
      'persons:\n  - id: ada-fenn\n    name: Ada Fenn\n    aliases: [Fenn]\n' +
        '    roles: [{ title: President of the Veskan Council, actor: NMC, from: 2020-01 }]\n',
    );
    const r = read('The president of the Veskan council, Ada Fenn, said the quotas would hold.', {
      codebook: loadCodebook([fixture('world.yaml'), file]),
    });
    expect(speaker(r, 'Ada Fenn')).toMatchObject({ name: 'Ada Fenn', actor: 'NMC' });
  });

  it('takes the codebook’s party when the post it dates runs over an office another state shares', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-party-'));
    const file = join(dir, 'spokesman.yaml');
    writeFileSync(
      file,
      'persons:\n  - id: ada-fenn\n    name: Ada Fenn\n    aliases: [Fenn]\n' +
        '    roles: [{ title: Foreign Office spokesman, actor: VSK, from: 2020-01 }]\n',
    );
    const r = read('"The talks go on," Foreign Office spokesman Dr Ada Fenn said on Wednesday.', {
      codebook: loadCodebook([fixture('world.yaml'), file]),
    });
    expect(speaker(r, 'Ada Fenn')).toMatchObject({ name: 'Dr Ada Fenn', actor: 'VSK' });
  });

  it('takes the armed group the codebook dates over the nationality a demonym in the title gives', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-party-'));
    const file = join(dir, 'commander.yaml');
    writeFileSync(
      file,
      'persons:\n  - id: rurik-salo\n    name: Rurik Salo\n    aliases: [Salo]\n' +
        '    roles: [{ title: Commander, actor: SELF, from: 2020-01 }]\n',
    );
    const r = read('Ormundi Field-Marshal Rurik Salo said his forces would hold the line.', {
      codebook: loadCodebook([fixture('world.yaml'), file]),
    });
    expect(speaker(r, 'Rurik Salo')).toMatchObject({ name: 'Rurik Salo', actor: 'SELF' });
  });

  it('keeps the state a demonym in the title gives when the codebook dates a post with a state', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-party-'));
    const file = join(dir, 'envoy.yaml');
    writeFileSync(
      file,
      'persons:\n  - id: rurik-salo\n    name: Rurik Salo\n    aliases: [Salo]\n' +
        '    roles: [{ title: Ambassador, actor: TRS, from: 2020-01 }]\n',
    );
    const r = read('Ormundi envoy Rurik Salo said the talks would go on.', {
      codebook: loadCodebook([fixture('world.yaml'), file]),
    });
    expect(speaker(r, 'Rurik Salo')).toMatchObject({ actor: 'ORM' });
  });

  it('reads an organisation’s own body in a title as the organisation', () => {
    const r = read(
      'Oskar Lind, head of the Northern Maritime Council Mission in Tarsia, said the monitors would report weekly.',
    );
    expect(speaker(r, 'Oskar Lind')).toMatchObject({ name: 'Oskar Lind', actor: 'NMC' });
  });

  it('does not read the next person of a list as an appositive', () => {
    const r = read(
      'In a joint statement, Anton Brisk, Ormund’s Prime Minister Ida Vell and Tarsian President Oskar Lind said the talks would go on. ' +
        'Veskan President Anton Brisk said more would follow.',
    );
    expect(speaker(r, 'Anton Brisk', 1)).toMatchObject({ name: 'Anton Brisk', actor: 'VSK' });
    expect(r.doc.entities.find((e) => e.name === 'Anton Brisk')?.actor).toBe('VSK');
  });
});

describe('a body the codebook does not know, held by a party', () => {
  it('speaks for the person or state named before it', () => {
    const r = read(
      'Veskan President Anton Brisk met the envoy. Brisk’s Office said the talks were useful. ' +
        'The Ormundi Prime Minister’s Office said the islands are not for sale.',
    );
    expect(speaker(r, 'Brisk’s Office')).toMatchObject({ name: 'Brisk’s Office', actor: 'VSK' });
    expect(speaker(r, 'The Ormundi Prime Minister’s Office')).toMatchObject({ actor: 'ORM' });
  });
});

describe('names with a particle joined by a hyphen', () => {
  it('keeps "al-" inside and at the head of a name, so the title before it gives the party', () => {
    const r = read(
      '"The truce holds," Veskan Foreign Minister al-Karim Dessa announced. ' +
        'Yusuf al-Marrow Tenn, the Ormundi envoy, said the talks would resume.',
    );
    expect(speaker(r, 'Veskan Foreign Minister al-Karim Dessa')).toMatchObject({
      name: 'al-Karim Dessa',
      actor: 'VSK',
    });
    expect(speaker(r, 'Yusuf al-Marrow Tenn')).toMatchObject({ name: 'Yusuf al-Marrow Tenn', actor: 'ORM' });
  });
});

describe('titles around a name', () => {
  it('reads a plural title before a pair of names as each one’s title', () => {
    const r = read(
      'Veskan Foreign Ministers Karl Demm and Ida Vell met in Lumen. Demm said the talks went well.',
    );
    expect(speaker(r, 'Demm', 1)).toMatchObject({ name: 'Karl Demm' });
  });

  it('reads a title set off by a comma before a name that speaks at once', () => {
    const r = read(
      'Meanwhile, the Secretary-General of the Northern Maritime Council, Vera Holm said the talks would resume.',
    );
    expect(speaker(r, 'Vera Holm')).toMatchObject({ name: 'Vera Holm', actor: 'NMC' });
    expect(r.doc.entities.some((e) => e.kind === 'person' && e.name === 'General')).toBe(false);
    // Or before a name that goes on to another verb.
    const other = read(
      'Meanwhile, the Secretary-General of the Northern Maritime Council, Vera Holm assured the envoys that the talks would resume.',
    );
    expect(speaker(other, 'Vera Holm')).toMatchObject({ name: 'Vera Holm', actor: 'NMC' });
  });

  it('reads a state named between a title and a name as the person’s party, not part of the name', () => {
    const r = read('Foreign Secretary Veska Aram Tollen said the talks in Lumen went well.');
    expect(speaker(r, 'Foreign Secretary Veska Aram Tollen')).toMatchObject({
      name: 'Aram Tollen',
      actor: 'VSK',
    });
    // A body's name keeps the state inside it.
    const body = read('Chairman Veska Fisheries Board Aram Tollen said the catch was down.');
    expect(body.doc.entities.some((e) => e.kind === 'person' && e.actor === 'VSK')).toBe(false);
  });

  it('keeps the state before a post told with its rank and portfolio ("Vice Commerce Minister")', () => {
    const vice = read("Veska's Vice Commerce Minister Aram Tollen said the quotas would hold.");
    expect(speaker(vice, 'Aram Tollen')).toMatchObject({ actor: 'VSK' });
    const reach = read("Ormund's International Trade Representative Ida Vell said the duties would stay.");
    expect(speaker(reach, 'Ida Vell')).toMatchObject({ actor: 'ORM' });
  });

  it('reads a state named before an expert as the field studied, not the expert’s side', () => {
    const r = read(
      '"The quotas will not last," said Karel Vomb, a Veska trade expert at the Lumen Institute.',
    );
    expect(speaker(r, 'Karel Vomb')).toMatchObject({ actor: null });
    // A state's own possessive is still its side.
    const own = read('"The quotas will last," said Karel Vomb, Veska\'s trade expert.');
    expect(speaker(own, 'Karel Vomb')).toMatchObject({ actor: 'VSK' });
  });

  it('reads "PM" before a name as a title, so the name is the person named before in full', () => {
    const r = read(
      'Veskan Prime Minister Ida Vell met the envoy in Lumen. But PM Vell said the strait stays closed.',
    );
    expect(speaker(r, 'PM Vell')).toMatchObject({ name: 'Ida Vell', actor: 'VSK' });
  });

  it('reads "His Majesty" and "Haji" as honorifics and "Sultan" as a title', () => {
    const r = read('His Majesty Sultan Haji Omar Tessel of Veska said the islands were not for sale.');
    const ref = speaker(r, 'His Majesty Sultan Haji Omar Tessel of Veska');
    expect(ref).toMatchObject({ actor: 'VSK', role: 'Sultan' });
    // The courtesy title stays with the name, as "Mr." does.
    expect(ref.name).toMatch(/^(Haji )?Omar Tessel$/);
  });
});

describe('a text of the parties together', () => {
  it('speaks for the two parties the article is about', () => {
    const r = read(
      'Veska and Ormund signed a fisheries deal in Lumen on Monday. Veska and Ormund will share the catch. ' +
        'Veskan officials praised the deal, and Ormundi officials welcomed it. ' +
        'The agreement says the boats of both will fish the northern waters.',
    );
    const ref = speaker(r, 'The agreement');
    expect([ref.actor].flat().sort()).toEqual(['ORM', 'VSK']);
  });
});

describe('a name with a middle initial', () => {
  it('is the same person as the name without it, and the codebook’s person', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-party-'));
    const file = join(dir, 'initial.yaml');
    writeFileSync(
      file,
      'persons:\n  - id: ada-fenn\n    name: Ada Fenn\n' +
        '    roles: [{ title: Chief Negotiator, actor: ORM, from: 2020-01 }]\n',
    );
    const r = read(
      'Chief Negotiator Ada Fenn arrived in Lumen. Chief Negotiator Ada K. Fenn met the Veskan delegation. ' +
        '"We will see," Fenn said.',
      { codebook: loadCodebook([fixture('world.yaml'), file]) },
    );
    const ref = speaker(r, 'Fenn', 2);
    expect(ref).toMatchObject({ actor: 'ORM' });
    expect(r.doc.entities.filter((e) => e.kind === 'person' && /Fenn/.test(e.name))).toHaveLength(1);
  });
});

describe('a state’s own body named with its demonym', () => {
  it('gives the state as the affiliation of a post in it, and is no person', () => {
    const r = read(
      '"The guns are silent," said Marshal Oren Taskel, chief of staff of the Veskan Armed Forces.',
    );
    expect(speaker(r, 'Marshal Oren Taskel')).toMatchObject({ name: 'Oren Taskel', actor: 'VSK' });
    expect(r.doc.entities.some((e) => e.kind === 'person' && e.name === 'Armed Forces')).toBe(false);
  });
});

describe('"each side"', () => {
  it('speaks for the two parties the article is about, as "both sides" does', () => {
    const r = read(
      'Veska and Ormund agreed to a fishing truce in Lumen. Veska sent its boats home. Ormund recalled its patrols. ' +
        'Each side said it stood ready to answer any violation.',
    );
    expect([speaker(r, 'Each side').actor].flat().sort()).toEqual(['ORM', 'VSK']);
  });
});

describe('a government no state is named with', () => {
  const story =
    'Veska and the Veskan opposition resumed talks in Lumen. The Veskan opposition said the vote must be free. ' +
    'Veska said the vote would be held in spring. ';

  it('is the state’s in a story of one state and the group it faces', () => {
    const r = read(
      `${story}Government negotiators said the roadmap was agreed. Government spokesman Ivo Marten said the talks went well.`,
    );
    expect(speaker(r, 'Government negotiators')).toMatchObject({ actor: 'VSK' });
    expect(speaker(r, 'Government spokesman Ivo Marten')).toMatchObject({ actor: 'VSK' });
  });

  it('is the state’s for a minister no state is named with, in such a story', () => {
    const r = read(
      `${story}Speaking after the talks, the Interior minister, Ivo Marten said the roadmap was agreed.`,
    );
    expect(speaker(r, 'Ivo Marten')).toMatchObject({ name: 'Ivo Marten', actor: 'VSK' });
  });

  it('is the state’s for a "government" title in a story that names one state far more than others', () => {
    const r = read(
      'Veska will hold a referendum on the fishing deal. Veska signed it on Monday. Tarsia hosted the talks. ' +
        'Veska expects the vote in spring, said government spokesman Ivo Marten.',
    );
    expect(speaker(r, 'government spokesman Ivo Marten')).toMatchObject({ name: 'Ivo Marten', actor: 'VSK' });
  });

  it('is nobody’s for a minister’s title in such a story', () => {
    const r = read(
      'Veska will hold a referendum on the fishing deal. Veska signed it on Monday. Tarsia hosted the talks. ' +
        'Veska expects the vote in spring, said Foreign Minister Ivo Marten.',
    );
    expect(speaker(r, 'Foreign Minister Ivo Marten')).toMatchObject({ actor: null });
  });

  it('is nobody’s in a story of two states', () => {
    const r = read(
      'Veska and Ormund resumed talks in Lumen. Ormund said the strait must stay open. Veska said it agreed. ' +
        'Government negotiators said the roadmap was agreed.',
    );
    expect(speaker(r, 'Government negotiators')).toMatchObject({ actor: null });
  });
});

describe('a joint text with its issuers named after it', () => {
  it('speaks for the parties that issued it', () => {
    const r = read(
      'Veska and Ormund signed the accord. "We welcome it," according to a joint statement from the Northern Maritime Council, Tarsia and Ormund, calling it a first step.',
    );
    expect(speaker(r, 'a joint statement')).toMatchObject({ actor: ['NMC', 'TRS', 'ORM'] });
  });

  it('reads a single issuer', () => {
    const r = read(
      'Veska and Ormund signed the accord. "We welcome it," according to a joint statement from Tarsia on Friday.',
    );
    expect(speaker(r, 'a joint statement')).toMatchObject({ actor: 'TRS' });
  });
});

describe('a person who serves another', () => {
  it('speaks for the side of the person named after "aide to"', () => {
    const r = read(
      'Ormundi President Ida Vell met the envoys. Petr Halm, a top aide to Vell, said the talks were useful.',
    );
    expect(speaker(r, 'Petr Halm')).toMatchObject({ name: 'Petr Halm', actor: 'ORM' });
  });

  it('reads a person named later in the text, with a title of their own', () => {
    const r = read('Petr Halm, an aide to Tarsian President Anton Brisk, said the talks were useful.');
    expect(speaker(r, 'Petr Halm')).toMatchObject({ actor: 'TRS' });
  });

  it('reads a party with its possessive as the side served, not a destination', () => {
    const r = read('Petr Halm, an adviser to Veska’s supreme leader, said the talks were useful.');
    expect(speaker(r, 'Petr Halm')).toMatchObject({ actor: 'VSK' });
  });

  it('reads the person named with a possessive before the title as the one served', () => {
    const r = read(
      'Tarsian President Anton Brisk arrived on Monday. Petr Halm, Brisk’s chief of staff, said the talks were useful.',
    );
    expect(speaker(r, 'Petr Halm')).toMatchObject({ actor: 'TRS' });
  });

  it('keeps an envoy to a state as that state’s guest, not its own', () => {
    const r = read('Petr Halm, an envoy to Veska, said the talks were useful.');
    expect(speaker(r, 'Petr Halm')).toMatchObject({ actor: null });
  });
});

describe('a family name of several words', () => {
  it('is the person named in full before', () => {
    const r = read(
      'Omar bin Rashid Al Fahd, Tarsia’s prime minister, said the deal was close. Al Fahd said talks would go on.',
    );
    expect(speaker(r, 'Al Fahd', 1)).toMatchObject({ name: 'Omar bin Rashid Al Fahd', actor: 'TRS' });
  });
});

describe('a post given by a verb or as a member', () => {
  it('reads "who heads" a party’s team as a post there', () => {
    const r = read('Petr Halm, who heads the Veskan negotiating team, said the talks were useful.');
    expect(speaker(r, 'Petr Halm')).toMatchObject({ actor: 'VSK' });
  });

  it('reads "who led" a party’s delegation at the talks told as a post there', () => {
    const r = read('Petr Halm, who led the Veskan delegation, said on Sunday that the talks were useful.');
    expect(speaker(r, 'Petr Halm')).toMatchObject({ actor: 'VSK' });
  });

  it('reads "a member of" a party’s delegation as that party’s', () => {
    const r = read('Petr Halm, a member of the Ormundi delegation, said the talks were useful.');
    expect(speaker(r, 'Petr Halm')).toMatchObject({ actor: 'ORM' });
  });
});

describe('"the country’s" in a title', () => {
  it('is the state the story has just spoken of, not a place after a preposition', () => {
    const r = read(
      'Veska rejected the proposal on Saturday, days after talks with Ormund in Tarsia. ' +
        'Petr Halm, the country’s deputy foreign minister, said the talks were useful.',
    );
    expect(speaker(r, 'Petr Halm')).toMatchObject({ actor: 'VSK' });
  });
});

describe('a title of two modifiers joined by "and"', () => {
  it('keeps the party named before the first one', () => {
    const r = read(
      'Northern Maritime Council foreign policy and security chief Ana Veldt said the quotas would hold.',
    );
    expect(speaker(r, 'Ana Veldt')).toMatchObject({ actor: 'NMC' });
  });
});

describe('a title in a body the text names', () => {
  it('reads an organisation’s own body after a title as the organisation', () => {
    const r = read(
      '"The talks were useful," said Petr Halm, Special Representative of the Northern Maritime Council Chairperson-in-Office.',
    );
    expect(speaker(r, 'Petr Halm')).toMatchObject({ actor: 'NMC' });
    const r2 = read(
      'Petr Halm, Head of the Northern Maritime Council Mission to Veska, said the sides had shown commitment.',
    );
    expect(speaker(r2, 'Petr Halm')).toMatchObject({ actor: 'NMC' });
  });

  it('reads "an official in" a group as that group’s, but not a place after "in"', () => {
    const r = read(
      'Petr Halm, a senior official in the Selmar Liberation Front, said the talks would resume.',
    );
    expect(speaker(r, 'Petr Halm')).toMatchObject({ actor: 'SELF' });
    const r2 = read('Petr Halm, a senior official in Lumen, said the talks would resume.');
    expect(speaker(r2, 'Petr Halm')?.actor ?? null).toBeNull();
  });

  it('reads a caretaker minister by the state before the title', () => {
    const r = read('Tarsian caretaker Foreign Minister Petr Halm said the talks would resume.');
    expect(speaker(r, 'Petr Halm')).toMatchObject({ actor: 'TRS' });
  });
});

describe('a speaker named as others related to a state', () => {
  it('"Veska\'s allies said" speaks for none it names, not for Veska', () => {
    for (const [text, name] of [
      ["Veska's allies said Ormund must agree to a truce or face sanctions.", "Veska's allies"],
      ['Tarsian partners said the monitors would report weekly.', 'Tarsian partners'],
    ]) {
      expect(speaker(read(text), name)).toMatchObject({ actor: null });
    }
    // (the allies of an organisation are its members)
    expect(
      speaker(
        read('Northern Maritime Council allies said the quotas would hold.'),
        'Northern Maritime Council allies',
      ),
    ).toMatchObject({ actor: 'NMC' });
  });
});

describe('"the two sides" after a list of venues', () => {
  it('are the parties named before, not capitals listed with the months of rounds held there', () => {
    const r = read(
      'Veskan and Tarsian officials met in Marrow Bay on Sunday.\n\n' +
        'The quota truce was extended last month after rounds in Norrhaven in May, Kessel in June and Port Alder in July.\n\n' +
        'The two sides said they would meet again.',
    );
    expect(speaker(r, 'The two sides')).toMatchObject({ actor: ['VSK', 'TRS'] });
  });
});
