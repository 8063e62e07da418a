/**
 * "The remarks drew criticism from X", "His comments sparked protests from Y": remarks that the
 * clause does not ascribe are those of the statement told just before it, and its party is the
 * one criticised.
 */

import { cueWords } from '../actors/resolve-speaker.js';
import { mentionsWithin, statementActorsAt } from '../textindex.js';
import type { Sentence } from './mention.js';

// How far back (in tokens) the statement whose remarks they are may end.
const BACK_TOKENS = 80;

/**
 * The party of the statement told right before the sentence, when the subject before `at` is a
 * remark noun that names no party ("The remarks …"); else [].
 */
export function remarksSpeaker(sentence: Sentence, at: number): string[] {
  const { doc, ctx, index, tokens, from } = sentence;
  // The nouns that name what a party said, and the words that may open the subject before them
  // ("the remarks", "his latest comments"): codebook remark_nouns, remark_openers.
  const openers = cueWords(ctx, 'remark_openers');
  let k = from;
  while (k < at && openers.has(tokens[k].lower)) k++;
  if (k >= at || !cueWords(ctx, 'remark_nouns').has(tokens[k].lower)) return [];
  if (mentionsWithin(index, from, at).some((m) => m.codes.length)) return [];
  for (let j = from - 1; j >= Math.max(0, from - BACK_TOKENS); j--)
    if (index.statementOf[j] >= 0) return statementActorsAt(doc, index, j);
  return [];
}
