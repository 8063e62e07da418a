/**
 * Pass 1: names from the gazetteer — states, organisations, the persons the codebook knows, news
 * outlets, and anaphors ("the alliance") of an organisation already named; and the tests of where
 * a place name stands (inside a longer name, or as a post's destination) that later passes share.
 */

import type { ActorEntry } from '../../codebook/codebook.js';
import type { MentionKind } from '../../model.js';
import { type GazMatch, tokenize } from '../gazetteer.js';
import { ministryTie } from './governments.js';
import { CALENDAR, type NamePayload, NOT_NAME } from './lexicon.js';
import type { Reader, WorkMention } from './reader.js';

function pickPayload(
  payloads: NamePayload[],
  seen?: ReadonlySet<string>,
  /** The reader and the name's match, for the party the codebook prefers for a name two share. */
  r?: Reader,
  m?: GazMatch<NamePayload>,
): NamePayload {
  const person = payloads.find((p) => p.t === 'person');
  if (person) return person;
  const outlet = payloads.find((p) => p.t === 'outlet');
  if (outlet) return outlet;
  const best = payloads.reduce((best, p) =>
    p.t === 'actor' && best.t === 'actor' && p.rank > best.rank ? p : best,
  );
  if (best.t !== 'actor' || payloads.length < 2) return best;
  // "Dominican", "Congolese": a name two parties share is the one the story has named, else the
  // one the codebook prefers (`shared_name_preferences`).
  const tied = payloads.filter((p) => p.t === 'actor' && p.rank === best.rank && p.via === best.via);
  if (tied.length < 2) return best;
  const named = tied.find((p) => p.t === 'actor' && seen?.has(p.code));
  if (named || !r || !m) return named ?? best;
  const preferred = r.lex.sharedNamePreferences.get(r.text(m.from, m.to).toLowerCase());
  return tied.find((p) => p.t === 'actor' && p.code === preferred) ?? best;
}

/** "ambassador to Russia", "envoy to the United Nations": the place a post is at, not its party. */
export function isDestination(r: Reader, at: number): boolean {
  let k = at - 1;
  if (r.tok(k)?.key === 'the') k--;
  const before = r.tok(k)?.key;
  // "according to Veskan Foreign Minister …" names the source, not a destination.
  if (before === 'to' && r.tok(k - 1)?.key === 'according') return false;
  return before === 'to' || before === 'in';
}

/**
 * A state named inside another body's name ("the United Mine Workers of America", "the Center for
 * American Progress", "the African-American Women Caucus") is no affiliation of its members.
 */
export function insideName(r: Reader, m: WorkMention): boolean {
  const { lex } = r;
  // (a word of another sentence is no part of the name: a headline without a full stop, "Talks
  // resumed on Friday", before "Russian envoy X said")
  const sent = r.toks[m.from].sent;
  const nameWord = (k: number) => {
    const t = r.tok(k);
    return (
      !!t &&
      t.word &&
      t.cap &&
      t.sent === sent &&
      !lex.roleWords.has(t.key) &&
      !r.actorAt(k) &&
      !r.sentenceStart(k)
    );
  };
  if (nameWord(m.to)) {
    // "the Northern Maritime Council Mission to Veska": an organisation's own body names it.
    if (m.kind !== 'state' && typeof m.actor === 'string' && ownBodyAfter(r, m.to) !== undefined)
      return false;
    // "the Veska Armed Forces": the state's name before its own body names that state.
    if (m.kind === 'state' && typeof m.actor === 'string' && stateBodyAfter(r, m.to)) return false;
    // "the US Indo-Pacific commander": a post of the state, in a field named in capitals.
    if (
      (m.kind === 'state' || m.via === 'demonym') &&
      m.via !== 'capital' &&
      typeof m.actor === 'string' &&
      fieldThenTitle(r, m.to)
    )
      return false;
    // "the Veskan Armed Forces": a demonym before its state's own body names that state.
    if (m.via !== 'demonym' || typeof m.actor !== 'string') return true;
    let k = m.to;
    while (nameWord(k) && k - m.to < 3) k++;
    return !lex.stateBodyHeads.has(r.toks[k - 1].key);
  }
  const before = r.tok(m.from - 1);
  if (before?.text === '-' && nameWord(m.from - 2)) return true;
  if ((before?.key === 'of' || before?.key === 'for') && nameWord(m.from - 2)) return true;
  return nameWord(m.from - 1) && !lex.honorifics.has(r.toks[m.from - 1].key);
}

const PLACE_PREPOSITIONS = new Set(['to', 'of', 'in', 'for', 'from', 'with', 'at']);

/**
 * An organisation's name goes on into one of its own bodies: "the United Nations Mission in …",
 * "the Northern Maritime Council Secretariat" — one to three capitalised words after it, the last a
 * body's head word (`organisation_heads`), no name of their own.
 */
function ownBodyAfter(r: Reader, to: number): number | undefined {
  const sent = r.tok(to - 1)?.sent;
  let k = to;
  const bodyWord = (at: number) => {
    const t = r.tok(at);
    return (
      !!t &&
      t.word &&
      t.cap &&
      t.sent === sent &&
      !r.lex.roleWords.has(t.key) &&
      !r.lex.names.longest(r.toks, at)
    );
  };
  while (bodyWord(k) && k - to < 3) k++;
  return k > to && !bodyWord(k) && r.lex.orgHeads.has(r.toks[k - 1].key) ? k : undefined;
}

/**
 * A state's name between a title and a personal name ("Foreign Secretary Pakistan Aizaz Chaudhry",
 * "Chief Minister Veska Ida Vell"): two or three capitalised words after it, none a word the text
 * also writes in lower case or the head of a body, then no further capitalised word.
 */
function titledName(r: Reader, m: GazMatch<NamePayload>): boolean {
  const p = m.payloads[0];
  if (p?.t !== 'actor' || p.kind !== 'state') return false;
  const prev = r.tok(m.from - 1);
  if (!prev?.word || !prev.cap || !r.lex.roleWords.has(prev.key)) return listedTitledName(r, m);
  return personNameAfter(r, m);
}

/** How far back a list's first "state, person" item may stand from a later one. */
const TITLED_LIST_REACH = 12;

/**
 * A later item of a list that a title opened ("Deputy Prime Ministers of Armenia Mher Grigoryan,
 * Russia Alexey Overchuk and Azerbaijan Shahin Mustafayev"): after the joiner, the state then a
 * personal name, where an item before it was a state named just before a capitalised word.
 */
function listedTitledName(r: Reader, m: GazMatch<NamePayload>): boolean {
  const joiner = r.tok(m.from - 1)?.key;
  if (joiner !== ',' && joiner !== 'and') return false;
  if (!personNameAfter(r, m)) return false;
  const sent = r.toks[m.from].sent;
  for (let k = m.from - 2; k >= Math.max(0, m.from - TITLED_LIST_REACH) && r.toks[k].sent === sent; k--) {
    const o = r.owner[k];
    if (o?.kind === 'state' && o.to === k + 1) return !!r.tok(o.to)?.cap;
  }
  return false;
}

/** Two or three capitalised words after the state, none of another kind, make a personal name. */
function personNameAfter(r: Reader, m: GazMatch<NamePayload>): boolean {
  const sent = r.toks[m.from].sent;
  let k = m.to;
  while (k - m.to < 4) {
    const t = r.tok(k);
    if (!t?.word || !t.cap || t.upper || t.sent !== sent) break;
    // (a name the codebook knows breaks the run unless it is a person's: "Pakistan Aizaz Chaudhry")
    const known = r.lex.names.longest(r.toks, k);
    if (known && !known.payloads.every((x) => x.t === 'person')) return false;
    if (r.lowerSeen.has(t.key) || r.lex.roleWords.has(t.key)) return false;
    if (r.lex.orgHeads.has(t.key) || r.lex.stateBodyHeads.has(t.key) || r.lex.nonPersonHeads.has(t.key))
      return false;
    k++;
  }
  return k - m.to >= 2 && k - m.to <= 3;
}

// How many capitalised words may name the office's field before its head ("Homeland Security").
const OFFICE_FIELD_WORDS = 2;

/** The capitalised head of a state's own body at `at`, after its modifiers: "Armed Forces", "Army". */
function stateBodyAfter(r: Reader, at: number): boolean {
  const sent = r.toks[at - 1].sent;
  let k = at;
  while (r.tok(k)?.cap && r.toks[k].sent === sent && r.lex.stateBodyModifiers.has(r.toks[k].key)) k++;
  const head = r.tok(k);
  return !!head?.cap && head.sent === sent && r.lex.stateBodyHeads.has(head.key) && !r.tok(k + 1)?.cap;
}

/** One or two capitalised words at `at`, then an office head: "Commerce Department". */
function stateOfficeAfter(r: Reader, at: number): boolean {
  for (let k = at + 1; k <= at + OFFICE_FIELD_WORDS; k++) {
    const t = r.tok(k);
    if (!r.tok(k - 1)?.cap || t?.sent !== r.toks[at - 1].sent) return false;
    if (t.cap && r.lex.stateOfficeHeads.has(t.key)) return true;
  }
  return false;
}

/** A non-state party's name then one of its own bodies: "the Dawn Front Revolutionary Council". */
function ownBodyOfGroup(r: Reader, m: GazMatch<NamePayload>): boolean {
  const p = m.payloads[0];
  return p?.t === 'actor' && p.kind !== 'state' && ownBodyAfter(r, m.to) !== undefined;
}

/**
 * One or two capitalised words at `at`, then a title: "the US Indo-Pacific commander", "the
 * Russian Black Sea Fleet commander" hold a post of the state named before them, whose name is no
 * part of a longer one.
 */
function fieldThenTitle(r: Reader, at: number): boolean {
  const sent = r.toks[at].sent;
  let words = 1;
  for (let k = at + 1; words <= OFFICE_FIELD_WORDS; k++) {
    const t = r.tok(k);
    // ("Indo-Pacific": the hyphen joins two capitalised words into one)
    if (t?.text === '-' && r.tok(k + 1)?.cap) continue;
    if (!t?.word || t.sent !== sent) return false;
    const last = !r.tok(k + 1)?.cap;
    if (!t.cap || (k > at + 1 && last && r.lex.roles.longest(r.toks, k)?.to === k + 1))
      return r.lex.roleWords.has(t.key) && last;
    if (r.tok(k - 1)?.text !== '-') words++;
  }
  return false;
}

/** A capitalised word next to a place name makes it part of another name ("Washington Post"). */
function partOfLongerName(r: Reader, m: GazMatch<NamePayload>): boolean {
  // "Ambassador to Ukraine William Taylor": after a preposition the place stands on its own.
  if (PLACE_PREPOSITIONS.has(r.tok(m.from - 1)?.key ?? '')) return false;
  // "Foreign Secretary Pakistan Aizaz Chaudhry": a title, the state, then a person's name.
  if (titledName(r, m)) return false;
  const next = r.tok(m.to);
  // "the U.S. Commerce Department", "Veska's Trade Ministry": the state's own office speaks for it;
  // so does its own body ("the Pakistan Armed Forces", "the Veska Army").
  if (stateOfficeAfter(r, m.to) || stateBodyAfter(r, m.to)) return false;
  // "the Dawn Front Central Committee": a group's own body speaks for that group, as insideName has it.
  if (ownBodyOfGroup(r, m)) return false;
  // "Veska, Ormund Agree To Resume Talks": a title-case headline capitalises its verbs too.
  if (r.titleCased.has(r.toks[m.from].sent)) return false;
  if (next?.word && next.cap && next.sent === r.toks[m.from].sent && !r.lex.roleWords.has(next.key)) {
    // (not a capital's name: "the OSCE Minsk Group co-chairs")
    const capital = m.payloads.some((x) => x.t === 'actor' && x.via === 'capital');
    if (
      !r.lex.names.longest(r.toks, m.to) &&
      !r.lowerSeen.has(next.key) &&
      (capital || !fieldThenTitle(r, m.to))
    )
      return true;
  }
  const prev = r.tok(m.from - 1);
  if (prev?.word && prev.cap && !r.sentenceStart(m.from - 1) && prev.sent === r.toks[m.from].sent) {
    if (!r.lex.roleWords.has(prev.key) && !r.lex.honorifics.has(prev.key) && !r.lowerSeen.has(prev.key))
      return !r.owner[m.from - 1];
  }
  return false;
}

export function readNames(r: Reader, pendingPersons: GazMatch<NamePayload>[]) {
  const seenCodes = new Set<string>();
  for (let i = 0; i < r.toks.length; i++) {
    const t = r.toks[i];
    if (!t.word) continue;
    const m = r.lex.names.longest(r.toks, i) ?? possessedAnaphor(r, i) ?? invertedAlias(r, i);
    if (!m) continue;
    const p = pickPayload(m.payloads, seenCodes, r, m);
    if (p.t === 'actor' && p.facing && !facingNamed(r, m.to, p.facing, seenCodes)) continue;
    if (p.t === 'person') {
      // "Ivanka Trump": a longer name that merely ends in a known one is read as a name chunk.
      if (!extendsName(r, m.from - 1)) pendingPersons.push(m);
      i = m.to - 1;
      continue;
    }
    if (p.t === 'actor' && familyNameAfterParticle(r, m.from)) {
      i = m.to - 1;
      continue;
    }
    if (p.t === 'outlet') {
      r.add({ from: m.from, to: m.to, kind: 'outlet', actor: null, rule: 'actors.outlet', confidence: 0.9 });
      i = m.to - 1;
      continue;
    }
    if (p.via === 'anaphor') {
      // "the alliance" refers back only to an organisation the story has already named.
      const candidates = m.payloads.filter((x) => x.t === 'actor' && seenCodes.has(x.code)) as Extract<
        NamePayload,
        { t: 'actor' }
      >[];
      const beforeTitle = r.lex.roleWords.has(r.tok(m.to)?.key ?? '');
      // A shared anaphor ("the group") only as the text's own lower-case words, not the start of a
      // name ("the Group of Seven", "the group Veskan Dawn").
      const after = r.tok(m.to);
      const plain =
        !capitalisedAfterFirst(r, m.from, m.to) &&
        !(after?.key === 'of' || (after?.word && after.cap && after.sent === t.sent));
      const last =
        lastMentioned(
          r,
          candidates.filter((c) => (!c.bare || beforeTitle) && (!c.generic || plain)),
        ) ?? homeNamedBefore(r, m.from, m.to, m.payloads);
      if (!last) continue;
      seenCodes.add(last.code);
      r.add({
        from: m.from,
        to: m.to,
        kind: kindOf(last.kind),
        via: 'coref',
        actor: last.code,
        // A shared anaphor ("the group") names no party of itself: the speaker stage names it by
        // the mention it refers back to.
        rule: last.generic && !last.ownWords ? 'actors.anaphor.shared' : 'actors.anaphor',
        cue: r.text(m.from, m.to),
        confidence: 0.8,
      });
      i = m.to - 1;
      continue;
    }
    // "the Luanda roadmap", "the Minsk agreements": the capital is where the document was made;
    // its parties are those that agreed to it, which the capital would otherwise stand in for.
    if (p.via === 'capital' && r.lex.venueDocuments.longest(r.toks, m.to) !== undefined) {
      i = m.to - 1;
      continue;
    }
    const place = p.via === 'demonym' ? placeNounAfter(r, m.to) : undefined;
    if (place !== undefined) {
      i = placeNamedAfter(r, place) - 1;
      continue;
    }
    if (p.kind === 'org' && stateOwnedBody(r, m.from, m.to, p.code)) {
      i = m.to - 1;
      continue;
    }
    if (
      (p.via === 'name' || p.via === 'alias' || p.via === 'capital') &&
      !t.upper &&
      partOfLongerName(r, m)
    ) {
      // "the United Nations Mission in …": the organisation's own body speaks for it.
      const body = p.kind === 'org' ? ownBodyAfter(r, m.to) : undefined;
      if (body === undefined) {
        i = skipCapitalised(r, m.to) - 1;
        continue;
      }
      m.to = body;
    }
    if (p.via === 'seat' && ownedSeat(r, m.from, m.to, p.code)) {
      i = m.to - 1;
      continue;
    }
    if (p.via === 'seat' && sharedSeatAbroad(r, m.from, m.to, p.code)) {
      i = m.to - 1;
      continue;
    }
    seenCodes.add(p.code);
    r.add({
      from: m.from,
      to: m.to,
      kind: kindOf(p.kind),
      via: p.via,
      actor: p.code,
      rule: `actors.${p.via}`,
      confidence: p.via === 'capital' || p.via === 'demonym' ? 0.85 : 0.95,
    });
    const elided = elidedConjunct(r, m);
    if (elided) seenCodes.add(elided);
    i = m.to - 1;
  }
}

/**
 * "North and South Korea", "Greek and Turkish Cypriot leaders": a first word joined to a name by
 * "and", that with the name's last words is a name of its own ("North Korea", "Greek Cypriot"),
 * is that party. Returns its code, having added its mention.
 */
function elidedConjunct(r: Reader, m: GazMatch<NamePayload>): string | undefined {
  const joint = r.tok(m.from - 1);
  const first = r.tok(m.from - 2);
  if (m.to - m.from < 2 || !joint || !first || (joint.key !== 'and' && joint.text !== '&')) return undefined;
  if (!first.word || !first.cap || first.sent !== joint.sent) return undefined;
  // ("Greek" alone names Greece: read already as a one-word name, which the longer one replaces)
  const owner = r.owner[m.from - 2];
  if (owner && (owner.from !== m.from - 2 || owner.to !== m.from - 1 || owner.kind === 'person'))
    return undefined;
  // (the shared words are capitalised words of the name: "Korea", "Cypriot"; not "-backed separatists")
  const rest = r.toks.slice(m.from + 1, m.to);
  if (!rest.every((t) => t.word && t.cap)) return undefined;
  const whole = r.lex.names.longest([first, ...rest], 0);
  if (!whole || whole.to !== rest.length + 1) return undefined;
  const p = pickPayload(whole.payloads);
  if (p.t !== 'actor' || p.via === 'anaphor' || p.facing) return undefined;
  if (owner) {
    owner.actor = p.code;
    owner.kind = kindOf(p.kind);
    owner.rule = 'actors.elided';
    return p.code;
  }
  r.add({
    from: m.from - 2,
    to: m.from - 1,
    kind: kindOf(p.kind),
    via: p.via,
    actor: p.code,
    rule: 'actors.elided',
    cue: `${first.text} ${rest.map((t) => t.text).join(' ')}`,
    confidence: 0.85,
  });
  return p.code;
}

/**
 * Whether the party a collective faces is named before, or later in the same sentence ("World
 * powers and Iran resumed talks"): only then does "world powers" stand for the collective.
 */
function facingNamed(r: Reader, after: number, facing: string, seenCodes: Set<string>): boolean {
  if (seenCodes.has(facing)) return true;
  const sent = r.tok(after - 1)?.sent;
  for (let k = after; r.tok(k)?.sent === sent; k++) {
    const m = r.lex.names.longest(r.toks, k);
    if (m?.payloads.some((x) => x.t === 'actor' && x.code === facing && !x.facing)) return true;
  }
  return false;
}

const PLACE_OF = new Set(['from', 'of', 'in']);

/** Nouns that make a demonym before them name a place: "the Omani capital", "the Saudi port city". */
const PLACE_NOUNS = new Set(['capital', 'city', 'port', 'town', 'resort']);
/** How many capitalised words may stand between the demonym and its place noun ("Red Sea city"). */
const PLACE_NAME_WORDS = 2;

/**
 * "talks in the Omani capital, Muscat", "the Saudi Red Sea city of Jeddah": the demonym says
 * where the event was, not who took part in it (a host is a party only where the text says so).
 */
function placeNounAfter(r: Reader, at: number): number | undefined {
  for (let k = at; k <= at + PLACE_NAME_WORDS; k++) {
    const t = r.tok(k);
    if (!t) return undefined;
    if (PLACE_NOUNS.has(t.key) && !t.cap) return k + 1;
    if (!t.cap) return undefined;
  }
  return undefined;
}

/** The place's own name after its noun ("the Omani capital, Muscat", "the Saudi city of Jeddah") names
 * the same place, no party: the end of that name, else `at`. */
function placeNamedAfter(r: Reader, at: number): number {
  const link = r.tok(at)?.key;
  if (link !== ',' && link !== 'of') return at;
  const name = r.lex.names.longest(r.toks, at + 1);
  return name?.payloads.some((x) => x.t === 'actor' && x.via === 'capital') ? name.to : at;
}

/**
 * "the Veskan Security Council", "Veska's Security Council": an organisation's body whose bare name
 * states' own bodies share (codebook `shared_body_names`), named with a state, is that state's body,
 * read as an owned seat is.
 */
function stateOwnedBody(r: Reader, from: number, to: number, code: string): boolean {
  if (!r.lex.sharedBodyNames.has(r.text(from, to).toLowerCase())) return false;
  const start = nationalModifiersBefore(r, from);
  if (start === from) return ownedSeat(r, from, to, code);
  // "the National Security Council", "Iran's Supreme National Security Council": the modifier makes
  // it some state's own body, never the organisation's; the state named with it takes it in.
  ownedSeat(r, start, to, code);
  return true;
}

/** The first of the words (codebook `national_body_modifiers`) right before `at`, else `at`. */
function nationalModifiersBefore(r: Reader, at: number): number {
  let start = at;
  while (r.lex.nationalBodyModifiers.has(r.tok(start - 1)?.key ?? '')) start--;
  return start;
}

/**
 * "the Pakistan Foreign Office", "Veska's Foreign Office", "the Foreign Office of Veska": a seat
 * whose name other states' offices share, owned by the state named with it, is that state's
 * office (the codebook lists "Foreign Office" under one state only). The state's mention takes
 * the seat in; true when it did.
 */
function ownedSeat(r: Reader, from: number, to: number, code: string): boolean {
  const possessive = r.tok(from - 1)?.key === 's' && r.tok(from - 2)?.text.match(/^['\u2019]$/);
  const owner = r.actorAt(possessive ? from - 3 : from - 1);
  if (owner?.kind === 'state' && typeof owner.actor === 'string' && owner.actor !== code) {
    if (r.toks[owner.from].sent !== r.toks[from].sent) return false;
    owner.to = to;
    owner.end = r.toks[to - 1].end;
    for (let k = from - (possessive ? 2 : 0); k < to; k++) r.owner[k] = owner;
    return true;
  }
  if (r.tok(to)?.key !== 'of') return false;
  const after = r.lex.names.longest(r.toks, to + 1);
  const state = after?.payloads.find((x) => x.t === 'actor' && x.kind === 'state' && x.via !== 'anaphor');
  if (state?.t !== 'actor' || state.code === code) return false;
  r.add({
    from,
    to: after!.to,
    kind: 'state',
    via: 'ministry',
    actor: state.code,
    rule: 'actors.seat.owned',
    cue: r.text(from, after!.to),
    confidence: 0.9,
  });
  return true;
}

/**
 * "Foreign Office spokesperson X said" in a story from Kessel that names Britain nowhere else: a
 * seat whose name other states' offices go by too (codebook `shared_seat_names`) is the office of
 * the story's own state — the state of its dateline, else the one its ministries were last tied
 * to — when the story names the seat's state by nothing but its seats. True when it was read so;
 * a story with no state of its own at hand keeps the codebook's.
 */
function sharedSeatAbroad(r: Reader, from: number, to: number, code: string): boolean {
  const name = r
    .text(from, to)
    .toLowerCase()
    .replace(/^the\s+/, '');
  if (!r.lex.sharedSeatNames.has(name) || namedBesidesSeats(r, code)) return false;
  const home = r.datelineState ?? ministryTie(r, from)?.actor;
  if (!home || home === code) return false;
  r.add({
    from,
    to,
    kind: 'state',
    via: 'ministry',
    actor: home,
    rule: 'actors.seat.shared',
    cue: r.text(from, to),
    confidence: 0.6,
  });
  return true;
}

const namedStates = new WeakMap<Reader, Map<string, boolean>>();

/** Whether the story names state `code` by its name, an alias, a demonym or its capital (not a seat). */
function namedBesidesSeats(r: Reader, code: string): boolean {
  let known = namedStates.get(r);
  if (!known) namedStates.set(r, (known = new Map()));
  let named = known.get(code);
  if (named === undefined) {
    named = false;
    for (let i = 0; i < r.toks.length && !named; i++)
      named = !!r.lex.names
        .longest(r.toks, i)
        ?.payloads.some((x) => x.t === 'actor' && x.code === code && x.via !== 'seat');
    known.set(code, named);
  }
  return named;
}

/**
 * "forces from Tarsia", "the rebels of the Alder region": a group named by its head noun and its
 * place, in the order the reverse of one of its own names ("Tarsian forces" no, "Tarsia forces"
 * yes: the name's words themselves, turned round). Only a group's name (not a state's: "the
 * government of Veska" is read by the roles and descriptions).
 */
function invertedAlias(r: Reader, i: number): GazMatch<NamePayload> | undefined {
  // "and regional forces from Tarsia": one modifier before the head, after a joiner or article,
  // goes with the name (so that the coordination reads on through it).
  const t = r.toks[i];
  if (t.word && !t.cap && JOINERS.has(r.tok(i - 1)?.key ?? '') && !PLACE_OF.has(t.key)) {
    const m = invertedAt(r, i + 1);
    if (m) return { ...m, from: i };
  }
  return invertedAt(r, i);
}

const JOINERS = new Set(['and', 'or', 'the', ',']);

function invertedAt(r: Reader, i: number): GazMatch<NamePayload> | undefined {
  const head = r.tok(i);
  if (!head) return undefined;
  if (!head.word || head.cap || !PLACE_OF.has(r.tok(i + 1)?.key ?? '')) return undefined;
  const sent = head.sent;
  let k = i + 2;
  while (r.tok(k)?.cap && r.toks[k].word && r.toks[k].sent === sent && k - i - 2 < 3) k++;
  if (k === i + 2) return undefined;
  const m = r.lex.names.longest([...r.toks.slice(i + 2, k), head], 0);
  if (!m || m.to !== k - i - 1) return undefined;
  const groups = m.payloads.filter((x) => x.t === 'actor' && x.kind === 'group' && x.via !== 'anaphor');
  return groups.length ? { from: i, to: k, payloads: groups } : undefined;
}

const POSSESSIVES = new Set(['its', 'their']);

/**
 * "Veska's government and its political opposition": an anaphor ("the opposition") written with a
 * possessive in place of its article, and at most one lower-case modifier before its head. Read as
 * the anaphor itself (resolved as "the opposition" is: to its group already named, else to the group
 * whose own name ties it to a state the sentence names before it).
 */
function possessedAnaphor(r: Reader, i: number): GazMatch<NamePayload> | undefined {
  const t = r.toks[i];
  if (!POSSESSIVES.has(t.key)) return undefined;
  const article = { ...t, text: 'the', key: 'the', cap: false, upper: false };
  for (let skip = 0; skip <= 1; skip++) {
    const j = i + 1 + skip;
    if (skip && !(r.tok(i + 1)?.word && !r.tok(i + 1)?.cap)) break;
    const m = r.lex.names.longest([article, ...r.toks.slice(j, j + 6)], 0);
    // (an anaphor every group of a kind shares, "the opposition", rides along and is left out)
    const own = m?.payloads.filter((x) => !(x.t === 'actor' && x.generic)) ?? [];
    if (!own.length || !own.every((x) => x.t === 'actor' && x.via === 'anaphor' && !x.bare)) continue;
    return { from: i, to: j + (m?.to ?? 0) - 1, payloads: own };
  }
  return undefined;
}

/**
 * A capitalised token after the first of [from, to). A loop, not a closure over the mention: a
 * closure over the reading loop's variables made the engine allocate a scope for every token.
 */
function capitalisedAfterFirst(r: Reader, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (r.toks[k].cap) return true;
  return false;
}

function extendsName(r: Reader, k: number): boolean {
  const t = r.tok(k);
  if (!t?.word || !t.cap || r.owner[k] || t.sent !== r.toks[k + 1].sent) return false;
  if (r.lex.roleWords.has(t.key) || r.lex.honorifics.has(t.key) || r.lex.formers.has(t.key)) return false;
  if (NOT_NAME.has(t.key) || CALENDAR.has(t.key)) return false;
  return !(r.sentenceStart(k) && r.lowerSeen.has(t.key));
}

/** Article particles joined to a family name ("Mohamed Ali al-Houthi", "Ahmed el-Masri"). */
const JOINED_PARTICLES = new Set(['al', 'el']);

/**
 * "Mohamed Ali Al-Houthi", "Abdel Malek al-Houthi": a group's name joined by "al-" to the given
 * names before it is a person's family name, not the group (whose party the person's role gives).
 */
function familyNameAfterParticle(r: Reader, from: number): boolean {
  const dash = r.tok(from - 1);
  const particle = r.tok(from - 2);
  return (
    dash?.text === '-' &&
    dash.end === r.toks[from].start &&
    !!particle &&
    JOINED_PARTICLES.has(particle.key) &&
    particle.end === dash.start &&
    extendsName(r, from - 3)
  );
}

function skipCapitalised(r: Reader, i: number): number {
  while (r.tok(i)?.cap) i++;
  return i;
}

type ActorPayload = Extract<NamePayload, { t: 'actor' }>;

/** Per lexicon (one per codebook): `code|head` → the states that group's names tie it to. */
const homesByLexicon = new WeakMap<Reader['lex'], Map<string, string[]>>();

/**
 * The states a group's own names tie it to: "Venezuelan opposition" → VEN, for the anaphor
 * "the opposition" (`head`: its last word). Built once per lexicon and group.
 */
function homesOf(r: Reader, code: string, head: string): string[] {
  let cache = homesByLexicon.get(r.lex);
  if (!cache) {
    cache = new Map();
    homesByLexicon.set(r.lex, cache);
  }
  const key = `${code}|${head}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const a = r.lex.actors.get(code);
  const homes = new Set<string>();
  for (const n of a ? [a.name, ...a.aliases] : []) {
    const toks = tokenize(n).filter((t) => t.word);
    if (toks.length !== 2 || toks[1].key !== head) continue;
    const found = r.lex.names.longest(toks.slice(0, 1), 0);
    for (const p of found?.payloads ?? [])
      if (p.t === 'actor' && p.kind === 'state' && p.via !== 'anaphor') homes.add(p.code);
  }
  const out = [...homes];
  cache.set(key, out);
  return out;
}

/**
 * "the Venezuelan government and the opposition": an anaphor that no earlier mention of its group
 * resolves refers to the group whose own name ties it to a state the sentence names before it
 * ("Venezuelan opposition"), when exactly one group is so tied.
 */
function homeNamedBefore(
  r: Reader,
  from: number,
  to: number,
  payloads: NamePayload[],
): ActorPayload | undefined {
  const head = r.toks[to - 1]?.key;
  if (!head) return undefined;
  const sent = r.toks[from].sent;
  const named = new Set<string>();
  for (let k = r.mentions.length - 1; k >= 0; k--) {
    const mention = r.mentions[k];
    if (mention.from >= from) continue;
    if (r.toks[mention.from].sent !== sent) break;
    if (typeof mention.actor === 'string') named.add(mention.actor);
  }
  if (!named.size) return undefined;
  // A headline pairs the two without articles: "Veska government, opposition hold talks".
  const link = r.toks[from - 1]?.key;
  const pairedWithGovernment = (link === ',' || link === 'and') && r.toks[from - 2]?.key === 'government';
  const tied = payloads.filter(
    (p): p is ActorPayload =>
      p.t === 'actor' &&
      (!p.bare || pairedWithGovernment) &&
      !p.generic &&
      homesOf(r, p.code, head).some((h) => named.has(h)),
  );
  return tied.length === 1 ? tied[0] : undefined;
}

function lastMentioned(r: Reader, candidates: Extract<NamePayload, { t: 'actor' }>[]) {
  for (let k = r.mentions.length - 1; k >= 0 && candidates.length; k--) {
    const hit = candidates.find((c) => c.code === r.mentions[k].actor);
    if (hit) return hit;
  }
  return undefined;
}

const kindOf = (k: ActorEntry['kind']): MentionKind => (k === 'outlet' ? 'outlet' : k);

/**
 * "the ethnic armed organization the Arakan Army (AA) … according to the AA": a short name the
 * report gives a party in brackets after its name stands for that party wherever the report uses
 * it again, whatever else the letters may stand for elsewhere (a codebook alias is not needed).
 */
export function readBracketedShortNames(r: Reader) {
  const named = new Map<string, WorkMention>();
  for (const m of r.mentions) {
    if (typeof m.actor !== 'string' || (m.kind !== 'group' && m.kind !== 'org' && m.kind !== 'state'))
      continue;
    const short = r.tok(m.to + 1);
    if (r.tok(m.to)?.text !== '(' || r.tok(m.to + 2)?.text !== ')' || !short?.upper) continue;
    // (two parties given the same letters: neither)
    const before = named.get(short.text);
    named.set(short.text, before && before.actor !== m.actor ? ({ ...m, actor: null } as WorkMention) : m);
  }
  if (named.size === 0) return;
  for (let i = 0; i < r.toks.length; i++) {
    const t = r.toks[i];
    if (!t.upper || r.owner[i]) continue;
    const m = named.get(t.text);
    if (!m || typeof m.actor !== 'string' || i <= m.to + 1) continue;
    r.add({
      from: i,
      to: i + 1,
      kind: m.kind,
      actor: m.actor,
      rule: 'actors.short-name.bracketed',
      cue: r.text(m.from, m.to + 3),
      confidence: 0.75,
    });
  }
}
