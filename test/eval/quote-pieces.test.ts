/**
 * `--quote-pieces joined`: the pieces of one quotation that its cue splits are one statement (as
 * corpora coding one attribution per cue have them); by default, FORMAT.md's rule, one per piece.
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
const statementsOf = (text: string, quotePieces?: 'apart' | 'joined') =>
  toGold(pipeline.run(createDocument(text, { date: '2026-05-04' })), { quotePieces }).statements.map((s) => ({
    speaker: s.speaker,
    content: s.content,
  }));

const SPLIT =
  '"The corridor stays open," Veskan Foreign Minister Lira Anselm said. "We will not close it this winter."';

describe('quotation pieces', () => {
  it('are one statement each by default, as FORMAT.md says', () => {
    expect(statementsOf(SPLIT)).toEqual([
      { speaker: 'Lira Anselm', content: 'The corridor stays open,' },
      { speaker: 'Lira Anselm', content: 'We will not close it this winter.' },
    ]);
  });

  it('are one statement when joined, the cue between them left out', () => {
    expect(statementsOf(SPLIT, 'joined')).toEqual([
      { speaker: 'Lira Anselm', content: 'The corridor stays open, We will not close it this winter.' },
    ]);
  });

  it('stay apart when joined if another speaker, another paragraph or a whole sentence stands between', () => {
    const text = [
      '"The corridor stays open," Veskan Foreign Minister Lira Anselm said. "We will not close it."',
      '"We want it open all year," Anselm added.',
      '"Ormund agrees," said Ormund\'s envoy Tomas Brell. Talks resume on Monday in the capital of Tarsia, where the delegations met twice before. "Nothing is settled," Brell said.',
    ].join('\n\n');
    const joined = statementsOf(text, 'joined').map((s) => s.content);
    expect(joined).toEqual([
      'The corridor stays open, We will not close it.',
      'We want it open all year,',
      'Ormund agrees,',
      'Nothing is settled,',
    ]);
  });

  it("join across a long cue clause that ends the first piece's sentence", () => {
    const text =
      '"The corridor stays open," said Lira Anselm, a former foreign minister of Veska who now advises the Ormund delegation on transit. "We will not close it."';
    expect(statementsOf(text, 'joined')).toEqual([
      { speaker: 'Lira Anselm', content: 'The corridor stays open, We will not close it.' },
    ]);
    expect(statementsOf(text)).toHaveLength(2);
  });

  it('stay apart when joined if the second piece has a cue of its own after it', () => {
    const text = '"The corridor stays open," Lira Anselm said. "We will not close it," she added, smiling.';
    expect(statementsOf(text, 'joined')).toHaveLength(2);
  });

  it('join when joined across paragraphs when the quotation runs on with no cue of its own', () => {
    const text = '"The corridor stays open," Lira Anselm said. "We will not close it.\n\n"Nor will Ormund."';
    const joined = statementsOf(text, 'joined');
    expect(joined).toHaveLength(1);
    expect(joined[0].content).toContain('Nor will Ormund.');
  });

  it('are scored as the gold file declares in its quotePieces, unless the caller says otherwise', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-pieces-'));
    const statements = [
      { speaker: 'Lira Anselm', content: 'The corridor stays open, We will not close it this winter.' },
    ];
    writeFileSync(
      join(dir, 'a.gold.json'),
      JSON.stringify({
        text: SPLIT,
        date: '2026-05-04',
        scope: ['statements'],
        quotePieces: 'joined',
        statements,
      }),
    );
    const score = (quotePieces?: 'apart' | 'joined') =>
      evaluate([dir], undefined, { until: 'statements', quotePieces }).totals.statements;
    expect(score()).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(score('apart')).toMatchObject({ tp: 1, fp: 1, fn: 0 });
  });
});
