import type { Codebook } from './codebook/codebook.js';

/**
 * The document model: one `ParleyDocument` flows through the pipeline, and each stage adds typed
 * annotations to it. Every annotation carries character offsets (`start`, `end`, end exclusive,
 * UTF-16 code units as JavaScript strings count them) into `doc.text`, the original text as it
 * was read. `doc.norm` is a same-length normalised copy (quotation marks and apostrophes of every
 * shape folded to ASCII) so that rules can match on `norm` and report offsets valid in `text`.
 */

/** A half-open range [start, end) of character offsets into `ParleyDocument.text`. */
export interface Span {
  start: number;
  end: number;
}

/** Where a fact came from: which rule or cue produced it, and how sure the rule is. */
export interface Provenance {
  /** The rule that produced the annotation, e.g. `statement.reported.said-after`. */
  rule: string;
  /** The cue word or phrase that triggered the rule, as it stands in the text. */
  cue?: string;
  /** 0..1 */
  confidence: number;
}

/**
 * Where a fact stands with the people who check the record: as the extraction gave it
 * (`machine`), checked and kept (`confirmed`), changed by a person (`corrected`), written in by a
 * person (`added`), or struck out (`rejected`: left out of every question).
 */
export const FACT_STATUSES = ['machine', 'confirmed', 'corrected', 'added', 'rejected'] as const;
export type FactStatus = (typeof FACT_STATUSES)[number];

/** A person's word on a fact (absent: the extraction's fact, unchecked). */
export interface FactReview {
  status: Exclude<FactStatus, 'machine'>;
  /** The store's correction this status comes from. */
  correction: number;
  /** Who checked it, and when (ISO time). */
  by: string;
  at: string;
  /** What the extraction says of the fields the person changed (a corrected fact). */
  was?: Record<string, unknown>;
  /** The extraction, run again, says otherwise: the person's word holds, and this says what it said. */
  conflict?: string;
}

/**
 * Layout blocks of the body. Only `paragraph` blocks are sentences of the story. A `timestamp` is a
 * line that only gives the publication time ("21 May 2026", "Updated 10:45 GMT").
 */
export type BlockKind = 'paragraph' | 'heading' | 'link' | 'dateline' | 'byline' | 'title' | 'timestamp';

export interface Block extends Span {
  kind: BlockKind;
}

export interface Sentence extends Span {
  /** Index of the block (paragraph) that holds the sentence. */
  block: number;
}

export type TokenKind = 'word' | 'number' | 'punct' | 'quote' | 'symbol';

export interface Token extends Span {
  /** The token's text, from `doc.norm`. */
  text: string;
  /** Lower-cased `text`. */
  lower: string;
  kind: TokenKind;
  /** Index of the sentence that holds the token. */
  sentence: number;
}

/** A direct-quotation span: the text between a pair of quotation marks. */
export interface QuoteSpan extends Span {
  /** The content inside the marks (without the marks). */
  inner: Span;
  /** True when the quote was left open at the end of a paragraph and reopened in the next. */
  continued?: boolean;
}

export type MentionKind =
  | 'state'
  | 'org'
  | 'group'
  | 'collective'
  | 'person'
  | 'anonymous'
  | 'pronoun'
  | 'outlet';

/** A span of text that names an actor (or a pronoun that may refer to one). */
export interface Mention extends Span {
  kind: MentionKind;
  /** Index into `doc.entities`, once resolved. */
  entity?: number;
  /** For capital/seat-of-government metonyms, demonyms etc: how the actor was recognised. */
  via?:
    | 'name'
    | 'short'
    | 'demonym'
    | 'capital'
    | 'seat'
    | 'company'
    | 'government'
    | 'ministry'
    | 'title'
    | 'coref'
    | 'alias';
  /** Actor code(s) this mention stands for, where known directly (e.g. "Kyiv" → UKR). */
  actor?: string | string[] | null;
  provenance: Provenance;
}

/** A person, group or party as one document knows it: mentions clustered by coreference. */
export interface Entity {
  kind: MentionKind;
  /** The fullest name the text gives ("Mike Waltz", "Sources familiar with the matter"). */
  name: string;
  /** The party this entity speaks for: an actor code, a list of codes, or null (nobody's side). */
  actor: string | string[] | null;
  /** Person's role, where given ("National Security Adviser"). */
  role?: string;
  /** True when the role is a former one ("who served as U.S. ambassador"). */
  former?: boolean;
  /** Codebook id of the person or actor, when the codebook knows them (cross-document identity). */
  codebookId?: string;
  anonymous?: boolean;
  /** Indices into `doc.mentions`. */
  mentions: number[];
}

/** An attributed speech act. */
export interface Statement extends Span {
  /** The negotiations (ids) the fact belongs to (stage `negotiations`). */
  negotiations?: string[];
  /** The speaker's mention as the text gives it at this statement ("he", "Rubio", "Kyiv"). */
  speakerSpan?: Span;
  /** The speaker entity (index into `doc.entities`), if resolved. */
  entity?: number;
  /** The speaker's name as output in gold files: the entity's fullest name. */
  speaker: string;
  actor: string | string[] | null;
  role?: string;
  anonymous?: boolean;
  /** The cue span ("said", "told reporters", "according to"). */
  cueSpan?: Span;
  /** The words attributed, without the cue. */
  content: Span;
  /** True when the whole content is inside quotation marks. */
  direct: boolean;
  provenance: Provenance;
  review?: FactReview;
}

export const STANCES = ['demand', 'propose', 'accept', 'open', 'reject'] as const;
export type Stance = (typeof STANCES)[number];
export const polarityOf = (stance: Stance): 'pro' | 'contra' => (stance === 'reject' ? 'contra' : 'pro');

/** A party's stance toward an issue's proposition. */
export interface Position extends Span {
  /** The negotiations (ids) the fact belongs to (stage `negotiations`). */
  negotiations?: string[];
  /** Holder: actor code. */
  actor: string;
  /** Holder entity when a person or group of the document holds it. */
  entity?: number;
  issue: string;
  about?: string;
  stance: Stance;
  redLine?: boolean;
  /** The condition, when the stance is conditional ("if the conflict ultimately ended"). */
  condition?: Span;
  /** The statement (index) through which the stance was expressed, if any. */
  statement?: number;
  /** When the stance was reported by a third party: who reported it (actor code or null). */
  source?: string | null;
  /** When the stance was taken, if not the document's date (ISO, at the text's precision). */
  date?: string;
  /** The evidence span (also this annotation's own start/end). */
  evidence: Span;
  provenance: Provenance;
  review?: FactReview;
}

export const EVENT_TYPES = [
  'CONSULT',
  'AGREE',
  'SANCTION',
  'ACCUSE',
  'REQUEST',
  'REJECT',
  'THREATEN',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];
export type EventStatus = 'held' | 'planned' | 'postponed' | 'cancelled';

export interface NegotiationEvent extends Span {
  /** The negotiations (ids) the fact belongs to (stage `negotiations`). */
  negotiations?: string[];
  type: EventType;
  /** Participants (actor codes), deduplicated. For directed events, `source` then `target`. */
  actors: string[];
  /** For directed events (ACCUSE, SANCTION, REQUEST, REJECT, THREATEN): who acts on whom. */
  source?: string[];
  target?: string[];
  /** Parties named as absent or excluded ("a meeting that excluded Kyiv"). */
  excluded?: string[];
  /** ISO date at the text's precision. */
  date?: string;
  location?: { name: string; country?: string; span?: Span };
  status?: EventStatus;
  /** ISO 8601 duration, e.g. PT4H30M. */
  duration?: string;
  evidence: Span;
  provenance: Provenance;
  review?: FactReview;
}

/** A resolved time expression. */
export interface Timex extends Span {
  /** ISO date at the text's precision: YYYY, YYYY-MM or YYYY-MM-DD. */
  value: string;
  precision: 'year' | 'month' | 'day';
  /** Counted ahead from the story's date ("in four months"): when something is to come. */
  ahead?: true;
  /** The last day of a span of days, which `value` dates by its first ("29 and 30 May"). */
  through?: string;
}

export interface DocumentMeta {
  title?: string;
  url?: string;
  /** Outlet or feed name, or the file it was read from. */
  source?: string;
  byline?: string;
  /** Publication date, ISO YYYY-MM-DD. */
  date: string;
  /** ISO 639-3 language code, as detected ("eng"), or "und". */
  lang?: string;
}

export interface ParleyDocument extends DocumentMeta {
  /** Stable id: the SHA-256 of the text (hex, first 16 characters). */
  id: string;
  /** The original body text. Every offset points into it. */
  text: string;
  /** Same length as `text`, quotation marks and apostrophes folded to ASCII. */
  norm: string;
  blocks: Block[];
  sentences: Sentence[];
  tokens: Token[];
  quotes: QuoteSpan[];
  mentions: Mention[];
  entities: Entity[];
  statements: Statement[];
  positions: Position[];
  events: NegotiationEvent[];
  timexes: Timex[];
  /** Notices from stages (e.g. "skipped: not English"). */
  notices: string[];
  /** The negotiations the document belongs to, each with why (stage `negotiations`). */
  assignment?: NegotiationAssignment[];
  /** Spans the source's markup declared headings (HTML `<h2>`…), which layout keeps as headings. */
  markupHeadings?: Span[];
}

/** A document's place in one negotiation: why it belongs, and which of its blocks do. */
export interface NegotiationAssignment {
  negotiation: string;
  /** The negotiation the document is mostly about (the highest score; ties: each). */
  main: boolean;
  /** What ties it to the negotiation, for people ("parties VSK, ORM; places Lumen"). */
  reason: string;
  /** The blocks (numbered from 1, as `parley show` lists them) whose facts go to it. */
  blocks: number[];
  /** Assigned or taken away by the user (`parley negotiations assign`). */
  byUser?: boolean;
  /**
   * The negotiation's parties, mediators, guarantors and others as the document was assigned: a
   * fact's own actors narrow its block's negotiations to those they take part in, also when a
   * person corrects or adds the fact later (absent in an assignment made before it was kept).
   */
  actors?: string[];
}

/** A stage of the pipeline: a pure function of the document (and the shared context). */
export interface Stage {
  name: string;
  /** Runs over the whole document once a long one's sections are joined (not over each section). */
  wholeDocument?: boolean;
  run(doc: ParleyDocument, ctx: PipelineContext): void;
}

/** What stages share: the loaded codebook (and nothing mutable between documents). */
export interface PipelineContext {
  codebook: Codebook;
  /** Stages keep derived indexes of the codebook here (built once per codebook, read-only after). */
  cache: Map<string, unknown>;
}

export const textOf = (doc: Pick<ParleyDocument, 'text'>, span: Span): string =>
  doc.text.slice(span.start, span.end);
