/**
 * A state's name before a field in capitals and a title ("the US Indo-Pacific commander") names the
 * post's state, not a longer name; a state's name before its own council or embassy ("the Veska
 * Sovereignty Council", "the Ormund Embassy") names that state's body. A capital's name inside a
 * format's name ("the OSCE Minsk Group co-chairs") stays a part of that name. Sentences written for
 * the tests.
 */
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/core/pipeline.js';
import { defaultPipeline } from '../../src/core/stages.js';

const pipeline = defaultPipeline();
const actors = (text: string) =>
  pipeline.run(createDocument(text, { date: '2022-08-16' })).statements.map((s) => s.actor);

describe("a state's post or body named in capitals", () => {
  it('"the US Indo-Pacific commander" is the United States\'s', () => {
    expect(actors('Jon Arden, the US Indo-Pacific commander, said the navy would escort the boats.')).toEqual(
      ['USA'],
    );
    expect(actors('Jon Arden, the US Indo-Pacific Commander, said the navy would escort the boats.')).toEqual(
      ['USA'],
    );
  });

  it('"spokesman for the Sudan Sovereignty Council" is Sudan\'s', () => {
    expect(
      actors('Ali Hamid, spokesman for the Sudan Sovereignty Council, said the talks were over.'),
    ).toEqual(['SDN']);
  });

  it("a capital inside a format's name is no state of the speaker", () => {
    const doc = pipeline.run(
      createDocument('Diplomats of the OSCE Minsk Group Co-Chairs said the ceasefire would hold.', {
        date: '2020-10-10',
      }),
    );
    expect(doc.mentions.filter((m) => m.actor === 'BLR')).toEqual([]);
  });
});
