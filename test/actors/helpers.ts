import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { layoutStage } from '../../src/core/analyse/layout.js';
import { sentencesStage } from '../../src/core/analyse/sentences.js';
import { resolveSpeaker } from '../../src/core/code/actors/resolve-speaker.js';
import { actorsStage } from '../../src/core/code/actors/stage.js';
import { type Codebook, loadCodebook } from '../../src/core/codebook/codebook.js';
import type { ParleyDocument, PipelineContext } from '../../src/core/model.js';
import { createContext, createDocument } from '../../src/core/pipeline.js';

const here = dirname(fileURLToPath(import.meta.url));
export const fixture = (name: string) => join(here, 'fixtures', name);
export const repoRoot = join(here, '..', '..');

/** The default codebook with the invented states merged over it (persons only where asked). */
export function worldCodebook(withPersons = false): Codebook {
  return loadCodebook(
    withPersons ? [fixture('world.yaml'), fixture('persons.yaml')] : [fixture('world.yaml')],
  );
}

/** The default codebook without its persons: everything must come from the text. */
export const textOnly = (book: Codebook): Codebook => ({ ...book, persons: [] });

export function read(text: string, opts: { date?: string; codebook?: Codebook } = {}) {
  const ctx: PipelineContext = createContext(opts.codebook ?? textOnly(worldCodebook()));
  const doc: ParleyDocument = createDocument(text, { date: opts.date ?? '2026-04-10' });
  layoutStage.run(doc, ctx);
  sentencesStage.run(doc, ctx);
  actorsStage.run(doc, ctx);
  return { doc, ctx };
}

/** Resolve the `occurrence`-th appearance of `phrase` in the text as a speaker span. */
export function speaker(
  { doc, ctx }: { doc: ParleyDocument; ctx: PipelineContext },
  phrase: string,
  occurrence = 0,
) {
  let at = -1;
  for (let k = 0; k <= occurrence; k++) {
    at = doc.text.indexOf(phrase, at + 1);
    if (at < 0) throw new Error(`"${phrase}" (occurrence ${occurrence}) is not in the test text`);
  }
  return resolveSpeaker(doc, { start: at, end: at + phrase.length }, ctx);
}

/** Resolve `phrase` where it first appears inside `context` (to tell "he" from "she"). */
export function speakerIn(
  { doc, ctx }: { doc: ParleyDocument; ctx: PipelineContext },
  context: string,
  phrase: string,
) {
  const outer = doc.text.indexOf(context);
  const inner = context.indexOf(phrase);
  if (outer < 0 || inner < 0) throw new Error(`"${phrase}" in "${context}" is not in the test text`);
  const at = outer + inner;
  return resolveSpeaker(doc, { start: at, end: at + phrase.length }, ctx);
}
