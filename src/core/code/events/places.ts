/**
 * Where a meeting happens: the codebook's places and the states' capitals ("in Riyadh", "in the
 * Saudi capital", "the Geneva talks").
 */

import type { Codebook } from '../../codebook/codebook.js';
import type { NegotiationEvent, PipelineContext } from '../../model.js';
import { cached } from '../issues.js';
import type { DocIndex } from '../textindex.js';
import { type ConsultKind, type Cue, type Sentence, textSpan } from './mention.js';

interface Place {
  name: string;
  country?: string;
}

/** Venues: the codebook's places and the states' capitals, by lower-cased name. */
function placeIndex(codebook: Codebook) {
  const places = new Map<string, Place>();
  const capitalOf = new Map<string, Place>();
  for (const a of codebook.actors) {
    if (a.kind !== 'state') continue;
    const capital = a.capitals[0];
    if (!capital) continue;
    for (const c of a.capitals)
      if (!places.has(c.toLowerCase())) places.set(c.toLowerCase(), { name: capital, country: a.code });
    for (const word of [a.name, ...a.aliases, ...a.demonyms])
      capitalOf.set(word.toLowerCase(), { name: capital, country: a.code });
  }
  for (const p of codebook.places)
    for (const n of [p.name, ...p.aliases]) places.set(n.toLowerCase(), { name: p.name, country: p.country });
  return { places, capitalOf };
}

/** The place named at token i ("Riyadh", "Abu Dhabi", "the Saudi capital"), and its last token. */
export function placeAt(
  ctx: PipelineContext,
  index: DocIndex,
  i: number,
): { place: Place; end: number } | undefined {
  const { places, capitalOf } = cached(ctx, 'events.places', () => placeIndex(ctx.codebook));
  const toks = index.tokens;
  if (
    toks[i]?.lower === 'the' &&
    toks[i + 1]?.lower !== 'capital' &&
    /^\p{Lu}/u.test(toks[i + 1]?.text ?? '')
  ) {
    const seat = placeAt(ctx, index, i + 1);
    if (seat && toks[seat.end]?.lower !== 'capital') return seat;
  }
  if (toks[i]?.lower === 'the') {
    // "the Saudi capital": the capital of the state whose name or demonym this is.
    for (let k = 1; k <= 2 && i + k + 1 <= toks.length; k++) {
      if (toks[i + k + 1]?.lower !== 'capital') continue;
      const words = toks
        .slice(i + 1, i + k + 1)
        .map((t) => t.text)
        .join(' ')
        .toLowerCase();
      const hit = capitalOf.get(words);
      if (hit) return { place: hit, end: i + k + 2 };
    }
    return undefined;
  }
  if (!/^\p{Lu}/u.test(toks[i]?.text ?? '')) return undefined;
  for (let k = 3; k >= 1; k--) {
    if (i + k > toks.length) continue;
    const words = toks
      .slice(i, i + k)
      .map((t) => t.text)
      .join(' ')
      .toLowerCase();
    const hit = places.get(words);
    if (hit) return { place: hit, end: i + k };
  }
  return undefined;
}

/** Tokens [from, to) are exactly one place name ("Astana", "Geneva"), not a pair ("U.S.-Russia"). */
export function isPlaceName(ctx: PipelineContext, index: DocIndex, from: number, to: number): boolean {
  const p = placeAt(ctx, index, from);
  return p !== undefined && p.end === to && !index.tokens[from].text.includes('-');
}

/** Place: "in Riyadh", "in the Saudi capital", or "the Riyadh talks". */
export function meetingPlace(
  sentence: Sentence,
  c: Cue,
  objectEnd: number,
  kind: ConsultKind,
): NegotiationEvent['location'] {
  const { ctx, index, tokens, from, to } = sentence;
  let location: NegotiationEvent['location'];
  for (let i = Math.max(from, c.start - 8); i < Math.min(to, objectEnd + 12); i++) {
    if (i >= c.end && (tokens[i].text === ',' || tokens[i].text === ';')) break;
    const w = tokens[i].lower;
    // "in Geneva", "at the Grey House", or the destination of a trip ("travel to Kessel for talks").
    const travel =
      w === 'to' &&
      /^(travel|travels|travelled|traveled|travelling|fly|flies|flew|go|goes|went|heading|headed|arrived|arrive|arrives)$/.test(
        tokens[i - 1]?.lower ?? '',
      );
    if (w !== 'in' && w !== 'at' && !travel && !(w === 'to' && kind === 'visit')) continue;
    if (i < c.end && !travel) continue;
    // "in Riyadh", "in the Saudi capital", "in the Saudi city of Jeddah", "in Oman's Muscat".
    let p = placeAt(ctx, index, i + 1);
    for (let j = i + 2; !p && j <= i + 6 && j < to; j++) {
      if (/^[,;]$/.test(tokens[j - 1].text)) break;
      p =
        /^\p{Lu}/u.test(tokens[j].text) && /^(of|'s)$/.test(tokens[j - 1].lower)
          ? placeAt(ctx, index, j)
          : undefined;
    }
    if (p) {
      location = {
        name: p.place.name,
        ...(p.place.country ? { country: p.place.country } : {}),
        span: textSpan(index, i + 1, p.end),
      };
      break;
    }
  }
  const prior = placeAt(ctx, index, c.start - 1);
  if (!location && prior && prior.end === c.start)
    location = {
      name: prior.place.name,
      ...(prior.place.country ? { country: prior.place.country } : {}),
      span: textSpan(index, c.start - 1, c.start),
    };
  return location;
}
