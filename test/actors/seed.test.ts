import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCodebook } from '../../src/core/codebook/codebook.js';
import { read, repoRoot, speaker } from './helpers.js';

// The shared gold files are read where they lie (never copied into the repository); the test
// skips when they are absent.
const evalDir = join(repoRoot, '..', 'shared', 'eval');
const golds = existsSync(evalDir) ? readdirSync(evalDir).filter((f) => f.endsWith('.gold.json')) : [];

const tokens = (s: string) =>
  new Set(
    s
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w && w !== 'the'),
  );
const sameSpeaker = (a: string, b: string) => {
  const x = tokens(a);
  const y = tokens(b);
  return [...x].every((t) => y.has(t)) || [...y].every((t) => x.has(t));
};
const sameActor = (a: unknown, b: unknown) =>
  JSON.stringify([a].flat().sort()) === JSON.stringify([b].flat().sort());

describe.skipIf(golds.length === 0)('gold speakers of ../shared/eval', () => {
  for (const file of golds) {
    it(`resolves the named speakers of ${file} to the gold name and party`, () => {
      const gold = JSON.parse(readFileSync(join(evalDir, file), 'utf8'));
      const raw = gold.text ?? readFileSync(join(evalDir, gold.source), 'utf8');
      const text = raw.replace(/^\s*date \d{4}-\d{2}-\d{2}\s*/, '');
      // From the text alone: the codebook's persons list is left out.
      const r = read(text, { date: gold.date, codebook: { ...loadCodebook(), persons: [] } });
      const norm = r.doc.norm;
      let checked = 0;
      let right = 0;
      for (const s of gold.statements as { speaker: string; actor: unknown }[]) {
        const phrase = s.speaker.replace(/[\u2018\u2019]/g, "'");
        const at = norm.indexOf(phrase);
        if (at < 0 || /^(he|she|they|it)$/i.test(phrase)) continue;
        checked++;
        const ref = speaker(r, r.doc.text.slice(at, at + phrase.length));
        if (sameSpeaker(ref.name, s.speaker) && sameActor(ref.actor, s.actor)) right++;
      }
      expect(checked).toBeGreaterThan(0);
      expect(right / checked).toBeGreaterThanOrEqual(0.95);
    });
  }
});
