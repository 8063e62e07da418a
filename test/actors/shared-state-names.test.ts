/**
 * "Dominican", "Congolese": a name two states share names the one the story has named, else the one
 * the codebook prefers (codebook `shared_name_preferences`; actors/names.ts `pickPayload`).
 * Sentences written for the tests, with the default codebook.
 */
import { describe, expect, it } from 'vitest';
import { createDocument } from '../../src/core/pipeline.js';
import { defaultPipeline } from '../../src/core/stages.js';

const pipeline = defaultPipeline();
const demonymActor = (text: string, word: string) => {
  const doc = pipeline.run(createDocument(text, { date: '2019-05-01' }));
  return doc.mentions.find((m) => doc.text.slice(m.start, m.end) === word)?.actor;
};

describe('a name two states share', () => {
  it('is the preferred state where the story names neither', () => {
    expect(demonymActor('The Dominican foreign minister said the talks would resume.', 'Dominican')).toBe(
      'DOM',
    );
  });

  it('is the state the story has named', () => {
    expect(
      demonymActor(
        'Dominica hosted the meeting. The Dominican foreign minister said the talks would resume.',
        'Dominican',
      ),
    ).toBe('DMA');
  });
});
