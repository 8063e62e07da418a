import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findGoldFiles, readGoldFile } from '../../src/core/eval/gold.js';
import { evaluate } from '../../src/core/eval/run.js';

const article = 'date 2026-04-02\n\nIlse Marrow said the islands were not for sale.\n';

function corpus() {
  const dir = mkdtempSync(join(tmpdir(), 'parley-gold-'));
  mkdirSync(join(dir, 'texts'));
  writeFileSync(join(dir, 'texts', 'a.txt'), article);
  writeFileSync(
    join(dir, 'a.gold.json'),
    JSON.stringify({
      source: 'texts/a.txt',
      date: '2026-04-02',
      scope: ['statements'],
      statements: [
        { speaker: 'Ilse Marrow', actor: 'VSK', direct: false, content: 'the islands were not for sale' },
      ],
    }),
  );
  return dir;
}

describe('gold files', () => {
  it('reads the article from a path relative to the gold file, without its date line', () => {
    const dir = corpus();
    const loaded = readGoldFile(join(dir, 'a.gold.json'));
    expect(loaded.text).toBe('Ilse Marrow said the islands were not for sale.');
    expect(loaded.scope).toEqual(['statements']);
    expect(findGoldFiles([dir])).toEqual([join(dir, 'a.gold.json')]);
  });

  it('takes inline text, and scores all layers when no scope is given', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-gold-'));
    const file = join(dir, 'b.gold.json');
    writeFileSync(
      file,
      JSON.stringify({ text: 'Veska said talks would resume in Lumen.', date: '2026-04-02' }),
    );
    expect(readGoldFile(file).scope).toEqual(['statements', 'positions', 'events']);
  });

  it('names the file and the field of a bad gold file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-gold-'));
    const file = join(dir, 'c.gold.json');
    writeFileSync(file, JSON.stringify({ text: 'x', date: '2 April 2026' }));
    expect(() => readGoldFile(file)).toThrow(/c\.gold\.json: field date: .*YYYY-MM-DD/);
    writeFileSync(file, JSON.stringify({ source: 'missing.txt', date: '2026-04-02' }));
    expect(() => readGoldFile(file)).toThrow(/field source: no article at/);
  });

  it('evaluates a folder of gold files: the statement is found and attributed', () => {
    const report = evaluate([corpus()], undefined, { until: 'statements' });
    expect(report.totals.statements?.tp).toBe(1);
    expect(report.totals.statements?.attributed.f1).toBe(1);
  });

  it('scores the rest of a folder when one gold file has no article, and names that file', () => {
    const dir = corpus();
    writeFileSync(join(dir, 'b.gold.json'), JSON.stringify({ source: 'texts/b.txt', date: '2026-04-02' }));
    const report = evaluate([dir], undefined, { until: 'statements' });
    expect(report.totals.documents).toBe(1);
    expect(report.totals.statements?.tp).toBe(1);
    expect(report.skipped).toEqual([
      {
        file: join(dir, 'b.gold.json'),
        reason: expect.stringMatching(/field source: no article at .*b\.txt/),
      },
    ]);
  });
});
