/**
 * ACCUSE: "X accused Y", "X expressed concern over Y's …", "criticism from X", "Y denies the
 * allegations". A side the clause leaves unnamed is the story's other party (see merge.ts).
 */

import { longestNonOverlapping } from '../issues.js';
import { mentionsWithin } from '../textindex.js';
import { pickDate, reportDay } from './dates.js';
import { type Sentence, textSpan, uniq } from './mention.js';
import { actorsIn, agentOf, firstPartyAfter, listAfter } from './participants.js';

const BE = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being']);

export function readAccuse(sentence: Sentence) {
  const { doc, ctx, index, tokens, from, to, timexes, out } = sentence;
  const { list, cueText, modalBefore, negatedBefore, conditionalBefore } = sentence;
  const accuseCues = [...list('accuse_cues'), ...list('accuse_from'), ...list('accuse_denied')];
  for (const c of longestNonOverlapping(accuseCues)) {
    if (negatedBefore(c.start) || modalBefore(c.start, 2) || conditionalBefore(c.start)) continue;
    const how = c.pattern.payload;
    let accuser: string[];
    let accused: string[];
    if (how === 'accuse_from') {
      // "The remarks drew criticism from Hamas": the critic is named in the cue.
      accuser = c.actors.flat();
      accused = agentOf(doc, index, from, c.start);
    } else if (how === 'accuse_denied') {
      // "… supported by Rwanda, which denies the allegations": who denies is accused.
      const which =
        /^(which|who)$/.test(tokens[c.start - 1]?.lower ?? '') && tokens[c.start - 2]?.text === ',';
      const antecedent = which ? index.mentionEndingAt.get(c.start - 2) : undefined;
      accused = antecedent ? antecedent.codes : agentOf(doc, index, from, c.start);
      // "rejected Ja'afari's allegation": the accuser, where the text names one; "seen by
      // Kinshasa as supported by Rwanda, which denies the allegations": the party that sees it.
      accuser = actorsIn(ctx, index, c.start + 1, c.end);
      if (!accuser.length && antecedent)
        accuser =
          mentionsWithin(index, from, antecedent.start)
            .filter((m) => m.codes.length && !m.codes.some((x) => accused.includes(x)))
            .at(-1)?.codes ?? [];
    } else {
      // "was accused of treason", "has been criticised for": the accuser is not the subject.
      // "an ally of Putin accused of treason": a participle straight before "of"/"for".
      const be = tokens.slice(Math.max(from, c.start - 3), c.start).some((t) => BE.has(t.lower));
      if (/ed$/.test(tokens[c.start].lower) && (be || /^(of|for)$/.test(tokens[c.end]?.lower ?? '')))
        continue;
      accuser = agentOf(doc, index, from, c.start);
      accused = listAfter(ctx, index, c.end, Math.min(to, c.end + 6)).codes;
      // "expressed concerns over China's provocative actions": the first party named after it.
      if (!accused.length) accused = firstPartyAfter(index, c.end, Math.min(to, c.end + 6));
    }
    accused = accused.filter((a) => !accuser.includes(a));
    if (!accuser.length && !accused.length) continue;
    // "complained of violations" leaves the accused to the story; "accuses rich countries of"
    // names one the codebook does not know: no guess.
    const objectless =
      how !== 'accuse_cues' || /^(of|about|over|that|,|\.|;)$/.test(tokens[c.end]?.lower ?? '.');
    out.push({
      type: 'ACCUSE',
      actors: uniq([...accuser, ...accused]),
      source: accuser,
      target: accused,
      excluded: [],
      // An accusation is reported the day it is made unless the text dates it.
      date:
        pickDate(index, timexes, c.start, undefined, 6) ?? reportDay(index, timexes, doc.date) ?? doc.date,
      evidence: textSpan(index, c.start, Math.min(to, c.end + 8)),
      rule: how === 'accuse_cues' ? 'event.accuse' : `event.${how.replace('_', '.')}`,
      cue: cueText(c),
      otherSide: (!accuser.length || !accused.length) && objectless,
    });
  }
}
