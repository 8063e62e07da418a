/**
 * `parley eval --errors`: each miss and false alarm is put in a class that points to the stage to
 * look at, and the classes are counted over the set.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCodebook } from '../../src/core/codebook/codebook.js';
import { errorSummary, locate } from '../../src/core/eval/errors.js';
import { evaluate } from '../../src/core/eval/run.js';

// An invented report: one statement Parley reads, one position it reads, and gold items that no
// rule can find (a verb of thought, not speech; an issue word the codebook lacks, an event of a kind not named).
const text = [
  'Veska rejected a ceasefire on Monday.',
  'Ilse Marrow said the islands were not for sale.',
  'Ormund thought the lighthouse tax was unfair.',
].join('\n\n');

function goldDir() {
  const dir = mkdtempSync(join(tmpdir(), 'parley-errors-'));
  writeFileSync(
    join(dir, 'a.gold.json'),
    JSON.stringify({
      text,
      date: '2026-04-06',
      statements: [
        { speaker: 'Ilse Marrow', actor: null, direct: false, content: 'the islands were not for sale' },
        { speaker: 'Ormund', actor: null, direct: false, content: 'the lighthouse tax was unfair' },
      ],
      positions: [
        { actor: 'VSK', issue: 'ceasefire', stance: 'accept', evidence: 'Veska rejected a ceasefire' },
        {
          actor: 'VSK',
          issue: 'economic_cooperation',
          stance: 'reject',
          evidence: 'the lighthouse tax was unfair',
        },
      ],
      events: [{ type: 'SANCTION', actors: ['VSK', 'ORM'], evidence: 'the lighthouse tax' }],
    }),
  );
  writeFileSync(
    join(dir, 'codebook.yaml'),
    'actors:\n  - { code: VSK, kind: state, name: Veska }\n  - { code: ORM, kind: state, name: Ormund }\n',
  );
  return dir;
}

describe('eval --errors', () => {
  it('classifies misses and false alarms by what went wrong, and counts them', () => {
    const dir = goldDir();
    const report = evaluate([join(dir, 'a.gold.json')], loadCodebook([join(dir, 'codebook.yaml')]), {
      errors: true,
    });
    const errors = report.documents[0].errors ?? [];
    const classes = errors.map((e) => `${e.layer} ${e.kind} ${e.class}`);
    // "thought" is no speech verb: the statement is lost to an unknown cue.
    expect(classes).toContain('statements missed cue or construction not known');
    // Parley reads "rejected a ceasefire" as a rejection; the gold (invented to disagree) says accept.
    expect(classes).toContain('positions missed polarity wrong');
    expect(classes).toContain('positions spurious polarity wrong');
    // No pattern of the codebook names a lighthouse tax.
    expect(classes).toContain('positions missed issue not recognised');
    expect(classes).toContain('events missed SANCTION not found');
    const summary = errorSummary(errors);
    expect(summary.reduce((n, r) => n + r.count, 0)).toBe(errors.length);
    expect(summary.find((r) => r.class === 'polarity wrong' && r.kind === 'missed')?.count).toBe(1);
  });

  it('locates a gold span in the article whatever its quotation marks and spacing', () => {
    const article = 'He said: “We will  never give up the islands,” and left.';
    const at = locate(article, '"We will never give up the islands"');
    expect(at && article.slice(at.start, at.end)).toBe('We will  never give up the islands');
    expect(locate(article, 'words that are not there')).toBeUndefined();
  });
});
