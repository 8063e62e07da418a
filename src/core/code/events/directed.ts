/**
 * REQUEST, REJECT, THREATEN: only in their clearest forms ("urged X to", "rejected X's proposal",
 * "threatened to …"), both sides named.
 */

import type { EventType } from '../../model.js';
import { startingIn } from '../../sorted.js';
import { longestNonOverlapping } from '../issues.js';
import { pickDate, reportDay } from './dates.js';
import { type Sentence, textSpan, uniq } from './mention.js';
import { agentOf, listAfter } from './participants.js';

export function readDirected(sentence: Sentence) {
  const { doc, ctx, index, tokens, from, to, timexes, out } = sentence;
  const { list, cueText, modalBefore, negatedBefore } = sentence;
  const directed: Array<[string, EventType]> = [
    ['request_cues', 'REQUEST'],
    ['reject_event_cues', 'REJECT'],
    ['threaten_cues', 'THREATEN'],
  ];
  for (const [name, type] of directed)
    for (const c of longestNonOverlapping(list(name))) {
      if (negatedBefore(c.start) || modalBefore(c.start, 3)) continue;
      if (
        tokens.slice(Math.max(from, c.start - 3), c.start).some((t) => t.lower === 'free' || t.lower === 'to')
      )
        continue;
      const agent = agentOf(doc, index, from, c.start);
      let target = c.actors.flat();
      if (!target.length) target = listAfter(ctx, index, c.end, Math.min(to, c.end + 8)).codes;
      // "threatened new sanctions against Ormund": the first party named after the cue.
      if (!target.length && type === 'THREATEN')
        target =
          startingIn(index.mentions, c.end, Math.min(to, c.end + 8)).find((x) => x.codes.length)?.codes ?? [];
      target = target.filter((a) => !agent.includes(a));
      if (!agent.length || !target.length) continue;
      out.push({
        type,
        actors: uniq([...agent, ...target]),
        source: agent,
        target,
        excluded: [],
        date:
          pickDate(index, timexes, c.start, undefined, 6) ?? reportDay(index, timexes, doc.date) ?? doc.date,
        evidence: textSpan(index, c.start, Math.min(to, c.end + 8)),
        rule: `event.${type.toLowerCase()}`,
        cue: cueText(c),
      });
    }
}
