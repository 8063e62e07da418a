/**
 * Speakers' parties: a commentator at a body of research that a place names ("a Port Alder think
 * tank") speaks for nobody, while an official at a state's ministry speaks for the state; an
 * office the press names bare by convention ("the Commerce Department") is its state's in a story
 * about that state. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { CodebookSchema, mergeCodebooks } from '../../src/core/codebook/codebook.js';
import { createDocument } from '../../src/core/pipeline.js';
import { defaultPipeline } from '../../src/core/stages.js';
import { code, worldCodebook } from '../positions/world.js';

const speakerParty = (text: string) =>
  code(`Veska and Ormund held talks in Lumen on Monday.\n\n${text}`).statements[0]?.actor;

describe('commentators at research bodies named by a place', () => {
  it('"a Veska expert at a Port Alder think tank" speaks for nobody', () => {
    expect(
      speakerParty(
        'Karel Vomb, a Veska expert at a Port Alder think tank, said Ormund rejects any ceasefire.',
      ),
    ).toBeNull();
  });

  it('"an analyst at a Kessel-based institute" speaks for nobody', () => {
    expect(
      speakerParty(
        'Lena Hart, an analyst at a Kessel-based institute, said Port Alder will not give up the islands.',
      ),
    ).toBeNull();
  });

  it('"Veskan analyst Karel Vomb", a commentator’s title before the name, speaks for nobody', () => {
    expect(speakerParty('Veskan analyst Karel Vomb said Ormund rejects any ceasefire.')).toBeNull();
    expect(
      speakerParty('Ormundi political commentator Lena Hart said the islands will stay Veskan.'),
    ).toBeNull();
  });

  it('"Veskan negotiator Karel Vomb" still speaks for Veska', () => {
    expect(speakerParty('Veskan negotiator Karel Vomb said Ormund rejects any ceasefire.')).toBe('VSK');
  });

  it('"a senior official at the Veskan foreign ministry" still speaks for Veska', () => {
    expect(
      speakerParty(
        'Nils Orr, a senior official at the Veskan foreign ministry, said Veska rejects any ceasefire.',
      ),
    ).toBe('VSK');
  });
});

describe('offices named bare by press convention', () => {
  // A wire whose style names Veska's offices bare, as U.S. wires do the U.S.'s.
  const veskanWire = defaultPipeline(
    mergeCodebooks(
      worldCodebook,
      CodebookSchema.parse({ cues: { bare_office_conventions: ['department = VSK', 'treasury = VSK'] } }),
    ),
  );
  const parties = (text: string) =>
    veskanWire.run(createDocument(text, { date: '2026-06-16' })).statements.map((s) => s.actor);

  it('"The Commerce Department said" and "The Treasury said" speak for the story\'s Veska', () => {
    expect(
      parties(
        'Veska and Ormund agreed on Monday to cut tariffs. The Commerce Department said it would review export controls. The Treasury said the deal would calm markets.',
      ),
    ).toEqual(['VSK', 'VSK']);
  });

  it("in a story that does not name Veska, the office stays nobody's", () => {
    expect(
      parties(
        'Ormund and Tarsia agreed on Monday to cut tariffs. The Commerce Department said it would review export controls.',
      ),
    ).not.toContain('VSK');
  });
});

describe('compound titles', () => {
  it('"Ormund\'s Vice Commerce Minister and International Trade Representative X" speaks for Ormund', () => {
    expect(
      speakerParty(
        "Ormund's Vice Commerce Minister and International Trade Representative Ida Vell said the talks were candid.",
      ),
    ).toBe('ORM');
  });

  it('"Veska\'s Deputy Prime Minister and Minister of Foreign Affairs X" speaks for Veska', () => {
    expect(
      speakerParty(
        "Veska's Deputy Prime Minister and Minister of Foreign Affairs Pavel Rusk said the talks were candid.",
      ),
    ).toBe('VSK');
  });

  it('two persons joined by "and" keep their own parties', () => {
    const doc = code(
      "Veska and Ormund held trade talks in Lumen on Monday.\n\nVeskan Foreign Minister Ilse Marrow and Ormund's Prime Minister Ida Vell said the talks were candid.",
    );
    expect(doc.statements[0]?.actor).toEqual(['VSK', 'ORM']);
  });
});

describe('a seat whose name other states share, owned by the state named with it', () => {
  it('"the Veska Foreign Office" speaks for Veska, not for the state the codebook files it under', () => {
    expect(speakerParty('The Veska Foreign Office said the talks would serve no purpose.')).toBe('VSK');
  });

  it('"Ormund\'s Foreign Office" speaks for Ormund', () => {
    expect(speakerParty('Ormund\u2019s Foreign Office said the visit was postponed.')).toBe('ORM');
  });

  it('"the Foreign Office of Veska" speaks for Veska', () => {
    expect(speakerParty('The Foreign Office of Veska said the proposal was under review.')).toBe('VSK');
  });

  it('"the Foreign Office" alone is still the British one', () => {
    expect(speakerParty('The Foreign Office said the proposal was under review.')).toBe('GBR');
  });
});

describe('a ministry of foreign affairs named "external affairs"', () => {
  const parties = (title: string) =>
    code(
      `Veska and Ormund held talks in Lumen on Monday.\n\nIn reply, Ormund\u2019s ${title} Ivo Darr said the talks had failed.\n\n\u201cWe set no conditions,\u201d he said.`,
    ).statements.map((s) => s.actor);

  it('"Ormund\'s external affairs ministry spokesperson" keeps Ormund when named again as "he"', () => {
    expect(parties('external affairs ministry spokesperson')).toEqual(['ORM', 'ORM']);
  });
});

describe("a title before the name after the clause's lead-in words", () => {
  it('"but earlier the head of Veska\'s press office, Ida Vell, had said" speaks for Veska', () => {
    expect(
      speakerParty(
        "No side said how many detainees would go free, but earlier the head of Veska's press office, Ida Vell, had said the deal would free 12 detainees.",
      ),
    ).toBe('VSK');
  });

  it('"On Monday the head of Veska\'s press office, Ida Vell, said" speaks for Veska', () => {
    expect(
      speakerParty(
        "On Monday the head of Veska's press office, Ida Vell, said the deal would free 12 detainees.",
      ),
    ).toBe('VSK');
  });

  it('"After talks with the head of Veska\'s press office, Ida Vell said" keeps the title from the name', () => {
    expect(
      speakerParty(
        "After talks with the head of Veska's press office, Ida Vell said the deal would free 12 detainees.",
      ),
    ).not.toBe('VSK');
  });
});

describe('the region an envoy covers, between the body and the title', () => {
  it('"UN Middle East envoy Ida Vell" speaks for the UN', () => {
    expect(
      speakerParty('UN Middle East envoy Ida Vell told the council that Veska and Ormund had agreed.'),
    ).toBe('UN');
  });
});
