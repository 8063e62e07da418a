/**
 * The office holders of 2014–2025 (codebooks/persons_office_holders.yaml): a head of state, a
 * foreign minister or a movement's leader named without a title speaks for the party served at
 * the article's date, and for nobody's before the first office. Sentences written for the tests,
 * with the default codebook.
 */
import { describe, expect, it } from 'vitest';
import { loadCodebook } from '../../src/core/codebook/codebook.js';
import { createDocument } from '../../src/core/pipeline.js';
import { defaultPipeline } from '../../src/core/stages.js';

const pipeline = defaultPipeline();
const actors = (text: string, date: string) =>
  pipeline.run(createDocument(text, { date })).statements.map((s) => [s.speaker, s.actor]);

describe('office holders named without a title', () => {
  it('a president speaks for the state in office', () => {
    expect(actors('Daniel Ortega said the dialogue would resume on Monday.', '2019-02-22')).toEqual([
      ['Daniel Ortega', 'NIC'],
    ]);
  });

  it('a movement’s leader speaks for the movement', () => {
    expect(actors('Al Haj Murad Ebrahim said the agreement would bring peace.', '2014-03-27')).toEqual([
      ['Al Haj Murad Ebrahim', 'MILF'],
    ]);
  });

  it('Libya’s parliament speaker speaks for the House of Representatives', () => {
    expect(actors('Aguila Saleh said the memorandum was illegal.', '2022-10-03')).toEqual([
      ['Aguila Saleh', 'HOR'],
    ]);
  });

  it('a foreign minister speaks for the state only while in office', () => {
    expect(actors('Sergey Lavrov said the talks were useful.', '2019-01-17')[0][1]).toBe('RUS');
    const [[, before]] = actors('Serzh Sargsyan said the talks were useful.', '2005-05-16');
    const [[, during]] = actors('Serzh Sargsyan said the talks were useful.', '2016-05-16');
    expect([before, during]).toEqual([null, 'ARM']);
  });

  it('every office holder has an office with a party the codebook knows', () => {
    const book = loadCodebook([]);
    const codes = new Set(book.actors.map((a) => a.code));
    const unknown = book.persons.flatMap((p) =>
      p.roles.filter((r) => r.actor !== null && !codes.has(r.actor)).map((r) => `${p.id}: ${r.actor}`),
    );
    expect(unknown).toEqual([]);
  });
});

describe('earlier and later offices of the same persons', () => {
  it('a person speaks for the party of an office held before the one they are best known for', () => {
    expect(actors('Ursula von der Leyen said the mission would go on.', '2016-05-10')).toEqual([
      ['Ursula von der Leyen', 'DEU'],
    ]);
  });

  it('a former prime minister who leads a civilian coalition speaks for the coalition', () => {
    expect(actors('Abdalla Hamdok said the declaration would end the war.', '2024-01-02')).toEqual([
      ['Abdalla Hamdok', 'TAQADDUM'],
    ]);
  });

  it('a deputy foreign minister or a UN ambassador speaks for the state (codebooks/persons_officials.yaml)', () => {
    expect(actors('Gennady Gatilov said the talks in Geneva were useful.', '2017-03-01')).toEqual([
      ['Gennady Gatilov', 'RUS'],
    ]);
    expect(actors('Vitaly Churkin said the resolution was unbalanced.', '2016-10-08')).toEqual([
      ['Vitaly Churkin', 'RUS'],
    ]);
  });

  it('a group the codebook knows speaks for itself', () => {
    expect(actors('Mara Patani said the talks should resume.', '2019-02-04')).toEqual([
      ['Mara Patani', 'MARAPATANI'],
    ]);
  });
});

describe('office holders named in full or with a title of one state', () => {
  it('a name with a middle name the codebook leaves out is the one person of that given and family name', () => {
    expect(actors('Benigno Simeon Aquino III said the agreement would bring peace.', '2014-03-27')).toEqual([
      ['Benigno Simeon Aquino III', 'PHL'],
    ]);
  });

  it('a chargé d’affaires of a state’s embassy speaks for that state', () => {
    expect(
      actors(
        "Jean Pierre Massala, Chargé D'affaires of the DR Congo Embassy, said the team would meet.",
        '2014-04-24',
      ),
    ).toEqual([['Jean Pierre Massala', 'COD']]);
  });

  it('"Taoiseach" is a title, not part of the name', () => {
    expect(actors('Taoiseach Leo Varadkar said a deal was still possible.', '2019-10-10')).toEqual([
      ['Leo Varadkar', 'IRL'],
    ]);
  });
});
