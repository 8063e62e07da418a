/**
 * The statements of a text as a reader sees them, with the default pipeline over the invented
 * states of examples/codebook.yaml: who (as written and resolved), what, direct or not, and why.
 */
import { join } from 'node:path';
import { loadCodebook } from '../../src/core/codebook/codebook.js';
import { textOf } from '../../src/core/model.js';
import { createDocument } from '../../src/core/pipeline.js';
import { defaultPipeline } from '../../src/core/stages.js';

const repoRoot = join(import.meta.dirname, '..', '..');
const pipeline = defaultPipeline(loadCodebook([join(repoRoot, 'examples', 'codebook.yaml')]));

/** Extract statements as a reader sees them: who (as written and resolved), what, direct or not. */
export function statementsOf(text: string) {
  const doc = pipeline.run(createDocument(text, { date: '2026-05-04' }));
  return doc.statements.map((s) => ({
    said: s.speakerSpan ? textOf(doc, s.speakerSpan) : undefined,
    speaker: s.speaker,
    actor: s.actor,
    content: textOf(doc, s.content),
    direct: s.direct,
    cue: s.provenance.cue,
    anonymous: s.anonymous ?? false,
    rule: s.provenance.rule,
  }));
}
