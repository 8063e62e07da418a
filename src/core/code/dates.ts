/**
 * Stage `dates`: every time expression of the story ("on Tuesday", "six days ago", "last week",
 * "next month", "in 2008", "Feb. 12") resolved against the document's date with chrono-node, at
 * the precision the text supports: a weekday or "six days ago" is a day, "last week" and "next
 * month" a month (ISO dates have no week), "in 2008" a year. Fills `doc.timexes`.
 *
 * chrono runs only on sentences that a cheap pre-filter finds a date word in, which keeps the
 * stage well under a millisecond for a typical article.
 */
// English only: the package's main entry loads its dozen other languages too (a third of a
// second of every thread's start, a worker's included); its `parse` is this one.
import * as chrono from 'chrono-node/en';
import type { ParleyDocument, Span, Stage, Timex } from '../model.js';

// Where chrono has something to find: weekday and month names (capitalised: "sat down" and "a
// march" are no dates), "ago", "yesterday", "last/next/this week". Plain years need no chrono.
const CHRONO_TRIGGER =
  /\b(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?s?\b|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?=\s+\d)|(?<=\b\d{1,2}\s+)(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b\.?|\b(?:January|February|March|April|June|July|August|September|October|November|December)\b|\bago\b|\b(?:yesterday|today|tomorrow|tonight)\b|\b(?:last|next|this|past|coming)\s+(?:week|month|year|weekend)\b|\b(?:over|at|on|during)\s+the\s+weekend\b/gi;
const CAPITALISED_NAME = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/i;

const wordStart = (text: string, at: number) => {
  while (at > 0 && /\w/.test(text[at - 1])) at--;
  return at;
};
const wordEnd = (text: string, at: number) => {
  while (at < text.length && /\w/.test(text[at])) at++;
  return at;
};

// "on December 9 amid talks", "December 9 among the": chrono takes "9 am" for a time and drops
// the date; a word that only begins with "am" or "pm" is no time of day.
const NOT_MERIDIEM = /(?<=\d\s?)([ap])(m[a-z])/gi;
const hideMeridiem = (text: string) =>
  text.replace(NOT_MERIDIEM, (_, a: string, m: string) => `${a === a.toLowerCase() ? 'x' : 'X'}${m}`);

// "on the 7th and 8th of July", "the seventh and eighth of July": chrono reads only the day next
// to "of" (the last); the days run from the first, as "on July 7 and 8" reads. The first day is
// moved next to "of" and the words before it blanked, so that offsets stay the text's.
const ORDINAL_DAY =
  '(?:\\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-\\w+|thirtieth|thirty-first)';
const ORDINAL_DAYS_OF = new RegExp(
  `\\b(${ORDINAL_DAY})\\s+(?:and|to|or|-|\u2013)\\s+${ORDINAL_DAY}(?=\\s+of\\s+[A-Z])`,
  'gi',
);
// "talks on 14 and 15 January": the same with the days before the month's name (chrono reads
// "15 January"); the first day is moved next to the month.
const MONTH_NAME =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\b';
const DAYS_BEFORE_MONTH = new RegExp(`\\b(\\d{1,2})\\s+(?:and|to|or)\\s+\\d{1,2}(?=\\s+${MONTH_NAME})`, 'g');
/** A range of days ("7th and 8th", "14 and 15") blanked to its first day, offsets kept. */
const firstDayOnly = (days: string, first: string) => ' '.repeat(days.length - first.length) + first;
const firstOfDayRanges = (text: string) =>
  text.replace(ORDINAL_DAYS_OF, firstDayOnly).replace(DAYS_BEFORE_MONTH, firstDayOnly);

/** Windows of the text around each trigger (merged), so chrono reads a few words, not a sentence. */
function triggerWindows(slice: string): Array<[number, number]> {
  const windows: Array<[number, number]> = [];
  CHRONO_TRIGGER.lastIndex = 0;
  for (let m = CHRONO_TRIGGER.exec(slice); m; m = CHRONO_TRIGGER.exec(slice)) {
    // Weekday and month names count only with a capital letter.
    if (CAPITALISED_NAME.test(m[0]) && m[0][0] === m[0][0].toLowerCase()) continue;
    // A window ends between words: "in the M" of a cut "in the Malaysian capital" reads as a time.
    const start = wordStart(slice, Math.max(0, m.index - 45));
    const end = wordEnd(slice, Math.min(slice.length, m.index + m[0].length + 30));
    const last = windows[windows.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else windows.push([start, end]);
  }
  return windows;
}

// A year on its own, introduced the way news writes it: "in 2008", "since 2014", "by 2030", "in
// mid-2017" ("mid-2017" needs no space, the way it is written); or
// qualifying a noun after its article: "a 2020 ceasefire", "the 2015 nuclear deal" (not "a
// 2000-strong force").
const YEAR =
  /\b(?:(?:in|since|by|until|till|from|before|after|during|of|around|early|late|mid-?|summer|spring|autumn|fall|winter|a|an|the)\s+|mid-)((?:1[89]|20)\d{2})\b(?![-\u2013])(?!\s*(?:%|percent|people|troops|soldiers|km|kilometres|kilometers|miles|tonnes|tons))/gi;

// "in four months", "in two weeks' time", "within 15 days": a time counted ahead from the story's date ("the first
// summit in three years", "the worst in a decade" count back from it, and are no date).
const IN_COUNT =
  /\b(in|within)\s+(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\s+(days?|weeks?|months?|years?)(?:['’]s?\s+time)?\b/gi;
const COUNTED_BACK =
  /\b(?:first|last|time|since|ever|highest|lowest|biggest|largest|worst|best|deadliest|most|least|only|second|third)\b[^.;]*$/i;

// A season named without its year: "in the fall", "this spring", "next summer" ("the fall of
// Kabul" is no date: the season needs "in the", "this" or "next" and no "of" after).
const SEASON =
  /\b(in\s+["“]?the|this|next|last)\s+(fall|autumn|spring|summer|winter)\b(?!\s+(?:of|offensive|session)\b)/gi;
const SEASON_MONTH: Record<string, number> = { spring: 3, summer: 6, fall: 9, autumn: 9, winter: 12 };

// Context that says a bare weekday lies ahead ("planned for Wednesday", "will meet on Friday"), and
// a meeting told in the present in a clause of time, which English uses for what is to come ("to
// finalise the deal when they meet on Thursday"; the past would be "when they met").
const FUTURE =
  /\b(?:will|'ll|would|going to|planned|plans?|scheduled|due|expected|upcoming|set to|supposed to|to be held|next|(?:is|are) to)\b|\b(?:when|once|until|before|after)\s+(?:\S+\s+){0,3}?(?:meets?|speaks?|visits?|convenes?|gathers?|resumes?)\b/i;

// A plan told in the past ("were expected to meet on Sunday", "was supposed to open on Tuesday",
// "had been set to arrive"): the weekday may be the one just gone (in a Monday story, Sunday's
// meeting) or the one ahead (in a Sunday story, Tuesday's opening): the nearer of the two. So is a
// weekday followed by "as planned" ("instead of opening the round on Tuesday as planned").
const PAST_PLAN =
  /\b(?:was|were|had\s+been)\s+(?:\w+ly\s+|also\s+)?(?:expected|scheduled|due|set|supposed|planned|slated|meant)\s+to\b/i;
const AS_PLANNED = /^,?\s+as\s+(?:planned|scheduled|expected)\b/i;
// "Thursday this week", "Monday next week": the weekday of that week (weeks run from Monday).
const WEEK_OF_WEEKDAY = /\b(this|next|last)\s+week\b/i;
const WEEK_SHIFT: Record<string, number> = { this: 0, next: 1, last: -1 };
// "last November", "next March": the month right before (after) the story's, not chrono's nearest.
const LAST_OR_NEXT = /\b(last|next)\s+$/i;

// Verbs of meetings and deals done, which no time zone puts on the day after the story's.
const DONE = 'met|held|signed|agreed|reached|took place|visited|began|ended|collapsed|stalled|talked|spoke';
// Verbs that tell what has happened: a month ahead of the story's after one is last year's.
const PAST = new RegExp(`\\b(?:${DONE}|was|were|had|announced|imposed|accused)\\s+(?:\\S+\\s+){0,4}$`, 'i');
// "met on Saturday" in a Friday story: last Saturday, not the day after the story's.
const PAST_DONE = new RegExp(`\\b(?:${DONE})\\s+(?:\\S+\\s+){0,4}$`, 'i');
// "since the last meeting between the leaders on Dec. 9", "the previous round on March 3": a
// meeting told as the one before lies behind the story, however far its verb stands from the date.
// ("in force since August 3" is left to the verbs: an event dated by the start of a span is not
// the event that the span's "since" names.)
const EARLIER_ONE = /\b(?:the\s+(?:last|previous|latest|most\s+recent))\s+(?:\S+\s+){0,8}$/i;

// chrono reads "in May" only, never "early May" or "by May" (the month is also a modal verb): the
// month written with a capital after a word that introduces a date, or after another month and
// "and", "or", "to" ("in April and May").
const MAY =
  /\b(?:[Ii]n|[Ee]arly|[Ll]ate|[Mm]id-?|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Dd]uring|[Bb]efore|[Aa]fter|[Ll]ast|[Nn]ext|[Tt]his|[Tt]hrough|[Oo]f|(?:January|February|March|April|June|July|August|September|October|November|December),?\s+(?:and|or|to))\s+(May)\b(?!\s*\d|['’]s)/g;
// A story about Theresa May: "after May's dash", "talks with May".
const MAY_THE_PERSON =
  /\b(?:Theresa|Mrs\.?|Ms\.?|Minister)\s+May\b|\bMay\s+(?:said|says|told|has|had|is|was|will|would|and|wants)\b/;

const BARE_MONTH =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/;
const WEEK = /\bweek(?:end)?s?\b/i;

const iso = (d: Date) => d.toISOString().slice(0, 10);
// A bare month name more than this many months ahead of a story's date, in a sentence that does
// not look ahead, is the one before ("collapsed in February" in an October story).
const MONTHS_AHEAD = 3;
// How far after a weekday that lies ahead a listed weekday is read the same way.
const SEQUENCE_CHARS = 60;
// "Feb. 28-29", "28-29 February": a range of numbered days (not "Monday-Tuesday").
const NUMBERED_DAYS = /\d\s*[-–]\s*\d/;

// How far back the words of a date's own clause are read for what says it lies ahead.
const CLAUSE_CHARS = 40;
const CLAUSE_CHARS_MAX = 90;

// The news style of what is to come, a subject and an infinitive with no finite verb ("Monitoring
// committee to hold first meeting Friday", "Leaders to meet in Lumen on Monday"); a verb before
// the infinitive tells something done ("arrived in Lumen to meet Kest on Monday").
const SUBJECT_TO_DO =
  /^\s*((?:[\w.'’-]+\s+){1,6}?)to\s+(?:hold|meet|convene|resume|host|sign|visit|begin|start)\b/i;
const FINITE_BEFORE =
  /(?:[a-z]ed|\b(?:is|are|was|were|has|have|had|flew|went|came|sent|met|left|took|made|said|told|got|agreed|wants?|plans?|hopes?|seeks?|needs?|tries|tried))$/i;

/** Does the text before a date end in a headline's subject and infinitive of what is to come? */
function subjectToDo(prefix: string): boolean {
  const m = SUBJECT_TO_DO.exec(prefix);
  return (
    !!m &&
    !m[1]
      .trim()
      .split(/\s+/)
      .some((w) => FINITE_BEFORE.test(w))
  );
}

/**
 * The words before a date that say whether it lies ahead: the 40 characters before it, or its
 * whole clause up to 90 ("will hold a sixth round of talks in Muscat on Sunday"), never past a
 * comma, semicolon or dash ("Kest, who will visit Lumen next month, met Brisk on Friday").
 */
function clauseBefore(slice: string, at: number): string {
  const near = slice.slice(Math.max(0, at - CLAUSE_CHARS), at);
  if (/[,;:—–]/.test(near)) return near;
  const far = slice.slice(Math.max(0, at - CLAUSE_CHARS_MAX), at);
  const cut = Math.max(
    far.lastIndexOf(','),
    far.lastIndexOf(';'),
    far.lastIndexOf(':'),
    far.lastIndexOf('—'),
    far.lastIndexOf('–'),
  );
  return far.slice(cut + 1);
}

/**
 * The last day of a span of days dated by its first: "Feb. 12-13", or "29 and 30 May", which
 * chrono read as "29 May" where "30 May" stands.
 */
function lastDayOf(slice: string, at: number, r: chrono.ParsedResult, value: string): Pick<Timex, 'through'> {
  if (value.length !== 10) return {};
  if (r.end && NUMBERED_DAYS.test(r.text)) return { through: iso(r.end.date()) };
  const written = slice.slice(at, at + r.text.length);
  if (written === r.text) return {};
  const day = /\d{1,2}/.exec(written)?.[0];
  return day && Number(day) > Number(value.slice(8))
    ? { through: `${value.slice(0, 8)}${day.padStart(2, '0')}` }
    : {};
}

/** Noon UTC of the document's date: relative arithmetic never crosses a day boundary. */
export function referenceInstant(date: string): Date {
  return new Date(`${date}T12:00:00Z`);
}

export function timexValue(date: Date, precision: Timex['precision']): string {
  const s = iso(date);
  return precision === 'day' ? s : precision === 'month' ? s.slice(0, 7) : s.slice(0, 4);
}

function precisionOf(result: chrono.ParsedResult): Timex['precision'] | undefined {
  const text = result.text.toLowerCase();
  const c = result.start;
  if (WEEK.test(text)) return 'month';
  if (c.isCertain('day') || c.isCertain('weekday')) return 'day';
  if (c.isCertain('month')) return 'month';
  if (c.isCertain('year')) return 'year';
  return undefined;
}

/** Resolve the time expressions of `text[from, to)` against `reference` (an ISO date). */
export function resolveTimexes(
  text: string,
  from: number,
  to: number,
  reference: string,
  /** The story names a person May: "in May" is not read without chrono. */
  mayIsAName = false,
  /** `referenceInstant(reference)`, when the caller has it already (it is only read). */
  instant: Date = referenceInstant(reference),
): Timex[] {
  const slice = text.slice(from, to);
  const out: Timex[] = [];
  const results: Array<{ index: number; r: chrono.ParsedResult }> = [];
  for (const [a, b] of triggerWindows(slice))
    for (const r of chrono.parse(firstOfDayRanges(hideMeridiem(slice.slice(a, b))), {
      instant,
      timezone: 0,
    }))
      results.push({ index: a + r.index, r });
  // "expected to begin on Friday, with the main discussions on Saturday and Sunday": weekdays
  // listed after one that lies ahead lie ahead too.
  let aheadUntil = -1;
  for (const { index: at, r } of results) {
    const raw = r.text;
    const lower = raw.toLowerCase();
    // "now", a lower-case "march", fractions such as "1/2" in "4-1/2-hour": not dates.
    if (lower === 'now' || (BARE_MONTH.test(lower) && raw[0] === lower[0])) continue;
    if (/^\d{1,2}\/\d{1,2}$/.test(raw)) continue;
    // "for about an hour" is a duration, not a date.
    if (/\b(?:hours?|minutes?)\b/.test(lower) || /^for\s/.test(lower)) continue;
    // "two days after it joined": counted from another event, not from the article's date.
    if (/\b(?:after|before)$/.test(lower)) continue;
    // "after two days of talks": how long something lasted, not a day ahead of the article.
    if (/^after\s+\S+\s+(?:days?|weeks?|months?|years?)$/.test(lower)) continue;
    // "their first direct talks in three years": counted back, no date (as IN_COUNT reads it).
    if (/^(?:in|within)\s/.test(lower) && COUNTED_BACK.test(slice.slice(0, at))) continue;
    // "sat down", "wed to": a weekday must be written with a capital.
    if (/^(?:on\s+)?(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*$/.test(raw)) continue;
    let precision = precisionOf(r);
    if (!precision) continue;
    // "the Monday-Tuesday talks": days told as a range are dated at the month they fall in (or
    // the year, across months). Numbered days of one month ("on Feb. 28-29", "from October 9-12")
    // keep their first day: the day the meeting opens, which holds the month too.
    // ("planned for Wednesday until next month" is a day and what it is put off to.)
    if (precision === 'day' && r.end && /[-–]/.test(raw) && iso(r.end.date()) !== iso(r.start.date())) {
      const oneMonth = iso(r.end.date()).slice(0, 7) === iso(r.start.date()).slice(0, 7);
      precision = oneMonth && NUMBERED_DAYS.test(raw) ? 'day' : oneMonth ? 'month' : 'year';
    }
    let date = r.start.date();
    const weekOf =
      r.start.isCertain('weekday') && !r.start.isCertain('day') ? WEEK_OF_WEEKDAY.exec(lower) : null;
    if (weekOf) {
      // (chrono reads "Thursday this week" in a Friday story as next week's, and keeps the month)
      precision = 'day';
      const monday = instant.getTime() - ((instant.getUTCDay() + 6) % 7) * DAY_MS;
      const weekday = ((r.start.get('weekday') ?? 1) + 6) % 7;
      date = new Date(monday + (weekday + 7 * WEEK_SHIFT[weekOf[1].toLowerCase()]) * DAY_MS);
      const start = from + at;
      out.push({ start, end: start + raw.length, value: timexValue(date, precision), precision });
      continue;
    }
    const lastOrNext = LAST_OR_NEXT.exec(slice.slice(Math.max(0, at - 6), at))?.[1]?.toLowerCase();
    if (
      lastOrNext &&
      precision === 'month' &&
      r.start.isCertain('month') &&
      !r.start.isCertain('year') &&
      !WEEK.test(lower)
    ) {
      const month = date.getUTCMonth();
      const now = instant.getUTCMonth();
      const year = instant.getUTCFullYear();
      const y = lastOrNext === 'last' ? (month < now ? year : year - 1) : month > now ? year : year + 1;
      // (the span is the month's own: "since last March" is read by its "last", as chrono's was)
      const start = from + at;
      out.push({
        start,
        end: from + at + raw.length,
        value: timexValue(new Date(Date.UTC(y, month, 15, 12)), 'month'),
        precision: 'month',
      });
      continue;
    }
    // A bare weekday in a sentence about what is to come is the next such day, not the last.
    // Words just before the expression say whether it lies ahead ("will meet on Friday"). "This
    // Saturday" is read the same way: chrono takes the one of the calendar week, which in a story
    // of Sunday is six days ahead ("announced this Saturday").
    const forward =
      FUTURE.test(clauseBefore(slice, at)) || at <= aheadUntil || subjectToDo(slice.slice(0, at));
    const bareWeekday =
      r.start.isCertain('weekday') &&
      !r.start.isCertain('day') &&
      !/\b(?:last|next|past)\b/.test(lower) &&
      !WEEK.test(lower);
    if (bareWeekday && forward) aheadUntil = at + raw.length + SEQUENCE_CHARS;
    const plannedBefore =
      bareWeekday &&
      (PAST_PLAN.test(clauseBefore(slice, at)) || AS_PLANNED.test(slice.slice(at + raw.length)));
    if (bareWeekday && (forward || plannedBefore) && date < instant) {
      const again = chrono.parse(raw, { instant, timezone: 0 }, { forwardDate: true })[0];
      const ahead = again?.start.date();
      if (
        ahead &&
        !(plannedBefore && instant.getTime() - date.getTime() < ahead.getTime() - instant.getTime())
      )
        date = ahead;
    } else if (
      bareWeekday &&
      !forward &&
      !plannedBefore &&
      iso(date) > reference &&
      (date.getTime() - instant.getTime() > DAY_MS || PAST_DONE.test(slice.slice(Math.max(0, at - 40), at)))
    ) {
      // News tells what happened: "agreed on Friday" in a Tuesday story is last Friday. The day
      // right after the story's is kept (a story dated in one time zone and told in another,
      // "announced Sunday" in a story dated Saturday) unless a verb of a meeting or a deal done
      // comes before it: "met on Saturday" in a Friday story is last Saturday.
      date = new Date(date.getTime() - 7 * 86_400_000);
    } else if (
      !bareWeekday &&
      !forward &&
      r.start.isCertain('month') &&
      !r.start.isCertain('year') &&
      (precision === 'month'
        ? iso(date).slice(0, 7) > reference.slice(0, 7)
        : date.getTime() - instant.getTime() > 7 * DAY_MS) &&
      !WEEK.test(lower) &&
      !/\b(?:next|coming)\b/.test(lower) &&
      (PAST.test(slice.slice(Math.max(0, at - 40), at)) ||
        EARLIER_ONE.test(slice.slice(Math.max(0, at - 80), at)))
    ) {
      // "met in January", "signed on January 5" in a December story: the one before.
      date = new Date(Date.UTC(date.getUTCFullYear() - 1, date.getUTCMonth(), date.getUTCDate(), 12));
    } else if (
      precision === 'month' &&
      !r.start.isCertain('year') &&
      !forward &&
      !WEEK.test(lower) &&
      !/\b(?:next|coming)\b/.test(lower)
    ) {
      date = monthInThePast(date, instant);
    }
    const start = from + at;
    const value = timexValue(date, precision);
    out.push({ start, end: start + raw.length, value, precision, ...lastDayOf(slice, at, r, value) });
  }
  MAY.lastIndex = 0;
  // Most sentences have no "May": one search for the word spares the regex a pass over them.
  for (let m = mayIsAName || !slice.includes('May') ? null : MAY.exec(slice); m; m = MAY.exec(slice)) {
    const at = m.index + m[0].length - m[1].length;
    const start = from + at;
    if (out.some((t) => t.start < start + 3 && start < t.end)) continue;
    const value = mayOf(
      m[0].slice(0, -3).trim().toLowerCase(),
      instant,
      FUTURE.test(slice.slice(Math.max(0, at - 40), at)),
    );
    out.push({ start, end: start + 3, value, precision: 'month' });
  }
  SEASON.lastIndex = 0;
  for (let m = SEASON.exec(slice); m; m = SEASON.exec(slice)) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (out.some((t) => t.start < end && start < t.end)) continue;
    const value = seasonYear(
      m[1].toLowerCase(),
      m[2].toLowerCase(),
      instant,
      /\bwould\b/i.test(slice.slice(Math.max(0, m.index - 40), m.index)) ||
        FUTURE.test(slice.slice(Math.max(0, m.index - 40), m.index)),
    );
    out.push({ start, end, value, precision: 'year' });
  }
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(slice); m; m = YEAR.exec(slice)) {
    const start = from + m.index + m[0].length - m[1].length;
    const end = start + m[1].length;
    if (out.some((t) => t.start < end && start < t.end)) continue;
    out.push({ start, end, value: m[1], precision: 'year' });
  }
  IN_COUNT.lastIndex = 0;
  for (let m = IN_COUNT.exec(slice); m; m = IN_COUNT.exec(slice)) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (out.some((t) => t.start < end && start < t.end)) continue;
    if (COUNTED_BACK.test(slice.slice(0, m.index))) continue;
    const n = NUMBER_WORDS[m[2].toLowerCase()] ?? Number(m[2]);
    const unit = m[3].toLowerCase().replace(/s$/, '');
    // "within 15 days" is a bound, not a day: the month (or year) it falls in.
    const within = m[1].toLowerCase() === 'within';
    const { days, months, years } = countShift(n, unit);
    const date = new Date(instant.getTime() + days * DAY_MS);
    date.setUTCMonth(date.getUTCMonth() + months);
    date.setUTCFullYear(date.getUTCFullYear() + years);
    const precision: Timex['precision'] =
      unit === 'day' && !within ? 'day' : unit === 'year' ? 'year' : 'month';
    out.push({ start, end, value: timexValue(date, precision), precision, ahead: true });
  }
  return withYearOfMonthNamed(
    out.sort((a, b) => a.start - b.start),
    text,
  );
}

// "in November of last year", "on March 3 next year": the year words right after a month.
const YEAR_AFTER_MONTH = /^,?\s+(?:of\s+)?$/i;
const RELATIVE_YEAR = /^(?:last|next|this|past|coming)\s+year$/i;

/**
 * A month (or day) followed by "last year", "of next year" is that month of that year, one date:
 * read apart, the month was placed by the story's tense and the year alone was kept, so "met in
 * November of last year" lost its month and "in March of last year" in a June story kept this
 * year's March.
 */
function withYearOfMonthNamed(timexes: Timex[], text: string): Timex[] {
  const out: Timex[] = [];
  for (const t of timexes) {
    const month = out[out.length - 1];
    if (
      month &&
      t.precision === 'year' &&
      month.precision !== 'year' &&
      RELATIVE_YEAR.test(text.slice(t.start, t.end)) &&
      YEAR_AFTER_MONTH.test(text.slice(month.end, t.start))
    ) {
      out[out.length - 1] = { ...month, end: t.end, value: t.value + month.value.slice(4) };
      continue;
    }
    out.push(t);
  }
  return out;
}

/**
 * The year of "in the fall", "this spring", "next summer": the season that lies ahead in a plan
 * ("would visit Pyongyang in the fall"), else the latest one begun by the story's date.
 */
function seasonYear(word: string, season: string, instant: Date, forward: boolean): string {
  const year = instant.getUTCFullYear();
  if (word === 'next') return String(year + 1);
  const begins = SEASON_MONTH[season] ?? 1;
  // "last summer": the latest one over by the story's date (a season lasts three months).
  if (word === 'last') return String(begins + 3 <= instant.getUTCMonth() + 1 ? year : year - 1);
  if (word === 'this' || forward) return String(year);
  return String(begins <= instant.getUTCMonth() + 1 ? year : year - 1);
}

/** "they collapsed in February" in an October story: the February before, not the next one. */
function monthInThePast(date: Date, instant: Date): Date {
  if (date.getTime() - instant.getTime() <= MONTHS_AHEAD * 30 * 86_400_000) return date;
  return new Date(Date.UTC(date.getUTCFullYear() - 1, date.getUTCMonth(), 15, 12));
}

/** The May that "last May", "next May", "by May" or "in early May" names, as `YYYY-05`. */
function mayOf(word: string, instant: Date, forward: boolean): string {
  const year = instant.getUTCFullYear();
  const month = instant.getUTCMonth() + 1;
  if (word === 'last') return `${month > 5 ? year : year - 1}-05`;
  if (word === 'next') return `${month < 5 ? year : year + 1}-05`;
  if (word === 'this') return `${year}-05`;
  // Otherwise as chrono reads "in May": the nearest May, the one before unless the text looks ahead.
  const near =
    chrono.parse('in May', { instant, timezone: 0 })[0]?.start.date() ?? new Date(Date.UTC(year, 4, 15, 12));
  return timexValue(forward ? near : monthInThePast(near, instant), 'month');
}

/** The day `days` before an ISO date (a month or year counts from its first day). */
export const daysBefore = (iso: string, days: number): string => {
  const date = new Date(`${iso.slice(0, 10).padEnd(10, '-01')}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
};

/** Counts written as words, for the date and duration readers. */
export const COUNT_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};
const NUMBER_WORDS: Record<string, number> = { a: 1, an: 1, ...COUNT_WORDS };
// A time counted from the date told just before: "Hours later", "two years earlier", "the next
// day", "a week later", "Earlier in the day". Counted from another event ("two days after it joined", "the day after
// the vote") is not.
const COUNTED_FROM_BEFORE =
  /\b(?:(hours|minutes|moments)\s+later|(later|earlier)\s+(?:that|the\s+same|in\s+the)\s+(?:day|night|evening|morning|afternoon)|the\s+(next|following|previous)\s+(day|morning|evening|night)|(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(days?|weeks?|months?|years?)\s+(later|earlier))\b/gi;
const DAY_MS = 86_400_000;
// How many sentences back "earlier in the day" finds the day it speaks of.
const SAME_DAY_SENTENCES = 3;

/** A count of days, weeks, months or years (`unit` singular) as whole days, months and years. */
function countShift(n: number, unit: string): { days: number; months: number; years: number } {
  if (unit === 'day') return { days: n, months: 0, years: 0 };
  if (unit === 'week') return { days: 7 * n, months: 0, years: 0 };
  if (unit === 'month') return { days: 0, months: n, years: 0 };
  return { days: 0, months: 0, years: n };
}

/** `anchor` moved by whole days, months or years; a count of months says no more than a year's date. */
function shifted(anchor: Timex, days: number, months: number, years: number): Omit<Timex, 'start' | 'end'> {
  const [y, m = 7, d = 15] = anchor.value.split('-').map(Number);
  const date = new Date(Date.UTC(y + years, m - 1 + months, d, 12) + days * DAY_MS);
  return { value: timexValue(date, anchor.precision), precision: anchor.precision };
}

/**
 * "Machar backed away on August 28 … Hours later the mediators announced …": times counted from
 * the date the text told last, in the same sentence or the one before.
 */
function countedFromBefore(doc: ParleyDocument, timexes: Timex[], spans: Span[]): Timex[] {
  const out: Timex[] = [];
  COUNTED_FROM_BEFORE.lastIndex = 0;
  for (let m = COUNTED_FROM_BEFORE.exec(doc.norm); m; m = COUNTED_FROM_BEFORE.exec(doc.norm)) {
    const start = m.index;
    const end = start + m[0].length;
    if (timexes.some((t) => t.start < end && start < t.end)) continue;
    const sentence = spans.findIndex((s) => s.start <= start && start < s.end);
    // "Earlier in the day, X met Y" after the story's day told a sentence or two before: that day.
    const sameDay = m[2] !== undefined;
    const from = spans[Math.max(0, sentence - (sameDay ? SAME_DAY_SENTENCES : 1))]?.start ?? 0;
    const anchor = [...timexes]
      .reverse()
      .find((t) => t.end <= start && t.start >= from && (!sameDay || t.precision === 'day'));
    if (!anchor) continue;
    // "Hours later", "later that day": the same day.
    let shift = { days: 0, months: 0, years: 0 };
    if (m[3]) shift.days = m[3].toLowerCase() === 'previous' ? -1 : 1;
    else if (m[5]) {
      const n = NUMBER_WORDS[m[5].toLowerCase()] ?? Number(m[5]);
      const sign = m[7].toLowerCase() === 'earlier' ? -1 : 1;
      shift = countShift(sign * n, m[6].toLowerCase().replace(/s$/, ''));
    }
    const { days, months, years } = shift;
    // Days counted from a month or a year: the count says nothing finer than it.
    if (days !== 0 && anchor.precision !== 'day') continue;
    out.push({ ...shifted(anchor, days, months, years), start, end });
  }
  return out;
}

export const datesStage: Stage = {
  name: 'dates',
  run(doc: ParleyDocument) {
    const spans = doc.sentences.length ? doc.sentences : [{ start: 0, end: doc.text.length }];
    const timexes: Timex[] = [];
    const mayIsAName = MAY_THE_PERSON.test(doc.norm);
    const instant = referenceInstant(doc.date);
    for (const s of spans)
      timexes.push(...resolveTimexes(doc.norm, s.start, s.end, doc.date, mayIsAName, instant));
    const counted = countedFromBefore(doc, timexes, spans);
    doc.timexes = counted.length ? [...timexes, ...counted].sort((a, b) => a.start - b.start) : timexes;
  },
};

/** The time expressions inside a character range. */
export const timexesIn = (doc: ParleyDocument, start: number, end: number): Timex[] =>
  doc.timexes.filter((t) => t.start >= start && t.end <= end);
