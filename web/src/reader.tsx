/**
 * The annotated article: the text split at every annotation boundary, each piece a plain text node
 * (Preact escapes it — article text is never parsed as HTML) wrapped in spans whose classes say
 * what covers it: speakers, quotes, actor mentions, statements, positions, events, and the evidence
 * a deep link points at. A click on a piece selects what was extracted from it; a click on an
 * extracted item selects and scrolls to its text.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Annotations, Block, Span } from './api.js';
import { ActorName, IssueName, StanceChip } from './components.js';
import {
  AddFromSelection,
  type DocumentReview,
  type FactKind,
  type FactReview,
  fieldsOf,
  ReviewBar,
  StatusMark,
} from './review.js';

export type LayerKind = 'quote' | 'mention' | 'speaker' | 'cue' | 'statement' | 'position' | 'event';

export interface Layer extends Span {
  kind: LayerKind;
  /** Index of the annotation in its list (statements[i], positions[i], …). */
  index: number;
  /** Extra classes (e.g. the stance of a position). */
  tone?: string;
}

export interface Selection {
  kind: 'statement' | 'position' | 'event' | 'mention';
  index: number;
  /** More of the same kind selected with it (one position stated in several places). */
  also?: number[];
}

type TextAnnotations = Pick<
  Annotations,
  'blocks' | 'quotes' | 'mentions' | 'statements' | 'positions' | 'events'
>;

export function layersOf(a: TextAnnotations): Layer[] {
  const layers: Layer[] = [];
  for (const [index, q] of a.quotes.entries()) layers.push({ kind: 'quote', ...pick(q), index });
  for (const [index, m] of a.mentions.entries())
    if (m.kind !== 'pronoun') layers.push({ kind: 'mention', ...pick(m), index, tone: m.kind });
  for (const [index, s] of a.statements.entries()) {
    layers.push({ kind: 'statement', ...pick(s.content), index });
    if (s.speakerSpan) layers.push({ kind: 'speaker', ...pick(s.speakerSpan), index });
    if (s.cueSpan) layers.push({ kind: 'cue', ...pick(s.cueSpan), index });
  }
  for (const [index, p] of a.positions.entries())
    layers.push({ kind: 'position', ...pick(p.evidence), index, tone: `stance-${p.stance}` });
  for (const [index, e] of a.events.entries()) layers.push({ kind: 'event', ...pick(e.evidence), index });
  return layers.filter((l) => l.end > l.start);
}

const pick = (s: Span): Span => ({ start: s.start, end: s.end });

interface Piece extends Span {
  layers: Layer[];
}

/** Cut [start, end) at every layer boundary inside it. */
function piecesOf(start: number, end: number, layers: Layer[], extra: number[]): Piece[] {
  const inside = layers.filter((l) => l.start < end && l.end > start);
  const cuts = new Set([start, end, ...extra.filter((x) => x > start && x < end)]);
  for (const l of inside) {
    if (l.start > start) cuts.add(l.start);
    if (l.end < end) cuts.add(l.end);
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const s = sorted[i];
    const e = sorted[i + 1];
    pieces.push({ start: s, end: e, layers: inside.filter((l) => l.start <= s && l.end >= e) });
  }
  return pieces;
}

/** Paragraph blocks, or lines of the text when the document has no layout. */
function blocksOf(text: string, blocks: Block[]): Block[] {
  if (blocks.length) return blocks;
  const out: Block[] = [];
  const line = /[^\n]+/g;
  for (let m = line.exec(text); m; m = line.exec(text))
    if (m[0].trim()) out.push({ start: m.index, end: m.index + m[0].length, kind: 'paragraph' });
  return out;
}

const CLICK_ORDER: Array<[LayerKind, Selection['kind']]> = [
  ['mention', 'mention'],
  ['speaker', 'statement'],
  ['cue', 'statement'],
  ['position', 'position'],
  ['statement', 'statement'],
  ['event', 'event'],
];

const selectionOf = (piece: Piece): Selection | undefined => {
  for (const [layer, kind] of CLICK_ORDER) {
    const hit = piece.layers.find((l) => l.kind === layer);
    if (hit) return { kind, index: hit.index };
  }
  return undefined;
};

const SELECT_LAYER: Record<Selection['kind'], LayerKind[]> = {
  statement: ['statement', 'speaker', 'cue'],
  position: ['position'],
  event: ['event'],
  mention: ['mention'],
};

export function AnnotatedText(props: {
  text: string;
  annotations: TextAnnotations;
  evidence?: Span;
  selection?: Selection;
  onSelect?: (selection: Selection | undefined) => void;
}) {
  const { text, annotations, evidence, selection } = props;
  const layers = useMemo(() => layersOf(annotations), [annotations]);
  const blocks = useMemo(() => blocksOf(text, annotations.blocks), [text, annotations.blocks]);
  const cuts = evidence ? [evidence.start, evidence.end] : [];
  let evidenceAnchored = false;
  const targets = new Map<number, Selection>();
  const onClick = (event: MouseEvent) => {
    const piece = (event.target as Element).closest?.('[data-start]') as HTMLElement | null;
    const target = piece ? targets.get(Number(piece.dataset.start)) : undefined;
    if (target) props.onSelect?.(target);
  };
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard path is the list of extracted items beside the text (buttons); a click on the words is a shortcut
    <article class="article-text" onClick={onClick}>
      {blocks.map((block) => {
        const pieces = piecesOf(block.start, block.end, layers, cuts);
        const content = pieces.map((piece) => {
          const classes = new Set<string>();
          for (const l of piece.layers) {
            classes.add(`ann-${l.kind}`);
            if (l.tone) classes.add(l.kind === 'mention' ? `mention-${l.tone}` : l.tone);
          }
          if (
            selection &&
            piece.layers.some(
              (l) =>
                (l.index === selection.index || selection.also?.includes(l.index)) &&
                SELECT_LAYER[selection.kind].includes(l.kind),
            )
          )
            classes.add('selected');
          const isEvidence = evidence && piece.start >= evidence.start && piece.end <= evidence.end;
          if (isEvidence) classes.add('evidence-mark');
          const id = isEvidence && !evidenceAnchored ? 'evidence' : undefined;
          if (id) evidenceAnchored = true;
          const words = text.slice(piece.start, piece.end);
          // Every piece is a node of its own that knows its offset, so that words selected with
          // the mouse are found in the text again (to add a fact on them).
          if (classes.size === 0)
            return (
              <span key={piece.start} data-start={piece.start}>
                {words}
              </span>
            );
          const target = selectionOf(piece);
          if (target) targets.set(piece.start, target);
          return (
            <span key={piece.start} id={id} class={[...classes].join(' ')} data-start={piece.start}>
              {words}
            </span>
          );
        });
        if (block.kind === 'heading' || block.kind === 'title') return <h3 key={block.start}>{content}</h3>;
        if (block.kind === 'paragraph') return <p key={block.start}>{content}</p>;
        return (
          <p key={block.start} class={`block-${block.kind}`}>
            {content}
          </p>
        );
      })}
    </article>
  );
}

/** The list of what was extracted, each item linked to its text. */
export function ExtractedList(props: {
  text: string;
  annotations: TextAnnotations & Partial<Pick<Annotations, 'entities'>>;
  selection?: Selection;
  onSelect: (selection: Selection) => void;
  /** The stored document's review: each fact's reference and status, what was struck out. */
  review?: DocumentReview;
}) {
  const { text, annotations: a, selection, onSelect, review } = props;
  /** On a stored document: the fact's status, and (the fact in hand) confirm, correct, reject. */
  const reviewOf = (kind: FactKind, index: number, fact: { review?: FactReview }, selected: boolean) => {
    if (!review) return null;
    const list =
      kind === 'statement'
        ? review.refs.statements
        : kind === 'position'
          ? review.refs.positions
          : review.refs.events;
    return selected ? (
      <ReviewBar
        kind={kind}
        factRef={list[index]}
        fields={fieldsOf(kind, fact as Record<string, unknown>)}
        review={fact.review}
        keys
      />
    ) : (
      <StatusMark review={fact.review} />
    );
  };
  const is = (kind: Selection['kind'], index: number) =>
    selection?.kind === kind && selection.index === index;
  const slice = (s: Span) => text.slice(s.start, s.end);
  // The same stance stated twice in an article is one position, with each of its passages.
  const positionGroups = useMemo(() => {
    const groups = new Map<string, number[]>();
    for (const [i, p] of a.positions.entries()) {
      const key = [p.actor, p.stance, p.redLine, p.issue, p.about ?? ''].join('|');
      groups.set(key, [...(groups.get(key) ?? []), i]);
    }
    return [...groups.values()];
  }, [a.positions]);
  const groupOf = new Map(positionGroups.flatMap((group) => group.map((i) => [i, group[0]] as const)));
  const isPosition = (head: number) =>
    selection?.kind === 'position' && groupOf.get(selection.index) === head;
  return (
    <div class="extracted">
      <section>
        <h3>
          Statements <span class="count">{a.statements.length}</span>
        </h3>
        {a.statements.length === 0 && <p class="muted">No attributed statements found.</p>}
        <ol class="items">
          {a.statements.map((s, i) => (
            <li key={`s${i}`} class={`item statement-item${is('statement', i) ? ' selected' : ''}`}>
              <button
                type="button"
                class="item-button"
                onClick={() => onSelect({ kind: 'statement', index: i })}
              >
                <strong>{s.speaker}</strong> <span class="muted">({s.anonymous ? 'anonymous, ' : ''}</span>
                <ActorName code={s.actor} plain />
                <span class="muted">)</span>
                {s.role && <span class="muted"> · {s.role}</span>}
                <span class={`quote-text${s.direct ? ' direct' : ''}`}>{slice(s.content)}</span>
              </button>
              {is('statement', i) && (
                <Provenance
                  rule={s.provenance.rule}
                  cue={s.provenance.cue}
                  confidence={s.provenance.confidence}
                />
              )}
              {reviewOf('statement', i, s, is('statement', i))}
            </li>
          ))}
        </ol>
      </section>
      <section>
        <h3>
          Positions <span class="count">{positionGroups.length}</span>
        </h3>
        {a.positions.length === 0 && <p class="muted">No positions found.</p>}
        <ol class="items">
          {positionGroups.map(([i, ...also]) => {
            const p = a.positions[i];
            return (
              <li key={`p${i}`} class={`item position-item${isPosition(i) ? ' selected' : ''}`}>
                <button
                  type="button"
                  class="item-button"
                  onClick={() => onSelect({ kind: 'position', index: i, also })}
                >
                  <ActorName code={p.actor} plain /> <StanceChip stance={p.stance} redLine={p.redLine} />{' '}
                  <IssueName code={p.issue} plain />
                  {p.about && <span class="muted"> (about {p.about})</span>}
                  {also.length > 0 && <span class="muted"> · stated {also.length + 1} times</span>}
                </button>
                {isPosition(i) &&
                  [i, ...also].map((j) => (
                    <div key={j}>
                      <p class="quote-text">{slice(a.positions[j].evidence)}</p>
                      <Provenance
                        rule={a.positions[j].provenance.rule}
                        cue={a.positions[j].provenance.cue}
                        confidence={a.positions[j].provenance.confidence}
                      />
                      {reviewOf(
                        'position',
                        j,
                        a.positions[j],
                        selection?.index === j || (selection?.index === i && j === i),
                      )}
                    </div>
                  ))}
                {!isPosition(i) && reviewOf('position', i, p, false)}
              </li>
            );
          })}
        </ol>
      </section>
      <section>
        <h3>
          Events <span class="count">{a.events.length}</span>
        </h3>
        {a.events.length === 0 && <p class="muted">No events found.</p>}
        <ol class="items">
          {a.events.map((e, i) => (
            <li key={`e${i}`} class={`item event-item${is('event', i) ? ' selected' : ''}`}>
              <button type="button" class="item-button" onClick={() => onSelect({ kind: 'event', index: i })}>
                <span class="chip event-chip">{e.type}</span> <ActorName code={e.actors} plain />
                {e.excluded?.length ? (
                  <span class="muted">
                    {' '}
                    · without <ActorName code={e.excluded} plain />
                  </span>
                ) : null}
                {e.date && <span class="muted"> · {e.date}</span>}
                {e.location && <span class="muted"> · {e.location.name}</span>}
                {e.status && e.status !== 'held' && <span class="muted"> · {e.status}</span>}
              </button>
              {is('event', i) && (
                <Provenance
                  rule={e.provenance.rule}
                  cue={e.provenance.cue}
                  confidence={e.provenance.confidence}
                />
              )}
              {reviewOf('event', i, e, is('event', i))}
            </li>
          ))}
        </ol>
      </section>
      {review && review.rejected.length > 0 && (
        <section class="rejected-facts">
          <h3>
            Rejected <span class="count">{review.rejected.length}</span>
          </h3>
          <ol class="items">
            {review.rejected.map((r) => (
              <li key={r.correction} class="item rejected-item">
                <span class="chip">{r.kind}</span> <s>{slice(r.fact)}</s>{' '}
                <span class="muted small">
                  rejected by {r.by}, {r.at.slice(0, 10)}
                </span>
              </li>
            ))}
          </ol>
        </section>
      )}
      {selection?.kind === 'mention' && a.mentions[selection.index] && (
        <section class="mention-detail">
          <h3>Mention</h3>
          <p>
            <q>{slice(a.mentions[selection.index])}</q> — {a.mentions[selection.index].kind}
            {a.mentions[selection.index].via && <> via {a.mentions[selection.index].via}</>}, stands for{' '}
            <ActorName
              code={
                a.mentions[selection.index].actor ??
                a.entities?.[a.mentions[selection.index].entity ?? -1]?.actor
              }
            />
          </p>
          <Provenance {...a.mentions[selection.index].provenance} />
        </section>
      )}
    </div>
  );
}

function Provenance(props: { rule: string; cue?: string; confidence: number }) {
  return (
    <p class="provenance">
      rule <code>{props.rule}</code>
      {props.cue && (
        <>
          {' '}
          · cue <q>{props.cue}</q>
        </>
      )}{' '}
      · confidence {Math.round(props.confidence * 100)}%
    </p>
  );
}

/** The pieces (spans that know their start in the text) at or inside a node, in order. */
const piecesIn = (node: Node): HTMLElement[] => {
  if (node.nodeType !== Node.ELEMENT_NODE) {
    const holder = node.parentElement?.closest?.('[data-start]') as HTMLElement | null;
    return holder ? [holder] : [];
  }
  const element = node as HTMLElement;
  return element.dataset.start !== undefined
    ? [element]
    : [...element.querySelectorAll<HTMLElement>('[data-start]')];
};

/**
 * The offset in the text of a point of the page's selection: within a piece's words, or (a
 * selection of whole elements, as a triple click makes) before or after the pieces it points at.
 */
function textOffset(node: Node | null, offset: number): number | undefined {
  if (!node || !(node.parentElement ?? (node as Element)).closest?.('.article-text')) return undefined;
  if (node.nodeType === Node.TEXT_NODE) {
    const [piece] = piecesIn(node);
    return piece ? Number(piece.dataset.start) + offset : undefined;
  }
  const children = node.childNodes;
  const after = offset < children.length ? piecesIn(children[offset])[0] : undefined;
  if (after) return Number(after.dataset.start);
  const before = [...children].slice(0, offset).flatMap(piecesIn).pop();
  return before ? Number(before.dataset.start) + (before.textContent ?? '').length : undefined;
}

/** Words selected in the article, as a span of its text (trimmed of spaces); undefined if none. */
function selectedSpan(text: string): Span | undefined {
  const chosen = window.getSelection();
  if (!chosen || chosen.isCollapsed || chosen.rangeCount === 0) return undefined;
  const range = chosen.getRangeAt(0);
  let start = textOffset(range.startContainer, range.startOffset);
  let end = textOffset(range.endContainer, range.endOffset);
  if (start === undefined || end === undefined) return undefined;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end } : undefined;
}

/**
 * Reader with its list side by side, sharing one selection; scrolls to the evidence once. Over a
 * stored document (`docId`, `review`), each fact can be checked, and words selected in the text
 * can be added as a statement, a position or an event.
 */
export function CodedView(props: {
  text: string;
  annotations: TextAnnotations;
  evidence?: Span;
  docId?: string;
  review?: DocumentReview;
}) {
  const [selection, setSelection] = useState<Selection | undefined>();
  const [adding, setAdding] = useState<Span | undefined>();
  const textRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (props.evidence) document.getElementById('evidence')?.scrollIntoView({ block: 'center' });
  }, [props.evidence?.start, props.evidence?.end]);
  const selectAndScroll = (next: Selection) => {
    setSelection(next);
    const span = spanOf(props.annotations, next);
    if (span)
      textRef.current
        ?.querySelector(`[data-start="${span.start}"]`)
        ?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  };
  return (
    <div class="coded-view">
      {/* biome-ignore lint/a11y/noStaticElementInteractions: selecting words is done with the mouse or the keyboard's own selection keys; the form it opens is keyboard-usable */}
      <div
        class="coded-text"
        ref={textRef}
        onMouseUp={() => {
          if (!props.docId) return;
          const span = selectedSpan(props.text);
          if (span) setAdding(span);
        }}
        onKeyUp={(event) => {
          if (props.docId && event.shiftKey) {
            const span = selectedSpan(props.text);
            if (span) setAdding(span);
          }
        }}
      >
        <Legend />
        <AnnotatedText
          text={props.text}
          annotations={props.annotations}
          evidence={props.evidence}
          selection={selection}
          onSelect={setSelection}
        />
      </div>
      <aside class="coded-side">
        {props.docId && adding && (
          <AddFromSelection
            docId={props.docId}
            text={props.text}
            span={adding}
            onClose={() => setAdding(undefined)}
          />
        )}
        {props.docId && !adding && (
          <p class="muted small add-hint">Select words in the article to add a fact the extraction missed.</p>
        )}
        <ExtractedList
          review={props.review}
          text={props.text}
          annotations={props.annotations}
          selection={selection}
          onSelect={selectAndScroll}
        />
      </aside>
    </div>
  );
}

function spanOf(a: TextAnnotations, s: Selection): Span | undefined {
  if (s.kind === 'statement') return a.statements[s.index]?.speakerSpan ?? a.statements[s.index]?.content;
  if (s.kind === 'position') return a.positions[s.index]?.evidence;
  if (s.kind === 'event') return a.events[s.index]?.evidence;
  return a.mentions[s.index];
}

function Legend() {
  return (
    <p class="legend">
      <span class="ann-speaker">speaker</span> <span class="ann-statement">what was said</span>{' '}
      <span class="ann-quote">“quote”</span> <span class="ann-mention">actor</span>{' '}
      <span class="ann-position stance-reject">position</span> <span class="ann-event">event</span>
    </p>
  );
}
