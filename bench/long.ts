/**
 * Long inputs of the shapes that once took time in the square of their length: articles run
 * together into one document, the same as one paragraph, as lines without punctuation, as many
 * quotations, as many names; and HTML nested deep. Made from the benchmark's invented world, the
 * same on every run; a longer text of a shape begins with the shorter one, so doubling the length
 * adds text and changes none.
 */
import { generateCorpus, loadWorld, type World } from './generator.js';

export const LONG_SHAPES = ['articles', 'one-paragraph', 'unpunctuated', 'quotes', 'names'] as const;
export type LongShape = (typeof LONG_SHAPES)[number];

let world: World | undefined;

/** Generated articles run together, separated by blank lines, until `chars` are reached. */
function articles(chars: number, seed: number): string {
  world ??= loadWorld();
  const parts: string[] = [];
  let length = 0;
  for (const article of generateCorpus(world, seed, Number.MAX_SAFE_INTEGER, { words: 800 })) {
    if (length >= chars) break;
    parts.push(article.text);
    length += article.text.length + 2;
  }
  return parts.join('\n\n').slice(0, chars);
}

/** Sentences of the generated articles, roughly (for the shapes built from them). */
const sentencesOf = (text: string) => text.split(/(?<=[.!?]["”]?)\s+/).filter((s) => /\p{L}/u.test(s));

const FIRST = ['Anna', 'Teodor', 'Mira', 'Jonas', 'Lena', 'Piet', 'Karl', 'Ines', 'Oskar', 'Vera'];
const LAST = ['Berg', 'Rask', 'Holm', 'Vale', 'Strand', 'Lund', 'Koss', 'Dahl', 'Fenn', 'Osk'];
/** The n-th of many invented persons: a different name for every n. */
const person = (n: number) =>
  `${FIRST[n % FIRST.length]} ${LAST[Math.floor(n / FIRST.length) % LAST.length]}${n >= 100 ? `-${Math.floor(n / 100)}` : ''}`;

/** A text of `chars` characters (about) of one shape. */
export function longText(shape: LongShape, chars: number, seed = 11): string {
  switch (shape) {
    case 'articles':
      return articles(chars, seed);
    case 'one-paragraph':
      return articles(chars, seed).replace(/\s+/g, ' ');
    case 'unpunctuated': {
      const words = articles(chars, seed)
        .replace(/[^\p{L}\p{N}\s'-]/gu, '')
        .split(/\s+/)
        .filter(Boolean);
      const lines: string[] = [];
      for (let i = 0; i < words.length; i += 12) lines.push(words.slice(i, i + 12).join(' '));
      return lines.join('\n');
    }
    case 'quotes':
      // Every sentence a quotation, framed and said by someone, or by "the statement" a joint
      // statement introduced at the start; four to a paragraph.
      return paragraphs(
        sentencesOf(articles(chars, seed)).map(
          (s, i) =>
            `"${s.replace(/["“”]/g, '').replace(/\.$/, ',')}" ${
              i === 0
                ? 'a joint statement from the two delegations'
                : i % 5 === 0
                  ? 'the statement'
                  : person(i % 40)
            } said.`,
        ),
        4,
      );
    case 'names':
      // Ever new persons meeting each other, with titles and pronouns; three to a paragraph.
      return paragraphs(
        sentencesOf(articles(chars, seed)).map(
          (s, i) =>
            `${person(2 * i)} met ${person(2 * i + 1)}, the deputy foreign minister, in Lumen. ${s} She said the talks would go on.`,
        ),
        3,
      );
  }
}

/** Sentences joined into paragraphs of `n`. */
function paragraphs(sentences: string[], n: number): string {
  const out: string[] = [];
  for (let i = 0; i < sentences.length; i += n) out.push(sentences.slice(i, i + n).join(' '));
  return out.join('\n\n');
}

/** A page whose article lies `depth` elements deep, in nested divs. */
export function nestedHtml(depth: number): string {
  return (
    '<!doctype html><html><head><title>Talks resume in Lumen</title>' +
    '<meta property="article:published_time" content="2026-05-04"></head><body>' +
    '<div>'.repeat(depth) +
    '<p>Veska and Ormund agreed on Monday to resume talks in Lumen next week, the Tarsian mediator said.</p>' +
    '<p>"We will not give up the islands," Foreign Minister Ilse Marrow told reporters in Port Alder.</p>' +
    '</div>'.repeat(depth) +
    '</body></html>'
  );
}
