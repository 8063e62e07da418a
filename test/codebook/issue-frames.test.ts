/**
 * Issue frames: two word lists in the codebook (actions, objects) stand for every inflected pair
 * and the three shapes a pair takes in a report. The words here are chosen for the tests.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { framePatterns, nounForms, verbForms } from '../../src/core/code/issue-frames.js';
import { compileIssues } from '../../src/core/code/issues.js';
import { docIndex } from '../../src/core/code/textindex.js';
import { CodebookError, CodebookSchema, loadCodebook } from '../../src/core/codebook/codebook.js';
import { createDocument } from '../../src/core/pipeline.js';
import { defaultPipeline } from '../../src/core/stages.js';

describe('inflection of frame words', () => {
  it('writes the regular forms of a verb, doubling a short final consonant', () => {
    expect(verbForms('stop').sort()).toEqual(['stop', 'stopped', 'stopping', 'stops']);
    expect(verbForms('ease').sort()).toEqual(['ease', 'eased', 'eases', 'easing']);
    expect(verbForms('supply').sort()).toEqual(['supplied', 'supplies', 'supply', 'supplying']);
    expect(verbForms('lift').sort()).toEqual(['lift', 'lifted', 'lifting', 'lifts']);
  });

  it('uses the irregular past forms it is given instead of the -ed form', () => {
    const forms = verbForms('freeze', ['froze', 'frozen']);
    expect(forms).toEqual(expect.arrayContaining(['freezes', 'freezing', 'froze', 'frozen']));
    expect(forms).not.toContain('freezed');
  });

  it('adds a plural to a noun, keeps a plural noun, and takes given forms as they are', () => {
    expect(nounForms('tariff')).toEqual(['tariff', 'tariffs']);
    expect(nounForms('embargo')).toEqual(['embargo', 'embargos', 'embargoes']);
    expect(nounForms('militia')).toEqual(['militia', 'militias']);
    expect(nounForms('arms')).toEqual(['arms']);
    expect(nounForms('person|people')).toEqual(['person', 'people']);
  });
});

describe('the patterns a frame stands for', () => {
  const patterns = framePatterns({
    actions: ['waive', 'roll back'],
    nominals: ['waiver'],
    objects: ['levy', 'port fee'],
  });

  it('writes the active, passive and nominal shapes, with particles and object phrases', () => {
    expect(patterns).toContain('waive|waives|waiving|waived * levy|levies');
    expect(patterns).toContain('roll|rolls|rolling|rolled back * port fee|fees');
    expect(patterns).toContain('levy|levies * waived');
    expect(patterns).toContain('levy|levies * rolled back');
    expect(patterns).toContain('waiver of|to|on|in * port fee|fees');
  });

  it('marks every pattern of a negated frame, and leaves the passive out when told', () => {
    const negated = framePatterns({ actions: ['impose'], objects: ['levy'], negated: true, passive: false });
    expect(negated).toEqual(['!impose|imposes|imposing|imposed * levy|levies']);
  });

  it('compiles with the codebook, so a frame pair names its issue in a sentence', () => {
    const book = CodebookSchema.parse({
      issues: [
        {
          code: 'harbour_access',
          proposition: 'ships may use the harbour',
          frames: [{ actions: ['reopen'], nominals: ['reopening'], objects: ['quay', 'berth'] }],
        },
      ],
    });
    const matcher = compileIssues(book);
    const pipeline = defaultPipeline();
    const doc = pipeline.run(
      createDocument('The council voted to reopen the two berths on Monday.', { date: '2026-05-01' }),
    );
    const { tokens } = docIndex(doc, pipeline.ctx);
    const found = matcher.matchAll({ tokens, from: 0, to: tokens.length, actorAt: () => undefined });
    expect(found.map((m) => m.pattern.payload.issue)).toEqual(['harbour_access']);
  });
});

describe('frames in a user codebook', () => {
  it('rejects a frame with neither actions nor nominals, naming the file and the field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-frames-'));
    const file = join(dir, 'frames.yaml');
    writeFileSync(
      file,
      'issues:\n  - code: harbour_access\n    proposition: ships may use the harbour\n    frames:\n      - objects: [quay]\n',
    );
    expect(() => loadCodebook([file])).toThrow(CodebookError);
    expect(() => loadCodebook([file])).toThrow(/frames\.yaml.*issues\.0\.frames\.0/);
  });

  it("lets the default codebook's frames find pairs no pattern lists", () => {
    // each a pair of one frame (sanctions relief, military aid, humanitarian) that no pattern names
    const pipeline = defaultPipeline(loadCodebook());
    const read = (text: string) =>
      pipeline
        .run(createDocument(text, { date: '2026-05-01' }))
        .positions.map((p) => `${p.actor} ${p.issue} ${p.stance}`);
    expect(read('Iran demanded that the United States halve the levies.')).toContain(
      'IRN sanctions_relief demand',
    );
    expect(read('China demanded the repeal of the export ban.')).toContain('CHN sanctions_relief demand');
    expect(read('Ukraine demanded that Germany deliver the howitzers.')).toContain('UKR military_aid demand');
    expect(read('Egypt called for the delivery of medicine to Gaza.')).toContain('EGY humanitarian demand');
    expect(read('Egypt refused to send back its ambassador to Qatar.')).toContain(
      'EGY diplomatic_relations reject',
    );
    expect(read('Armenia agreed to hand over the villages.')).toContain('ARM territory accept');
    expect(read('Venezuela agreed to hold a presidential poll.')).toContain('VEN elections accept');
  });

  it('leaves out the pairs that read something else ("close relations")', () => {
    const pipeline = defaultPipeline(loadCodebook());
    const doc = pipeline.run(
      createDocument('Bahrain said Qatar had close relations with Turkey.', { date: '2026-05-01' }),
    );
    expect(doc.positions.filter((p) => p.issue === 'diplomatic_relations')).toEqual([]);
  });
});
