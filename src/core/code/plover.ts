/**
 * PLOVER-compatible event records (Political Language Ontology for Verifiable Event Records, as
 * used by POLECAT): one flat record per event with `id`, `date`, `actor`, `recipient`, `event`,
 * `mode`, `context`, `event_loc`, `event_text` and `text_info`. A multi-party CONSULT or AGREE
 * names its first party as `actor` and the others as `recipient`; `text_info` keeps what PLOVER has
 * no field for (every participant, status, duration, who was excluded, the evidence offsets and
 * the rule that produced the event), so nothing of Parley's record is lost.
 */

import type { NegotiationEvent, ParleyDocument, PipelineContext } from '../model.js';
import { overlapping } from '../sorted.js';
import { issueMatcher } from './issues.js';
import { docIndex, slotLookup, tokenRange } from './textindex.js';

export interface PloverRecord {
  id: string;
  /** ISO date at the text's precision, or null when the text gives none. */
  date: string | null;
  /** The acting party (actor code). */
  actor: string;
  /** The other party or parties (one code, or a `;`-joined list), or null. */
  recipient: string | null;
  event: NegotiationEvent['type'];
  /** The PLOVER mode: how the event happened (meet, visit, phone, sign, impose, …). */
  mode: string;
  /** Issues of the codebook named in the event's sentence. */
  context: string[];
  event_loc: { name: string; country: string | null } | null;
  event_text: string;
  text_info: {
    doc_id: string;
    source: string | null;
    title: string | null;
    url: string | null;
    publication_date: string;
    start: number;
    end: number;
    participants: string[];
    status: string | null;
    duration: string | null;
    excluded: string[];
    rule: string;
    cue: string | null;
    confidence: number;
  };
}

/** PLOVER modes by event type, chosen from the cue that produced the event. */
function modeOf(e: NegotiationEvent): string {
  const cue = (e.provenance.cue ?? '').toLowerCase();
  switch (e.type) {
    case 'CONSULT':
      if (/call|phone|telephone/.test(cue)) return 'phone';
      if (/visit|trip/.test(cue)) return 'visit';
      if (/host|receiv|welcom/.test(cue)) return 'host';
      return 'meet';
    case 'AGREE':
      if (/sign/.test(cue)) return 'sign';
      if (/pledge|promis|commit/.test(cue)) return 'promise';
      return 'agree';
    case 'SANCTION':
      if (/expel/.test(cue)) return 'expel';
      if (/extend|renew/.test(cue)) return 'extend';
      return 'impose';
    case 'ACCUSE':
      if (/blam/.test(cue)) return 'blame';
      if (/criticis|criticiz|condemn|denounc|lambast|rebuk/.test(cue)) return 'criticize';
      return 'accuse';
    case 'REQUEST':
      return 'request';
    case 'REJECT':
      return 'reject';
    case 'THREATEN':
      return 'threaten';
  }
}

/** The document's events as PLOVER records. */
export function ploverRecords(doc: ParleyDocument, ctx: PipelineContext): PloverRecord[] {
  const index = docIndex(doc, ctx);
  const issues = issueMatcher(ctx);
  return doc.events.map((e, i) => {
    const from = e.source?.length ? e.source : e.actors.slice(0, 1);
    const to = e.target?.length ? e.target : e.actors.filter((a) => !from.includes(a));
    // Context: the issues named in the sentence(s) the evidence lies in.
    const sentences = overlapping(doc.sentences, e.evidence.start, e.evidence.end);
    const context = new Set<string>();
    for (const s of sentences) {
      const r = tokenRange(index.tokens, s.start, s.end);
      for (const m of issues.matchAll({
        tokens: index.tokens,
        from: r.from,
        to: r.to,
        actorAt: slotLookup(index),
      }))
        context.add(m.pattern.payload.issue);
    }
    return {
      id: `${doc.id}-${i + 1}`,
      date: e.date ?? null,
      actor: from[0] ?? '',
      recipient: to.length ? to.join(';') : null,
      event: e.type,
      mode: modeOf(e),
      context: [...context],
      event_loc: e.location ? { name: e.location.name, country: e.location.country ?? null } : null,
      event_text: doc.text.slice(e.evidence.start, e.evidence.end),
      text_info: {
        doc_id: doc.id,
        source: doc.source ?? null,
        title: doc.title ?? null,
        url: doc.url ?? null,
        publication_date: doc.date,
        start: e.evidence.start,
        end: e.evidence.end,
        participants: e.actors,
        status: e.status ?? null,
        duration: e.duration ?? null,
        excluded: e.excluded ?? [],
        rule: e.provenance.rule,
        cue: e.provenance.cue ?? null,
        confidence: e.provenance.confidence,
      },
    };
  });
}
