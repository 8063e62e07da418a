/**
 * From a raw document to one ready to store: the annotated ParleyDocument (the default pipeline
 * runs unless the text is not English), its language, word count, content hash and near-duplicate
 * fingerprint. Pure: no store, no CLI, no shared mutable state, so it can run in a worker pool.
 */
import { createHash } from 'node:crypto';
import { franc } from 'franc-min';
import { fingerprintText } from '../analyse/fingerprints.js';
import type { ParleyDocument } from '../model.js';
import { createDocument, type Pipeline } from '../pipeline.js';
import { headlineOf } from './headline.js';
import type { RawDocument } from './types.js';

export interface PreparedDocument {
  doc: ParleyDocument;
  /** SHA-256 (hex) of the text: the identity that makes ingest idempotent. */
  hash: string;
  /** 64-bit SimHash of the story text (near-duplicate candidates). */
  fingerprint: bigint;
  /** MinHash signature of the same shingles (confirms a candidate). */
  minhash: Uint32Array;
  lang: string;
  words: number;
  /** 'extracted': the whole pipeline ran; 'skipped': not English, only layout ran. */
  status: 'extracted' | 'skipped';
  origin: string;
}

export const contentHash = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The first characters are plenty for franc, and keep detection fast on long documents. */
const LANGUAGE_SAMPLE = 4000;

/**
 * The commonest English function words. In English news they make up a third or more of the words;
 * in other languages (even ones quoting English) far less, so a high share settles the question
 * without franc's slower trigram comparison against 80 languages.
 */
const ENGLISH_FUNCTION_WORDS = new Set(
  'the of and to a in that is was he she it for on with as at by from said not be has have had are were will would its his her their they this which an or but who'.split(
    ' ',
  ),
);
const ENGLISH_SHARE = 0.3;

/** ISO 639-3 code of the text's language; "und" when the text is too short to tell. */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, LANGUAGE_SAMPLE);
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length >= 20) {
    let common = 0;
    for (const word of words) if (ENGLISH_FUNCTION_WORDS.has(word)) common++;
    if (common / words.length >= ENGLISH_SHARE) return 'eng';
  }
  return franc(sample, { minLength: 40 });
}

const isEnglish = (lang: string) => lang === 'eng' || lang === 'und';

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** How many words a text has: the matches of WORD, counted without making an array of them. */
export function countWords(text: string): number {
  WORD.lastIndex = 0;
  let words = 0;
  while (WORD.test(text)) words++;
  return words;
}

/** Text of the story blocks only, so bylines, datelines and link lines do not tell copies apart. */
function storyText(doc: ParleyDocument): string {
  const story = doc.blocks.filter((b) => b.kind === 'paragraph' || b.kind === 'heading');
  return story.length ? story.map((b) => doc.norm.slice(b.start, b.end)).join('\n') : doc.norm;
}

export function prepareDocument(raw: RawDocument, pipeline: Pipeline): PreparedDocument {
  const { doc, lang } = startDocument(raw);
  if (isEnglish(lang)) pipeline.run(doc);
  else skipLanguage(doc, lang, pipeline);
  return finishDocument(raw, doc, lang);
}

/**
 * `prepareDocument` with the sections of a long document read by `readSection` (a worker pool's,
 * up to `inFlight` at a time): the same result.
 */
export async function prepareDocumentInSections(
  raw: RawDocument,
  pipeline: Pipeline,
  readSection: (part: ParleyDocument) => Promise<ParleyDocument>,
  inFlight: number,
): Promise<PreparedDocument> {
  const { doc, lang } = startDocument(raw);
  if (!isEnglish(lang)) {
    skipLanguage(doc, lang, pipeline);
    return finishDocument(raw, doc, lang);
  }
  // What needs only the text and its layout is done while the workers read the sections.
  let textFacts: TextFacts | undefined;
  await pipeline.runInSections(doc, readSection, inFlight, () => {
    textFacts = factsOfText(raw, doc);
  });
  return finishDocument(raw, doc, lang, textFacts);
}

/** What prepareDocument learns from the text and its layout alone. */
interface TextFacts {
  hash: string;
  words: number;
  simhash: bigint;
  minhash: Uint32Array;
}

function factsOfText(raw: RawDocument, doc: ParleyDocument): TextFacts {
  return { hash: contentHash(raw.text), words: countWords(raw.text), ...fingerprintText(storyText(doc)) };
}

function startDocument(raw: RawDocument): { doc: ParleyDocument; lang: string } {
  const lang = detectLanguage(raw.text);
  const doc = createDocument(raw.text, { ...raw.meta, lang });
  if (raw.headings?.length) doc.markupHeadings = raw.headings;
  return { doc, lang };
}

function skipLanguage(doc: ParleyDocument, lang: string, pipeline: Pipeline): void {
  // Layout is language-neutral and lets the reader view show the document's structure.
  pipeline.run(doc, 'layout');
  doc.notices.push(`skipped by the English pipeline: the language was detected as "${lang}"`);
}

function finishDocument(
  raw: RawDocument,
  doc: ParleyDocument,
  lang: string,
  text: TextFacts = factsOfText(raw, doc),
): PreparedDocument {
  const status: PreparedDocument['status'] = isEnglish(lang) ? 'extracted' : 'skipped';
  // A source without a title (plain text, most JSON lines) is listed by its headline, not its file.
  doc.title ??= headlineOf(doc);
  return {
    doc,
    hash: text.hash,
    fingerprint: text.simhash,
    minhash: text.minhash,
    lang,
    words: text.words,
    status,
    origin: raw.origin,
  };
}
