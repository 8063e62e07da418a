/**
 * A generated article with its ground truth as its annotations: a `PreparedDocument` whose
 * statements, positions and events are the gold file's, placed at their offsets in the text.
 *
 * Used to build the query benchmark's 100,000-article store without running extraction: the
 * facts have the shapes and density extraction gives (a little denser: the gold misses nothing),
 * they are written through the same `ingest()` and `SqliteStore`, and the build takes minutes
 * rather than the extraction's hour on a busy 2-core machine. Ingest speed and store size are
 * measured on stores that the real pipeline builds.
 */

import { fingerprintText } from '../src/core/analyse/fingerprints.js';
import { layoutStage } from '../src/core/analyse/layout.js';
import { sentencesStage } from '../src/core/analyse/sentences.js';
import type { Codebook } from '../src/core/codebook/codebook.js';
import { contentHash, countWords, type PreparedDocument } from '../src/core/ingest/prepare.js';
import type { NegotiationEvent, Position, Provenance, Span, Statement } from '../src/core/model.js';
import { createContext, createDocument } from '../src/core/pipeline.js';
import type { Article } from './generator.js';

const provenance = (rule: string): Provenance => ({ rule: `bench.gold.${rule}`, confidence: 1 });

/** Where `words` stand in the (normalised) text: their first occurrence, or around their first characters. */
function locate(norm: string, words: string): Span {
  const clean = words.replace(/[\u201C\u201D]/g, '"');
  let at = norm.indexOf(clean);
  if (at >= 0) return { start: at, end: at + clean.length };
  // A quote split around its cue: the span runs from its first words over the cue to the end.
  at = norm.indexOf(clean.slice(0, 8));
  if (at < 0) return { start: 0, end: 0 };
  const tail = clean.split(' ').slice(-2).join(' ');
  const end = norm.indexOf(tail, at);
  return { start: at, end: end >= 0 ? end + tail.length : at + clean.length };
}

export function goldPrepared(article: Article, codebook: Codebook): PreparedDocument {
  const doc = createDocument(article.text, {
    date: article.date,
    title: article.title,
    source: article.source,
    url: `bench:${article.id}`,
    lang: 'eng',
  });
  // Blocks and sentences give the store its evidence sentences, as after a real extraction.
  const ctx = createContext(codebook);
  layoutStage.run(doc, ctx);
  sentencesStage.run(doc, ctx);
  const { gold } = article;
  doc.statements = gold.statements.map((s): Statement => {
    const content = locate(doc.norm, s.content);
    return {
      ...content,
      speaker: s.speaker,
      actor: s.actor,
      ...(s.anonymous ? { anonymous: true } : {}),
      content,
      direct: s.direct,
      provenance: provenance('statement'),
    };
  });
  doc.positions = gold.positions.map((p): Position => {
    const evidence = locate(doc.norm, p.evidence);
    const statement = doc.statements.findIndex((s) => s.start <= evidence.start && evidence.end <= s.end + 1);
    return {
      ...evidence,
      actor: p.actor,
      issue: p.issue,
      ...(p.about ? { about: p.about } : {}),
      stance: p.stance,
      ...(p.redLine ? { redLine: true } : {}),
      ...(p.date ? { date: p.date } : {}),
      ...(statement >= 0 ? { statement } : {}),
      evidence,
      provenance: provenance('position'),
    };
  });
  doc.events = gold.events.map((e): NegotiationEvent => {
    const evidence = locate(doc.norm, e.evidence);
    return {
      ...evidence,
      type: e.type,
      actors: e.actors,
      ...(e.date ? { date: e.date } : {}),
      ...(e.location ? { location: { name: e.location } } : {}),
      ...(e.status ? { status: e.status } : {}),
      evidence,
      provenance: provenance('event'),
    };
  });
  const { simhash, minhash } = fingerprintText(doc.norm);
  return {
    doc,
    hash: contentHash(article.text),
    fingerprint: simhash,
    minhash,
    lang: 'eng',
    words: countWords(article.text),
    status: 'extracted',
    origin: `${article.id}.txt`,
  };
}
