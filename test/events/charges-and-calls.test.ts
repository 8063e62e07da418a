/**
 * Accusations told by a "that" clause ("charged that …", "alleged that …"), whose target may stand
 * anywhere in the clause, and an undated accusation dated the day the lead says things were told,
 * not the day of the talks it tells of; calls placed by phone ("called X by phone", "phoned X").
 * Sentences are written for the tests (story dated Tuesday 2026-06-16).
 */
import { describe, expect, it } from 'vitest';
import { CodebookSchema, mergeCodebooks } from '../../src/core/codebook/codebook.js';
import { createDocument } from '../../src/core/pipeline.js';
import { defaultPipeline } from '../../src/core/stages.js';
import { code, worldCodebook } from '../positions/world.js';

const accusations = (text: string) => code(text).events.filter((e) => e.type === 'ACCUSE');

describe('charges told by a clause', () => {
  it('"charged that … the Ormundi blockade": the party named deep in the clause is accused', () => {
    const [charge] = accusations(
      'Veskan President Anton Brisk charged that hunger in the islands is the intended result of the Ormundi blockade.',
    );
    expect(charge?.actors.sort()).toEqual(['ORM', 'VSK']);
    expect(charge?.source).toEqual(['VSK']);
  });

  it('"alleged that Ormund broke the truce" accuses Ormund', () => {
    const [charge] = accusations('Veska alleged that Ormund had broken the truce twice in a week.');
    expect(charge?.actors.sort()).toEqual(['ORM', 'VSK']);
  });

  it('"charged with", "charged fees" tell no accusation', () => {
    expect(accusations('Ormund charged Veskan ships higher fees at the port of Kessel.')).toEqual([]);
    expect(accusations('An Ormundi officer was charged with spying for Veska.')).toEqual([]);
  });
});

describe('blame traded for a failure', () => {
  it('"traded blame for the collapse of the truce": each side accuses the other', () => {
    const [charge] = accusations('Veska and Ormund traded blame for the collapse of the truce on Sunday.');
    expect(charge?.actors.sort()).toEqual(['ORM', 'VSK']);
  });

  it('"was criticised for" is still a passive that names no accuser', () => {
    expect(accusations('Ormund was criticised for its handling of the talks.')).toEqual([]);
  });
});

describe('the day of an undated accusation', () => {
  it('is the lead’s day of telling, not the day of the talks the lead tells of', () => {
    const doc = code(
      [
        'Veskan President Anton Brisk said on Monday that his talks with Ormundi President Davor Kest in Lumen on Saturday brought no results.',
        'Brisk said the islands were still cut off. He again charged that hunger is the aim of the Ormundi blockade.',
      ].join('\n\n'),
    );
    const charge = doc.events.find((e) => e.type === 'ACCUSE');
    expect(charge?.date).toBe('2026-06-15');
    // The talks keep the day they were held.
    expect(doc.events.find((e) => e.type === 'CONSULT')?.date).toBe('2026-06-13');
  });
});

describe('calls placed by phone', () => {
  const consults = (text: string) => code(text).events.filter((e) => e.type === 'CONSULT');

  it('"called the two leaders separately by phone on Sunday" is a call with each', () => {
    const calls = consults(
      'Tarsian envoy Mira Solenne called Veskan President Anton Brisk and Ormundi President Davor Kest separately by phone on Sunday.',
    );
    expect(calls.map((e) => e.actors.sort().join(' ')).sort()).toEqual(['ORM TRS', 'TRS VSK']);
    expect(calls.every((e) => e.date === '2026-06-14')).toBe(true);
  });

  it('"phoned Kest" is a call; "called for a truce" is none', () => {
    expect(consults('Veskan President Anton Brisk phoned Davor Kest on Sunday.')[0]?.actors.sort()).toEqual([
      'ORM',
      'VSK',
    ]);
    expect(consults('Veskan President Anton Brisk called for a truce with Ormund on Sunday.')).toEqual([]);
  });

  it('"held a joint news conference with Kest" is a meeting of the two; "a press conference" alone is none', () => {
    expect(
      consults(
        'Veskan President Anton Brisk held a joint news conference with Davor Kest on Sunday.',
      )[0]?.actors.sort(),
    ).toEqual(['ORM', 'VSK']);
    expect(consults('Veskan President Anton Brisk held a press conference on Sunday.')).toEqual([]);
  });
});

describe('a body named with the place it is posted in', () => {
  // a state whose name takes "the", as "the Democratic Republic of the Congo" does
  const posted = defaultPipeline(
    mergeCodebooks(
      worldCodebook,
      CodebookSchema.parse({
        actors: [{ code: 'LRV', kind: 'state', name: 'Lorvan Republic', aliases: ['LVR'] }],
      }),
    ),
  );
  const charges = (text: string) =>
    posted.run(createDocument(text, { date: '2026-06-16' })).events.filter((e) => e.type === 'ACCUSE');

  it('"the UN mission in the Lorvan Republic (LVR) condemned attacks by the HLF" is the UN accusing, not the place', () => {
    const found = charges(
      'The UN observer mission in the Lorvan Republic (LVR) on Sunday condemned new attacks on its patrols by the Highland Liberation Front.',
    );
    expect(found.map((e) => [...e.actors].sort())).toEqual([['HLF', 'UN']]);
  });

  it('"the UN envoy in the Lorvan Republic accused Ormund" is the UN accusing', () => {
    const found = charges('The UN envoy in the Lorvan Republic accused Ormund of shelling the port.');
    expect(found.map((e) => [...e.actors].sort())).toEqual([['ORM', 'UN']]);
  });
});

describe('a resolution adopted against a party', () => {
  it('is the body accusing it', () => {
    const got = code(
      'The Northern Maritime Council adopted a resolution against Veska on Wednesday.',
      '2026-06-17',
    ).events;
    expect(got.find((e) => e.type === 'ACCUSE')?.actors).toEqual(['NMC', 'VSK']);
  });

  it('a resolution voted against is no accusation', () => {
    const got = code('Veska voted against the resolution on Wednesday.', '2026-06-17').events;
    expect(got.filter((e) => e.type === 'ACCUSE')).toEqual([]);
  });
});
