/**
 * The default codebook's issue vocabulary: wordings that reports use for each issue, and
 * wordings that look like an issue but are not one. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { issuesIn } from '../../src/core/code/issues.js';
import { code, pipelineContext } from './world.js';

const issues = (text: string): string[] => {
  const doc = code(text);
  return issuesIn(doc, pipelineContext, 0, doc.tokens.length);
};

describe('issue phrases whose alternatives are one word each', () => {
  it.each([
    ['Ormund agreed to halt military operations around Kessel.', 'ceasefire'],
    ['Veska decided to cut military activity near the islands.', 'ceasefire'],
    ['The blockade could end if Ormund would cease military operations at sea.', 'ceasefire'],
    ['Tarsia pressed for a settlement of the conflict before winter.', 'ceasefire'],
    ['Veskan troops will pull back from the islands.', 'territory'],
    ['The summit was called off on Monday.', 'summit'],
    ['Anton Brisk will visit the White House in May.', 'summit'],
    ['Both sides staged war games near the strait.', 'demilitarisation'],
    ['Heavy guns and other weapons will be handed over to monitors.', 'demilitarisation'],
  ])('"%s" is %s', (text, issue) => {
    expect(issues(text)).toContain(issue);
  });
});
