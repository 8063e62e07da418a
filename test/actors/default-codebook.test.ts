import { describe, expect, it } from 'vitest';
import { loadCodebook } from '../../src/core/codebook/codebook.js';
import { read, speaker, textOnly } from './helpers.js';

// Sentences written for the tests with real states and organisations, read with the default
// codebook less its persons list: party and role must come from the words of the text.
const codebook = textOnly(loadCodebook());
const who = (text: string, phrase: string) => speaker(read(text, { codebook, date: '2025-06-01' }), phrase);

describe('the default codebook on constructions of the news', () => {
  it('reads seats, organisations and their officials', () => {
    expect(
      who(
        'Kremlin spokesman Pavel Orlov told reporters the talks were useful.',
        'Kremlin spokesman Pavel Orlov',
      ),
    ).toMatchObject({
      name: 'Pavel Orlov',
      actor: 'RUS',
      role: 'spokesman',
    });
    expect(
      who('NATO Secretary General Jan Vos said allies must spend more.', 'NATO Secretary General Jan Vos')
        .actor,
    ).toBe('NATO');
    expect(
      who(
        'European Commission President Anna von der Berg said Europe would rearm.',
        'European Commission President Anna von der Berg',
      ),
    ).toMatchObject({
      name: 'Anna von der Berg',
      actor: 'EU',
    });
  });

  it('reads a foreign ministry by the name only one state gives it', () => {
    expect(
      who(
        'The Ministry of External Affairs (MEA) said the border talks would resume.',
        'The Ministry of External Affairs',
      ).actor,
    ).toBe('IND');
  });

  it('reads groups, militaries and their members', () => {
    expect(who("Yemen's Houthi rebels said they had fired a missile.", "Yemen's Houthi rebels").actor).toBe(
      'HOUTHI',
    );
    expect(who('The IDF said it had struck a depot.', 'The IDF').actor).toBe('ISR');
    expect(who('A Hamas official said the group was studying the plan.', 'A Hamas official')).toMatchObject({
      actor: 'HAMAS',
      anonymous: true,
    });
    expect(
      who('Hezbollah leader Karim Saad said the group would not disarm.', 'Hezbollah leader Karim Saad')
        .actor,
    ).toBe('HEZBOLLAH');
  });

  it('reads Fatah as a side of its own, not the state of Palestine', () => {
    expect(who('A Fatah spokesman said the unity talks would resume.', 'A Fatah spokesman').actor).toBe(
      'FATAH',
    );
    expect(
      who(
        'Fatah delegation chief Samir Aziz said the unity talks would resume.',
        'Fatah delegation chief Samir Aziz',
      ).actor,
    ).toBe('FATAH');
  });

  it("reads the P4+1 of the Vienna talks as the deal's five remaining parties", () => {
    expect([who('The P4+1 said the talks would resume next week.', 'The P4+1').actor].flat().sort()).toEqual([
      'CHN',
      'DEU',
      'FRA',
      'GBR',
      'RUS',
    ]);
  });

  it('reads breakaway authorities by their side, not by the name of their region', () => {
    expect(who('The Abkhaz side said the talks had stalled.', 'The Abkhaz side').actor).toBe('ABKHAZIA');
    expect(
      who(
        'Transnistrian negotiator Ilya Dorn said the bridge would reopen.',
        'Transnistrian negotiator Ilya Dorn',
      ).actor,
    ).toBe('TRANSNISTRIA');
    expect(who('A MILF commander said the fighters would disarm.', 'A MILF commander').actor).toBe('MILF');
  });

  it('keeps the post abroad apart from the party, and former posts as former', () => {
    const ref = who(
      'Former U.S. Ambassador to Ukraine Paul Grant said the deal favoured Moscow.',
      'Former U.S. Ambassador to Ukraine Paul Grant',
    );
    expect(ref).toMatchObject({ name: 'Paul Grant', actor: null });
    expect(
      who("Russia's envoy to the United Nations, Ivan Sokol, said the text was one-sided.", 'Ivan Sokol')
        .actor,
    ).toBe('RUS');
  });

  it('a UN peacekeeping mission named by its acronym speaks for the UN', () => {
    expect(who('Monusco said on Sunday it was ready to monitor the truce.', 'Monusco').actor).toBe('UN');
    expect(who('UNIFIL said its patrols had been blocked.', 'UNIFIL').actor).toBe('UN');
  });

  it('a "UN Ambassador" is a state’s envoy to the UN, not the UN’s; a "UN envoy" is the UN’s', () => {
    expect(
      who('UN Ambassador Paul Grant said the vote was delayed.', 'UN Ambassador Paul Grant'),
    ).toMatchObject({
      name: 'Paul Grant',
      actor: null,
    });
    expect(who('UN envoy Paul Grant said the vote was delayed.', 'UN envoy Paul Grant').actor).toBe('UN');
  });

  it('reads a bare capital as its state but not a capital inside another name', () => {
    expect(who('Beijing has said it opposes sanctions.', 'Beijing').actor).toBe('CHN');
    expect(who('The Washington Post reported the plan on Sunday.', 'The Washington Post').actor).toBeNull();
  });

  it('reads the European commission written with a lower-case body, as some papers write it', () => {
    expect(
      who('The European commission president, Anna Berg, said the deal was close.', 'Anna Berg').actor,
    ).toBe('EU');
  });

  it('reads the Karabakh Armenian forces as the Karabakh authorities’ side, not Armenia', () => {
    expect(
      who(
        'A commander of the ethnic Armenian forces, Aram Sarkis, said the roads were closed.',
        'Aram Sarkis',
      ).actor,
    ).toBe('NKR');
  });

  it('does not take a state named inside another body’s name as the speaker’s party', () => {
    expect(
      who(
        'Paul Smit, a spokesman for the United Fishermen of America, said the union expected better.',
        'Paul Smit',
      ),
    ).toMatchObject({ name: 'Paul Smit', actor: null });
    expect(
      who('Dana Holt, a director at the Center for American Progress, said the plan was weak.', 'Dana Holt')
        .actor,
    ).toBeNull();
  });

  it('reads the group an armed wing belongs to by the words wire reports use for it', () => {
    const { doc } = read(
      'Hamas said the handover would go ahead. The Palestinian group’s armed wing said it had freed two captives. Hezbollah said it would not disarm, and the Iran-backed Lebanese group said the talks had failed.',
      { codebook, date: '2025-06-01' },
    );
    const actorOf = (phrase: string) => {
      const at = doc.text.indexOf(phrase);
      return doc.mentions.find((m) => m.start === at && m.end === at + phrase.length)?.actor;
    };
    expect(actorOf('The Palestinian group')).toBe('HAMAS');
    expect(actorOf('the Iran-backed Lebanese group')).toBe('HEZBOLLAH');
  });
});
