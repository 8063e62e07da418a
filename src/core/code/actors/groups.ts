/**
 * Groups and unnamed sources: "U.S. officials", "U.S. and Russian negotiators", "a senior official
 * familiar with the talks", "the officials" (those named before), and "both sides".
 */

import { Appended } from '../../sorted.js';
import { NOT_NAME } from './lexicon.js';
import { mentionLookups, type Reader, takeNew, type WorkMention } from './reader.js';

const INDEFINITE = new Set('a an one two three four several some another other'.split(' '));

/** Prepositions that tie an unnamed source to its party: "an official with …", "a source from …". */
const ANONYMOUS_TIES = new Set(['with', 'from', 'of']);

const QUANTIFIERS = new Set('some many several other most few senior top two three'.split(' '));

/** "U.S. officials", "some European politicians", "the Russian side". */
export function extendGroups(r: Reader) {
  for (const m of [...r.mentions]) {
    if (m.kind !== 'state' && m.kind !== 'collective' && m.kind !== 'org') continue;
    if (m.via === 'government' || m.via === 'ministry') continue;
    if (readGroupPair(r, m)) continue;
    const group = r.lex.groupNouns.longest(r.toks, m.to);
    if (!group || r.owner[group.from]) continue;
    if (m.via === 'demonym' && r.premodified.has(m.from)) continue;
    let from = m.from;
    const prev = r.tok(from - 1);
    if (prev && QUANTIFIERS.has(prev.key)) from--;
    m.from = from;
    m.to = group.to;
    m.start = r.toks[from].start;
    m.end = r.toks[group.to - 1].end;
    m.rule = `actors.group.${m.via}`;
    m.head = r.toks[group.to - 1].key;
    // "Veskan media reported …": the press speaks in its own name, for nobody.
    const press = r.lex.pressNouns.longest(r.toks, group.from);
    if (press && press.to === group.to) {
      m.kind = 'outlet';
      m.actor = null;
    }
    for (let k = from; k < group.to; k++) r.owner[k] ??= m;
  }
}

/** "U.S. and Russian officials", "Russian and Ukrainian negotiators": one group of two parties. */
function readGroupPair(r: Reader, first: WorkMention): boolean {
  if (r.tok(first.to)?.key !== 'and' || typeof first.actor !== 'string') return false;
  const second = r.actorAt(first.to + 1);
  if (!second || second.from !== first.to + 1 || typeof second.actor !== 'string') return false;
  const group = r.lex.groupNouns.longest(r.toks, second.to);
  if (!group || r.owner[group.from] || second.actor === first.actor) return false;
  const m = r.add(
    {
      from: first.from,
      to: group.to,
      kind: first.kind,
      via: first.via,
      actor: [first.actor, second.actor],
      rule: 'actors.group.pair',
      confidence: 0.8,
    },
    false,
  );
  m.head = r.toks[group.to - 1].key;
  for (let k = group.from; k < group.to; k++) r.owner[k] = m;
  return true;
}

/** "sources familiar with the matter", "a senior U.S. official", "people close to the Kremlin". */
export function readAnonymous(r: Reader) {
  const { lex } = r;
  for (let i = 0; i < r.toks.length; i++) {
    const t = r.toks[i];
    if (!lex.anonHeads.has(t.key) || r.premodified.has(i)) continue;
    const owner = r.owner[i];
    if (owner && owner.kind !== 'state' && owner.kind !== 'collective') continue;
    let k = i + 1;
    if (r.tok(k)?.text === ',') k++;
    const marker = lex.anonMarkers.longest(r.toks, k);
    // Walk back over adjectives and demonyms to an indefinite determiner: "a senior U.S. official".
    let from = i;
    let determined = false;
    for (let b = i - 1, steps = 0; b >= 0 && steps < 6 && r.toks[b].sent === t.sent; steps++) {
      const bt = r.toks[b];
      // "one of the officials"
      if (bt.key === 'the' && r.tok(b - 1)?.key === 'of' && INDEFINITE.has(r.tok(b - 2)?.key ?? '')) {
        from = b - 2;
        determined = true;
        break;
      }
      if (INDEFINITE.has(bt.key)) {
        from = b;
        determined = true;
        break;
      }
      const actor = r.actorAt(b);
      if (actor) {
        from = actor.from;
        // "Two Carnessan diplomats": the group took in its number.
        if (INDEFINITE.has(r.toks[actor.from].key)) {
          determined = true;
          break;
        }
        b = actor.from - 1;
        continue;
      }
      if (bt.word && !bt.cap && !lex.verbs.has(bt.key) && !NOT_NAME.has(bt.key)) {
        from = b;
        b--;
        continue;
      }
      if (bt.text === '-') {
        b--;
        continue;
      }
      // "Egyptian and Palestinian sources": demonyms joined by "and" qualify the head together.
      if (bt.key === 'and' && from < i && r.actorAt(from) && r.actorAt(b - 1)) {
        b--;
        continue;
      }
      break;
    }
    const qualifiedFrom = from;
    const plainSources = t.key === 'sources' && (r.sentenceStart(from) || r.isCueVerb(i + 1));
    if (!marker && !determined && !plainSources) {
      readDefiniteSource(r, i);
      continue;
    }
    if (!marker && !determined && from !== i) from = i;
    let to = i + 1;
    // ", speaking on condition of anonymity" marks the source but is not part of its name.
    // "who asked not to be named" marks the source but is no part of its name either.
    const clause = marker && /^(?:who|speaking|on)$/.test(r.toks[marker.from].key);
    if (marker && marker.from === i + 1 && !clause) {
      to = marker.to;
      // The object of "familiar with …": up to the verb or the clause's end.
      while (to < r.toks.length && to - marker.to < 5) {
        const nt = r.toks[to];
        if (!nt.word || lex.verbs.has(nt.key) || nt.key === 'that' || nt.key === 'who') break;
        if (r.actorAt(to)) {
          to = r.actorAt(to)!.to;
          continue;
        }
        to++;
      }
    }
    // "a senior official with the Council", "a source from Veska", "an official of the rebel
    // group": the party the source is with (a group's anaphor begins at its "the"). "An official
    // source in Hamas": a source inside a movement or an organisation only (not "a diplomat in
    // Vienna", a city that hosts talks, nor a state: "officials in Kenya" may be anyone's there).
    const tieWord = r.tok(to)?.key ?? '';
    const inside = tieWord === 'in' && to === i + 1;
    if (!marker && (ANONYMOUS_TIES.has(tieWord) || inside)) {
      const at = r.tok(to + 1)?.key === 'the' && !r.actorAt(to + 1) ? to + 2 : to + 1;
      const tie = r.actorAt(at);
      if (
        tie &&
        tie.from === at &&
        typeof tie.actor === 'string' &&
        tie.via !== 'government' &&
        (!inside || tie.kind === 'group' || tie.kind === 'org')
      )
        to = tie.to;
    }
    let actor: string | string[] | null = null;
    // (from the qualified start: plain "Egyptian security sources" are named by their head alone,
    // but the demonym before it still says whose sources they are)
    for (let k2 = qualifiedFrom; k2 < to; k2++) {
      const a = r.actorAt(k2);
      if (a && typeof a.actor === 'string' && a.via !== 'government') {
        actor = a.actor;
        break;
      }
    }
    // ("Egyptian and Palestinian sources said": the parties of both demonyms, kept though the
    // name of plain sources is their head alone)
    const joined = jointDemonyms(r, qualifiedFrom, i);
    if (joined.length > 1) actor = joined;
    // "a senior administration official": a government the press names by one word alone.
    if (actor === null)
      for (let k2 = from; k2 < i; k2++) {
        const code = anonymousGovernmentWords(r).get(r.toks[k2].key);
        if (code) {
          actor = code;
          break;
        }
      }
    // "one of the officials": the officials the story named before.
    const antecedent = r.toks[i - 1]?.key === 'the' ? antecedentOf(r, i) : undefined;
    if (antecedent && actor === null) actor = (antecedent.actor as string | null) ?? null;
    const m = r.add(
      {
        from,
        to,
        kind: 'anonymous',
        actor,
        rule: marker ? 'actors.anonymous.marker' : 'actors.anonymous.indefinite',
        head: t.key,
        antecedent: antecedent?.kind === 'anonymous' ? (antecedent.antecedent ?? antecedent) : undefined,
        cue: marker ? r.text(marker.from, marker.to) : t.text,
        confidence: 0.8,
      },
      false,
    );
    for (let k2 = from; k2 < to; k2++) r.owner[k2] = m;
    i = to - 1;
  }
}

/** The parties of demonyms joined by "and" in [from, to) ("Egyptian and Palestinian"), in order. */
function jointDemonyms(r: Reader, from: number, to: number): string[] {
  const out: string[] = [];
  let joined = false;
  for (let k = from; k < to; k++) {
    if (r.toks[k].key === 'and') joined = true;
    const a = r.actorAt(k);
    if (a && typeof a.actor === 'string' && a.via === 'demonym' && !out.includes(a.actor)) out.push(a.actor);
  }
  return joined ? out : [];
}

/** How far back (tokens) "one of them" looks for the unnamed sources it is one of. */
const MEMBER_REACH = 60;

/**
 * "…, one of them said": one of the unnamed sources named just before ("two security sources
 * said … one of them said"), with their party.
 */
export function readMemberOfThem(r: Reader) {
  for (let i = 2; i < r.toks.length; i++) {
    if (r.toks[i].key !== 'them' || r.toks[i - 1].key !== 'of' || !INDEFINITE.has(r.toks[i - 2].key))
      continue;
    if (r.owner[i] || r.owner[i - 2]) continue;
    const group = [...r.mentions]
      .filter((m) => m.kind === 'anonymous' && m.to <= i - 2 && m.from >= i - MEMBER_REACH)
      .at(-1);
    if (!group) continue;
    const m = r.add(
      {
        from: i - 2,
        to: i + 1,
        kind: 'anonymous',
        actor: group.actor,
        rule: 'actors.anonymous.member',
        head: group.head,
        antecedent: group.antecedent ?? group,
        cue: r.text(i - 2, i + 1),
        confidence: 0.7,
      },
      false,
    );
    for (let k = i - 2; k <= i; k++) r.owner[k] = m;
  }
}

/** "The officials said": the unnamed sources named just before ("two officials familiar with …"). */
function antecedentOf(r: Reader, i: number): WorkMention | undefined {
  // Asked after extendGroups only, once every group has its head and its tokens.
  const { heads } = takeNew(r, 'heads', (m) => {
    if (m.head === undefined) return;
    let list = mentionLookups(r).heads.get(m.head);
    if (!list) {
      list = new Appended((x) => x.from);
      mentionLookups(r).heads.set(m.head, list);
    }
    list.push(m);
  });
  return heads.get(r.toks[i].key)?.lastBefore(i);
}

/**
 * Ordinals that pick one of the unnamed sources of a head in the order the story introduced them:
 * "a Veskan official said …, another official said …, the first official said".
 */
const ORDINALS = new Map([
  ['first', 0],
  ['second', 1],
  ['third', 2],
]);
/** Heads that name any unnamed source: "a Veskan official said … the source said" is that official. */
const GENERIC_HEADS = new Set(['source', 'sources']);
/** Heads of more than one person, which "the source" cannot refer back to. */
const isPluralHead = (head: string) => head.endsWith('s') || head === 'people';

/** The `n`-th unnamed source of head `head` that the story introduced before token `i`. */
function nthIntroduced(r: Reader, head: string, n: number, i: number): WorkMention | undefined {
  const introduced = r.mentions.filter(
    (m) => m.kind === 'anonymous' && m.head === head && m.to <= i && m.antecedent === undefined,
  );
  return introduced.sort((a, b) => a.from - b.from)[n];
}

/** The unnamed source of the same number introduced last before token `i`, whatever its head. */
function lastSourceOfNumber(r: Reader, i: number): WorkMention | undefined {
  const plural = isPluralHead(r.toks[i].key);
  let last: WorkMention | undefined;
  for (const m of r.mentions)
    if (
      m.kind === 'anonymous' &&
      m.head !== undefined &&
      m.to <= i &&
      isPluralHead(m.head) === plural &&
      (!last || m.from > last.from)
    )
      last = m;
  return last;
}

function readDefiniteSource(r: Reader, i: number) {
  if (r.owner[i]) return;
  const ordinal = ORDINALS.get(r.tok(i - 1)?.key ?? '');
  const from = ordinal !== undefined ? i - 2 : i - 1;
  if (r.tok(from)?.key !== 'the') return;
  const a =
    ordinal !== undefined
      ? nthIntroduced(r, r.toks[i].key, ordinal, i)
      : (antecedentOf(r, i) ?? (GENERIC_HEADS.has(r.toks[i].key) ? lastSourceOfNumber(r, i) : undefined));
  if (!a) return;
  const m = r.add({
    from,
    to: i + 1,
    kind: a.kind,
    actor: a.actor,
    antecedent: a.antecedent ?? a,
    head: a.head,
    rule: 'actors.anonymous.definite',
    cue: r.text(from, i + 1),
    confidence: 0.7,
  });
  for (let k = from; k < i; k++) r.owner[k] = m;
}

/** Number words of a collective that counts its parties ("the four countries"). */
export const PARTY_NUMBERS = new Map([
  ['two', 2],
  ['three', 3],
  ['four', 4],
  ['five', 5],
  ['six', 6],
]);

/** Lower-case words that may stand between a collective's number and its head ("the two warring sides"). */
const MAX_NUMBERED_MODIFIERS = 2;

/**
 * "the four countries", "the three leaders", "The four emerged …": as many parties as the number
 * says, named just before (resolved once every mention is known).
 */
export function readNumbered(r: Reader) {
  for (let i = 0; i + 1 < r.toks.length; i++) {
    if (r.toks[i].key !== 'the') continue;
    // "… Bahrain and Egypt severed ties with Qatar. The countries threatened further sanctions":
    // a plural party noun with no number that opens a sentence as the subject of its verb stands
    // for the last list of parties named (stage.ts finds it).
    const verb = r.tok(i + 2);
    if (
      r.lex.listedCollectiveHeads.has(r.toks[i + 1].key) &&
      !r.owner[i + 1] &&
      (i === 0 || r.toks[i - 1].sent !== r.toks[i].sent) &&
      verb?.word &&
      !verb.cap &&
      (/ed$/.test(verb.key) || r.lex.verbs.has(verb.key))
    ) {
      r.add({
        from: i,
        to: i + 2,
        kind: 'collective',
        rule: 'actors.numbered.listed',
        cue: r.text(i, i + 2),
        confidence: 0.6,
      });
      i++;
      continue;
    }
    // "the other four nations": the four set against the one the sentence names
    const n = r.toks[i + 1].key === 'other' && i + 2 < r.toks.length ? i + 2 : i + 1;
    if (!PARTY_NUMBERS.has(r.toks[n].key) || r.owner[n]) continue;
    // "the four major foreign stakeholders": up to two lower-case words before the head
    let head = r.lex.collectiveHeads.longest(r.toks, n + 1);
    for (let gap = 1; !head && gap <= MAX_NUMBERED_MODIFIERS; gap++) {
      const modifier = r.tok(n + gap);
      if (!modifier?.word || modifier.cap || r.lex.verbs.has(modifier.key) || /ed$/.test(modifier.key)) break;
      head = r.lex.collectiveHeads.longest(r.toks, n + 1 + gap);
    }
    const next = r.tok(n + 1);
    // Bare, the number is the subject of a verb: "the four emerged", "the two agreed".
    const bare = !head && next?.word && !next.cap && (/ed$/.test(next.key) || r.lex.verbs.has(next.key));
    if (!head && !bare) continue;
    const to = head ? head.to : n + 1;
    // "the two leaders": the parties of the persons named before; "the two countries": any party.
    const persons =
      head !== undefined && r.lex.collectivePersonHeads.longest(r.toks, head.from)?.to === head.to;
    r.add({
      from: i,
      to,
      kind: 'collective',
      rule: persons ? 'actors.numbered.persons' : 'actors.numbered',
      cue: r.text(i, to),
      confidence: 0.7,
    });
    i = to - 1;
  }
}

/** A format of talks: a collective of the codebook with more members than two sides. */
const FORMAT_MEMBERS = 3;

/**
 * "the Rome Protocol signed by the Sides, mediators and observers": everyone at the table of the
 * format the story named last before (its collective, read as its members), else nobody.
 */
export function readFormatSides(r: Reader) {
  for (let i = 0; i < r.toks.length; i++) {
    const m = r.lex.formatSides.longest(r.toks, i);
    if (!m) continue;
    i = m.to - 1;
    let format: WorkMention | undefined;
    for (const x of r.mentions)
      if (
        x.to <= m.from &&
        x.kind === 'collective' &&
        typeof x.actor === 'string' &&
        (r.lex.actors.get(x.actor)?.members.length ?? 0) >= FORMAT_MEMBERS &&
        (!format || x.from > format.from)
      )
        format = x;
    if (!format) continue;
    r.add({
      from: m.from,
      to: m.to,
      kind: 'collective',
      actor: format.actor,
      rule: 'actors.format-sides',
      confidence: 0.8,
    });
  }
}

export function readBothSides(r: Reader) {
  for (let i = 0; i < r.toks.length; i++) {
    if (r.owner[i]?.rule.startsWith('actors.numbered')) continue;
    const m = r.lex.bothSides.longest(r.toks, i);
    if (!m) continue;
    r.add({ from: m.from, to: m.to, kind: 'collective', rule: 'actors.both-sides', confidence: 0.7 });
    i = m.to - 1;
  }
}

const governmentWords = new WeakMap<Reader['codebook'], Map<string, string>>();

/** Codebook `anonymous_government_words` ("administration = USA") as word → party, once per codebook. */
function anonymousGovernmentWords(r: Reader): Map<string, string> {
  let words = governmentWords.get(r.codebook);
  if (!words) {
    words = new Map();
    for (const entry of r.codebook.cues.anonymous_government_words ?? []) {
      const [word, code] = entry.split('=').map((x) => x.trim());
      if (word && code) words.set(word.toLowerCase(), code);
    }
    governmentWords.set(r.codebook, words);
  }
  return words;
}
