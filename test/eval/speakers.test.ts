/**
 * `--speakers mention`: a statement's speaker is its mention at the cue (as corpora coding the
 * local source span have it); by default, FORMAT.md's rule, the name as the text first gives it in full.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCodebook } from '../../src/core/codebook/codebook.js';
import { evaluate } from '../../src/core/eval/run.js';
import { toGold } from '../../src/core/eval/to-gold.js';
import { createDocument } from '../../src/core/pipeline.js';
import { defaultPipeline } from '../../src/core/stages.js';

const pipeline = defaultPipeline(
  loadCodebook([join(import.meta.dirname, '..', '..', 'examples', 'codebook.yaml')]),
);
const speakersOf = (text: string, speakers?: 'full' | 'mention') =>
  toGold(pipeline.run(createDocument(text, { date: '2026-05-04' })), { speakers }).statements.map(
    (s) => s.speaker,
  );

const TEXT = [
  'Veskan Foreign Minister Lira Anselm arrived in Tarsia on Monday.',
  'Anselm said the corridor would stay open through the winter.',
  'She added that Ormund had agreed to the inspections.',
].join('\n\n');

describe('speaker names', () => {
  it('are the full name by default, as FORMAT.md says', () => {
    expect(speakersOf(TEXT)).toEqual(['Lira Anselm', 'Lira Anselm']);
  });

  it('are the mention at the cue with mention, a pronoun keeping the name it stands for', () => {
    expect(speakersOf(TEXT, 'mention')).toEqual(['Anselm', 'Lira Anselm']);
  });

  it('are scored as the gold file declares in its speakers, unless the caller says otherwise', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-speakers-'));
    // The gold names the speaker with the title the text gives her at the cue.
    const text =
      'Veskan Foreign Minister Lira Anselm arrived on Monday.\n\nMinister Anselm said the corridor stays open.';
    const statements = [{ speaker: 'Minister Anselm', actor: null, content: 'the corridor stays open' }];
    writeFileSync(
      join(dir, 'a.gold.json'),
      JSON.stringify({ date: '2026-05-04', text, scope: ['statements'], speakers: 'mention', statements }),
    );
    const attributed = (speakers?: 'full' | 'mention') => {
      const s = evaluate([dir], undefined, { speakers }).totals.statements;
      return [s?.tp, s?.attributed.f1];
    };
    expect(attributed()).toEqual([1, 1]);
    expect(attributed('full')).toEqual([1, 0]);
  });
});
