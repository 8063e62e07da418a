/**
 * How long a meeting lasted, as an ISO 8601 duration: "the 4-1/2-hour meeting" → PT4H30M, "for
 * three hours" → PT3H.
 */

import { COUNT_WORDS } from '../dates.js';
import type { Cue, Sentence } from './mention.js';

const NUMBER_WORDS: Record<string, number> = { ...COUNT_WORDS, half: 0.5 };

const DURATION = /^(\d+(?:\.\d+)?|\d+-\d+\/\d+|[a-z]+)-(hour|minute|day|week)s?(?:-long)?$/i;

/** "4-1/2-hour" → PT4H30M, "two-day" → P2D. */
export function isoDuration(token: string): string | undefined {
  const m = DURATION.exec(token);
  if (!m) return undefined;
  let n: number;
  const frac = /^(\d+)-(\d+)\/(\d+)$/.exec(m[1]);
  if (frac) n = Number(frac[1]) + Number(frac[2]) / Number(frac[3]);
  else if (/^\d/.test(m[1])) n = Number(m[1]);
  else if (m[1].toLowerCase() in NUMBER_WORDS) n = NUMBER_WORDS[m[1].toLowerCase()];
  else return undefined;
  const unit = m[2].toLowerCase();
  if (unit === 'day') return `P${n}D`;
  if (unit === 'week') return `P${n}W`;
  const minutes = Math.round(unit === 'hour' ? n * 60 : n);
  const h = Math.floor(minutes / 60);
  const min = minutes % 60;
  return `PT${h ? `${h}H` : ''}${min ? `${min}M` : ''}` || 'PT0M';
}

const DURATION_PHRASE =
  /\bfor\s+(?:about|around|nearly|almost|more than|less than|over|under|some|roughly|just over|just under)?\s*(\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(hours?|minutes?|days?)\b/i;

/** "for three hours", "for about an hour" just after a meeting word. */
export function durationPhrase(after: string): string | undefined {
  const m = DURATION_PHRASE.exec(after);
  if (!m) return undefined;
  const n = /^an?$/i.test(m[1]) ? 1 : /^\d/.test(m[1]) ? m[1] : m[1].toLowerCase();
  return isoDuration(`${n}-${m[2].replace(/s$/, '')}`);
}

/** How long the meeting at cue `c` lasted: "the 4-1/2-hour meeting", "six hours of talks",
 * "lasted two hours", "met … for more than four hours". */
export function meetingDuration(sentence: Sentence, c: Cue, objectEnd: number): string | undefined {
  const { doc, tokens, from, to } = sentence;
  let duration: string | undefined;
  for (let i = Math.max(from, c.start - 3); i < c.start; i++) duration ??= isoDuration(tokens[i].text);
  // "six hours of talks", "two days of inconclusive talks" (up to two words that describe them)
  const before = doc.norm.slice(tokens[Math.max(from, c.start - 6)].start, tokens[c.start].start);
  const ofTalks =
    /\b(\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(hours?|minutes?|days?)\s+of\s+(?:[a-z][a-z-]*\s+){0,2}$/i.exec(
      before,
    );
  if (ofTalks)
    duration ??= isoDuration(
      `${/^an?$/i.test(ofTalks[1]) ? 1 : ofTalks[1].toLowerCase()}-${ofTalks[2].replace(/s$/i, '')}`,
    );
  const lasted =
    /\blast(?:ed|s)?\s+(?:about|around|nearly|almost|more than|less than|over|under|some|just over|just under|roughly)?\s*(\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(hours?|minutes?|days?)\b/i.exec(
      doc.norm.slice(tokens[c.end - 1].end, tokens[Math.min(to, c.end + 8) - 1].end),
    );
  if (lasted)
    duration ??= isoDuration(
      `${/^an?$/i.test(lasted[1]) ? 1 : lasted[1].toLowerCase()}-${lasted[2].replace(/s$/i, '')}`,
    );
  // "met Putin in Moscow for more than four hours": within the clause after the meeting word.
  let durEnd = c.end;
  while (
    durEnd < Math.min(to, Math.max(c.end, objectEnd) + 10) &&
    tokens[durEnd].text !== ',' &&
    tokens[durEnd].text !== ';'
  )
    durEnd++;
  duration ??= durationPhrase(doc.norm.slice(tokens[c.end - 1].end, tokens[Math.max(c.end, durEnd) - 1].end));
  return duration;
}
