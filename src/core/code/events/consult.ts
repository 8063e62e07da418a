/**
 * CONSULT: meetings, talks, visits and calls. Participants come from the text's own constructions
 * ("a meeting between X and Y", "U.S.-Russia talks", "talks with X", "a visit to X", "X met Y",
 * "X and Y sat down"); status from postponed/cancelled/planned cues; the date, the place ("in the
 * Saudi capital" → Riyadh, SAU), the duration ("the 4-1/2-hour meeting" → PT4H30M) and who was
 * left out ("a meeting that excluded Kyiv"). A mention without named parties ("the talks",
 * "Tuesday's meeting") is kept as anaphoric: merging adds its details to the event it refers to.
 * A meeting that nobody has scheduled ("no date had been set") is a proposal, not an event.
 */

import type { EventStatus, NegotiationEvent, Token } from '../../model.js';
import { longestNonOverlapping } from '../issues.js';
import { subjectBefore } from '../textindex.js';
import { pickDate, tokensBefore } from './dates.js';
import { durationPhrase, isoDuration } from './durations.js';
import { type ConsultKind, type Sentence, stanceBefore, textSpan, uniq } from './mention.js';
import { actorsIn, agentOf, listAfter, NOT_MODIFIER, partyAsSubject } from './participants.js';
import { isPlaceName, placeAt } from './places.js';

const EXCLUDING = new Set([
  'excluded',
  'excluding',
  'excludes',
  'exclude',
  'without',
  'sidelining',
  'sidelined',
]);

// Verbs of a conversation that has one other side per person named: "spoke to A and B".
const SPOKE_TO = /^(spoke|spoken|speaks|talked|phoned|called)$/;

// A lower-case word that names what talks are about ("peace talks", "nuclear talks").
const TOPIC_MODIFIER = /^[a-z][a-z-]+$/;

/** "to mediate (direct) talks": the noun at `at` is the object of an infinitive. */
function infinitiveObject(tokens: Token[], from: number, at: number): boolean {
  let k = at - 1;
  for (
    let n = 0;
    n < 2 && k > from && /^(a|an|the|new|more|further|direct|peace|formal)$/.test(tokens[k].lower);
    n++
  )
    k--;
  return (
    k > from &&
    /^[a-z]+$/.test(tokens[k].text) &&
    !/^(to|of|for|in|at)$/.test(tokens[k].lower) &&
    tokens[k - 1].lower === 'to'
  );
}

export function readConsult(sentence: Sentence) {
  const { doc, ctx, index, tokens, from, to, cues, timexes, out } = sentence;
  const { list, cueText, near, modalBefore, negatedBefore } = sentence;
  const agree = list('agree_cues');
  for (const c of longestNonOverlapping([...list('consult_nouns'), ...list('consult_verbs')])) {
    const word = tokens[c.start].lower;
    const isVerb = c.pattern.payload === 'consult_verbs';
    // "agreed to hold talks" is the agreement's; "agreed to meet again soon" also plans a meeting.
    const agreedTo = agree.some((a) => a.end <= c.start && a.end >= c.start - 5);
    const timeframe = list('plan_timeframes').some((t) => t.start >= c.end && t.start <= c.end + 6);
    if (agreedTo && !timeframe) continue;
    // "proposed talks", "does not rule out a summit", "wants a meeting": a stance, not an event.
    // ("was not invited to the summit" tells who was left out of a meeting that did happen)
    const before5 = tokens.slice(Math.max(from, c.start - 5), c.start).map((t) => t.lower);
    const invitedAt = before5.indexOf('invited');
    const leftOut = invitedAt > 0 && /^(not|never)$/.test(before5[invitedAt - 1]);
    if (!isVerb && !leftOut && stanceBefore(cues, c.start, from)) continue;
    // "more than a year of talks": a process, not a meeting.
    if (
      tokens[c.start - 1]?.lower === 'of' &&
      /^(years?|months?|weeks?|decades?)$/.test(tokens[c.start - 2]?.lower ?? '')
    )
      continue;
    // "he told a meeting", "addressing a summit": an audience, not a consultation.
    if (
      tokens
        .slice(Math.max(from, c.start - 2), c.start)
        .some((t) => /^(told|tells|addressed|addressing|addresses)$/.test(t.lower))
    )
      continue;
    if (list('not_planned').some((n) => n.start < c.start)) continue; // "no date had been set for a meeting"
    // "a press conference", "a Cabinet meeting": no consultation between parties.
    if (list('consult_not_after').some((n) => n.end === c.start)) continue;
    // "the need for eventual talks", "a prerequisite for talks": a meeting that may not come.
    if (list('consult_not_held').some((n) => n.end <= c.start && n.end >= c.start - 3)) continue;
    // "decided to meet Tehran's remaining demands": no meeting.
    if (isVerb && list('meet_objects').some((n) => n.start >= c.end && n.start <= c.end + 4)) continue;
    const kind: ConsultKind = /call|phone/.test(cueText(c).toLowerCase())
      ? 'call'
      : /visit|trip|host|arriv|land/.test(word)
        ? 'visit'
        : 'meeting';
    if (
      word === 'call' &&
      !/^(phone|telephone|video)$/.test(tokens[c.start - 1]?.lower ?? '') &&
      !tokens[c.start - 1]?.text.includes('-')
    )
      continue;
    // Participants the construction names.
    const named: string[] = [];
    let objectEnd = c.end;
    const nextWord = tokens[c.end]?.lower;
    if (nextWord === 'between' || nextWord === 'with' || (nextWord === 'to' && kind === 'visit')) {
      const l = listAfter(ctx, index, c.end + 1, to);
      named.push(...l.codes);
      objectEnd = l.end;
    } else if (isVerb) {
      const l = listAfter(ctx, index, c.end, to);
      named.push(...l.codes);
      objectEnd = l.end;
    }
    // "talks in Muscat, mediated by Oman": the mediator takes part (but names no side).
    const mediators: string[] = [];
    for (let i = c.end; i < Math.min(to, objectEnd + 10); i++) {
      if (tokens[i].text === ';') break;
      if (
        /^(mediated|hosted|brokered|chaired|facilitated)$/.test(tokens[i].lower) &&
        tokens[i + 1]?.lower === 'by'
      ) {
        mediators.push(...listAfter(ctx, index, i + 2, to).codes);
        break;
      }
    }
    // "met at the foreign ministry with envoy Mira Solenne": a later "with" in the same clause.
    let withAt = -1;
    // "talks in the Saudi city of Jeddah between U.S. and Ukrainian officials" too.
    for (let i = objectEnd; i < Math.min(to, objectEnd + 9); i++) {
      const w = tokens[i].lower;
      if (w === ',' || w === ';' || w === 'that' || w === 'which') break;
      if (w === 'with' || (w === 'between' && named.length === 0)) {
        withAt = i;
        break;
      }
    }
    if (withAt >= 0) {
      const l = listAfter(ctx, index, withAt + 1, to);
      named.push(...l.codes);
      if (l.codes.length) objectEnd = Math.max(objectEnd, l.end);
    }
    // "U.S.-Russia talks", "a Putin-Trump phone call", "Lavrov's meeting".
    let k = c.start - 1;
    if (tokens[k]?.lower === 'phone' || tokens[k]?.lower === 'telephone') k--;
    // "U.S.-Taliban peace talks", "U.S.-North Korean nuclear talks": what the talks are about
    // may stand between the parties and the noun.
    for (let n = 1; n <= 2 && k - n >= from; n++) {
      const modifier = tokens[k - n + 1];
      if (!TOPIC_MODIFIER.test(modifier.text) || NOT_MODIFIER.has(modifier.lower)) break;
      const before = k - n;
      // Only a compound of two parties: "U.S.-Taliban peace talks", not "Yemeni political talks".
      const ending = index.mentionEndingAt.get(before + 1);
      const paired = ending !== undefined && tokens[ending.start - 1]?.text === '-';
      if (paired || /\p{Lu}.*-/u.test(tokens[before].text)) {
        k = before;
        break;
      }
    }
    const compoundFrom = k;
    while (
      k >= from &&
      (tokens[k].text === '-' ||
        index.mentionEndingAt.has(k + 1) ||
        (tokens[k].text.includes('-') && actorsIn(ctx, index, k, k + 1).length))
    ) {
      const m = index.mentionEndingAt.get(k + 1);
      k = m ? m.start - 1 : k - 1;
    }
    // "the Astana talks", "the Geneva talks": one place before the noun is where, not who.
    const venue = k < compoundFrom && isPlaceName(ctx, index, k + 1, compoundFrom + 1);
    const compound = k < compoundFrom && !venue ? actorsIn(ctx, index, k + 1, compoundFrom + 1) : [];
    named.push(...compound);
    let agent: string[] = [];
    // "X and Y held (their first round of) talks": the subject of the light verb takes part.
    const light = list('consult_light_verbs')
      .filter((v) => v.end <= c.start && v.end >= c.start - 30)
      .filter(
        (v) =>
          !tokens
            .slice(v.end, c.start)
            .some((t) => t.text === ';' || t.lower === 'that' || t.lower === 'which'),
      )
      .at(-1);
    if (isVerb || nextWord === 'with' || nextWord === 'to' || withAt >= 0 || light)
      agent = agentOf(doc, index, from, light ? light.start : c.start);
    // "X joined Y and Z for talks", "X hosted Y for talks": the verb's objects take part too.
    if (light && /^(joined|join|joins|hosted|hosts|host|received|welcomed)$/.test(tokens[light.start].lower))
      named.push(...listAfter(ctx, index, light.end, c.start).codes);
    // "Kest received envoy Solenne": hosting takes a guest; "Veska welcomed the decision" is none.
    if (/^(received|receives|hosted|hosts)$/.test(word) && named.length === 0) continue;
    // "The two met for three hours": a verb whose parties the text does not name here is a
    // further mention of a meeting told elsewhere (anaphoric below).
    // Who was left out.
    const excluded: string[] = [];
    for (let i = objectEnd; i < Math.min(to, objectEnd + 5); i++)
      if (EXCLUDING.has(tokens[i].lower)) excluded.push(...listAfter(ctx, index, i + 1, to).codes);
    // "The Assembly was again excluded from the talks", "X was not invited to the meeting".
    let k2 = c.start - 1;
    if (tokens[k2]?.lower === 'the') k2--;
    if (
      /^(from|to)$/.test(tokens[k2]?.lower ?? '') &&
      /^(excluded|barred|invited|left)$/.test(tokens[k2 - 1]?.lower ?? '')
    ) {
      const invited = tokens[k2 - 1].lower === 'invited';
      const negatedInvite =
        invited && tokens.slice(Math.max(from, k2 - 4), k2 - 1).some((t) => t.lower === 'not');
      if (!invited || negatedInvite) {
        excluded.push(...subjectBefore(index, from, k2 - 1).flatMap((m) => m.codes));
        agent = agent.filter((a) => !excluded.includes(a));
      }
    }
    // "Abiy arrived in Asmara": the host state is a party only if it is one of the story's
    // (a visit); "negotiators arrived in Stockholm" came to a venue (decided in eventsOf).
    const arrival = isVerb && /^(arriv|land)/.test(word);
    if (arrival && (agent.length === 0 || !partyAsSubject(ctx, index, from, c.start))) continue;
    const host = arrival ? named.filter((a) => !agent.includes(a)) : [];
    if (arrival) named.length = 0;
    const actors = uniq([...agent, ...named, ...mediators]).filter((a) => !excluded.includes(a));
    // Status words before the meeting or after what names it, up to the next comma.
    let statusEnd = Math.max(c.end, objectEnd);
    while (statusEnd < Math.min(to, Math.max(c.end, objectEnd) + 8) && tokens[statusEnd].text !== ',')
      statusEnd++;
    let status: EventStatus = near('status_postponed', Math.max(from, c.start - 6), statusEnd)
      ? 'postponed'
      : near('status_cancelled', Math.max(from, c.start - 6), statusEnd)
        ? 'cancelled'
        : agreedTo ||
            near('status_planned', Math.max(from, c.start - 4), Math.max(statusEnd, Math.min(to, c.end + 6)))
          ? 'planned'
          : 'held';
    // A mention that names nobody takes only a date written close to it ("Tuesday's meeting").
    const anaphoric = uniq([...agent, ...named]).length < 2;
    // "would halt fire and begin negotiations if Kyiv …": a condition, not a meeting.
    if (
      anaphoric &&
      (negatedBefore(c.start) ||
        modalBefore(c.start, 8) ||
        tokens.slice(from, to).some((t) => t.lower === 'if' || t.lower === 'unless'))
    )
      continue;
    // "would not engage in talks with M23", "nor the peace summit".
    if (negatedBefore(c.start) && !leftOut) continue;
    // "ready to meet Kest", "wants to visit Kyiv": an intention, at most a plan.
    if (isVerb && status === 'held' && tokens[c.start - 1]?.lower === 'to') status = 'planned';
    // "tasked to mediate talks", "efforts to organise direct talks": the object of an aim.
    if (!isVerb && status === 'held' && infinitiveObject(tokens, from, c.start)) status = 'planned';
    let date = pickDate(index, timexes, c.start, status, anaphoric ? 10 : undefined);
    // A meeting dated after the article's own date has not happened yet.
    const dated: EventStatus =
      status === 'held' && date && date.slice(0, 10) > doc.date.slice(0, date.length) ? 'planned' : status;
    // "will resume dialogue, Trump said Sunday": a plan is not dated by the day it was told.
    if (dated === 'planned' && date && date < doc.date.slice(0, date.length)) date = undefined;
    if (dated === 'held' && modalBefore(c.start) && !date) continue; // "would begin talks"
    // Place: "in Riyadh", "in the Saudi capital", or "the Riyadh talks".
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
    let duration: string | undefined;
    for (let i = Math.max(from, c.start - 3); i < c.start; i++) duration ??= isoDuration(tokens[i].text);
    // "six hours of talks"
    const before = doc.norm.slice(tokens[Math.max(from, c.start - 4)].start, tokens[c.start].start);
    const ofTalks =
      /\b(\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(hours?|minutes?|days?)\s+of\s+$/i.exec(
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
    duration ??= durationPhrase(
      doc.norm.slice(tokens[c.end - 1].end, tokens[Math.max(c.end, durEnd) - 1].end),
    );
    const future = dated === 'planned';
    if (future && !date && !location && !timeframe) continue; // nothing scheduled yet
    const evFrom = Math.min(c.start, compound.length ? k + 1 : c.start, Math.max(from, c.start - 3));
    // "he had spoken to Netanyahu and Lebanon's Prime Minister": a conversation with each.
    const each = agent.length > 0 && SPOKE_TO.test(word) ? named.filter((a) => !agent.includes(a)) : [];
    for (const group of each.length >= 2 ? each.map((a) => uniq([...agent, a])) : [actors])
      out.push({
        type: 'CONSULT',
        kind,
        actors: group,
        excluded: uniq(excluded),
        status: dated,
        ...(date ? { date } : {}),
        ...(location ? { location } : {}),
        ...(duration ? { duration } : {}),
        evidence: textSpan(
          index,
          evFrom,
          Math.max(objectEnd, location?.span ? tokensBefore(index, location.span.end) + 1 : objectEnd),
        ),
        rule: `event.consult.${isVerb ? 'verb' : 'noun'}${anaphoric ? '.anaphoric' : ''}`,
        cue: cueText(c),
        anaphoric,
        ...(host.length ? { host } : {}),
        ...(list('sideline_markers').some((m) => m.start >= c.end && m.start <= c.end + 12)
          ? { sideline: true }
          : {}),
        ...(timeframe ? { scheduled: true } : {}),
        ...(mediators.length ? { mediators } : {}),
        definite:
          /^(the|this|that|these|those)$/.test(tokens[c.start - 1]?.lower ?? '') ||
          tokens[c.start - 1]?.lower === "'s",
      });
  }
}
