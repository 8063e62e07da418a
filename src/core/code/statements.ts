/**
 * Stage `statements`: attributed speech acts — direct quotes, partial quotes inside reported
 * speech, reported speech, anonymous and collective speakers — each with its speaker's span, the
 * cue, the content span, whether it is direct, and the rule that found it.
 *
 * How it works, in three passes over the tokens of the `sentences` stage:
 * 1. Direct quotes: each quotation is framed by a cue after it ("“…,” Marrow said", "“…,” said
 *    Marrow, the foreign minister") or before it ("Marrow said: “…”"). Quotes without a frame of
 *    their own take the speaker of a framed quote in the same paragraph, or of the quote they
 *    continue across paragraphs, or of the direct statement just before a paragraph that opens with
 *    a quotation. A short quote with no frame (a scare quote, a title) is not a statement.
 * 2. Reported speech around each remaining speech verb: "X said (that) …", "…, X said.", "…, said
 *    X.", "…, X added, …", "…, saying …" (the clause's subject speaks), "according to X, …",
 *    "the agency quoted X as saying", cues whose object is the content ("welcomed the deal",
 *    "expressed hope for …"), a participle that opens the sentence, posts embedded in a report.
 * 3. Contents are cut where another statement's frame opens a clause; speech reported inside
 *    another statement's content stays part of it, unless an outlet merely relays it. A quote of
 *    several sentences becomes one statement per sentence (FORMAT.md). Speakers are resolved
 *    (entity, fullest name, party) in text order by the actors stage's resolver
 *    (`resolveSpeaker`); a description ("the prime minister"), "the statement" and a "he" right
 *    after a sentence about someone are resolved here (statements-descriptions.ts).
 * The word lists come from the codebook (`cues`, with the WordNet reporting verbs of
 * speech-verbs.yaml), compiled once per codebook.
 */
import { looksLikeHeadline } from '../analyse/layout.js';
import type { ParleyDocument, PipelineContext, Span, Stage, Statement, Token } from '../model.js';
import { firstAtLeast, greatestUpTo, overlapping } from '../sorted.js';
import { resolveSpeaker } from './actors/resolve-speaker.js';
import type { SpeakerRef, SpeakerResolver } from './speaker.js';
import {
  describedBodyActor,
  describedPerson,
  documentAntecedent,
  documentSpokenBefore,
  issuedDocument,
  sentenceSubjectBefore,
  textOfPerson,
} from './statements-descriptions.js';
import { statementLexicon } from './statements-lexicon.js';
import { type TokenRange, TokenView, VISIT_PARTICIPLES } from './statements-phrases.js';
import { OBJECT_DETERMINERS } from './textindex.js';

interface Candidate {
  /** Token ranges. */
  content: TokenRange;
  speaker?: TokenRange;
  cue?: TokenRange;
  direct: boolean;
  rule: string;
  confidence: number;
  /** Takes its speaker from this candidate (a quote without a frame of its own). */
  inherit?: Candidate;
  /** Index of the quotation, for direct quotes. */
  quote?: number;
  /** True when the content follows the cue (and may be cut where another statement begins). */
  after?: boolean;
}

const DETERMINERS_INDEFINITE = new Set(['a', 'an', 'one', 'another']);
const TERMINAL = new Set(['.', '!', '?', '...', '\u2026']);
const SENTENCE_END = new Set(['.', '!', '?']);
/** Times that may follow a speaker after the cue ("…, confirmed Kest on Thursday", "… Kest Friday"). */
const TAIL_TIMES = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'today',
  'yesterday',
  'tonight',
  'last',
  'this',
  'earlier',
  'late',
]);
/**
 * Cues that take no noun object, so that a title noun after them is their speaker even with a
 * circumstance after it ("…, said a ministry spokesperson on Monday"), where "…, praised the
 * official on Monday" has an object.
 */
const OBJECTLESS_CUES = new Set([
  'said',
  'says',
  'added',
  'adds',
  'wrote',
  'writes',
  'explained',
  'continued',
  'remarked',
  'commented',
  'stated',
  'insisted',
  'noted',
]);
/** Adverbs that open a sentence set off by a comma ("However, …"), before its opening phrase. */
const SENTENCE_ADVERBS = new Set([
  'however',
  'meanwhile',
  'separately',
  'still',
  'instead',
  'earlier',
  'later',
]);

/** Words that open a circumstance after a cue ("said in Ankara", "said following the talks"). */
const TAIL_OPENERS = new Set([
  'in',
  'at',
  'on',
  'during',
  'following',
  'after',
  'before',
  'while',
  'amid',
  'via',
  'through',
  'from',
  'ahead',
  'as',
  'outside',
  'inside',
  'near',
  'alongside',
  'upon',
]);

/**
 * "After a day of shuttle diplomacy, the talks ended with “some progress,” the minister said": a
 * circumstance fronted before the clause of the quoted words, set off by a comma, is the
 * reporter's; the token where that clause starts, else undefined.
 */
function afterFrontedCircumstance(v: TokenView, from: number, quoteFrom: number): number | undefined {
  const { t } = v;
  if (!TAIL_OPENERS.has(t[from].lower)) return undefined;
  for (let k = from + 1; k < quoteFrom; k++)
    if (t[k].text === ',') return v.wordCount(k + 1, quoteFrom) >= 2 ? k + 1 : undefined;
  return undefined;
}

/** Find the frame of each quotation; returns the candidates (framed or not yet). */
function quoteCandidates(v: TokenView, used: Set<number>): Array<Candidate | null> {
  const { doc, t } = v;
  const out: Array<Candidate | null> = [];
  doc.quotes.forEach((q, qi) => {
    const qo = v.quoteFrom[qi];
    const qc = v.quoteTo[qi];
    if (qo < 0 || qc <= qo) {
      out.push(null);
      return;
    }
    const block = v.blockOf(qo);
    const inner = innerRange(v, qi);
    if (inner.to <= inner.from) {
      out.push(null);
      return;
    }
    const sameBlock = (i: number) => i >= 0 && i < t.length && v.blockOf(i) === block;
    /** Record the quote's frame: its speaker and the cue at token `cue`. */
    const emit = (
      make: (c: Omit<Candidate, 'content' | 'direct' | 'quote'>) => Candidate,
      who: TokenRange,
      cue: number,
      rule: string,
      confidence: number,
    ) => {
      used.add(cue);
      out.push(make({ speaker: who, cue: { from: cue, to: cue + 1 }, rule, confidence }));
    };
    const direct = (c: Omit<Candidate, 'content' | 'direct' | 'quote'>): Candidate => ({
      content: inner,
      direct: true,
      quote: qi,
      ...c,
    });
    // Frame after the quote: "“…,” he said", "“…,” said Marrow", "“…,” Marrow, who …, said".
    let j = qc + 1;
    if (sameBlock(j) && (t[j].text === ',' || t[j].text === '-' || t[j].text === '--')) j++;
    // A quote that does not open its sentence is a partial quote: the frame after it attributes
    // the whole sentence up to the quote's end, as reported speech.
    const sentenceStart = v.sentFrom[v.sentenceOf(qo)];
    let lead = sentenceStart;
    while (
      lead < qo &&
      (v.lex.notNames.has(t[lead].lower) || t[lead].kind === 'punct') &&
      lead - sentenceStart < 2
    )
      lead++;
    // "Marrow said, “….” – He continued": a quote its own cue introduces ("said, “", "said: “")
    // that closes a sentence stands for sentences of its own, and the cue after it frames what
    // follows, not this quote.
    const introduced = /^[,:]$/.test(t[qo - 1]?.text ?? '') && v.isSpeechVerb(qo - 2, true);
    let lastIndex = Math.max(inner.from, inner.to - 1);
    // A quote within the quote may close just before it: "… the term 'outreach,' ".
    if (t[lastIndex].text === "'" && lastIndex > inner.from) lastIndex--;
    // So may an editor's bracket, with the quote's own comma inside it: "“… [a date for the talks,]”".
    if (
      (t[lastIndex].text === ']' || t[lastIndex].text === ')') &&
      lastIndex > inner.from &&
      t[lastIndex - 1].text === ','
    )
      lastIndex--;
    const lastInner = t[lastIndex];
    const closedByItsCue = introduced && SENTENCE_END.has(lastInner.text);
    // After a colon the quote stands for a sentence of its own ("… scolded him: “…,” she said").
    const partial = lead < qo && v.wordCount(lead, qo) >= 2 && t[qo - 1]?.text !== ':' && !closedByItsCue;
    const framedAs = (c: Omit<Candidate, 'content' | 'direct' | 'quote'>): Candidate =>
      partial
        ? {
            ...c,
            content: { from: afterFrontedCircumstance(v, sentenceStart, qo) ?? sentenceStart, to: qc + 1 },
            direct: false,
            rule: 'statement.reported.partial-quote',
          }
        : direct(c);
    // A frame after the quote belongs to it when the quote ends its words with a comma or a stop
    // ("“…,” she said"), or a comma follows it; a quote that ends a sentence ("“….”") does not
    // take the next sentence's subject for its speaker unless the next word is lower case.
    const endsWithMark = /^[,.?!\u2026-]/.test(lastInner.text) || j > qc + 1;
    const closesSentence = sameBlock(j) && lastInner.text === '.' && v.sentenceOf(j) !== v.sentenceOf(qc);
    const mayFrameAfter =
      sameBlock(j) &&
      !closedByItsCue &&
      endsWithMark &&
      !closesSentence &&
      !(q.continued && doc.text.slice(q.end).trimStart().startsWith('"'));
    if (mayFrameAfter) {
      const hi = blockEnd(v, j);
      // ("“…”, accusing the Kremlin leader of …": a participle's object is whom it is about, not
      // a speaker put after the verb as in "“…,” said Marrow".)
      if (v.isSpeechVerb(j, true) && !t[j].lower.endsWith('ing')) {
        const who = v.speakerAfter(j + 1, hi);
        if (who) {
          emit(framedAs, who, j, 'statement.quote.said-speaker', 0.95);
          return;
        }
      }
      // "“…,” Marrow said", "“…,” the Veskan envoy, who …, told reporters": the first speech verb
      // after the quote, whose speaker phrase starts right after the quote.
      for (let k = j + 1; k < hi && k < j + 30; k++) {
        const tok = t[k];
        if (tok.kind === 'quote' || TERMINAL.has(tok.text) || tok.text === ';' || tok.text === ':') break;
        if (!v.isSpeechVerb(k, true)) continue;
        if (v.isNegated(k, j)) break;
        // "“…,” AFP quoted an official as saying."
        const quoted = quotedAsSaying(v, k, j);
        if (quoted) {
          emit(framedAs, quoted.speaker, k, 'statement.quote.quoted-as-saying', 0.9);
          return;
        }
        let who = v.speakerBefore(v.gapBefore(k, j), j);
        // Words before the phrase, up to eight, may be its titles ("retired Air Force general",
        // "the presidency's media officer").
        const leadIn = (from: number) =>
          from - j <= 8 && t.slice(j, from).every((x) => x.kind === 'word' || x.kind === 'number');
        if (!who || !leadIn(who.from)) {
          // "“…,” Pruitt, the attorney general, one of the …, said": appositives in a row.
          who = v.speakerAfter(j, hi);
          let m = who ? v.skipTitleComplement(who.to, hi) : -1;
          // The complement is the title's own: the appositive name after it is the speaker's.
          if (who && m > who.to) who = { from: who.from, to: m };
          for (let n = 0; n < 3 && m > 0; n++) {
            const next = v.skipAppositive(m, hi);
            if (next < 0) break;
            m = next;
          }
          // "“…,” Brenn, spokesperson of the Ormund Armed Forces said": the appositive left open up to the cue.
          if (m > 0 && m < k && v.appositiveRunsTo(m, k)) m = k;
          if (m > 0 && (t[m]?.text === ',' || t[m]?.text === '--')) m++;
          while (m > 0 && m < k && v.lex.speakerVerbGap.has(t[m].lower)) m++;
          if (!who || m !== k) break;
        }
        // A cue with content of its own after it frames that content, not this quote.
        const sentenceEnd = v.sentTo[v.sentenceOf(k)];
        const after = v.skipToContent(k, sentenceEnd);
        if (
          partial &&
          after < sentenceEnd &&
          t[after].text !== ',' &&
          t[after - 1].text !== ',' &&
          v.wordCount(after, sentenceEnd) >= 3 &&
          t[after].kind !== 'quote'
        )
          break;
        emit(framedAs, who, k, 'statement.quote.speaker-said', 0.95);
        return;
      }
    }
    // Frame before the quote: "Marrow said: “…”", "Marrow told reporters, “…”", when the quote
    // holds the rest of the sentence (otherwise it is a partial quote inside reported speech).
    const lo = v.sentFrom[v.sentenceOf(qo)];
    let rest = qc + 1;
    while (rest < t.length && v.sentenceOf(rest) === v.sentenceOf(qc) && t[rest].kind === 'punct') rest++;
    const endsSentence =
      rest >= t.length ||
      v.sentenceOf(rest) !== v.sentenceOf(qc) ||
      v.blockOf(rest) !== block ||
      closedByItsCue;
    if (endsSentence && qo - 1 >= lo) {
      let k = qo - 1;
      if (t[k].text === ':' || t[k].text === ',') k--;
      if (k >= lo && t[k].lower === 'that') k--;
      // Circumstances and addressees between the verb and the quote ("said in a statement:").
      const close = k;
      for (let n = 0; n < 6 && k > lo && !v.isSpeechVerb(k, true); n++) {
        const w = t[k].lower;
        if (
          v.lex.circumstanceWords.has(w) ||
          v.lex.addresseeNouns.has(w) ||
          v.isNamePart(k) ||
          w === 'of' ||
          w === 'about'
        )
          k--;
        else break;
      }
      // "joked of the museum, “…”": a phrase on what the words are about.
      if (!v.isSpeechVerb(k, true)) {
        for (let m = close; m > lo && close - m < 6 && t[m].kind === 'word'; m--) {
          if ((t[m].lower === 'of' || t[m].lower === 'about') && v.isSpeechVerb(m - 1, true)) {
            k = m - 1;
            break;
          }
        }
      }
      if (k >= lo && v.isSpeechVerb(k, true) && !v.isNegated(k, lo)) {
        const gap = v.gapBefore(k, lo);
        // "…, saying, “…”": the clause's subject speaks.
        const participle = t[k].lower.endsWith('ing') && t[gap - 1]?.text === ',';
        const who = participle
          ? (setOffFrameSpeaker(v, lo, gap - 1) ?? clauseSubject(v, lo, gap - 1))
          : v.speakerBefore(gap, lo);
        // Not a speech act to come or a hypothetical one: "a reader would ask: “…”".
        const modal = t.slice(gap, k).some((x) => v.lex.modals.has(x.lower));
        if (who && !modal) {
          emit(direct, who, k, 'statement.quote.speaker-said-colon', 0.9);
          return;
        }
      }
    }
    // A transcript's turn: "Vell: “We will keep raising it.”", the paragraph opened by a person's
    // name and a colon.
    const speakerOfTurn = t[qo - 1]?.text === ':' ? transcriptSpeaker(v, qo - 1) : undefined;
    if (speakerOfTurn) {
      emit(direct, speakerOfTurn, qo - 1, 'statement.quote.transcript', 0.8);
      return;
    }
    out.push(direct({ rule: 'statement.quote.unframed', confidence: 0 }));
  });
  return out;
}

/** How many tokens a name that opens a transcript's turn may have ("Josefina Vidal:"). */
const TURN_NAME_TOKENS = 3;

/**
 * "Vell: “…”": the person named alone before the colon at token `colon`, when the name opens its
 * paragraph and the actors stage read it as a person (not "Update:" or a headline's "Kest: …").
 */
function transcriptSpeaker(v: TokenView, colon: number): TokenRange | undefined {
  const first = blockFirst(v, colon);
  if (colon - first < 1 || colon - first > TURN_NAME_TOKENS) return undefined;
  for (let k = first; k < colon; k++) if (!v.isNamePart(k)) return undefined;
  return v.readAsPerson(first, colon) ? { from: first, to: colon } : undefined;
}

/**
 * One quoted sentence split by its cue — "“If they sign,” Marrow said, “we will go.”" — is one
 * statement: the second part continues the sentence (it opens in lower case).
 */
function joinSplitQuotes(v: TokenView, cands: Array<Candidate | null>): void {
  for (let qi = 0; qi + 1 < cands.length; qi++) {
    const first = cands[qi];
    const second = cands[qi + 1];
    if (!first?.direct || !first.cue || !second?.direct) continue;
    if (second.cue && second.cue.from !== first.cue.from) continue;
    const afterCue =
      first.cue.to +
      (first.speaker && first.speaker.from > first.cue.from ? first.speaker.to - first.cue.to : 0);
    // "“…,” Kest said during a rally in Lumen, “but …”": circumstances may stand before the rest.
    let k = afterCue;
    const next = v.quoteFrom[qi + 1];
    if (k < next && next - k <= 12) {
      const skipped = v.skipToContent(afterCue - 1, next);
      if (skipped <= next && v.t.slice(skipped, next).every((tok) => tok.text === ',')) k = next;
    }
    // "“…,” Kest said, referring to the blockade, “but …”": a participle clause between the parts.
    if (v.t[k]?.text === ',' && v.t[k + 1]?.lower.endsWith('ing') && v.isLowerWord(k + 1)) {
      let c = k + 2;
      while (c < next && c - k < 15 && v.t[c].text !== ',') c++;
      if (c + 1 === next) k = c;
    }
    if (v.t[k]?.text === ',') k++;
    if (k !== v.quoteFrom[qi + 1] || v.blockOf(k) !== v.blockOf(first.content.from)) continue;
    const secondStart = second.content.from;
    if (secondStart >= v.t.length || !v.isLowerWord(secondStart)) continue;
    first.content = { from: first.content.from, to: second.content.to };
    first.rule = 'statement.quote.split';
    cands[qi + 1] = null;
  }
}

/** The quote's content tokens: inside the marks. */
function innerRange(v: TokenView, qi: number): TokenRange {
  // (A quote carried over from the paragraph before opens with no mark of its own.)
  const from = v.quoteFrom[qi] + (v.t[v.quoteFrom[qi]].kind === 'quote' ? 1 : 0);
  let to = v.quoteTo[qi] + 1;
  if (v.t[to - 1].kind === 'quote' && to - 1 >= from) to--;
  return { from, to };
}

/** One past the last token of each token's paragraph, once per view (paragraphs may be long). */
const blockEnds = new WeakMap<TokenView, Int32Array>();

function blockEnd(v: TokenView, i: number): number {
  let ends = blockEnds.get(v);
  if (!ends) {
    ends = new Int32Array(v.t.length);
    for (let k = v.t.length - 1; k >= 0; k--)
      ends[k] = k + 1 < v.t.length && v.blockOf(k + 1) === v.blockOf(k) ? ends[k + 1] : k + 1;
    blockEnds.set(v, ends);
  }
  return ends[i];
}

/** Quotes that look like sentences of speech: they open a sentence and hold a few words. */
function sentenceLike(v: TokenView, c: Candidate): boolean {
  const qo = v.quoteFrom[c.quote as number];
  const sentenceFrom = v.sentFrom[v.sentenceOf(qo)];
  // (after a list's bullet, "- “…”", too)
  const startsSentence =
    qo === sentenceFrom ||
    v.t[qo - 1]?.text === ':' ||
    (qo - 1 === sentenceFrom && BULLETS.has(v.t[qo - 1].text));
  return startsSentence && v.wordCount(c.content.from, c.content.to) >= 4;
}

/** Give unframed quotes the speaker of a related framed quote. */
function propagateQuotes(v: TokenView, cands: Array<Candidate | null>): void {
  const { doc } = v;
  const framed = (c: Candidate | null | undefined): boolean => !!c && !!c.speaker;
  for (let pass = 0; pass < 3; pass++) {
    cands.forEach((c, qi) => {
      if (!c || c.speaker || c.inherit) return;
      const block = v.blockOf(v.quoteFrom[qi]);
      const prev = cands[qi - 1];
      const next = cands[qi + 1];
      const prevBlock = qi > 0 ? v.blockOf(v.quoteFrom[qi - 1]) : -1;
      const nextBlock = qi + 1 < cands.length ? v.blockOf(v.quoteFrom[qi + 1]) : -1;
      const source = (s: Candidate) => (s.inherit ? s.inherit : s);
      // Continued across paragraphs: the quote left open, and the one that reopens it.
      if (doc.quotes[qi].continued && next && nextBlock === block + 1 && (framed(next) || next.inherit)) {
        c.inherit = source(next);
        c.rule = 'statement.quote.continued';
        c.confidence = 0.85;
        return;
      }
      if (prev && doc.quotes[qi - 1].continued && prevBlock === block - 1 && (framed(prev) || prev.inherit)) {
        c.inherit = source(prev);
        c.rule = 'statement.quote.continued';
        c.confidence = 0.85;
        return;
      }
      if (!sentenceLike(v, c)) return;
      // Another framed quote of the same paragraph.
      for (const [other, at] of [
        [prev, qi - 1],
        [next, qi + 1],
      ] as const) {
        if (other && (framed(other) || other.inherit) && v.blockOf(v.quoteFrom[at]) === block) {
          c.inherit = source(other);
          c.rule = 'statement.quote.same-paragraph';
          c.confidence = 0.85;
          return;
        }
      }
    });
  }
}

/** Rules of speech embedded in a phrase, which a next quote does not go on with. */
const EMBEDDED_RULES = new Set(['statement.reported.nominal', 'statement.reported.relative-subject']);

/** Most words of a crosshead, a short heading line set between the paragraphs of a report. */
const CROSSHEAD_WORDS = 12;

/**
 * Whether the paragraph ending at token `last` is a crosshead: a short line with no quotation
 * mark that ends with no sentence mark ("Official letters", "Veska: time to talk").
 */
function crosshead(v: TokenView, last: number): boolean {
  if (last < 0 || TERMINAL.has(v.t[last].text)) return false;
  const first = blockFirst(v, last);
  for (let j = first; j <= last; j++) if (v.t[j].kind === 'quote') return false;
  const words = v.wordCount(first, last + 1);
  return words >= 2 && words <= CROSSHEAD_WORDS;
}

/** The first token of the paragraph that holds token `last`. */
function blockFirst(v: TokenView, last: number): number {
  const block = v.blockOf(last);
  let first = last;
  while (first > 0 && v.blockOf(first - 1) === block) first--;
  return first;
}

/** Most words of a paragraph of page furniture ("For all the latest headlines follow our … app."). */
const FURNITURE_WORDS = 20;
/** Most paragraphs of page furniture passed over between a quotation and the one it goes on with. */
const FURNITURE_BLOCKS = 3;

/**
 * Whether the paragraph ending at token `last` is page furniture that a scraped report keeps
 * between its paragraphs: short, with no quotation mark, holding a `page_furniture` phrase
 * ("Advertisement", "Recommended", "Follow our Google News channel").
 */
function pageFurniture(v: TokenView, last: number): boolean {
  if (last < 0) return false;
  const first = blockFirst(v, last);
  if (v.wordCount(first, last + 1) > FURNITURE_WORDS) return false;
  for (let j = first; j <= last; j++) if (v.t[j].kind === 'quote') return false;
  for (let j = first; j <= last; j++) if (startsPhrase(v, j, v.lex.pageFurniture)) return true;
  return false;
}

/** The paragraph-opening quote after a direct statement takes its speaker. */
function propagateToNextParagraph(v: TokenView, cands: Array<Candidate | null>, reported: Candidate[]): void {
  // (Speech embedded in a phrase, "Ormund's assertion that …", "which Veska says is …", is not
  // what a next quote goes on with.)
  const all = [
    ...cands.filter((c): c is Candidate => !!c && (!!c.speaker || !!c.inherit)),
    ...reported.filter((r) => !EMBEDDED_RULES.has(r.rule)),
    // (Of two with one content, "…,” X said, according to Reuters", the last is X's: the outlet
    // that relays it goes first.)
  ].sort((a, b) => a.content.from - b.content.from || relayFirst(a) - relayFirst(b));
  cands.forEach((c, qi) => {
    if (!c || c.speaker || c.inherit || !sentenceLike(v, c)) return;
    const qo = v.quoteFrom[qi];
    const block = v.blockOf(qo);
    // ("- “The response was unreasonable.”": a list's bullet before the quote opens it all the same.)
    const bullet = qo > 0 && BULLETS.has(v.t[qo - 1].text) && (qo === 1 || v.blockOf(qo - 2) !== block);
    const blockStart = qo === 0 || v.blockOf(qo - 1) !== block || bullet;
    // The last statement before this quote (they are sorted by where their content starts).
    const last: Candidate | undefined = all[firstAtLeast(all, qo, (s) => s.content.from) - 1];
    if (!last) return;
    if (blockStart) {
      // A paragraph that opens with a quote continues the statement, quoted or reported, that
      // closed the one before (FORMAT.md: a quote that runs on with no cue is the same speaker's).
      // (A crosshead between the two — "Official letters", "Veska: time to talk" — is skipped.)
      // (So is page furniture a scraped page keeps between them: "Advertisement", "Read more".)
      let before = bullet ? qo - 2 : qo - 1;
      for (let n = 0; n < FURNITURE_BLOCKS && pageFurniture(v, before); n++)
        before = blockFirst(v, before) - 1;
      if (before < 0) return;
      const prevBlock = v.blockOf(before);
      const lastBlock = v.blockOf(last.content.from);
      if (lastBlock !== prevBlock && !(lastBlock === prevBlock - 1 && last.direct && crosshead(v, before)))
        return;
      c.inherit = last.inherit ?? last;
      c.rule = 'statement.quote.next-paragraph';
      c.confidence = 0.75;
      // (A paragraph of quotation after it goes on with this one in turn.)
      all.splice(
        firstAtLeast(all, c.content.from, (s) => s.content.from),
        0,
        c,
      );
      return;
    }
    // "Vucic said an agreement was reached. “Certainly this will not be all.”": a quote that
    // opens the sentence after a statement of the same paragraph continues it.
    const end = last.content.to;
    if (v.blockOf(last.content.from) !== block || v.sentenceOf(qo) !== v.sentenceOf(Math.max(end - 1, 0)) + 1)
      return;
    c.inherit = last.inherit ?? last;
    c.rule = 'statement.quote.next-sentence';
    c.confidence = 0.7;
  });
}

/** Marks that open an item of a list, before its words ("- ", "• "). */
const BULLETS = new Set(['-', '•', '*', '–', '—', '·']);

/**
 * "A spokesperson said it is “clear that gaps remain. The response did not close them. We are not
 * there yet.”": a quotation that opens inside a reported statement and runs on past its sentence
 * goes on in that speaker's voice; each further sentence in it is a direct statement of theirs.
 */
function quoteRunningOn(v: TokenView, cands: Array<Candidate | null>, reported: Candidate[]): void {
  const byStart = [...reported].sort((a, b) => a.content.from - b.content.from);
  cands.forEach((c, qi) => {
    if (!c || c.speaker || c.inherit) return;
    const qo = v.quoteFrom[qi];
    const r = byStart[firstAtLeast(byStart, qo + 1, (x) => x.content.from) - 1];
    if (!r || r.direct || qo < r.content.from || qo >= r.content.to) return;
    if (EMBEDDED_RULES.has(r.rule) || !r.speaker) return;
    // The rest of the quotation after the reported statement's sentence.
    const next = v.sentenceOf(Math.max(r.content.to - 1, 0)) + 1;
    const from = next < v.sentFrom.length ? v.sentFrom[next] : -1;
    if (from < 0 || from <= r.content.from || from >= c.content.to || v.quoteOf[from] !== qi) return;
    if (v.wordCount(from, c.content.to) < 2) return;
    c.content = { from, to: c.content.to };
    c.inherit = r;
    c.rule = 'statement.quote.runs-on';
    c.confidence = 0.75;
  });
}

const relayFirst = (c: Candidate): number => (c.rule === 'statement.reported.according-to' ? 0 : 1);

/**
 * The first of `phrases` whose words the tokens from k (before hi) spell. A function of its own:
 * a closure over the loop's `k` made the engine allocate a scope for every token of the story.
 */
function phraseAt(phrases: string[][], t: Token[], k: number, hi: number): string[] | undefined {
  for (const p of phrases) {
    let fits = true;
    for (let j = 0; j < p.length && fits; j++) fits = k + j < hi && t[k + j].lower === p[j];
    if (fits) return p;
  }
  return undefined;
}

/** Reported speech around the speech verbs no quote frame has used. */
function reportedCandidates(v: TokenView, used: Set<number>): Candidate[] {
  const { t, doc, lex } = v;
  const out: Candidate[] = [];
  for (let s = 0; s < doc.sentences.length; s++) {
    const lo = v.sentFrom[s];
    const hi = v.sentTo[s];
    if (lo < 0) continue;
    // Sentence end without its final punctuation and closing marks.
    let end = hi;
    while (end > lo && (TERMINAL.has(t[end - 1].text) || t[end - 1].kind === 'quote')) end--;
    // A quote that closes right after the sentence's last word keeps its closing mark when it
    // opened in the sentence: "Kest says talks are ‘not dead’", not "… ‘not dead".
    if (end < hi && t[end].kind === 'quote' && v.quoteOf[end] >= 0 && v.quoteTo[v.quoteOf[end]] === end) {
      const open = v.quoteFrom[v.quoteOf[end]];
      if (open > lo && open < end - 1 && t[open].kind === 'quote') end++;
    }
    for (let k = lo; k < hi; k++) {
      // "according to X"
      // (Tried only at a cue's first word: a closure per token was a tenth of the stage's garbage.)
      const acc = lex.accordingFirst.has(t[k].lower) ? phraseAt(lex.accordingCues, t, k, hi) : undefined;
      if (acc) {
        const cue = { from: k, to: k + acc.length };
        const who = accordingSource(v, cue.to, end);
        if (!who) continue;
        const atStart = k === lo || (k - 1 === lo && lex.notNames.has(t[lo].lower));
        // "… as overweight according to his body mass index": without a comma it is a measure.
        // ("…,” according to X": the comma may stand inside the closing quotation mark.)
        const comma = (i: number) => t[i]?.text === ',' || t[i]?.text === '-' || t[i]?.text === '--';
        const afterConjunction = !atStart && conjunctionBeforeSource(v, k, lo);
        if (!atStart && !afterConjunction && !comma(k - 1) && !(t[k - 1]?.kind === 'quote' && comma(k - 2)))
          continue;
        // "Participants in the group, according to the communique, “assessed the situation as
        // calm”": set off inside its clause, after the subject, the source reports what follows.
        // "…, but, according to X, the monitors failed": after a conjunction the source reports the
        // clause that follows it, and the clause before is the reporter's.
        const followsSource =
          !atStart &&
          t[who.to]?.text === ',' &&
          v.wordCount(who.to + 1, end) >= 3 &&
          (afterConjunction || subjectOnly(v, lo, k - 1));
        const content = atStart
          ? { from: who.to < end && t[who.to].text === ',' ? who.to + 1 : who.to, to: end }
          : followsSource
            ? { from: afterAppositiveName(v, who.to + 1, end), to: end }
            : { from: lo, to: k > lo && t[k - 1].text === ',' ? k - 1 : k };
        if (
          v.wordCount(content.from, content.to) >= 3 &&
          !(atStart && circumstanceThenSpeech(v, content.from, end))
        )
          out.push({
            content,
            speaker: who,
            cue,
            direct: false,
            rule: 'statement.reported.according-to',
            confidence: 0.85,
            after: atStart,
          });
        k = cue.to - 1;
        continue;
      }
      if (k === lo) {
        const opening = openingParticiple(v, lo, end);
        if (opening) out.push(opening);
      }
      if (lex.speechNouns.has(t[k].lower) && v.quoteOf[k] < 0) {
        const nominal = nominalAt(v, k, lo, end);
        if (nominal) out.push(nominal);
        // ("…, warning that …": after a comma the noun's -ing form is a participle cue.)
        const participle = t[k].lower.endsWith('ing') && t[k - 1]?.text === ',';
        if (nominal || !(participle || reportsClause(v, k, lo, end))) continue;
      }
      if (used.has(k) || v.quoteOf[k] >= 0) continue;
      const named = whatNamedAt(v, k, lo, end);
      if (named) {
        out.push(named);
        continue;
      }
      // The verb first: a negation is looked for only before a word that could report speech.
      if (!v.isSpeechVerb(k, false) && !describesAs(v, k, end) && !participleOnly(v, k, lo)) continue;
      if (v.isNegated(k, lo)) continue;
      if (startsPhrase(v, k, lex.nonSpeechPhrases)) continue;
      if (movesAnObject(v, k, end)) continue;
      if (lex.particleRequired.has(t[k].lower) && !lex.particles.has(t[k + 1]?.lower ?? '')) continue;
      const c = reportedAt(v, k, lo, end);
      if (c) out.push(subordinateClauseCut(v, c, lo));
    }
  }
  return out;
}

/** A word or two in quotation marks that a word outside them follows. */
const SCARE_QUOTE = /^['"“‘]([^'"“”‘’]+)['"”’]\s+\S/;

/**
 * "in what one Veskan envoy called a “now or never” stage", "what Kest described as a step toward
 * peace": after "what" and a speaker, a cue of naming (codebook `what_naming_cues`) reports the
 * speaker's own words for the thing, those after the cue. Null when no such frame is at `k`.
 */
function whatNamedAt(v: TokenView, k: number, lo: number, end: number): Candidate | null {
  const { t, lex } = v;
  // (Tried only at a cue's first word: this is asked at nearly every token.)
  const cue = lex.whatNamingFirst.has(t[k].lower) ? phraseAt(lex.whatNamingCues, t, k, end) : undefined;
  if (!cue) return null;
  const gap = v.gapBefore(k, lo);
  let who = gap > lo ? v.speakerBefore(gap, lo, 0) : null;
  if (!who || who.from - 1 < lo || t[who.from - 1].lower !== 'what') return null;
  // "Rook condemned what she called …": the pronoun is the subject of the verb just before "what".
  const verb = who.from - 2;
  if (
    who.to - who.from === 1 &&
    v.isPronoun(who.from) &&
    verb > lo &&
    v.isLowerWord(verb) &&
    // (a past tense of its own form too: "India struck what it called …")
    (/ed$/.test(t[verb].lower) || v.isPlainWord(verb))
  ) {
    const subject = v.speakerBefore(verb, lo, 0);
    if (subject && !v.isPronoun(subject.from)) who = subject;
  }
  const from = k + cue.length;
  if (from >= end || v.wordCount(from, end) < 1 || v.isNegated(k, lo)) return null;
  const to = objectEnd(v, from, contentEnd(v, from, end));
  // "launched what it called “anti-terror” operations": a word or two in quotation marks before
  // the reporter's own noun are scare quotes, no words reported.
  const scare = SCARE_QUOTE.exec(v.doc.text.slice(t[from].start, t[to - 1].end));
  if (scare && scare[1].split(/[\s-]+/).length <= 2) return null;
  return {
    content: { from, to },
    speaker: who,
    cue: { from: k, to: k + cue.length },
    direct: false,
    rule: 'statement.reported.what-named',
    confidence: 0.7,
    after: true,
  };
}

/**
 * Tokens `from`..`to` (exclusive) hold a clause's subject alone: a short noun phrase, with no comma,
 * quotation or word that could be its verb (a lower-case word ending in -s or -ed that no
 * preposition or determiner goes before).
 */
function subjectOnly(v: TokenView, from: number, to: number): boolean {
  const { t } = v;
  if (to - from < 1 || to - from > 8) return false;
  for (let k = from; k < to; k++) {
    if (t[k].kind === 'punct' || t[k].kind === 'quote') return false;
    if (v.isSpeechVerb(k, true) || v.lex.modals.has(t[k].lower)) return false;
    if (
      v.isLowerWord(k) &&
      /(ed|s)$/.test(t[k].lower) &&
      k > from &&
      !/^(in|of|for|from|at|on|the|a|an)$/.test(t[k - 1].lower) &&
      !v.isSpeakerNoun(k)
    )
      return false;
  }
  return true;
}

/** How many words a first speaker joined by "and" may have ("the Palestinian Islamist faction"). */
const JOINED_SUBJECT_WORDS = 5;
/**
 * "…, the front and Ormundi state radio said": a phrase from the content's comma, joined by "and"
 * to the speaker, speaks with it; where the speaker begins, if nothing joins it.
 */
function joinedSubjectStart(v: TokenView, speakerFrom: number, lo: number): number {
  const { t } = v;
  if (t[speakerFrom - 1]?.lower !== 'and') return speakerFrom;
  for (let c = speakerFrom - 3; c > lo && c >= speakerFrom - 2 - JOINED_SUBJECT_WORDS; c--) {
    if (t[c].kind !== 'word' && t[c].text !== ',') return speakerFrom;
    if (t[c].text !== ',') continue;
    const first = t[c + 1];
    return first.lower === 'the' || v.isNamePart(c + 1) ? c + 1 : speakerFrom;
  }
  return speakerFrom;
}

// Words in -ing that are nouns or prepositions, not a participle opening the reporter's clause.
const NOT_PARTICIPLES = new Set([
  'nothing',
  'something',
  'anything',
  'everything',
  'thing',
  'things',
  'king',
  'spring',
  'morning',
  'evening',
  'meeting',
  'building',
  'wing',
  'during',
  'according',
  'including',
  'notwithstanding',
]);
/**
 * "…, state TV said, bringing a fragile halt to the fighting": a participle after the cue's comma
 * opens the reporter's own clause on what was said, not more of the speaker's words.
 */
function narratingParticiple(v: TokenView, at: number, end: number): boolean {
  const w = v.t[at].lower;
  if (w.length <= 5 || !w.endsWith('ing') || !v.isLowerWord(at) || NOT_PARTICIPLES.has(w)) return false;
  // ("…, he said, replacing Kest would be much harder": a gerund that is the subject of a verb
  // still to come continues the speaker's clause.)
  for (let k = at + 1; k < end; k++) if (FINITE_AUXILIARIES.has(v.t[k].lower)) return false;
  return true;
}

/**
 * "…, Kest announced, a move that would end the talks": a noun phrase after the frame that sums up
 * the report and opens a relative clause is the reporter's comment, not more of the content.
 */
function summingUp(v: TokenView, at: number, end: number): boolean {
  const { t } = v;
  if (!/^(a|an)$/.test(t[at].lower)) return false;
  for (let k = at + 1; k < end && k <= at + 4; k++) {
    if (k > at + 1 && /^(that|which)$/.test(t[k].lower)) return true;
    if (t[k].kind !== 'word' || !v.isLowerWord(k)) return false;
  }
  return false;
}

/**
 * "While the president lauded the deal as a “peace agreement,” Ormund stopped short of …": a cue in
 * a clause that opens the sentence with a subordinating conjunction reports only to the comma that
 * closes that clause, where the main clause's subject begins (codebook `opening_clause_conjunctions`,
 * `clause_subject_openers`).
 */
function subordinateClauseCut(v: TokenView, c: Candidate, lo: number): Candidate {
  const { t, lex } = v;
  if (!c.after || c.direct || !c.speaker || !lex.openingClauseConjunctions.has(t[lo].lower)) return c;
  if (c.speaker.from <= lo || c.speaker.from - lo > 3) return c;
  for (let k = c.content.from + 2; k < c.content.to - 1; k++) {
    if (t[k].text !== ',') continue;
    // A comma inside a quotation counts only where the quotation closes after it.
    const closing = t[k + 1].kind === 'quote' && v.quoteOf[k] >= 0;
    if (v.quoteOf[k] >= 0 && !closing) continue;
    const next = closing ? k + 2 : k + 1;
    const to = closing ? k + 2 : k;
    if (next >= c.content.to || t[next].kind !== 'word') continue;
    const opens =
      lex.clauseSubjectOpeners.has(t[next].lower) ||
      (v.isNamePart(next) && !v.isLowerWord(next) && !/^(and|or)$/.test(t[next + 1]?.lower ?? ''));
    if (!opens) continue;
    return v.wordCount(c.content.from, to) >= 2 ? { ...c, content: { from: c.content.from, to } } : c;
  }
  return c;
}

const DASHES = new Set(['-', '--', '\u2013', '\u2014']);

/**
 * A post embedded in a report: a paragraph that ends "— Name (@handle) November 17, 2022" is that
 * person's words, one statement per sentence (links to pictures left out).
 */
function embeddedPosts(v: TokenView): Candidate[] {
  const { t } = v;
  const out: Candidate[] = [];
  for (let at = 1; at + 2 < t.length; at++) {
    if (t[at].text !== '@' || t[at - 1].text !== '(' || t[at + 2].text !== ')') continue;
    const block = v.blockOf(at);
    let dash = at - 2;
    while (dash > 0 && at - dash < 12 && v.blockOf(dash) === block && !DASHES.has(t[dash].text)) dash--;
    // "(@handle)" at the very start of a text has no dash, nor name, before it.
    if (dash < 0 || !DASHES.has(t[dash].text)) continue;
    let nameEnd = dash + 1;
    while (nameEnd < at - 1 && v.isNamePart(nameEnd)) nameEnd++;
    if (nameEnd === dash + 1) continue;
    let from = dash;
    while (from > 0 && v.blockOf(from - 1) === block) from--;
    // "pic.twitter.com/…", "https://t.co/…": the post's links are no words of it.
    let to = dash;
    for (let k = from; k < dash; k++)
      if ((t[k].lower === 'pic' && t[k + 1]?.text === '.') || /^https?$/.test(t[k].lower)) {
        to = k;
        break;
      }
    const speaker = { from: dash + 1, to: nameEnd };
    let first: Candidate | undefined;
    let start = from;
    for (let k = from + 1; k <= to; k++) {
      if (k < to && v.sentenceOf(k) === v.sentenceOf(start)) continue;
      if (v.wordCount(start, k) >= 3) {
        const piece: Candidate = first
          ? {
              content: { from: start, to: k },
              direct: false,
              inherit: first,
              rule: 'statement.post.embedded',
              confidence: 0.8,
            }
          : {
              content: { from: start, to: k },
              speaker,
              direct: false,
              rule: 'statement.post.embedded',
              confidence: 0.8,
            };
        first ??= piece;
        out.push(piece);
      }
      start = k;
    }
  }
  return out;
}

/**
 * "Calling the meeting “friendly and candid,” Wang Yi said …", "Saying that …, Trump said …": a
 * participle cue that opens the sentence reports what its clause holds, and the main clause's
 * subject speaks it.
 */
function openingParticiple(v: TokenView, lo: number, end: number): Candidate | null {
  const { t, lex } = v;
  const w = t[lo].lower;
  if (t[lo].kind !== 'word' || !w.endsWith('ing') || !lex.speechVerbs.has(w)) return null;
  // "Responding to a question from a reporter, she said …", "Speaking to reporters, …": what
  // follows "to" is the prompt or the audience, not words spoken.
  if (t[lo + 1]?.lower === 'to') return null;
  let comma = lo + 1;
  while (comma < end && t[comma].text !== ',') comma++;
  if (comma >= end - 2) return null;
  const from = t[lo + 1].lower === 'that' ? lo + 2 : lo + 1;
  let to = comma;
  while (to > from && t[to - 1].kind === 'quote') to--;
  let after = comma + 1;
  if (t[after]?.kind === 'quote') after++;
  const who = clauseSubject(v, after, end);
  // The main clause must speak too: its subject followed by a speech verb.
  let verb = who ? who.to : end;
  while (verb < end && (lex.speakerVerbGap.has(t[verb].lower) || lex.timeWords.has(t[verb].lower))) verb++;
  if (!who || v.wordCount(from, to) < 2 || !v.isSpeechVerb(verb, true)) return null;
  return {
    content: { from, to },
    speaker: who,
    cue: { from: lo, to: lo + 1 },
    direct: false,
    rule: 'statement.reported.opening-participle',
    confidence: 0.7,
  };
}

/** Whether one of the phrases (as word lists) starts at token `k`. */
function startsPhrase(v: TokenView, k: number, phrases: string[][]): boolean {
  return phrases.some((p) => p.every((w, j) => v.t[k + j]?.lower === w));
}

/** How many words the object of a verb that moves it may have ("23 Chinese firms"). */
const MOVED_OBJECT_WORDS = 5;
/** Where a thing is moved: "to its list" (not "on", which a said clause often holds: "remained on a"). */
const MOVED_TO = new Set(['to', 'onto']);
const MOVED_TO_OPENERS = new Set(['its', 'a', 'an', 'the', 'their', 'his', 'her', 'our']);
/** Words that open a clause or carry a finite verb: after them the object is the said content. */
const CLAUSE_WORDS = new Set([
  'that',
  'was',
  'were',
  'is',
  'are',
  'would',
  'will',
  'had',
  'has',
  'have',
  'could',
  'should',
  'might',
  'must',
  'can',
]);

/**
 * "added 23 Chinese firms to its entity list": a verb of speech that also moves a thing (codebook
 * `object_moving_verbs`), with a short object and then "to" + a determiner, tells an act.
 */
function movesAnObject(v: TokenView, k: number, end: number): boolean {
  const { t, lex } = v;
  if (!lex.objectMovingVerbs.has(t[k].lower)) return false;
  for (let j = k + 1; j < end && j <= k + 1 + MOVED_OBJECT_WORDS; j++) {
    const w = t[j].lower;
    if (CLAUSE_WORDS.has(w) || (t[j].kind !== 'word' && t[j].kind !== 'number')) return false;
    if (j > k + 1 && MOVED_TO.has(w)) return MOVED_TO_OPENERS.has(t[j + 1]?.lower ?? '');
  }
  return false;
}

/** Conjunctions after which "according to X," reports the clause that follows, not the one before. */
const SOURCE_CONJUNCTIONS = new Set(['but', 'yet', 'while', 'whereas', 'although', 'though']);

/** "…, but, according to X, …" or "…, but according to X, …": a conjunction just before the source. */
function conjunctionBeforeSource(v: TokenView, k: number, lo: number): boolean {
  const t = v.t;
  const conj = t[k - 1]?.text === ',' ? k - 2 : k - 1;
  return conj > lo && SOURCE_CONJUNCTIONS.has(t[conj].lower);
}

/** Most words of a name set off after a source's role ("the minister, Tarek Solmi, …"). */
const APPOSITIVE_NAME_WORDS = 4;

/** After "according to the minister," a name set off by commas is the source's, not the content's. */
function afterAppositiveName(v: TokenView, from: number, end: number): number {
  let k = from;
  while (k < end && k - from < APPOSITIVE_NAME_WORDS && v.isNamePart(k)) k++;
  return k > from && v.t[k]?.text === ',' && v.wordCount(k + 1, end) >= 3 ? k + 1 : from;
}

/** How many tokens a fronted circumstance ("during the meeting,") may run before its comma. */
const CIRCUMSTANCE_REACH = 6;

/**
 * "According to IRNA, during the meeting, Kani stressed …": after the source, a circumstance set
 * off by a comma and then a clause with its own speech verb. The outlet relays that speaker's
 * words: the speaker who stressed them speaks, and the outlet says nothing of its own.
 */
function circumstanceThenSpeech(v: TokenView, from: number, end: number): boolean {
  const t = v.t;
  if (!/^(during|in|at|on|after|before|following|amid)$/.test(t[from]?.lower ?? '')) return false;
  let comma = from + 1;
  while (comma < Math.min(end, from + CIRCUMSTANCE_REACH) && t[comma].text !== ',') comma++;
  if (t[comma]?.text !== ',') return false;
  for (let j = comma + 1; j < end; j++) if (v.quoteOf[j] < 0 && v.isSpeechVerb(j, false)) return true;
  return false;
}

/** The most words a text's name in quotation marks may have ("the \u201cinter-Korean agreement\u201d"). */
const QUOTED_NAME_WORDS = 5;

/**
 * A text named in quotation marks after its article ("according to the "inter-Korean agreement"
 * signed …"): the article and the quoted name, up to the closing mark. The name's
 * marks are not a quotation of what was said.
 */
function quotedNameAfter(v: TokenView, from: number, end: number): TokenRange | null {
  if (!/^(the|a|an)$/.test(v.t[from]?.lower ?? '') || v.t[from + 1]?.kind !== 'quote') return null;
  for (let k = from + 2; k < end && k - from - 2 <= QUOTED_NAME_WORDS; k++) {
    if (v.t[k].kind === 'quote') return k > from + 2 ? { from, to: k } : null;
    if (v.t[k].kind !== 'word' && v.t[k].text !== '-') return null;
  }
  return null;
}

/** The source after "according to": a phrase up to the comma or the sentence's end. */
function accordingSource(v: TokenView, from: number, end: number): TokenRange | null {
  const np = v.speakerAfter(from, end);
  // "according to a statement by the Veskan ministry", "… a report from the Council": the text
  // with its issuer.
  // ("according to a report in the Tidewire": a text and the outlet that carried it; the texts are
  // the codebook's published_texts.)
  const carried =
    !!np &&
    v.t[np.to]?.lower === 'in' &&
    v.lex.publishedTexts.has(v.t[np.to - 1]?.lower ?? '') &&
    (v.isNamePart(np.to + 1) || (v.t[np.to + 1]?.lower === 'the' && v.isNamePart(np.to + 2)));
  if (np && (carried || /^(by|from)$/.test(v.t[np.to]?.lower ?? '')) && v.isSpeakerNoun(np.to - 1)) {
    const issuer = v.speakerAfter(np.to + 1, end);
    // (Not the first of a list of issuers: "a joint statement from Veska, Ormund and Tarsia".)
    const listed = (at: number) => /^(,|and)$/.test(v.t[at]?.lower ?? '') && v.isNamePart(at + 1);
    if (issuer && !listed(issuer.to)) return { from: np.from, to: issuer.to };
  }
  if (np) return np;
  const named = quotedNameAfter(v, from, end);
  if (named) return named;
  let k = from;
  while (k < end && k - from < 8 && v.t[k].text !== ',' && v.t[k].kind !== 'quote') k++;
  return k > from ? { from, to: k } : null;
}

/**
 * "TASS quoted the ministry as saying …", "an official was cited by AFP as saying …": the one
 * quoted speaks, not the outlet. For a cue `k` ("saying" after "as"), the speaker and the token
 * where the frame begins (the outlet, or the one quoted in the passive), or null.
 */
function quotedAsSaying(v: TokenView, k: number, lo: number): { speaker: TokenRange; frame: number } | null {
  const { t, lex } = v;
  if (!t[k].lower.endsWith('ing') || t[k - 1]?.lower !== 'as') return null;
  // "cited the minister, who met Kest on Thursday, as saying …": a relative clause set off after
  // the one quoted; the quoted phrase ends at its opening comma.
  let quotedEnd = k - 1;
  if (t[k - 2]?.text === ',')
    for (let r = k - 3; r > lo && k - r < 40; r--) {
      if (t[r].kind === 'quote' || t[r].text === ';') break;
      if (t[r].text !== ',') continue;
      if (/^(who|which)$/.test(t[r + 1]?.lower ?? '')) quotedEnd = r;
      break;
    }
  for (let c = quotedEnd - 1; c > lo && quotedEnd - c < 15; c--) {
    if (t[c].text === ',' || t[c].kind === 'quote') return null;
    if (!lex.quotingVerbs.has(t[c].lower)) continue;
    if (lex.passiveAuxiliaries.has(t[c - 1]?.lower ?? '')) {
      const speaker = v.speakerBefore(c - 1, lo);
      return speaker ? { speaker, frame: speaker.from } : null;
    }
    const speaker = v.speakerAfter(c + 1, quotedEnd);
    if (!speaker || speaker.to !== quotedEnd) return null;
    // The outlet that quotes, before the verb: "the Interfax news agency cited …".
    const outlet = v.speakerBefore(v.gapBefore(c, lo), lo);
    return { speaker, frame: outlet ? outlet.from : c };
  }
  return null;
}

/**
 * "described the talks as constructive", "hailed the deal as historic": a judgement verb whose
 * object, within its clause, is followed by "as" (its lower-case form only: "Described" opens no
 * such clause).
 */
function describesAs(v: TokenView, k: number, end: number): boolean {
  const { t, lex } = v;
  if (t[k].kind !== 'word' || t[k].text !== t[k].lower) return false;
  const quoteOnly = lex.asQuoteVerbs.has(t[k].lower);
  if (!quoteOnly && !lex.asVerbs.has(t[k].lower)) return false;
  // ("cast himself as a champion": how one presents oneself, not a judgement told)
  if (REFLEXIVES.has(t[k + 1]?.lower ?? '')) return false;
  for (let j = k + 2; j < end && j <= k + 10; j++) {
    if (t[j].text === ',' || t[j].text === ';' || t[j].text === ':') return false;
    if (t[j].lower === 'as')
      return j + 1 < end && !opensClauseAfterAs(v, j + 1) && (!quoteOnly || quotedJudgement(v, j + 1, end));
  }
  return false;
}

const REFLEXIVES = new Set(['himself', 'herself', 'itself', 'themselves', 'myself', 'ourselves', 'yourself']);

/** "condemned the launch as Pyongyang fired three missiles": "as" opens a clause of time (a subject
 * and its verb), not the judgement. */
function opensClauseAfterAs(v: TokenView, i: number): boolean {
  const { t } = v;
  const subject = v.isCapital(i) || /^(he|she|they|it|we|i)$/.test(t[i]?.lower ?? '');
  const verb = t[i + 1];
  return subject && !!verb && verb.kind === 'word' && v.isLowerWord(i + 1) && /(ed|s)$/.test(verb.lower);
}

/** "as “satisfactory”", "as a “total betrayal”": the judgement after "as" opens with a quotation. */
function quotedJudgement(v: TokenView, i: number, end: number): boolean {
  const { t } = v;
  const at = /^(a|an|the)$/.test(t[i]?.lower ?? '') ? i + 1 : i;
  return at < end && t[at].kind === 'quote' && v.quoteOf[at + 1] >= 0;
}

/**
 * "The United States, which backs the SDF, welcomed the agreement": the comma at `comma` closes a
 * relative clause set off after the subject, so the verb after it is the subject's, no inversion
 * ("…, said Marrow").
 */
function closesRelativeClause(v: TokenView, lo: number, comma: number): boolean {
  for (let j = comma - 1; j > lo; j--)
    if (v.t[j].text === ',') return /^(which|who|whose|whom)$/.test(v.t[j + 1]?.lower ?? '');
  return false;
}

/**
 * The subject a relative clause without commas modifies, when the phrase at `at` stands inside it
 * ("Mevlut Cavusoglu who visited Moscow said", "The official who oversees the process for new
 * members urged"): the phrase before "who" or "which", or null.
 */
function antecedentOfRelative(
  v: TokenView,
  lo: number,
  at: number,
  reach = RELATIVE_REACH,
): TokenRange | null {
  for (let k = at - 1; k > lo && at - k <= reach; k--) {
    const tok = v.t[k];
    if (tok.text === ',' || tok.kind === 'quote' || tok.text === '.' || tok.text === ';') return null;
    if (tok.lower !== 'who' && tok.lower !== 'which') continue;
    // (a verb right after the pronoun: "who visited", not "which Marrow …")
    if (!v.isLowerWord(k + 1)) return null;
    const subject = v.speakerBefore(k, lo, 0);
    return subject && subject.to === k && v.isHead(k - 1) ? subject : null;
  }
  return null;
}

/**
 * "Iran's mission to the UN said": the object of "to" is where the body serves; the body named
 * right before the preposition, owned by a party, speaks. Null unless that phrase holds a
 * possessive owner and ends in a lower-case noun.
 */
function bodyBeforePreposition(v: TokenView, lo: number, at: number): TokenRange | null {
  const prep = at - 1;
  if (v.t[prep]?.lower !== 'to' || prep - 1 <= lo || !v.isLowerWord(prep - 1)) return null;
  const body = v.speakerBefore(prep, lo, 0);
  if (!body || body.to !== prep) return null;
  for (let k = body.from; k < body.to - 1; k++) if (v.isPossessiveMark(k)) return body;
  return null;
}

/** How far back from a phrase before a cue a relative pronoun may open its clause. */
const RELATIVE_REACH = 10;
/** The same, when the phrase is a preposition's object, which no verb takes as its subject. */
const RELATIVE_CLAUSE_REACH = 20;

/** Prepositions whose object is no subject of the verb after it ("after meeting WITH Marrow suggested"). */
const SUBJECTLESS_PREPOSITIONS = new Set([
  'with',
  'to',
  'of',
  'from',
  'by',
  'for',
  'at',
  'in',
  'on',
  'after',
  'before',
]);

/**
 * The owner of a speech noun ("Kest's remarks", "Veska's statement") that opens the clause from
 * `lo`, before `to`: the speaker's phrase before the possessive, or null.
 */
function speechNounOwner(v: TokenView, lo: number, to: number): TokenRange | null {
  const { t, lex } = v;
  for (let j = lo + 1; j + 1 < to && j <= lo + 6; j++) {
    if (!POSSESSIVE.has(t[j].text) || !lex.speechNouns.has(t[j + 1].lower)) continue;
    const owner = v.speakerBefore(j, lo, 0);
    return owner && owner.from === lo && (v.isNamePart(j - 1) || v.isHead(j - 1)) ? owner : null;
  }
  return null;
}

/**
 * "…, with the Veskan minister saying last week that …", "with Ormund saying it was ready …": in an
 * absolute clause of "with", the noun phrase before the participle is the one who speaks (not the
 * main clause's subject). Null when no such frame is at the participle `k`.
 */
function withSubjectSaying(v: TokenView, k: number, lo: number, end: number): Candidate | null {
  const { t } = v;
  // Only "saying": "with both sides claiming some 330 square miles" claims the waters, and "with
  // both parties agreeing that the rebels withdraw" is an agreement, not words reported.
  if (t[k].lower !== 'saying') return null;
  const gap = v.gapBefore(k, lo);
  const who = gap > lo ? v.speakerBefore(gap, lo, 0) : null;
  if (!who || who.from - 1 < lo || t[who.from - 1].lower !== 'with' || v.isPronoun(who.from)) return null;
  const from = v.skipToContent(k, end);
  if (from >= end || v.wordCount(from, end) < 3) return null;
  return {
    content: { from, to: contentEnd(v, from, end) },
    speaker: who,
    cue: { from: k, to: k + 1 },
    direct: false,
    rule: 'statement.reported.with-subject-participle',
    confidence: 0.7,
    after: true,
  };
}

function reportedAt(v: TokenView, k: number, lo: number, end: number): Candidate | null {
  const { t, lex } = v;
  const cue = { from: k, to: k + 1 };
  const w = t[k].lower;
  const said = saidThis(v, k, lo, end);
  if (said) return said;
  const quoted = quotedAsSaying(v, k, lo);
  if (quoted) {
    const from = v.skipToContent(k, end);
    const beforeFrame = t[quoted.frame - 1]?.text === ',' ? quoted.frame - 1 : quoted.frame;
    const content =
      from < end && v.wordCount(from, end) >= 3
        ? { from, to: contentEnd(v, from, end) }
        : { from: lo, to: beforeFrame };
    if (v.wordCount(content.from, content.to) < 3) return null;
    return {
      content,
      speaker: quoted.speaker,
      cue,
      direct: false,
      rule: 'statement.reported.quoted-as-saying',
      confidence: 0.8,
      after: content.from > k,
    };
  }
  const contentOk = (from: number, to: number) =>
    v.wordCount(from, to) >= 3 &&
    !lex.notContentStart.has(t[from].lower) &&
    // "agreed to hold talks", "agreed on Wednesday to a ceasefire" is an act, not speech.
    !((t[from].lower === 'to' || t[from].lower === 'on') && lex.actionBeforeTo.has(w)) &&
    // "Veska responded with its heaviest shelling": an answer in acts, not in words.
    !(t[k + 1]?.lower === 'with' && lex.actionBeforeWith.has(w));
  // "…, said Marrow." — the inversion.
  const before = k - 1;
  // ("was echoed by" is passive; "had been saying that" is progressive, and reports.)
  if (before >= lo && lex.passiveAuxiliaries.has(t[before].lower) && !w.endsWith('ing')) return null;
  if (
    before > lo &&
    (t[before].text === ',' || t[before].kind === 'quote') &&
    !lex.hearerVerbs.has(w) &&
    !closesRelativeClause(v, lo, before)
  ) {
    const np = v.speakerAfter(k + 1, end);
    // "…, confirmed Prime Minister Yair Lapid on Thursday at a press conference." (Not an
    // addressee or an object: "…, telling the crowd in Ohio", "…, praised Obama in a speech".)
    // A titled speaker without a name ends in its title noun: "…, said a Ministry of Commerce
    // spokesperson on Monday", "…, said a senior official in Lumen".
    const tailAfter =
      !!np &&
      np.to < end &&
      (TAIL_OPENERS.has(t[np.to].lower) || TAIL_TIMES.has(t[np.to].lower)) &&
      (v.isNamePart(np.to - 1) || (v.isSpeakerNoun(np.to - 1) && OBJECTLESS_CUES.has(w))) &&
      !w.endsWith('ing') &&
      !lex.addresseeVerbs.has(w) &&
      v.wordCount(lo, before) >= 5;
    if (
      np &&
      (np.to >= end || t[np.to].text === ',' || t[np.to].text === '(' || tailAfter) &&
      v.wordCount(lo, before) >= 3
    )
      return {
        content: { from: lo, to: before },
        speaker: np,
        cue,
        direct: false,
        rule: 'statement.reported.said-speaker',
        confidence: 0.8,
      };
  }
  // ", saying …": the subject of the clause speaks ("had been saying that …" is a finite frame).
  if (w.endsWith('ing') && !lex.passiveAuxiliaries.has(t[k - 1]?.lower ?? '')) {
    const absolute = withSubjectSaying(v, k, lo, end);
    if (absolute) return absolute;
    let p = k - 1;
    while (p > lo && (lex.speakerVerbGap.has(t[p].lower) || (t[p].lower.endsWith('ly') && v.isLowerWord(p))))
      p--;
    // ", while calling for …": the conjunction before the participle belongs to its clause.
    if (p - 1 > lo && t[p].lower === 'while' && t[p - 1].text === ',') p--;
    // ", saying …", and "tweets saying …", "a statement saying …"; "left the talks after saying
    // …", "before declaring …": the subject of the clause spoke before or after it acted.
    const aroundAnAct = saidAroundAnAct(t[p].lower, w);
    // "“We have settled the main questions,” adding that …": the comma that ends a quotation is
    // inside its mark. After a quoted phrase, only a that-clause is said: "called the demands
    // “unacceptable,” adding that …", not "reached “an important consensus,” pointing out the
    // direction …" nor "called them “delusional,” reasserting his commitment …".
    const commaBefore =
      t[p].text === ',' ||
      (t[p - 1]?.text === ',' && closesQuotation(v, p) && (quotedClause(v, p) || t[k + 1]?.lower === 'that'));
    if (
      p <= lo ||
      (!commaBefore &&
        !aroundAnAct &&
        ((!lex.circumstanceWords.has(t[p].lower) && !lex.timeWords.has(t[p].lower)) ||
          /^(by|in|on|at|to|of|for|with|from|after|before|while|when|through|via|during)$/.test(t[p].lower)))
    )
      return null;
    // "“…,” said Obasanjo, adding that …": the speaker of the frame just before speaks on.
    const who = frameSpeakerBefore(v, lo, p) ?? clauseSubject(v, lo, p);
    const from = v.skipToContent(k, end);
    if (!who || !contentOk(from, end)) return null;
    // "…, citing officials", "citing Northwire": a source cited is no content.
    if (lex.quotingVerbs.has(w)) {
      // (Its noun phrase, up to a preposition: "citing an unidentified source", not "citing anger
      // at Tarsia's delay".)
      for (
        let h = from;
        h < Math.min(end, from + 4) && !/^(at|on|in|of|over|about|with|to|for)$/.test(t[h].lower);
        h++
      )
        if (v.isNamePart(h) || v.isSpeakerNoun(h)) return null;
    }
    // "…, proclaiming the recognition of the claim, adding that …": the next speech participle
    // opens a statement of its own.
    let to = end;
    for (let j = from + 2; j + 1 < end && to === end; j++)
      if (t[j].text === ',' && v.quoteOf[j] < 0 && v.isLowerWord(j + 1) && participleCue(v, j + 1)) to = j;
    // "Kest, who after saying the talks went well, alleged that …": the clause's own verb of
    // saying, after a comma, ends the words said before it.
    if (aroundAnAct)
      for (let j = from + 2; j + 1 < to; j++)
        if (t[j].text === ',' && v.quoteOf[j] < 0 && v.isSpeechVerb(j + 1, false)) {
          to = j;
          break;
        }
    return {
      content: { from, to },
      speaker: who,
      cue,
      direct: false,
      rule: 'statement.reported.participle',
      confidence: 0.7,
      after: true,
    };
  }
  let gap = v.gapBefore(k, lo);
  // "Veska had been saying for months that …": the auxiliaries of a progressive go with the verb.
  if (w.endsWith('ing'))
    while (gap - 1 > lo && lex.passiveAuxiliaries.has(t[gap - 1].lower)) gap = v.gapBefore(gap - 1, lo);
  // "the Council, which said that …, …": the relative clause ends at its comma.
  const relative = gap - 1 > lo && /^(who|which)$/.test(t[gap - 1].lower) && t[gap - 2].text === ',';
  // "Veska would ask the Council …": a speech act to come, or a hypothetical one, is not reported.
  for (let g = gap; g < k; g++) if (lex.modals.has(t[g].lower)) return null;
  // Passive voice ("was echoed by", "is described as") reports no speech act of the subject.
  // ("is saying" is progressive, not passive.)
  if (gap - 1 >= lo && lex.passiveAuxiliaries.has(t[gap - 1].lower) && !w.endsWith('ing')) return null;
  let who = gap > lo ? v.speakerBefore(gap, lo) : null;
  // "Kest's remarks after meeting with Marrow suggested that …": a name that a preposition governs
  // is no subject; the owner of the speech noun that opens the clause speaks.
  const governed = !!who && SUBJECTLESS_PREPOSITIONS.has(t[who.from - 1]?.lower ?? '');
  if (who && governed)
    who = speechNounOwner(v, lo, who.from) ?? bodyBeforePreposition(v, lo, who.from) ?? who;
  // "Cavusoglu who visited Moscow said": the name is the relative clause's object; the
  // antecedent of "who" speaks. ("Officials who were not authorized to speak to the media said":
  // a preposition's object may close a longer clause.)
  if (who)
    who = antecedentOfRelative(v, lo, who.from, governed ? RELATIVE_CLAUSE_REACH : RELATIVE_REACH) ?? who;
  // "… cited Western diplomatic sources who said …": a relative pronoun is no speaker; the phrase
  // it opens its clause on speaks.
  if (who && who.to - who.from === 1 && /^(who|which)$/.test(t[who.from].lower) && who.from > lo) {
    const before = t[who.from - 1].text === ',' ? who.from - 1 : who.from;
    let antecedent = before > lo ? v.speakerBefore(before, lo) : null;
    // ("unionists in Ormund who argue …": the noun the place completes, with the place.)
    const prep = antecedent ? antecedent.from - 1 : -1;
    if (antecedent && prep - 1 > lo && /^(in|at|from)$/.test(t[prep].lower) && v.isSpeakerNoun(prep - 1)) {
      const holder = v.speakerBefore(prep, lo);
      if (holder && holder.to === prep) antecedent = { from: holder.from, to: antecedent.to };
    }
    // ("Kest told a woman who suggested …": the one told is Kest's hearer, and Kest's words go on.)
    if (antecedent && !(antecedent.from > lo && v.isSpeechVerb(antecedent.from - 1, false))) who = antecedent;
  }
  // "Kest met the envoy and said …": the subject of the clause speaks.
  const finite = /(s|ed)$/.test(w) || lex.irregularPastCues.has(w);
  // ("Kest said on Monday … and announced that …": the speaker of the sentence's first frame.)
  if (!who && finite && gap - 1 > lo && (t[gap - 1].lower === 'and' || t[gap - 1].lower === 'but'))
    who = firstFrameSpeaker(v, lo, gap - 1) ?? clauseSubject(v, lo, gap - 1);
  if (!who) return null;
  // "18 states", "Twenty-seven states": a number before a noun-like form makes it a noun.
  if (lex.nounLikeVerbs.has(w) && (t[k - 1].kind === 'number' || /^[a-z]+-[a-z]+$/.test(t[k - 1].lower)))
    return null;
  // "which advocates say …", "what Kest says …": the speaker's words are not in this clause.
  // ("in which he said …" is no such clause: there the relative belongs to the preposition.)
  // "over a dam Ethiopia says is …": the phrase before the cue holds the antecedent and a name.
  if (subjectGapAfter(v, k, end, false) && v.isNamePart(who.to - 1)) {
    let j = who.to - 1;
    while (j > who.from && v.isNamePart(j - 1)) j--;
    const n = j - 1;
    if (
      n >= who.from &&
      v.isLowerWord(n) &&
      !lex.notNames.has(t[n].lower) &&
      !v.isSpeakerNoun(n) &&
      !lex.speakerModifiers.has(t[n].lower) &&
      !v.isTitle(n) &&
      // ("an envoy visiting Kessel said the talks …": the place visited is no subject)
      !VISIT_PARTICIPLES.has(t[n].lower)
    )
      who = { from: j, to: who.to };
  }
  const rel = who.from - 1;
  // ("the dam that Tarsia says is …", not "Osk said that Kessel tells lies …".)
  const thatRelative =
    rel - 1 >= lo &&
    t[rel].lower === 'that' &&
    v.isLowerWord(rel - 1) &&
    !v.isSpeechVerb(rel - 1, true) &&
    !lex.notNames.has(t[rel - 1].lower);
  const relativeBefore = rel >= lo && lex.objectRelatives.has(t[rel].lower);
  // "a constitution which Ormund says contains claims to Veska", "what Kest said were attacks", "a
  // dam Tarsia says is vital": the relative is the subject of the reported clause, whose verb
  // follows the cue at once; the speaker vouches for that clause.
  const zeroRelative =
    rel >= lo && v.isLowerWord(rel) && !lex.notNames.has(t[rel].lower) && !v.isSpeechVerb(rel, true);
  if (subjectGapAfter(v, k, end, relativeBefore) && (relativeBefore || thatRelative || zeroRelative)) {
    if (v.wordCount(k + 1, end) < 2) return null;
    return {
      content: { from: k + 1, to: relativeEnd(v, k + 1, end) },
      speaker: who,
      cue,
      direct: false,
      rule: 'statement.reported.relative-subject',
      confidence: 0.7,
      after: true,
    };
  }
  if (
    rel >= lo &&
    lex.objectRelatives.has(t[rel].lower) &&
    !(rel - 1 >= lo && /^(in|at|on|during|after|with)$/.test(t[rel - 1].lower))
  )
    return null;
  // "a group called Lashkar": naming, not speech.
  if (
    lex.namingVerbs.has(w) &&
    v.isNamePart(k + 1) &&
    (DETERMINERS_INDEFINITE.has(t[who.from].lower) || !v.isHead(who.to - 1))
  )
    return null;
  // "so many Republican claims": a noun, not a cue, unless a bare name or pronoun comes before it,
  // or "the" opens the phrase and the verb closes the sentence ("…, the agreement states.").
  const closesSentence = k + 1 >= end;
  if (
    lex.nounLikeVerbs.has(w) &&
    !(t[who.from].lower === 'the' && closesSentence && t[who.from - 1]?.text === ',') &&
    // "Iranian media reports that …", "the opposition coalition calls for …": a speaker noun
    // before the verb, and "that" or the verb's particle after it.
    !(
      (t[k + 1]?.lower === 'that' || (t[k + 1]?.lower === 'for' && lex.particleVerbs.has(w))) &&
      v.isSpeakerNoun(who.to - 1) &&
      (t[who.from].lower === 'the' || !lex.speakerModifiers.has(t[who.from].lower))
    ) &&
    (!(v.isNamePart(who.to - 1) || v.isPronoun(who.to - 1)) ||
      (lex.speakerModifiers.has(t[who.from].lower) && !/^(the|a|an)$/.test(t[who.from].lower)))
  )
    return null;
  let from = v.skipToContent(k, end);
  // "…, Tarsian public affairs and media adviser Lio Marrow said.": title words the phrase did not
  // take, back to the comma that closes the content, when the frame closes the sentence.
  if (from >= end) {
    const leadIn = titleLeadIn(v, who, lo);
    if (leadIn < who.from) who = { from: leadIn, to: who.to };
  }
  // (only where the cue closes its clause: "…, the front and state TV said, bringing …")
  if (
    from >= end ||
    t[from]?.text === ',' ||
    (t[from - 1]?.text === ',' && narratingParticiple(v, from, end))
  )
    who = { from: joinedSubjectStart(v, who.from, lo), to: who.to };
  // "…, the African Union (AU) envoy Ida Vell announced on Wednesday": the title before the
  // bracketed acronym belongs to the speaker, back to the comma that closes the content.
  if (t[who.from - 1]?.text === ')') {
    const leadIn = titleLeadIn(v, who, lo);
    if (leadIn < who.from) who = { from: leadIn, to: who.to };
  }
  const beforeSpeaker = who.from - 1;
  // "As Marrow noted, …" and "…, as officials have said."
  if (beforeSpeaker >= lo && t[beforeSpeaker].lower === 'as') {
    if (beforeSpeaker === lo) {
      // ("As the ministry hints at what the plan holds, …": a cue that reports only before "that"
      // has no content of its own there.)
      if (lex.thatOnlyVerbs.has(w) && t[k + 1]?.text !== ',' && !lex.timeWords.has(t[k + 1]?.lower ?? ''))
        return null;
      let comma = k + 1;
      while (comma < end && t[comma].text !== ',') comma++;
      if (comma + 1 < end && v.wordCount(comma + 1, end) >= 3)
        return {
          content: { from: comma + 1, to: end },
          speaker: who,
          cue,
          direct: false,
          rule: 'statement.reported.as-said',
          confidence: 0.8,
        };
      return null;
    }
    // (A comma sets the frame off: "a programme that Veska sees as its security guarantee." is
    // the verb "sees as", with no speaker after "as".)
    const to = t[beforeSpeaker - 1].text === ',' ? beforeSpeaker - 1 : -1;
    if (to > lo && from >= end && v.wordCount(lo, to) >= 3)
      return {
        content: { from: lo, to },
        speaker: who,
        cue,
        direct: false,
        rule: 'statement.reported.as-said',
        confidence: 0.8,
      };
  }
  // "Marrow added:" closing its sentence: the content is what follows, to the paragraph's end or
  // the whole next paragraph.
  if (from >= end && t[from - 1]?.text === ':') {
    const block = v.blockOf(k);
    let a = end;
    while (a < t.length && TERMINAL.has(t[a].text)) a++;
    if (a >= t.length) return null;
    if (v.blockOf(a) !== block && (v.blockOf(a) !== block + 1 || t[a].kind === 'quote')) return null;
    let b = a;
    while (b < t.length && v.blockOf(b) === v.blockOf(a)) b++;
    while (b > a && (TERMINAL.has(t[b - 1].text) || t[b - 1].kind === 'quote')) b--;
    if (v.wordCount(a, b) < 3) return null;
    return {
      content: { from: a, to: b },
      speaker: who,
      cue,
      direct: false,
      rule: 'statement.reported.colon',
      confidence: 0.75,
    };
  }
  // "Ormund's envoy to the talks, Mikhail Ulyanov, said on Twitter they …": a title set before
  // the name by commas describes the speaker; it is no content.
  const preposedTitle =
    t[beforeSpeaker]?.text === ',' &&
    t[who.to]?.text === ',' &&
    from < end &&
    v.speakerBefore(beforeSpeaker, lo, 0)?.from === lo;
  const contentBefore =
    beforeSpeaker > lo &&
    !preposedTitle &&
    (t[beforeSpeaker].text === ',' || t[beforeSpeaker].kind === 'quote' || t[beforeSpeaker].text === '-');
  // "…, Marrow said in Lumen after the talks.": what follows the cue is a circumstance, so the
  // content is the clause before — a sentence of its own, not an opening phrase ("After the talks,
  // Marrow said in a statement …").
  let next = k + 1;
  while (next < end && lex.timeWords.has(t[next].lower)) next++;
  // ("…, Marrow told reporters after the talks": the circumstance follows the one spoken to.)
  // ("Separately, Veska called on Ormund to …": the particle of the cue is no circumstance.)
  const particleOfCue =
    next === k + 1 &&
    lex.particleVerbs.has(w) &&
    lex.particles.has(t[next].lower) &&
    !lex.timeWords.has(t[next + 1]?.lower ?? '');
  if (next < from && (!TAIL_OPENERS.has(t[next].lower) || particleOfCue)) next = from;
  // ("However, during the meeting at Lumen, Veska insisted on …": the opening phrase after a
  // sentence adverb is no clause either.)
  const opening = t[lo + 1]?.text === ',' && SENTENCE_ADVERBS.has(t[lo].lower) ? lo + 2 : lo;
  const circumstanceAfter =
    next < end &&
    t[from - 1]?.lower !== 'that' &&
    t[from - 1]?.text !== ':' &&
    TAIL_OPENERS.has(t[next].lower) &&
    !TAIL_OPENERS.has(t[opening].lower) &&
    !lex.clauseOpeners.has(t[opening].lower);
  // "…, Marrow said." or "…, she added, …": the content is around the frame.
  if (
    contentBefore &&
    (from >= end || t[from]?.text === ',' || t[from - 1]?.text === ',' || circumstanceAfter)
  ) {
    if (circumstanceAfter) from = end;
    let tail = from < end && t[from].text === ',' ? from + 1 : from;
    // "…, lawmakers said Friday, as they …": what follows is the reporter's, not the speaker's.
    // "…, the office said, stressing that …": a participle cue opens a statement of its own.
    if (
      tail < end &&
      (lex.clauseOpeners.has(t[tail].lower) ||
        participleCue(v, tail) ||
        summingUp(v, tail, end) ||
        narratingParticiple(v, tail, end))
    )
      tail = end;
    const to = tail < end ? end : beforeSpeaker;
    // "Ukraine, he said, would oppose …", "In return, he said, Beijing would …": a cue set inside
    // the clause needs words around it, not three before it; the clause it splits is the content.
    const before = v.wordCount(lo, beforeSpeaker);
    if (before < 3 && (tail >= end || before < 1 || v.wordCount(tail, end) < 3)) return null;
    // "…, a charge Ormund denied": the phrase names what was said before as a charge that the
    // party answers; the words are not that party's.
    if (claimAnswered(v, who)) return null;
    return {
      content: { from: lo, to },
      speaker: who,
      cue,
      direct: false,
      rule: tail < end ? 'statement.reported.parenthetical' : 'statement.reported.said-after',
      confidence: 0.85,
    };
  }
  // "welcomed the agreement", "expressed gratitude for …", "expressed the hope that …", "denies
  // the allegations": the object of some cues is what they report.
  const feeling = t[from]?.kind === 'quote' ? from + 1 : from; // voiced “frustration and anger”
  const objectCue =
    t[from - 1]?.lower !== 'that' &&
    (lex.objectVerbs.has(w) ||
      describesAs(v, k, end) ||
      (lex.expressionVerbs.has(w) &&
        (lex.expressionNouns.has(t[feeling]?.lower) ||
          (/^(his|her|its|their|the)$/.test(t[from]?.lower) &&
            lex.expressionNouns.has(t[from + 1]?.lower)))));
  if (objectCue && from < end && v.wordCount(from, end) >= 2 && !lex.notContentStart.has(t[from].lower))
    return {
      content: { from, to: objectEnd(v, from, contentEnd(v, from, end)) },
      speaker: who,
      cue,
      direct: false,
      rule: 'statement.reported.object',
      confidence: 0.7,
      after: true,
    };
  // "expressed its fish by ship": these cues report only a feeling.
  if (lex.expressionVerbs.has(w)) return null;
  if (!contentOk(from, end)) return null;
  // "responded by easing sanctions", "replied with a counter-offer": the manner of the act, no
  // words; "responded by saying …" reports what follows "saying".
  // ("say that by imposing rules the city …" is a content.)
  if (t[from].lower === 'by' && t[from - 1]?.lower !== 'that' && /ing$/.test(t[from + 1]?.lower ?? '')) {
    if (!BY_SAYING.test(t[from + 1].lower)) return null;
    from = v.skipToContent(from + 1, end);
    if (!contentOk(from, end)) return null;
  } else if (t[from].lower === 'with' && /^(respond|repl|react|answer)/.test(w)) return null;
  // "it also added Ivo Pell to its list of sanctioned officials": "add X to its …" puts something
  // somewhere; no words are reported.
  if (ADD_VERBS.test(w) && t[from - 1]?.lower !== 'that' && t[from].kind !== 'quote' && addedTo(t, from, end))
    return null;
  // "The center maintains a program": some cues report speech only before "that", a quote or a colon.
  if (
    lex.thatOnlyVerbs.has(w) &&
    !/^(that|:)$/.test(t[from - 1]?.lower ?? '') &&
    t[from].kind !== 'quote' &&
    !(from === k + 1 && w.endsWith('ed') && pronounClause(v, from))
  )
    return null;
  // "“…,” the ministries said in identical statements issued after the talks": after the frame of
  // a quotation, a phrase of circumstance is no second content.
  // ("… she said that after taxes they were not living large" is a content.)
  if (
    who &&
    t[from - 1]?.lower !== 'that' &&
    FRAME_PREPOSITIONS.has(t[from].lower) &&
    afterQuotation(v, who.from)
  )
    return null;
  // "raising tariffs on goods that it announced a year ago": the cue's object is the noun the
  // relative clause is of; what follows is circumstance, no content.
  if (objectRelativeCircumstance(v, who, from, contentEnd(v, from, end))) return null;
  // "Pell said on the issue of fishing rights, Veska had asked …": the topic set off by a comma
  // is the frame's; the clause after it is what was said.
  if (t[from - 1]?.lower !== 'that') from = pastTopicPhrase(v, from, end);
  // "Peskov told reporters, adding that …": the participle after the hearer's comma opens a
  // statement of its own; the frame before it reports nothing more.
  if (t[from - 1]?.text === ',' && participleCue(v, from)) return null;
  return {
    content: { from, to: relative ? relativeEnd(v, from, end) : contentEnd(v, from, end) },
    speaker: who,
    cue,
    direct: false,
    rule: 'statement.reported.said-that',
    confidence: 0.85,
    after: true,
  };
}

const RELATIVE_PREPOSITIONS = new Set([
  'in',
  'on',
  'under',
  'by',
  'with',
  'through',
  'at',
  'for',
  'of',
  'from',
  'to',
  'after',
  'during',
]);

/**
 * The cue stands in an object relative clause ("goods that it announced a year ago", "the plan
 * which Veska unveiled in Lumen") and the words after it make no clause (CLAUSE_WORDS): the
 * relative pronoun is the cue's object, and nothing is reported.
 */
function objectRelativeCircumstance(
  v: TokenView,
  who: TokenRange | null | undefined,
  from: number,
  to: number,
) {
  if (!who) return false;
  const rel = v.t[who.from - 1]?.lower;
  const head = who.from - 2;
  // ("a statement in which Kim promised to visit": the relative is no object; nor "promised TO")
  if ((rel !== 'that' && rel !== 'which') || v.t[head]?.kind !== 'word' || v.isSpeechVerb(head, false))
    return false;
  if (RELATIVE_PREPOSITIONS.has(v.t[head].lower) || v.t[from]?.lower === 'to') return false;
  for (let k = from; k < to; k++) if (CLAUSE_WORDS.has(v.t[k].lower)) return false;
  return true;
}

/** Nouns of a topic after "on the": "on the issue of …", "on the question of …". */
const TOPIC_NOUNS = new Set(['issue', 'question', 'matter', 'subject', 'topic']);
/** How far a topic phrase may run before its comma. */
const TOPIC_REACH = 25;

/**
 * The content's start past a topic phrase set off by a comma ("on the issue of …,", "regarding
 * …,"), where a clause of three words or more follows it; `from` otherwise.
 */
function pastTopicPhrase(v: TokenView, from: number, end: number): number {
  const { t } = v;
  const topical =
    (t[from]?.lower === 'on' && t[from + 1]?.lower === 'the' && TOPIC_NOUNS.has(t[from + 2]?.lower ?? '')) ||
    /^(regarding|concerning)$/.test(t[from]?.lower ?? '');
  if (!topical) return from;
  for (let k = from + 1; k < Math.min(end, from + TOPIC_REACH); k++)
    if (t[k].text === ',') return v.wordCount(k + 1, end) >= 3 ? k + 1 : from;
  return from;
}

// How far into a speaker phrase a noun of speech may stand ("a charge Ormund", "an accusation
// the Veskan government").
const CLAIM_NOUN_REACH = 2;

/** The speaker phrase opens with a noun of speech: "a charge Ormund", "a claim the ministry". */
function claimAnswered(v: TokenView, who: TokenRange): boolean {
  // ("…, the statement said": the noun is the speaker itself, not a charge another answers)
  for (let i = who.from; i < Math.min(who.to - 1, who.from + CLAIM_NOUN_REACH); i++)
    // ("…, a statement on his website said": a text that speaks)
    if (v.lex.speechNouns.has(v.t[i].lower) && !v.lex.relayTexts.has(v.t[i].lower)) return true;
  return false;
}

/**
 * Where a speaker phrase with a title or a speaker noun begins when the words before it, back to a
 * comma, are words of its title ("public affairs and media adviser Lio Marrow", "a spokesman for
 * the government's negotiating team"): the token after that comma, or the phrase's own start.
 */
function titleLeadIn(v: TokenView, who: TokenRange, lo: number): number {
  const { t } = v;
  let titled = false;
  for (let i = who.from; i < who.to && !titled; i++) titled = v.isSpeakerNoun(i) || v.isTitle(i);
  if (!titled) return who.from;
  let k = who.from - 1;
  // (Adjectives alone are no title: "…, taking to Twitter, embattled President Kest wrote".)
  let joined = false;
  for (let n = 0; n < 8 && k > lo; n++, k--) {
    // ("the African Union (AU) envoy Ida Vell": an acronym in brackets after the body's name)
    if (t[k].text === ')' && t[k - 2]?.text === '(' && v.isNamePart(k - 1) && k - 3 > lo) {
      k -= 2;
      continue;
    }
    const joins = v.isSpeakerNoun(k) || v.isNamePart(k) || /^(and|for|of|'s|’s)$/.test(t[k].lower);
    if (!joins && !v.isPlainWord(k) && !v.isModifier(k)) break;
    joined ||= joins;
  }
  return joined && k < who.from - 1 && k > lo && t[k].text === ',' ? k + 1 : who.from;
}

/**
 * "after saying …", "before declaring …": a gerund of saying timed around the clause's act (not
 * "after announcing a proposal", whose object is a thing done, not words).
 */
const saidAroundAnAct = (preposition: string, gerund: string): boolean =>
  (preposition === 'after' || preposition === 'before') && SAYING_AROUND_AN_ACT.test(gerund);
const SAYING_AROUND_AN_ACT = /^(saying|stating|declaring|insisting|claiming|arguing|noting)$/;

/** The forms of "add", a verb of speech ("added that …") or of putting something somewhere. */
const ADD_VERBS = /^(add|adds|added|adding)$/;

/** Words that make what follows "added" a clause of its own ("added the talks WOULD go on to …"). */
const CLAUSE_VERBS = new Set(
  'would will was were is are has had have could can must should may might did does do'.split(' '),
);

/** How far after "added" its object may run before "to its …" ("added X, a deputy minister, to its list"). */
const ADDED_OBJECT_SPAN = 30;

/** "added X to its list", "added Y to the agenda": "to" and a determiner after an object with no verb of its own. */
function addedTo(t: readonly { lower: string }[], from: number, end: number): boolean {
  for (let k = from; k < Math.min(end - 1, from + ADDED_OBJECT_SPAN); k++) {
    if (CLAUSE_VERBS.has(t[k].lower)) return false;
    if (t[k].lower === 'to' && /^(its|their|his|her|the|a|an)$/.test(t[k + 1].lower)) return true;
  }
  return false;
}

/** "responded by saying …": the gerunds of saying after which "by" leads to the words reported. */
const BY_SAYING =
  /^(saying|telling|stating|arguing|noting|insisting|claiming|declaring|announcing|writing|tweeting|asking)$/;

/** The mark at `i` closes a quotation. */
const closesQuotation = (v: TokenView, i: number): boolean =>
  v.t[i].kind === 'quote' && v.quoteOf[i] >= 0 && v.quoteTo[v.quoteOf[i]] === i;

/** The quotation that the mark at `i` closes holds a clause, not a phrase (four words or more). */
const quotedClause = (v: TokenView, i: number): boolean => v.wordCount(v.quoteFrom[v.quoteOf[i]], i) >= 4;

/** A participle cue at `i` ("stressing", "citing"): a clause of its own after a frame's comma. */
const participleCue = (v: TokenView, i: number): boolean =>
  v.t[i].lower.endsWith('ing') && (v.isSpeechVerb(i, false) || v.lex.participleCues.has(v.t[i].lower));

/** A cue of `speech_participles` after a comma, or after ", while" ("…, citing delays"). */
function participleOnly(v: TokenView, k: number, lo: number): boolean {
  const { t } = v;
  if (t[k].kind !== 'word' || !v.lex.participleCues.has(t[k].text)) return false;
  const p = t[k - 1]?.lower === 'while' ? k - 2 : k - 1;
  return p > lo && t[p].text === ',';
}

const POSSESSIVE = new Set(["'s", '\u2019s', "'", '\u2019']);
const FRAME_PREPOSITIONS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'following', 'amid']);

/** A speaker phrase ("the ministries of the two states") that follows a closing quotation mark. */
function afterQuotation(v: TokenView, at: number): boolean {
  for (let j = at - 1; j >= 0 && at - j <= 6 && v.sentenceOf(j) === v.sentenceOf(at); j--) {
    if (v.t[j].kind === 'quote') return true;
    if (v.t[j].kind === 'punct') return false;
  }
  return false;
}

/**
 * A speech noun with its speaker and a that-clause: "Ormund's assertion that …", "the Veskan
 * assurances that …", "accusations by Tarsia that …". The that-clause is the speaker's content.
 */
function nominalAt(v: TokenView, k: number, lo: number, end: number): Candidate | null {
  const { t } = v;
  let who: TokenRange | null = null;
  let that = k + 1;
  if (v.is(k + 1, 'by')) {
    // "accusations by Tarsia that …": the speaker after "by", then "that".
    const after = v.speakerAfter(k + 2, end);
    if (!after || !v.is(after.to, 'that')) return null;
    who = after;
    that = after.to;
  } else if (v.is(k + 1, 'that')) {
    const p = k - 1;
    if (p - 1 >= lo && POSSESSIVE.has(t[p].lower)) who = v.speakerBefore(p, lo, 0);
    // "the U.S. threat that …": a name before the noun.
    else if (p >= lo && v.isNamePart(p)) who = v.speakerBefore(k, lo, 0);
    if (who && who.to !== p && who.to !== k) who = null;
  }
  if (!who || !v.is(that, 'that')) return null;
  const from = that + 1;
  if (from >= end || v.lex.notContentStart.has(t[from].lower) || v.wordCount(from, end) < 3) return null;
  // "Claims by Tarsia that the port is closed, are false": the phrase was a subject, and its
  // predicate after the comma is the reporter's.
  let to = contentEnd(v, from, end);
  for (let j = from + 2; j < to; j++)
    if (t[j].text === ',' && v.quoteOf[j] < 0 && FINITE_AUXILIARIES.has(t[j + 1]?.lower ?? '')) to = j;
  to = outerPredicateAt(v, from, to);
  return {
    content: { from, to },
    speaker: who,
    cue: { from: k, to: k + 1 },
    direct: false,
    rule: 'statement.reported.nominal',
    confidence: 0.7,
    after: true,
  };
}

/**
 * "China rejected U.S. claims that it backtracked—a setback that …—and has threatened
 * countermeasures": after a dash, "and" with a finite auxiliary and no subject of its own goes
 * back to the verb that governs the speech noun, not to the words reported. The content ends
 * there, or at the opening dash of the aside that the closing one ends.
 */
function outerPredicateAt(v: TokenView, from: number, to: number): number {
  const { t } = v;
  for (let j = from + 2; j < to - 2; j++) {
    if (!DASHES.has(t[j].text) || v.quoteOf[j] >= 0) continue;
    if (t[j + 1].lower !== 'and' || !FINITE_AUXILIARIES.has(t[j + 2].lower)) continue;
    let open = j - 1;
    while (open > from && !DASHES.has(t[open].text)) open--;
    return open > from ? open : j;
  }
  return to;
}

/**
 * A clause with no "that" before it, plain from its first words: a subject pronoun and a finite
 * auxiliary after a cue that otherwise wants "that" ("confirmed it would take part").
 */
function pronounClause(v: TokenView, at: number): boolean {
  return SUBJECT_PRONOUNS.has(v.t[at]?.lower ?? '') && FINITE_AUXILIARIES.has(v.t[at + 1]?.lower ?? '');
}

/** Finite forms that open a clause whose subject is missing ("which Kest says is …"). */
const FINITE_AUXILIARIES = new Set([
  'is',
  'are',
  'was',
  'were',
  'has',
  'have',
  'had',
  'will',
  'would',
  'could',
  'can',
  'must',
  'should',
  'may',
  'might',
  'did',
  'does',
]);

/** How far into a clause its finite auxiliary may stand ("his boss is", "the new draft would"). */
const CLAUSE_VERB_REACH = 5;
const CLAUSE_SUBJECT_OPENERS = /^(the|a|an|his|her|its|their|our|this|these|those)$/;

/**
 * A form that is a noun of speech as often as a verb, used as the verb: "Kest claims (that) the
 * port is closed", "he claims his boss is fine". A clause follows it — "that", or a finite
 * auxiliary within a few words before any comma — and the verb's own test of noun-like forms
 * (a bare name or pronoun before it) still applies. ("it claims more territory", "pledges to
 * act" report no words.)
 */
function reportsClause(v: TokenView, k: number, lo: number, end: number): boolean {
  const { t, lex } = v;
  if (!lex.nounLikeVerbs.has(t[k].lower) || k === lo) return false;
  if (t[k + 1]?.lower === 'that') return true;
  if (!(v.isNamePart(k - 1) || v.isPronoun(k - 1))) return false;
  // (The clause opens with its subject: "claims his boss is …", not "charges against Kest could …".)
  if (
    k + 1 >= end ||
    !(v.isPronoun(k + 1) || v.isNamePart(k + 1) || CLAUSE_SUBJECT_OPENERS.test(t[k + 1].lower))
  )
    return false;
  for (let j = k + 2; j < Math.min(end, k + 2 + CLAUSE_VERB_REACH); j++) {
    if (t[j].text === ',' || v.quoteOf[j] >= 0) return false;
    // ("he's worth": after a pronoun, "'s" is "is".)
    if (FINITE_AUXILIARIES.has(t[j].lower) || (POSSESSIVE.has(t[j].lower) && v.isPronoun(j - 1))) return true;
  }
  return false;
}

/**
 * The cue at k is followed at once by a finite verb: an auxiliary, or (after a relative pronoun)
 * a lower-case verb in -s or -ed ("which Ormund says contains …").
 */
function subjectGapAfter(v: TokenView, k: number, end: number, relative: boolean): boolean {
  const n = k + 1;
  if (n >= end || !v.isLowerWord(n)) return false;
  const w = v.t[n].lower;
  if (FINITE_AUXILIARIES.has(w)) return true;
  return (
    relative &&
    /[a-z]{3,}(s|ed)$/.test(w) &&
    !/(ss|us|is)$/.test(w) &&
    !v.lex.notNames.has(w) &&
    !v.isSpeechVerb(n, true) &&
    !v.lex.circumstanceWords.has(w) &&
    !v.lex.timeWords.has(w)
  );
}

/** The speaker of the last speech frame in [lo, to): "said Obasanjo", "the presidency said". */
function frameSpeakerBefore(v: TokenView, lo: number, to: number): TokenRange | null {
  for (let c = to - 1; c >= lo; c--) {
    if (v.quoteOf[c] >= 0 || !v.isSpeechVerb(c, true)) continue;
    // ("the details of the proposed Peace Formula, stressing …": a participle after an article
    // modifies the noun after it; it frames no speaker.)
    if (c > lo && OBJECT_DETERMINERS.has(v.t[c - 1].lower)) continue;
    // ("Peskov told reporters, adding …": after a verb of telling stands the hearer, not the speaker.)
    const after = v.lex.hearerVerbs.has(v.t[c].lower) ? null : v.speakerAfter(c + 1, to);
    if (after && after.to === to) return after;
    const gap = v.gapBefore(c, lo);
    // ("the summit was called off", "a truce announced a day earlier": a passive or a participle
    // in the content, not a frame.)
    if (gap - 1 >= lo && v.lex.passiveAuxiliaries.has(v.t[gap - 1].lower)) continue;
    const before = v.speakerBefore(gap, lo);
    if (before && !v.isHead(before.to - 1) && !v.isPronoun(before.to - 1)) continue;
    // ("Kest pushed back on those claims, saying …": a noun-like form after a phrase that is no
    // bare name or pronoun is the noun, no frame.)
    if (
      before &&
      v.lex.nounLikeVerbs.has(v.t[c].lower) &&
      !v.isNamePart(before.to - 1) &&
      !v.isPronoun(before.to - 1)
    )
      continue;
    return before;
  }
  return null;
}

/**
 * The speaker of the first frame between `lo` and `to` ("Kest said on Monday …"): the phrase right
 * before the sentence's first speech verb outside quotes, when it is a head or a pronoun; null when
 * the first verb has none (then the clause's subject is looked for instead).
 */
function firstFrameSpeaker(v: TokenView, lo: number, to: number): TokenRange | null {
  // ("While the president lauded the deal, Ormund … and emphasized …": a frame in a clause that a
  // subordinating conjunction opens is not the main clause's; its subject is looked for instead.)
  if (v.lex.openingClauseConjunctions.has(v.t[lo]?.lower ?? '')) return null;
  for (let c = lo; c < to; c++) {
    if (v.quoteOf[c] >= 0 || !v.isSpeechVerb(c, true)) continue;
    const gap = v.gapBefore(c, lo);
    if (gap <= lo || (gap - 1 >= lo && v.lex.passiveAuxiliaries.has(v.t[gap - 1].lower))) return null;
    const before = v.speakerBefore(gap, lo);
    if (!before || (!v.isHead(before.to - 1) && !v.isPronoun(before.to - 1))) return null;
    return before;
  }
  return null;
}

/**
 * Where reported content ends: the sentence's end, a semicolon, or a comma before a clause of the
 * reporter's own (", which …", ", citing …", ", after …").
 */
function contentEnd(v: TokenView, from: number, end: number): number {
  for (let k = from + 3; k < end; k++) {
    const tok = v.t[k];
    if (v.quoteOf[k] >= 0) {
      // "described the demands as “unilateral,” adding that …": a comma that closes a quotation
      // before a clause of the reporter's or a participle cue ends the content after the mark.
      const q = v.quoteOf[k];
      const close = k + 1;
      const next = v.t[close + 1];
      if (
        tok.text === ',' &&
        v.quoteTo[q] === close &&
        v.t[close].kind === 'quote' &&
        close + 1 < end &&
        next.kind === 'word' &&
        v.isLowerWord(close + 1) &&
        (v.lex.contentEndOpeners.has(next.lower) || participleCue(v, close + 1))
      )
        return close + 1;
      continue;
    }
    if (tok.text === ';') return k;
    if (tok.text !== ',' || k + 1 >= end) continue;
    const next = v.t[k + 1];
    // "vowed to end the war, but talks remain elusive": a clause after an infinitive is the reporter's.
    if (v.t[from].lower === 'to' && (next.lower === 'but' || next.lower === 'while')) return k;
    // "Kim had missed an opportunity, but he left the door open": the reporter goes on about the
    // speaker ("he", "she"), not the speaker about the matter.
    if (next.lower === 'but' && /^(he|she)$/.test(v.t[k + 2]?.lower ?? '')) return k;
    // "the rebels, who have fought since May, were not invited": a relative clause set off inside
    // the content's subject, when a lower-case verb follows its closing comma.
    if (next.lower === 'who' || next.lower === 'which') {
      let close = k + 2;
      while (close < end && close - k < 25 && v.t[close].text !== ',' && v.t[close].text !== ';') close++;
      const after = close + 1;
      if (
        v.t[close]?.text === ',' &&
        after < end &&
        v.isLowerWord(after) &&
        (v.lex.passiveAuxiliaries.has(v.t[after].lower) ||
          // "…, which has been negotiated for months, and that they expect …"
          (v.t[after].lower === 'and' && v.t[after + 1]?.lower === 'that'))
      ) {
        k = close - 1;
        continue;
      }
    }
    if (asWellAsAt(v, k + 1)) continue;
    if (whileParticiple(v, k + 1)) continue;
    if (v.lex.contentEndOpeners.has(next.lower)) return k;
    // "… takes effect on January 1, during the closing ceremony of the mission": where it was said.
    if (next.lower === 'during' && speechSettingAt(v, k + 2, end)) return k;
    // "the envoy, acting as a mediator, did not …": a participle clause set off inside the
    // content's subject, when a finite verb follows its closing comma.
    if (v.isLowerWord(k + 1) && next.lower.endsWith('ing') && !v.lex.notParticiples.has(next.lower)) {
      let close = k + 2;
      while (close < end && close - k < 12 && v.t[close].text !== ',' && v.t[close].text !== ';') close++;
      const after = close + 1;
      if (
        v.t[close]?.text === ',' &&
        after < end &&
        v.isLowerWord(after) &&
        FINITE_AUXILIARIES.has(v.t[after].lower)
      ) {
        k = close - 1;
        continue;
      }
    }
    // "…, warning that …": a speech participle opens a statement of its own, even one that is a
    // noun as often ("warning").
    if (v.isLowerWord(k + 1) && participleCue(v, k + 1)) return k;
    // ", putting it at odds with …": a participle clause of the reporter's.
    if (
      v.isLowerWord(k + 1) &&
      next.lower.length > 5 &&
      next.lower.endsWith('ing') &&
      !v.lex.notParticiples.has(next.lower) &&
      !v.lex.speakerNouns.has(next.lower) &&
      !v.lex.circumstanceWords.has(next.lower)
    )
      return k;
  }
  return end;
}

/** A noun of a speech's setting within a few words from `k` ("the closing ceremony", "a news conference"). */
function speechSettingAt(v: TokenView, k: number, end: number): boolean {
  for (let j = k; j < end && j - k < SETTING_WORDS; j++) {
    if (v.t[j].kind !== 'word') return false;
    if (v.lex.speechSettingNouns.has(v.t[j].lower)) return true;
  }
  return false;
}
const SETTING_WORDS = 4;

/** What may follow "said this" where "this" is the words said before: a circumstance, or the end. */
const AFTER_SAID_THIS = new Set([
  'at',
  'during',
  'in',
  'on',
  'to',
  'while',
  'when',
  'after',
  'before',
  'speaking',
  ',',
  '.',
]);

/**
 * "Armenia recognises the territorial integrity of Azerbaijan. Armenian Prime Minister Nikol
 * Pashinyan announced this during his address": the wire style of a speaker who said "this",
 * the sentence before, in the same paragraph. The speaker is the clause's subject before the cue.
 */
function saidThis(v: TokenView, k: number, lo: number, end: number): Candidate | null {
  const { t, lex } = v;
  if (!/(ed|id)$/.test(t[k].lower) && !lex.irregularPastCues.has(t[k].lower)) return null;
  let who: TokenRange | null = null;
  // "This was stated by Azerbaijani Foreign Minister Jeyhun Bayramov at a press conference."
  const passive =
    k - 2 === lo && t[lo].lower === 'this' && t[k - 1].lower === 'was' && t[k + 1]?.lower === 'by';
  if (passive) who = v.speakerAfter(k + 2, end);
  else {
    if (t[k + 1]?.lower !== 'this' || k + 2 > end || !AFTER_SAID_THIS.has(t[k + 2]?.lower ?? '.'))
      return null;
    const gap = v.gapBefore(k, lo);
    who = gap > lo ? v.speakerBefore(gap, lo) : null;
    // (the subject opens the sentence: "In Geneva, Kest said this" is no such report)
    if (who && who.from !== lo) return null;
  }
  if (!who) return null;
  const s = t[lo].sentence - 1;
  if (s < 0 || v.sentFrom[s] < 0) return null;
  const from = v.sentFrom[s];
  let to = v.sentTo[s];
  if (v.doc.sentences[s].block !== v.doc.sentences[t[lo].sentence].block) return null;
  while (to > from && /^[.!?]$/.test(t[to - 1].text)) to--;
  // (a sentence already in quotation marks, or one with a cue of its own, is reported as it is)
  if (v.wordCount(from, to) < 4 || v.quoteOf[from] >= 0) return null;
  for (let i = from; i < to; i++) if (v.isSpeechVerb(i, false)) return null;
  return {
    content: { from, to },
    speaker: who,
    cue: passive ? { from: lo, to: k + 1 } : { from: k, to: k + 2 },
    direct: false,
    rule: 'statement.reported.said-this',
    confidence: 0.75,
  };
}

/**
 * An object content ends before a clause of time or cause, comma or not: "expressed regret at the
 * decision when he spoke in parliament", "welcomed the truce after a meeting of the cabinet".
 */
function objectEnd(v: TokenView, from: number, to: number): number {
  for (let k = from + 2; k < to; k++)
    if (v.quoteOf[k] < 0 && v.isLowerWord(k) && v.lex.circumstanceConjunctions.has(v.t[k].lower)) return k;
  return to;
}

/**
 * "Iran had submitted new demands, while continuing to insist on …": "while" and a participle
 * (no cue of speech) go on with the content's own subject — no end of content at the comma.
 */
const whileParticiple = (v: TokenView, i: number): boolean =>
  v.is(i, 'while') &&
  v.isLowerWord(i + 1) &&
  v.t[i + 1].lower.length > 5 &&
  v.t[i + 1].lower.endsWith('ing') &&
  !v.lex.notParticiples.has(v.t[i + 1].lower) &&
  !participleCue(v, i + 1);

/** ", as well as …" at token i goes on with the content's list: no end of content at the comma. */
const asWellAsAt = (v: TokenView, i: number): boolean =>
  v.is(i, 'as') && v.is(i + 1, 'well') && v.is(i + 2, 'as');

/** The end of content inside a relative clause: its closing comma, else the sentence's end. */
function relativeEnd(v: TokenView, from: number, end: number): number {
  for (let k = from + 3; k < end; k++)
    if (v.t[k].text === ',' && v.quoteOf[k] < 0 && !asWellAsAt(v, k + 1)) return k;
  return contentEnd(v, from, end);
}

/**
 * A sentence's first word that opens a phrase of circumstance rather than its subject: a
 * participle ("Walking to …, Kest said") or an adverb ("Separately, …"), capitalised only because
 * it opens the sentence.
 */
function openingModifier(v: TokenView, i: number): boolean {
  const w = v.t[i].lower;
  if (v.t[i].kind !== 'word' || !/^[A-Z][a-z]+$/.test(v.t[i].text) || v.isSpeakerNoun(i)) return false;
  if (w.length > 5 && w.endsWith('ing')) return !v.lex.notParticiples.has(w);
  return w.length > 4 && w.endsWith('ly') && v.t[i + 1]?.text === ',' && !v.lex.notAdverbs.has(w);
}

/**
 * "…, everyone will vote, Kest said, adding “…”": a reporting frame set off just before the
 * participle's comma; its speaker adds the words, not the subject of the clause it reports.
 */
function setOffFrameSpeaker(v: TokenView, lo: number, comma: number): TokenRange | null {
  const verb = comma - 1;
  if (verb <= lo || !v.isSpeechVerb(verb, false)) return null;
  const who = v.speakerBefore(v.gapBefore(verb, lo), lo);
  const before = who ? v.t[who.from - 1] : undefined;
  return who && who.from > lo && (before?.text === ',' || before?.kind === 'quote') ? who : null;
}

/** The subject of a clause: its first name or speaker phrase not inside a prepositional phrase. */
function clauseSubject(v: TokenView, lo: number, hi: number): TokenRange | null {
  const PREPOSITION = /^(in|at|on|of|for|to|with|from|by|about|into|over|under|after|before|during|near)$/;
  // A sentence that opens with a subordinate clause ("As the meeting was under way, Russia …")
  // has its subject after the clause's comma.
  let from = lo;
  // So does one that opens with a participle or an adverb ("Walking to the next address, Kest
  // met …", "Separately, the ministry issued …").
  if (
    /^(as|when|while|after|before|if|although|though|because|since|until|once|even)$/.test(v.t[lo].lower) ||
    openingModifier(v, lo)
  ) {
    let c = lo + 1;
    while (c < hi && v.t[c].text !== ',') c++;
    if (c < hi) from = c + 1;
  }
  // "The head of Veska's fishing agency, Ilse Marrow, met …": a description opening the clause
  // with the name set off after it.
  const named = /^(the|a|an)$/.test(v.t[from]?.lower ?? '') ? namedAfterDescription(v, from, hi) : -1;
  if (named > 0) return { from, to: named };
  for (let k = from; k < hi; k++) {
    if (v.quoteOf[k] >= 0) continue;
    const w = v.t[k].lower;
    if (v.isPronoun(k) && w !== 'who' && w !== 'which') {
      if (k > lo && PREPOSITION.test(v.t[k - 1].lower)) continue;
      return { from: k, to: k + 1 };
    }
    const det = w === 'the' || w === 'a' || w === 'an';
    if (!det && !v.isHead(k)) continue;
    // A noun phrase inside a prepositional phrase is no subject ("in the Saudi capital").
    if (k > lo && PREPOSITION.test(v.t[k - 1].lower)) {
      while (k + 1 < hi && (v.isHead(k + 1) || v.isModifier(k + 1))) k++;
      continue;
    }
    const np = v.speakerAfter(k, hi);
    if (!np) continue;
    // Followed by its verb, or (opening the sentence) by an appositive: "Kest, in Lumen, said".
    // A parenthesis ("Sen. Ilse Marrow (D-Vesk) defended …") or a day ("Kest on Thursday
    // stepped up …") may stand between the subject and its verb.
    const verbAt = afterSubjectAside(v, np.to, hi);
    const next = v.t[verbAt];
    if (
      verbAt < hi &&
      ((v.isLowerWord(verbAt) && !PREPOSITION.test(next.lower)) || (np.from === from && next.text === ','))
    )
      return np;
    // "The Transitional Military Council (TMC) ousted …": its short name in brackets, then its verb.
    const afterShort = next?.text === '(' && v.t[np.to + 2]?.text === ')' ? np.to + 3 : -1;
    if (
      afterShort > 0 &&
      afterShort < hi &&
      v.isLowerWord(afterShort) &&
      !PREPOSITION.test(v.t[afterShort].lower)
    )
      return np;
    k = np.to - 1;
  }
  return null;
}

/** The longest parenthesis skipped after a subject ("(D-Vesk)", "(R-Tars.)"), in tokens. */
const SUBJECT_PARENTHESIS = 8;

/**
 * Where the verb of a subject ending at `at` may stand: after a parenthesis ("Marrow (D-Vesk)
 * said"), or a day or time ("Kest on Thursday stepped up", "Kest last week rejected"); else `at`.
 */
function afterSubjectAside(v: TokenView, at: number, hi: number): number {
  const { t, lex } = v;
  if (t[at]?.text === '(') {
    let c = at + 1;
    while (c < hi && c - at <= SUBJECT_PARENTHESIS && t[c].text !== ')') c++;
    return t[c]?.text === ')' ? c + 1 : at;
  }
  let c = at;
  if (/^(on|last|this)$/.test(t[c]?.lower ?? '') && lex.timeWords.has(t[c + 1]?.lower ?? '')) c++;
  if (!lex.timeWords.has(t[c]?.lower ?? '')) return at;
  while (c < hi && lex.timeWords.has(t[c].lower)) c++;
  return c;
}

/**
 * A description from `at` with an "of …" complement ("The head of Veska's agency"), then a name set
 * off by commas and a lower-case word (the clause's verb): the end of the name, or -1.
 */
function namedAfterDescription(v: TokenView, at: number, hi: number): number {
  let c = at;
  let of = false;
  while (c < hi && c - at < 12 && v.t[c].text !== ',' && v.quoteOf[c] < 0 && v.t[c].kind !== 'quote') {
    if (v.t[c].lower === 'of' && c - at <= 3) of = true;
    c++;
  }
  if (!of || v.t[c]?.text !== ',' || !v.isNamePart(c + 1)) return -1;
  let e = c + 1;
  while (e < hi && v.isNamePart(e)) e++;
  return e - c >= 3 && v.t[e]?.text === ',' && v.isLowerWord(e + 1) ? e : -1;
}

const OPENING_PREPOSITIONS = new Set([
  'in',
  'at',
  'on',
  'during',
  'after',
  'before',
  'following',
  'speaking',
  'later',
  'earlier',
]);

/**
 * ", and in a letter to lawmakers last night Marrow said …": the token after "and" (or "but"),
 * where a phrase of circumstance opens the clause of the speaker at `s`; undefined if none.
 */
function circumstanceOpening(v: TokenView, s: number): number | undefined {
  const { t } = v;
  for (let j = s - 1; j > 0 && s - j <= 12; j--) {
    if (t[j].kind === 'punct' || v.quoteOf[j] >= 0) return undefined;
    if (/^(and|but)$/.test(t[j].lower))
      return t[j - 1].text === ',' && j + 1 < s && OPENING_PREPOSITIONS.has(t[j + 1].lower)
        ? j + 1
        : undefined;
  }
  return undefined;
}

/** Cut a content that runs into the next statement's frame in the same sentence. */
function cutContents(v: TokenView, cands: Candidate[]): Candidate[] {
  // Another statement's frame starts a new clause ("…, and Kest said …"; "…, Kest said …");
  // a cue inside the content without such a boundary is reported within it and stays.
  const starts = cands
    .flatMap((c) => [
      c.speaker?.from,
      c.speaker && c.cue && c.cue.from < c.speaker.from ? c.cue.from : undefined,
      // "… and called for …": a coordinated cue opens a clause of its own.
      c.cue && /^(and|but)$/.test(v.t[c.cue.from - 1]?.lower ?? '') ? c.cue.from : undefined,
      // "…, and in a letter last night Marrow made it clear that …": a circumstance opens the clause.
      c.speaker && c.cue && c.cue.from > c.speaker.from ? circumstanceOpening(v, c.speaker.from) : undefined,
    ])
    .filter(
      (x): x is number =>
        x !== undefined &&
        x > 0 &&
        (/^(,|and|but|;|-|--)$/.test(v.t[x - 1].lower) || closingQuoteFrame(v, x)),
    )
    .sort((a, b) => a - b);
  const kept: Candidate[] = [];
  for (const c of cands) {
    // "ISTANBUL (Northwire) - Ormund has decided …, its minister said": the dateline is no content.
    if (!c.direct) {
      const from = datelineEnd(v, c.content.from, c.content.to);
      if (from > c.content.from && c.content.to - from >= 3) c.content = { from, to: c.content.to };
    }
    // The first frame start after the content's start (they are sorted), if it falls inside.
    const first = starts[firstAtLeast(starts, c.content.from + 1, (s) => s)];
    const cut = c.after && !c.direct && first !== undefined && first < c.content.to ? first : undefined;
    if (cut !== undefined) {
      let to = cut;
      while (to > c.content.from && /^(,|and|but|while|as|;|-|--)$/.test(v.t[to - 1].lower)) to--;
      // "When he wrote his book, McKinley said …": what is left is no speech.
      if (v.wordCount(c.content.from, to) < 3) continue;
      c.content = { from: c.content.from, to };
    }
    kept.push(c);
  }
  return kept;
}

/**
 * "Ormund announced its readiness to talk, “including on missiles,” Brenn said": a frame that
 * starts right after a quotation closed on its comma ends the words of a cue before the quotation
 * (the frame's speaker reports them), as a frame after a comma does.
 */
function closingQuoteFrame(v: TokenView, x: number): boolean {
  return v.t[x - 1].kind === 'quote' && v.t[x - 2]?.text === ',' && v.quoteOf[x - 1] >= 0;
}

/** Most words of a place named in title case as a dateline ("Addis Ababa —"). */
const DATELINE_WORDS = 3;

/**
 * Past a dateline that opens a sentence at `from` — "KESSEL (Northwire) -", "NEW YORK (AP) —",
 * "KABUL -": words in capitals, an agency in brackets if any, and a dash. `from` when none.
 */
function datelineEnd(v: TokenView, from: number, to: number): number {
  if (from > 0 && v.sentenceOf(from - 1) === v.sentenceOf(from)) return from;
  let k = from;
  while (k < to && v.t[k].kind === 'word' && /^[\p{Lu}.]{2,}$/u.test(v.t[k].text)) k++;
  // ("Nairobi — …", "Addis Ababa — …": a dateline in title case, a place of one to three words)
  if (k === from)
    while (
      k < to &&
      k - from < DATELINE_WORDS &&
      v.t[k].kind === 'word' &&
      /^\p{Lu}\p{Ll}+$/u.test(v.t[k].text)
    )
      k++;
  if (k === from) return from;
  if (v.t[k]?.text === '(') {
    let close = k + 1;
    while (close < to && close - k < 6 && v.t[close].text !== ')') close++;
    if (v.t[close]?.text !== ')') return from;
    k = close + 1;
  }
  return k < to && /^(-|--|\u2013|\u2014)$/.test(v.t[k].text) ? k + 1 : from;
}

/**
 * A direct quote of several sentences is one statement per sentence (FORMAT.md: "Two quoted
 * sentences from one speaker in one paragraph are one statement each"); the sentences after the
 * first take the first's speaker and cue.
 */
function splitQuotedSentences(v: TokenView, cands: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of cands) {
    const { from, to } = c.content;
    if (!c.direct || v.sentenceOf(from) === v.sentenceOf(to - 1)) {
      out.push(c);
      continue;
    }
    const pieces: TokenRange[] = [];
    let start = from;
    for (let k = from + 1; k <= to; k++) {
      if (k < to && v.sentenceOf(k) === v.sentenceOf(start)) continue;
      // Only a full stop, a question or an exclamation ends a quoted sentence: an ellipsis marks
      // words left out of one passage ("… ago… We’ve").
      if (k < to && !SENTENCE_END.has(v.t[k - 1].text)) continue;
      // A sentence of punctuation or one word alone (a cut-off "Th") joins the one before it.
      if (v.wordCount(start, k) > 1 || pieces.length === 0) pieces.push({ from: start, to: k });
      else pieces[pieces.length - 1].to = k;
      start = k;
    }
    const source = c.inherit ?? c;
    pieces.forEach((piece, i) => {
      // The first piece stays the candidate itself: quotes that inherit from it point to it.
      if (i === 0) {
        c.content = piece;
        out.push(c);
      } else
        out.push({
          content: piece,
          direct: true,
          inherit: source,
          rule: 'statement.quote.next-sentence',
          confidence: c.confidence,
          quote: c.quote,
        });
    });
  }
  return out;
}

/**
 * "… after Ormund announced it was leaving the deal", "… since Kest said that …": a clause reported
 * after a conjunction of time or cause (codebook `circumstance_conjunctions`), with a clause for its
 * content (after "that", or opening with a subject pronoun) — not "when he announced the steps".
 */
function circumstanceReport(v: TokenView, c: Candidate): boolean {
  if (c.rule !== 'statement.reported.said-that' || !c.speaker || !c.cue) return false;
  if (!v.lex.circumstanceConjunctions.has(v.t[c.speaker.from - 1]?.lower ?? '')) return false;
  return v.is(c.cue.to, 'that') || SUBJECT_PRONOUNS.has(v.t[c.content.from]?.lower ?? '');
}

const SUBJECT_PRONOUNS = new Set(['it', 'he', 'she', 'they', 'we', 'i']);

/**
 * "Ormund will withdraw its troops from Dalen, its defence ministry said": in a frame after its
 * content, "its" (or "their") is the party that the content opens with, its subject — not the
 * party the content names last. That party, or undefined.
 */
function contentSubjectParty(v: TokenView, c: Candidate): string | string[] | undefined {
  if (!c.speaker || c.content.to > c.speaker.from || c.speaker.to - c.speaker.from < 2) return undefined;
  // ("one of its deputy ministers": the possessive after a member's count)
  const member =
    v.t[c.speaker.from + 1]?.lower === 'of' &&
    /^(one|two|three|some|another|each)$/.test(v.t[c.speaker.from].lower)
      ? 2
      : 0;
  if (!/^(its|their)$/.test(v.t[c.speaker.from + member].lower)) return undefined;
  if (v.sentenceOf(c.content.from) !== v.sentenceOf(c.speaker.from)) return undefined;
  // The subject: a party mention among the content's first words.
  const from = v.t[c.content.from].start;
  const upTo = v.t[Math.min(c.content.from + 2, c.content.to - 1)].start;
  const mentions = v.doc.mentions;
  for (
    let i = firstAtLeast(mentions, from, (m) => m.start);
    i < mentions.length && mentions[i].start <= upTo;
    i++
  ) {
    const m = mentions[i];
    if (m.kind !== 'person' && m.kind !== 'pronoun' && m.actor) return m.actor;
  }
  return undefined;
}

/**
 * "Foreign Minister Taro Kono said Japan would …": a person whose title names no state, speaking
 * of a state as the subject of what is reported, speaks for that state (a minister's own state is
 * what the article leaves unsaid). The state's code, or undefined.
 */
function titledSubjectState(v: TokenView, c: Candidate, person: SpeakerRef): string | undefined {
  if (!person.role || person.entity === undefined || person.anonymous) return undefined;
  // (An office: "Foreign Minister", "government spokesman"; not "analyst" or "professor".)
  if (
    !person.role
      .toLowerCase()
      .split(/\s+/)
      .some((w) => v.lex.descriptionHeads.has(w))
  )
    return undefined;
  if (v.doc.entities[person.entity]?.kind !== 'person') return undefined;
  const from = v.t[c.content.from].start;
  const first = overlapping(v.doc.mentions, from, v.t[c.content.from].end).find(
    (m) => m.start === from && m.kind === 'state' && typeof m.actor === 'string',
  );
  return typeof first?.actor === 'string' ? first.actor : undefined;
}

/** "a spokesman", "a spokeswoman": an unnamed speaker whose only words are the article and the head. */
const BARE_SPOKESPERSON = /^an? spokes(?:man|woman|person)$/i;

/**
 * "The SDF said it was ready …, but a spokesman said …": a bare spokesperson in the sentence of a
 * party's statement speaks for that party.
 */
function spokespersonOfSpeakerBefore(v: TokenView, c: Candidate, span: Span): string | undefined {
  if (!BARE_SPOKESPERSON.test(v.doc.text.slice(span.start, span.end))) return undefined;
  const before = v.doc.statements.at(-1);
  if (!before?.speakerSpan || typeof before.actor !== 'string') return undefined;
  const sentence = v.sentenceOf(c.speaker?.from ?? c.content.from);
  const atBefore = firstAtLeast(v.t, before.speakerSpan.start, (t) => t.start);
  return v.sentenceOf(atBefore) === sentence ? before.actor : undefined;
}

/**
 * "The Emirates welcomed the agreement, according to a statement carried by WAM": a bare issued
 * text ("a statement", "the readout", with no issuer named) after the content is the words of the
 * party that the content opens with, which becomes the speaker.
 */
function ownTextSpeaker(v: TokenView, c: Candidate): void {
  if (c.rule !== 'statement.reported.according-to' || !c.cue || !c.speaker || c.cue.from < c.content.from)
    return;
  const { from, to } = c.speaker;
  if (to - from > 2 || !v.lex.relayTexts.has(v.t[to - 1].lower)) return;
  if (to - from === 2 && !/^(a|an|the)$/.test(v.t[from].lower)) return;
  // "…, according to the statement" after "issued a joint statement": the text named before, whose
  // issuers speak through it, not the party its sentence opens with.
  if (v.t[from].lower === 'the' && namedBefore(v, to - 1, c.content.from)) return;
  const subject = v.speakerAfter(c.content.from, c.content.to);
  if (!subject || subject.from !== c.content.from || !v.isNamePart(subject.to - 1)) return;
  // (the subject opens a clause: a verb follows it, not more of a list or a possessive)
  if (v.t[subject.to]?.kind !== 'word' || /^(and|or|'s)$/.test(v.t[subject.to].lower)) return;
  c.speaker = subject;
}

/** The word at token `head` stands earlier in the text, before token `before`. */
function namedBefore(v: TokenView, head: number, before: number): boolean {
  const word = v.t[head].lower;
  for (let k = before - 1; k >= 0; k--) if (v.t[k].lower === word) return true;
  return false;
}

/** A frame by which an outlet relays a report: "X reported", "according to the news agency". */
function relaysOthers(v: TokenView, c: Candidate): boolean {
  if (c.cue && v.lex.outletCues.has(v.t[c.cue.from].lower)) return true;
  if (!c.speaker) return false;
  if (openingRelay(v, c)) return true;
  if (v.lex.outletNouns.has(v.t[c.speaker.to - 1].lower)) return true;
  // "the state news agency MENA", "the daily Le Jour": an outlet's noun and the outlet's name after it.
  if (namedOutlet(v, c.speaker)) return true;
  // The rest only after the content, by "according to": not "According to the statement, Veska
  // reaffirmed …" (opening the sentence, the text speaks), nor "The Times wrote that Kest had
  // claimed …" (the outlet's own report).
  if (!c.cue || v.t[c.cue.from].lower !== 'according' || c.cue.from < c.content.from) return false;
  // "Kest said …, according to a statement released by the ministry": the text passes on his words.
  for (let k = c.speaker.from; k < Math.min(c.speaker.to, c.speaker.from + 4); k++)
    if (v.lex.relayTexts.has(v.t[k].lower)) return true;
  // "Liu said …, according to a Xinhua news agency report": a text an outlet carried, named with
  // the outlet's noun before it, passes on his words too.
  if (publishedByOutlet(v, c.speaker)) return true;
  // "…, the ministry said, according to Reuters": an outlet the actors stage knows by name.
  const last = v.t[c.speaker.to - 1];
  return overlapping(v.doc.mentions, last.start, last.end).some(
    (m) => m.kind === 'outlet' && m.end === last.end,
  );
}

/** An outlet's noun followed by a name that closes the phrase: "the state news agency MENA". */
function namedOutlet(v: TokenView, speaker: TokenRange): boolean {
  let k = speaker.to - 1;
  while (k > speaker.from && v.isNamePart(k)) k--;
  return k < speaker.to - 1 && v.lex.outletNouns.has(v.t[k].lower);
}

/** How far into an "according to" clause its own verb of speech may stand ("an American official told"). */
const RELAYED_SUBJECT_WORDS = 9;

/**
 * "According to Axios, an American official told reporters …", "According to the French
 * president, Mr Putin also said …": a source set before a clause that has its own speaker and
 * verb of speech passes that speaker's words on. (Not a text that relays: "According to the
 * statement, Veska reaffirmed …" is the statement's.)
 */
function openingRelay(v: TokenView, c: Candidate): boolean {
  if (!c.cue || !c.speaker || v.t[c.cue.from].lower !== 'according' || c.cue.to > c.content.from)
    return false;
  for (let k = c.speaker.from; k < c.speaker.to; k++) if (v.lex.relayTexts.has(v.t[k].lower)) return false;
  const last = Math.min(c.content.to, c.content.from + RELAYED_SUBJECT_WORDS);
  for (let k = c.content.from + 1; k < last; k++) {
    if (v.t[k].text === ',' || v.quoteOf[k] >= 0) return false;
    if (v.isSpeechVerb(k, false)) return true;
  }
  return false;
}

/** A speaker phrase that ends in a text ("report", "interview") after an outlet's noun ("a news agency report"). */
function publishedByOutlet(v: TokenView, speaker: TokenRange): boolean {
  const last = speaker.to - 1;
  if (!v.lex.publishedTexts.has(v.t[last].lower)) return false;
  for (let k = Math.max(speaker.from, last - 3); k < last; k++)
    if (v.lex.outletNouns.has(v.t[k].lower)) return true;
  return false;
}

/**
 * "Sources in Vienna", "Ukrainian negotiators at the talks in Turkey": a speaker noun completed by
 * a place after a preposition speaks as itself (its party from its own words), not as the place.
 */
function holderResolved(
  v: TokenView,
  speaker: TokenRange,
  ctx: PipelineContext,
  resolve: SpeakerResolver,
): SpeakerRef | undefined {
  let prep = -1;
  for (let k = speaker.from + 1; k < speaker.to - 1; k++)
    if (/^(in|at|from)$/.test(v.t[k].lower) && v.isSpeakerNoun(k - 1)) {
      prep = k;
      break;
    }
  if (prep < 0 || !v.isNamePart(speaker.to - 1)) return undefined;
  const holder = resolve(v.doc, spanOf(v, { from: speaker.from, to: prep }), ctx);
  // "the co-chairs from the Council, the Union and the Forum": a holder of no party of its own
  // speaks for the parties it comes from (read with the whole phrase).
  if (!holder.actor && v.t[prep].lower === 'from') return undefined;
  const whole = spanOf(v, speaker);
  // "Officials in Islamabad", "the authorities in Kinshasa": officials of no party of their own, in
  // a state's capital or seat, are that state's (codebook `capital_official_heads`).
  const seatState =
    !holder.actor && v.t[prep].lower === 'in' && v.lex.capitalOfficialHeads.has(v.t[prep - 1].lower)
      ? capitalStateAt(v, prep + 1, speaker.to)
      : undefined;
  return {
    ...holder,
    ...(seatState ? { actor: seatState } : {}),
    entity: undefined,
    name: v.doc.text.slice(whole.start, whole.end),
  };
}

const spanOf = (v: TokenView, r: TokenRange): Span => ({ start: v.t[r.from].start, end: v.t[r.to - 1].end });

/** The state whose capital or seat is named from token `from` to the phrase's end `to`. */
function capitalStateAt(v: TokenView, from: number, to: number): string | undefined {
  const place = spanOf(v, { from, to });
  const m = overlapping(v.doc.mentions, place.start, place.end).find(
    (x) => x.start === place.start && x.end === place.end && (x.via === 'capital' || x.via === 'seat'),
  );
  return m?.kind === 'state' && typeof m.actor === 'string' ? m.actor : undefined;
}

/** The paragraphs before the first one that reads as a sentence, when they look like headlines. */
function leadingHeadlineBlocks(doc: ParleyDocument): Set<number> {
  const out = new Set<number>();
  for (let b = 0; b < doc.blocks.length; b++) {
    const block = doc.blocks[b];
    if (block.kind !== 'paragraph') continue;
    const line = doc.text.slice(block.start, block.end);
    if (!looksLikeHeadline(line)) break;
    // (A headline that quotes its speaker, "Kest says talks ‘not dead’" or "Kest: talks not dead",
    // is a statement.)
    if (!/(^|\s)['"\u2018\u201c]|:/.test(line)) out.add(b);
  }
  return out;
}

/** Find the statements of a document (sentences and tokens must be there). */
export function findStatements(
  doc: ParleyDocument,
  ctx: PipelineContext,
  resolve: SpeakerResolver = resolveSpeaker,
): Statement[] {
  const lex = statementLexicon(ctx);
  const v = new TokenView(doc, lex);
  const used = new Set<number>();
  const quoteCands = quoteCandidates(v, used);
  joinSplitQuotes(v, quoteCands);
  propagateQuotes(v, quoteCands);
  const reported = [...reportedCandidates(v, used), ...embeddedPosts(v)];
  propagateToNextParagraph(v, quoteCands, reported);
  quoteRunningOn(v, quoteCands, reported);
  propagateQuotes(v, quoteCands);
  // A reported statement whose content is a direct quote's is that quote.
  const quoted = quoteCands.filter((c): c is Candidate => !!c && (!!c.speaker || !!c.inherit));
  // The quotes that start inside a reported content, found by binary search.
  const quotedByStart = [...quoted].sort((a, b) => a.content.from - b.content.from);
  const all = [
    ...quoted,
    ...reported.filter((r) => {
      const from = firstAtLeast(quotedByStart, r.content.from, (q) => q.content.from);
      for (let i = from; i < quotedByStart.length && quotedByStart[i].content.from < r.content.to; i++) {
        const q = quotedByStart[i];
        if (
          q.content.to <= r.content.to &&
          v.wordCount(r.content.from, r.content.to) - v.wordCount(q.content.from, q.content.to) < 2
        )
          return false;
      }
      return true;
    }),
  ];
  // Headlines set as paragraphs above the story ("Kest says talks will resume") are no report of
  // speech: their words come again, attributed, in the story.
  const headlines = leadingHeadlineBlocks(doc);
  const cut = cutContents(
    v,
    headlines.size > 0 ? all.filter((c) => !headlines.has(v.blockOf(c.content.from))) : all,
  );
  // "Brisk said he had told Kest that …", "Mook said that Trump tells lies": speech reported
  // inside another statement's content is part of that statement (the outer speaker's claim),
  // not a second statement of the reporter's.
  // d holds c: c's speaker and cue lie in d's content (found by greatestUpTo, not pair by pair).
  // "X said …, according to Reuters", "…, X said, reported TASS": an outlet passing on what
  // someone said is no speaker of its own; the one it reports speaks.
  const holders = greatestUpTo(
    cut.filter((d) => !relaysOthers(v, d)),
    (d) => d.content.from,
    (d) => d.content.to,
  );
  // Of the framed candidates whose speaker starts at or after a point, the earliest cue.
  const framed = greatestUpTo(
    cut.filter((c) => c.cue && c.speaker),
    (c) => -(c.speaker as TokenRange).from,
    (c) => -(c.cue as TokenRange).from,
  );
  const relays = (d: Candidate) => relaysOthers(v, d) && -framed(-d.content.from, d) < d.content.to;
  const objectStarts = new Set(
    cut.filter((d) => d.rule === 'statement.reported.object').map((d) => d.content.from),
  );
  // (Not "…, which Baku says contains claims": the relative clause's speaker vouches for it alone;
  // nor "… in what he described as a step": the words named are the speaker's own.)
  const nested = (c: Candidate) =>
    !c.direct &&
    !!c.cue &&
    !!c.speaker &&
    c.rule !== 'statement.reported.relative-subject' &&
    c.rule !== 'statement.reported.what-named' &&
    // ("Kest denied Hale's assertion that …": the claim another statement has for its object is
    // still its own speaker's.)
    !(c.rule === 'statement.reported.nominal' && objectStarts.has(c.speaker.from)) &&
    !circumstanceReport(v, c) &&
    holders(c.speaker.from, c) > c.cue.from;
  const kept = splitQuotedSentences(
    v,
    cut.filter((c) => !nested(c) && !relays(c)),
  );
  for (const c of kept) ownTextSpeaker(v, c);
  const startOf = (c: Candidate) => Math.min(c.content.from, c.speaker?.from ?? Number.POSITIVE_INFINITY);
  kept.sort((a, b) => startOf(a) - startOf(b) || a.content.from - b.content.from);

  // Resolve speakers in text order; the resolver may use the statements found so far.
  const refs = new Map<Candidate, SpeakerRef>();
  doc.statements = [];
  const statements: Statement[] = [];
  const build = (c: Candidate, ref: SpeakerRef): Statement => {
    const content = spanOf(v, c.content);
    const speakerSpan = c.speaker
      ? spanOf(v, c.speaker)
      : c.inherit?.speaker
        ? spanOf(v, c.inherit.speaker)
        : undefined;
    const cueSpan = c.cue ? spanOf(v, c.cue) : c.inherit?.cue ? spanOf(v, c.inherit.cue) : undefined;
    // The same keys in the same order as an object literal of conditional spreads would give
    // (the gold and JSON output follow it), without the temporary objects of the spreads.
    let start = content.start;
    let end = content.end;
    for (const r of [c.speaker, c.cue]) {
      if (!r) continue;
      const span = spanOf(v, r);
      if (span.start < start) start = span.start;
      if (span.end > end) end = span.end;
    }
    const statement = { start, end } as Statement;
    if (speakerSpan) statement.speakerSpan = speakerSpan;
    if (ref.entity !== undefined) statement.entity = ref.entity;
    statement.speaker = ref.name;
    statement.actor = ref.actor;
    if (ref.role) statement.role = ref.role;
    if (ref.anonymous) statement.anonymous = true;
    if (cueSpan) statement.cueSpan = cueSpan;
    statement.content = content;
    statement.direct = c.direct;
    const provenance = { rule: c.rule } as Statement['provenance'];
    if (cueSpan) provenance.cue = doc.text.slice(cueSpan.start, cueSpan.end);
    provenance.confidence = c.confidence;
    statement.provenance = provenance;
    return statement;
  };
  for (const c of kept) {
    if (!c.speaker) continue;
    const named = spanOf(v, c.speaker);
    // "The statement said": the statement the article introduced in full ("A statement from …").
    // (Introduced before the statement: a text its own words name is another one.)
    const fuller = documentAntecedent(doc, named, Math.min(named.start, v.t[c.content.from].start));
    const span = fuller ?? named;
    // "X said in a statement …", then "the statement said": X's statement, for X's party.
    const issued = fuller || c.inherit ? undefined : issuedDocument(doc, named);
    // "said the summit's final communique", then "the document said": that fuller text.
    const spoken = fuller || issued || c.inherit ? undefined : documentSpokenBefore(doc, named, v.lex);
    const read =
      (issued ? issuerRef(doc, named, issued) : undefined) ??
      (spoken ? { name: spoken.speaker, actor: spoken.actor } : undefined) ??
      holderResolved(v, c.speaker, ctx, resolve) ??
      resolve(doc, span, ctx);
    const owner = fuller ? undefined : contentSubjectParty(v, c);
    const resolved = owner ? { ...read, actor: owner } : read;
    const pronoun = c.speaker.to - c.speaker.from === 1 && /^(he|she)$/.test(v.t[c.speaker.from].lower);
    const subject = pronoun
      ? sentenceSubjectBefore(doc, Math.min(v.sentenceOf(c.content.from), v.sentenceOf(c.speaker.from)), lex)
      : undefined;
    const person =
      subject ?? textOfPerson(doc, span, lex) ?? describedPerson(doc, span, resolved, lex, ctx) ?? resolved;
    // "the office said": the party of the body last named with that head, where none is read.
    const bodyActor = person.actor === null ? describedBodyActor(doc, span, lex) : undefined;
    const titled = person.actor === null && !bodyActor ? titledSubjectState(v, c, person) : undefined;
    const spokenFor =
      person.actor === null && !bodyActor && !titled ? spokespersonOfSpeakerBefore(v, c, span) : undefined;
    const party = bodyActor ?? titled ?? spokenFor;
    const ref = party ? { ...person, actor: party } : person;
    refs.set(c, ref);
    doc.statements.push(build(c, ref));
  }
  for (const c of kept) {
    const ref = c.speaker ? refs.get(c) : c.inherit ? refs.get(c.inherit) : undefined;
    if (ref) statements.push(build(c, ref));
  }
  statements.sort((a, b) => a.start - b.start || a.content.start - b.content.start);
  return statements;
}

/** "the statement" of an issuer: named by the issuer and the noun ("the Veskan Foreign Ministry statement"). */
function issuerRef(doc: ParleyDocument, named: Span, issued: Statement): SpeakerRef {
  // The words after the article: "the joint statement" → "joint statement".
  const words =
    doc.text
      .slice(named.start, named.end)
      .match(/[\p{L}-]+/gu)
      ?.slice(1) ?? [];
  const noun = words.join(' ');
  const name = issued.speaker.toLowerCase().endsWith(noun.toLowerCase())
    ? issued.speaker
    : `${issued.speaker} ${noun}`;
  return { name, actor: issued.actor };
}

export const statementsStage: Stage = {
  name: 'statements',
  run(doc, ctx) {
    doc.statements = findStatements(doc, ctx);
  },
};
