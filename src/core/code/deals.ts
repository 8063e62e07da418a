/**
 * Stances that a whole report implies, beyond the sentence that states them: what a party agreed
 * to, signed or announced is its acceptance of each issue the deal covers; a plan is its author's
 * proposal of each issue the plan covers, whoever reports it; a mediator or broker proposes what
 * the talks it mediates are about; and a party that accepts, welcomes, rejects or refuses "the
 * deal" or "the proposal" takes that stance on each of its issues. Where no frame with issues is
 * told near such a reference, it takes the issues of the nearest deal or plan noun named before it
 * whose own phrase says what it holds ("a deal to free the fishermen", "a ceasefire agreement").
 *
 * A *frame* is a deal (an AGREE event of the events stage: its parties) or a proposal (a plan noun
 * with its owner: "a U.S. proposal", "Egypt's plan", "the plan put forward by Qatar", "X presented
 * a proposal"). Its issues are those named in its own sentence and in the sentences that describe
 * it: a reference to the deal or plan with a verb of content ("the deal calls for", "the agreement
 * includes", "the plan would see", "the agreement, signed by …, calls for") or a preposition of
 * content ("under the deal", "as part of the agreement"). A describing sentence belongs to the
 * nearest frame of its kind before it. A deal's content is also read where the deal is told again
 * (a headline and its lead), and in the points listed one a line under a sentence of the frame
 * that ends with a colon ("Here are the main points:").
 *
 * The cue lists (deal and plan nouns, verbs of content and proposal, mediation) are codebook data
 * (codebooks/stance.yaml); this file holds the mechanism.
 */
import type {
  ParleyDocument,
  PipelineContext,
  Position,
  Provenance,
  Span,
  Stance,
  Statement,
  Timex,
} from '../model.js';
import { firstAtLeast, startingIn } from '../sorted.js';
import { cueWords } from './actors/resolve-speaker.js';
import { uniq } from './events/mention.js';
import { conditionBefore } from './events/mentions.js';
import { retold, soughtDeals } from './events/merge.js';
import { issuesBySentence } from './issue-parties.js';
import { type IssuePayload, type PhraseMatch, preferTight } from './issues.js';
import { issueAt, referenceIssues, storyIssueOf } from './references.js';
import {
  type ActorMention,
  codesOfName,
  type DocIndex,
  docIndex,
  listFrom,
  mentionsEndingAt,
  namesAPlace,
  pressedBy,
  slotLookup,
  statementActorsAt,
  subjectBefore,
} from './textindex.js';

type Cue = PhraseMatch<string>;

interface Frame {
  kind: 'deal' | 'proposal' | 'demand';
  /** Parties: a deal's signatories, a proposal's authors. */
  parties: string[];
  /** Sentences whose issues the frame covers. */
  sentences: Set<number>;
  /** Sentences that describe the frame in a quote: only issues in that statement's words count. */
  quoted?: Map<number, number>;
  /** Sentences that tell a deal again: its issues from token `from` on, for the `parties` named. */
  told?: Map<number, { from: number; parties: string[] }>;
  /** Token where the frame is named (for "the nearest frame before"). */
  at: number;
  /** In the frame's own sentence, only issues from this token on belong to it ("demands … included X"). */
  from?: number;
  cue: string;
}

/** How far before a frame's word the "linked to" that refers to it may stand ("linked to the
 * imminent implementation of a landmark nuclear deal"). */
const LINKED_REACH = 8;
const LINKING_PARTICIPLES = new Set(['linked', 'tied', 'connected', 'related']);

/**
 * "a prisoner swap linked to the implementation of the nuclear deal between X and Y": a deal named
 * after "linked to" is only referred to, and what the sentence tells before the link (the swap)
 * is none of its content. The token after "to", or undefined when no link leads to the frame.
 */
function linkedFrameFrom(index: DocIndex, at: number): number | undefined {
  const { tokens } = index;
  const from = index.sentenceTokens[sentenceOf(index, at)].from;
  for (let k = at - 1; k > Math.max(from, at - LINKED_REACH); k--) {
    if (tokens[k].text === ',' || tokens[k].text === ';') return undefined;
    if (tokens[k].lower === 'to' && LINKING_PARTICIPLES.has(tokens[k - 1]?.lower ?? '')) return k + 1;
  }
  return undefined;
}

/**
 * "Talks that Russia could torpedo came shortly after Tehran said it had agreed a roadmap": a deal
 * told inside a statement holds none of what its sentence names before that statement began (an
 * issue pattern with a gap may run on into the statement: where it starts decides).
 */
function toldBeforeItsReport(index: DocIndex, x: PhraseMatch<IssuePayload>, at: number): boolean {
  const told = index.statementOf[at];
  return told >= 0 && x.start < at && index.statementOf[x.start] !== told;
}

/** An AGREE event older than this (before the report) is background, not this report's deal. */
const HISTORICAL_DAYS = 300;
/** How far (sentences) a describing sentence may stand from its frame. */
const DESCRIBE_REACH = 8;
/** The headline and lead: the sentences that tell the story's deal before it is told in full. */
const LEAD_SENTENCES = 3;

const STANCE_OF: Record<string, Stance> = {
  stance_accept: 'accept',
  stance_reject: 'reject',
  stance_propose: 'propose',
  stance_demand: 'demand',
  stance_open: 'open',
};

/** The stance of a cue that judges a deal's noun after it: a stance cue, or what the deal is praised as. */
const JUDGEMENT_OF: Record<string, Stance> = { ...STANCE_OF, praise_judgements: 'accept' };

const PERSON_RELATIVES = new Set(['who', 'whom', 'whose']);
const RELATIVES = new Set([...PERSON_RELATIVES, 'which']);

/** A "that" clause between tokens `from` and `to` whose stance cue comes before `to`. */
function stanceReportedBetween(index: DocIndex, from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++)
    if (
      index.tokens[k].lower === 'that' &&
      startingIn(index.cues, k + 1, to).some((c) => c.pattern.payload in STANCE_OF && c.end <= to)
    )
      return true;
  return false;
}
// Conjunctions that open a clause with a subject of its own ("as Kest seeks …", "while Veska …").
const CLAUSE_CONJUNCTIONS = new Set(['as', 'while', 'whereas']);
// How far after such a conjunction its subject's name may start (past a title: "as President Kest").
const OWN_SUBJECT_REACH = 3;

/** A clause of its own (clauseOfItsOwn) opens in [from, to). */
function ownClauseBetween(index: DocIndex, from: number, to: number): boolean {
  for (let k = from; k < to; k++)
    if (clauseOfItsOwn(index, k, to) || personClauseJoined(index, k)) return true;
  return false;
}

// Pronouns of a person that open a clause of their own after ", and" ("…, and he also told …").
const PERSON_SUBJECTS = new Set(['he', 'she']);
/**
 * ", and he also told the families of hostages …": a comma and a conjunction joining a clause whose
 * subject is a person's pronoun tell something else than the demand, plan or deal before them.
 */
function personClauseJoined(index: DocIndex, at: number): boolean {
  const { tokens } = index;
  if (!/^(and|but)$/.test(tokens[at].lower) || tokens[at - 1]?.lower !== ',') return false;
  return PERSON_SUBJECTS.has(tokens[at + 1]?.lower ?? '');
}

/** A conjunction at `at` opens a clause whose subject is a party or person named within reach. */
function clauseOfItsOwn(index: DocIndex, at: number, to: number): boolean {
  if (!CLAUSE_CONJUNCTIONS.has(index.tokens[at].lower)) return false;
  // ("as well as Veska", "such as Ormund", "as agreed with Tarsia": no clause of its own)
  if (/^(well|such|agreed|part|long|soon)$/.test(index.tokens[at + 1]?.lower ?? '')) return false;
  if (/^(such|well)$/.test(index.tokens[at - 1]?.lower ?? '')) return false;
  for (let k = at + 1; k <= Math.min(to - 1, at + OWN_SUBJECT_REACH); k++)
    if (index.mentionAt.get(k)?.codes.length) return true;
  return false;
}

const DEFINITE = new Set(['the', 'this', 'that', 'its', 'their']);
/** Modals by which a speaker says what others must do ("Both sides must respect the deal"). */
const DEMAND_MODALS = new Set(['must', 'should', 'need', 'needs', 'ought']);
/** How many words may stand between a broker's cue and the issue it brokered ("brokered the truce"). */
const BROKERED_GAP = 2;
/** How many words may stand between a verb that accepts a plan and its noun ("accepts Tarsia's new proposal"). */
const OWNED_PLAN_GAP = 4;
// (tokens are read from doc.norm, where every apostrophe shape is folded to "'")
const POSSESSIVE_MARKS = new Set(["'s", "'"]);
/** Negators of a verb ("would not annex"), not of a noun ("no ceasefire"). */
const VERB_NEGATORS = new Set(['not', "n't", 'never']);
/** What a frame's parties hold on what it covers. */
const STANCE_OF_FRAME: Record<'deal' | 'proposal' | 'demand', Stance> = {
  deal: 'accept',
  proposal: 'propose',
  demand: 'demand',
};
const daysBetween = (a: string, b: string) =>
  (Date.parse(a.padEnd(10, '-01').slice(0, 10)) - Date.parse(b.padEnd(10, '-01').slice(0, 10))) / 86_400_000;

function sentenceOf(index: DocIndex, token: number): number {
  return index.tokens[token]?.sentence ?? -1;
}

/**
 * The owners of a plan noun at token `at`: "a U.S. proposal", "Egypt's plan", "the Qatari offer", and
 * every party of a joined pair before it ("the Qatari-Egyptian proposal", "an Egyptian and Qatari plan").
 */
function ownersBefore(index: DocIndex, at: number): ActorMention[] {
  const last = ownerBefore(index, at);
  if (!last) return [];
  // (a compound of one token, "Qatari-Egyptian", holds a mention of each part)
  const out = mentionsEndingAt(index, last.end).filter((x) => x.start === last.start && x.codes.length);
  for (let k = last.start; k > 0 && out.length < 4; ) {
    const w = index.tokens[k - 1].lower;
    if (w !== '-' && w !== 'and' && w !== ',') break;
    const m = mentionsEndingAt(index, k - 1).find((x) => x.codes.length);
    if (!m) break;
    out.unshift(m);
    k = m.start;
  }
  return out;
}

/** What joins a list of qualifiers ("serious, credible and realistic"). */
const LIST_JOINS = new Set([',', 'and']);
/** How many qualifying words may stand between a plan noun and its owner before it. */
const OWNER_QUALIFIERS = 5;

/** The owner of a plan noun at token `at`: "a U.S. proposal", "Egypt's plan", "the Qatari offer". */
function ownerBefore(index: DocIndex, at: number): ActorMention | undefined {
  let k = at - 1;
  // adjectives between the owner and the noun: "a U.S. bridging proposal", "Egypt's new plan",
  // "Ormund's serious, credible and realistic autonomy plan" (a list of them costs no step)
  for (let steps = 0; steps < OWNER_QUALIFIERS && k >= 0; ) {
    // (a party that a comma or "and" follows is no owner: "In Ormund, peace plans …")
    const m = LIST_JOINS.has(index.tokens[k + 1].lower)
      ? undefined
      : mentionsEndingAt(index, k + 1).find((x) => x.codes.length);
    if (m) return m;
    const t = index.tokens[k];
    if (t.lower === "'s" || t.lower === "'" || LIST_JOINS.has(t.lower)) {
      k--;
      continue;
    }
    steps++;
    // ("Ormund's 14 points": a count stands between them as an adjective does)
    if (t.kind === 'number') {
      k--;
      continue;
    }
    // ("working with Veska to set conditions for …": an infinitive's "to" stands between a party
    // and the verb's object, never between an owner and its noun.)
    if (t.kind !== 'word' || /^(the|a|an|this|that|its|their|his|her|by|of|to)$/.test(t.lower))
      return undefined;
    // "Iranian officials have rejected demands …": a verb between them; the party is its subject,
    // not the noun's owner.
    if (
      VERB_BETWEEN.test(t.lower) ||
      startingIn(index.cues, k, k + 1).some((c) => c.pattern.payload in STANCE_OF)
    )
      return undefined;
    k--;
  }
  return undefined;
}

/** Auxiliaries, which stand between a subject and its verb, never between an owner and its noun. */
const VERB_BETWEEN =
  /^(has|have|had|is|are|was|were|will|would|could|should|can|may|might|must|did|does|do)$/;

const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their']);

/** "his own 10-point formula", "their new plan": a possessive pronoun owns the noun at `at`. */
function possessiveBefore(index: DocIndex, at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 4); k--) {
    const t = index.tokens[k];
    if (POSSESSIVE_PRONOUNS.has(t.lower)) return true;
    if (!(t.kind === 'number' || /^(own|new|\d+-point|peace|latest|revised)$/.test(t.lower))) return false;
  }
  return false;
}

/** "a proposal by Egypt", "the plan drafted by the United States", "put forward by Qatar". */
function ownerAfter(index: DocIndex, end: number, to: number, by = /^(by|from)$/): ActorMention[] {
  for (let k = end; k < Math.min(to, end + 4); k++) {
    if (!by.test(index.tokens[k].lower)) continue;
    // "a plan drafted by X", "put forward by X": only participles stand between, after a comma
    // that opens them ("The proposal, put forward by X in May, calls for"); "a blueprint in
    // talks hosted by Saudi Arabia" names the host of the talks, not the plan's author.
    if (
      /^(by|from)$/.test(index.tokens[k].lower) &&
      !index.tokens
        .slice(end, k)
        .every(
          (t, i) =>
            (i === 0 && t.text === ',' && k > end + 1) ||
            /(ed|en|wn)$|^(forward|up|out|jointly|put|set|laid)$/.test(t.lower),
        )
    )
      return [];
    // "by the United States", "that the Russian leader listed", "by mediators Qatar and Egypt"
    let at = index.tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1;
    if (ROLE_BEFORE_NAME.test(index.tokens[at]?.lower ?? '')) at++;
    const first = startingIn(index.mentions, k + 1, at + 1).find(
      (x) => (x.start === k + 1 || x.start === at) && x.codes.length,
    );
    if (!first) return [];
    const owners = listFrom(index, first);
    // "demands that Ukraine withdraw": a clause of what is asked, whose subject is the one asked;
    // only a relative with a verb of its own in the past ("that the Russian leader listed", "which
    // Ormund has set") names the owner.
    if (/^(that|which)$/.test(index.tokens[k].lower)) {
      // (past the head of the owner's phrase: "that the Ormundi president listed")
      const after = index.tokens.slice(owners[owners.length - 1].end, owners[owners.length - 1].end + 3);
      const verb = after.find((t) => t.kind !== 'word' || RELATIVE_PAST.test(t.lower));
      if (verb?.kind !== 'word') return [];
    }
    return owners;
  }
  return [];
}

/** A verb of a relative clause that names who made a demand ("that X listed", "which X has set"). */
const RELATIVE_PAST = /ed$|^(has|have|had|set|made|put|laid|drew|gave|sent|brought)$/;

/** A role noun that may stand before the parties it names ("by mediators Qatar and Egypt"). */
const ROLE_BEFORE_NAME = /^(mediators?|negotiators|guarantors|co-sponsors|brokers)$/;

/**
 * The frames of a report, and apart from them the plans told with no owner ("the ministers met to
 * adopt the harmonised plan for disarming the militia"): those give no one a stance, but they are
 * what "the plan" refers to when a party later accepts or refuses it.
 */
function frames(
  doc: ParleyDocument,
  ctx: PipelineContext,
  index: DocIndex,
  cuesOf: (name: string) => Cue[],
): { all: Frame[]; unowned: Frame[] } {
  const out: Frame[] = [];
  const unowned: Frame[] = [];
  for (const e of doc.events) {
    if (e.type !== 'AGREE' || e.actors.length === 0) continue;
    if (e.date && daysBetween(doc.date, e.date) > HISTORICAL_DAYS) continue;
    const at = firstAtLeast(index.tokens, e.evidence.start, (t) => t.start);
    if (at >= index.tokens.length) continue;
    // Each sentence that tells the deal again tells what it holds ("A truce agreement has been
    // reached on the port" below a headline "Agreement reached"), from where it tells it on, for
    // the parties it names ("Ormund agreed to free the fishermen": Ormund's part of the deal).
    const told = new Map<number, { from: number; parties: string[] }>();
    for (const r of retold(e)) {
      const from = firstAtLeast(index.tokens, r.evidence.start, (t) => t.start);
      if (from >= index.tokens.length) continue;
      const named = r.actors.filter((a) => e.actors.includes(a));
      told.set(sentenceOf(index, from), { from, parties: named.length ? named : e.actors });
    }
    out.push({
      kind: 'deal',
      parties: [...e.actors],
      sentences: new Set([sentenceOf(index, at)]),
      told,
      at,
      cue: doc.text.slice(e.evidence.start, e.evidence.end),
    });
  }
  // "with the purpose of reaching a deal to end the trade war": a deal its parties seek is their
  // proposal of what it would settle.
  for (const d of soughtDeals(doc)) {
    if (d.actors.length === 0) continue;
    const at = firstAtLeast(index.tokens, d.evidence.start, (t) => t.start);
    if (at >= index.tokens.length) continue;
    out.push({
      kind: 'proposal',
      parties: [...d.actors],
      sentences: new Set([sentenceOf(index, at)]),
      at,
      cue: doc.text.slice(d.evidence.start, d.evidence.end),
    });
  }
  const verbs = cuesOf('proposal_verbs');
  for (const p of cuesOf('proposal_nouns')) {
    if (deniedProposal(ctx, index, p.start)) continue;
    const s = sentenceOf(index, p.start);
    const { from, to } = index.sentenceTokens[s];
    let owners: ActorMention[] = ownersBefore(index, p.start);
    // "Arab leaders meeting in Cairo endorsed an Egyptian plan to rebuild Gaza": what the sentence
    // tells before an owned plan is its setting, not the plan's content.
    const ownedFrom = owners.length ? owners[0].start : undefined;
    if (owners.length === 0) owners = ownerAfter(index, p.end, to);
    // "based on his own 10-point formula": the pronoun's owner is the one who speaks, or the
    // sentence's subject.
    if (owners.length === 0 && possessiveBefore(index, p.start)) {
      const speaker = statementActorsAt(doc, index, p.start);
      if (speaker.length) owners = [{ start: p.start, end: p.start, codes: speaker, kind: 'fallback' }];
      else owners = subjectBefore(index, from, p.start).slice(0, 1);
    }
    // "Qatar presented a proposal", "the mediators put forward a new plan"
    if (owners.length === 0) {
      const verb = startingIn(verbs, from, p.start)
        .filter((v) => v.end <= p.start && p.start - v.end <= 4)
        .at(-1);
      if (verb) owners = subjectBefore(index, from, verb.start);
    }
    const parties = uniq(owners.flatMap((o) => o.codes));
    (parties.length ? out : unowned).push({
      kind: 'proposal',
      parties,
      sentences: new Set([s]),
      ...(ownedFrom !== undefined ? { from: ownedFrom } : {}),
      at: p.start,
      cue: doc.text.slice(index.tokens[p.start].start, index.tokens[p.end - 1].end),
    });
  }
  // "Broader demands that the Russian leader listed included …", "Putin's conditions": demands.
  for (const d of cuesOf('demand_nouns')) {
    const s = sentenceOf(index, d.start);
    const { to } = index.sentenceTokens[s];
    let owners: ActorMention[] = ownersBefore(index, d.start);
    if (owners.length === 0) owners = ownerAfter(index, d.end, to, /^(by|from|that|which)$/);
    const parties = uniq(owners.flatMap((o) => o.codes));
    if (parties.length === 0) continue;
    out.push({
      kind: 'demand',
      parties,
      sentences: new Set([s]),
      at: d.start,
      from: d.end,
      cue: doc.text.slice(index.tokens[d.start].start, index.tokens[d.end - 1].end),
    });
  }
  return { all: out.sort((a, b) => a.at - b.at), unowned };
}

/** The frames of each kind, in the order of `all` (sorted by `at`), once per list of frames. */
const framesByKind = new WeakMap<Frame[], Map<Frame['kind'], Frame[]>>();

/** The nearest frame of a kind named at or before token `at` (else the first after it, close by). */
function nearestFrame(all: Frame[], kind: Frame['kind'], at: number, index: DocIndex): Frame | undefined {
  let byKind = framesByKind.get(all);
  if (!byKind) {
    byKind = new Map();
    for (const f of all) {
      const list = byKind.get(f.kind);
      if (list) list.push(f);
      else byKind.set(f.kind, [f]);
    }
    framesByKind.set(all, byKind);
  }
  const ofKind = byKind.get(kind) ?? [];
  const s = sentenceOf(index, at);
  const firstAfter = firstAtLeast(ofKind, at + 1, (f) => f.at);
  const before = ofKind[firstAfter - 1];
  if (before && s - sentenceOf(index, before.at) <= DESCRIBE_REACH) return before;
  const after = ofKind[firstAfter];
  if (after && sentenceOf(index, after.at) - s <= 1) return after;
  return undefined;
}

/** Words that tell what a deal will do, in the sentences right after it ("Aid would increase"). */
const FOLLOW_ON_MODALS = new Set(['would', 'will', 'shall']);
/** Words that tell what a deal makes possible ("Fishing boats may leave port again"). */
const POSSIBLE_MODALS = new Set(['may', 'can', 'could', 'might']);
/** Verbs by which a modal sentence weighs a deal rather than tells a term ("would mark a milestone"). */
const APPRAISING_VERBS = new Set(['mark', 'represent', 'constitute', 'signal', 'herald']);

/**
 * "A permanent ceasefire would mark a milestone in stabilising the region": a sentence whose modal
 * takes a verb of appraisal judges what a deal (or a further one) would mean; it tells no term of
 * the deal told before it.
 */
function appraises(index: DocIndex, from: number, to: number): boolean {
  for (let k = from; k + 1 < to; k++)
    if (FOLLOW_ON_MODALS.has(index.tokens[k].lower) && APPRAISING_VERBS.has(index.tokens[k + 1].lower))
      return true;
  return false;
}
/** How many sentences after a deal's own may tell its terms without naming it. */
const FOLLOW_ON_REACH = 4;

/**
 * "Veska and Ormund signed a truce on Monday. Aid would increase, and the fishermen would be
 * freed.": the sentences right after a deal's, in the reporter's voice (no statement), that say
 * what will happen, tell its terms. So do those after a plan's ("Tarsia's plan has two stages.
 * First the fighting would stop, and aid would enter the port, the report said."), told by the
 * reporter or by an outlet that relays it (a named speaker of no party). A sentence where another
 * frame is named ends the run, as does a sentence of the reporter's that tells no term.
 */
function followOn(
  doc: ParleyDocument,
  ctx: PipelineContext,
  index: DocIndex,
  all: Frame[],
  cuesOf: (name: string) => Cue[],
) {
  // "It remained unclear whether the talks will be direct": a question the text leaves open is no term.
  const openQuestions = cuesOf('stance_hypothetical');
  // An outlet or a report relays ("…, the report said"); unnamed officials speak for someone.
  const anonymousHeads = cueWords(ctx, 'anonymous_heads');
  const relays = (st: Statement) =>
    st.actor == null &&
    !st.anonymous &&
    !anonymousHeads.has(st.speaker.split(/\s+/).at(-1)?.toLowerCase() ?? '');
  const frameAt = new Set(all.map((f) => sentenceOf(index, f.at)));
  for (const f of all) {
    if (f.kind === 'demand') continue;
    const first = sentenceOf(index, f.at);
    for (let s = first + 1; s <= first + FOLLOW_ON_REACH && s < index.sentenceTokens.length; s++) {
      if (frameAt.has(s)) break;
      const { from, to } = index.sentenceTokens[s];
      if (startingIn(openQuestions, from, to).length > 0 || appraises(index, from, to)) break;
      let modal = false;
      let possible = false;
      let quoted = false;
      for (let k = from; k < to; k++) {
        const stmt = index.statementOf[k];
        if (stmt >= 0 && (f.kind === 'deal' || !relays(doc.statements[stmt]))) quoted = true;
        if (FOLLOW_ON_MODALS.has(index.tokens[k].lower)) modal = true;
        if (POSSIBLE_MODALS.has(index.tokens[k].lower)) possible = true;
      }
      if (modal && !quoted) f.sentences.add(s);
      // A sentence of the reporter's that tells nothing the deal makes happen or possible ("Both
      // sides traded accusations …") ends the run; a party's words between the terms do not.
      else if (!quoted && !possible) break;
    }
  }
}

/**
 * "Britain, China and France are also parties to the deal, as is Germany": the parties a sentence
 * names as the deal's (before the cue, and after "as is|are") join the nearest deal told before.
 */
function joinedParties(index: DocIndex, all: Frame[], cuesOf: (name: string) => Cue[]) {
  const { tokens } = index;
  const dealNouns = cuesOf('deal_nouns');
  const negators = cuesOf('negators');
  for (const cue of cuesOf('deal_party_cues')) {
    // The deal noun heads what follows, after at most two modifiers ("the 2015 nuclear deal").
    const noun = startingIn(dealNouns, cue.end, cue.end + 3)[0];
    if (!noun || tokens.slice(cue.end, noun.start).some((t) => t.kind === 'punct')) continue;
    const { from, to } = index.sentenceTokens[sentenceOf(index, cue.start)];
    // "is not a party to the deal"
    if (startingIn(negators, Math.max(from, cue.start - 3), cue.start).length) continue;
    const named = subjectBefore(index, from, cue.start);
    let k = noun.end;
    if (tokens[k]?.lower === ',') k++;
    if (tokens[k]?.lower === 'as' && /^(is|are|was|were)$/.test(tokens[k + 1]?.lower ?? ''))
      named.push(...startingIn(index.mentions, k + 2, Math.min(to, k + 4)).filter((m) => m.codes.length));
    const frame = nearestFrame(all, 'deal', cue.start, index);
    if (frame) frame.parties = uniq([...frame.parties, ...named.flatMap((m) => m.codes)]);
  }
}

/** How many lines a list of a deal's points may run to. */
const LIST_REACH = 15;
/** A line that opens with a bullet or a number ("• A meeting …", "- Aid …", "2) Talks …"). */
const BULLET = /^\s*(?:[•·▪◦‣*–-]|\d{1,2}[.)])\s/;
/** A line that ends as a sentence does (else it is a fragment: "Prisoners to be released"). */
const SENTENCE_END = /[.!?"'”’]\s*$/;

/**
 * "The two leaders agreed on the following steps:" or "Here are the main points:" and then one
 * point a line ("Heavy weapons to be withdrawn within two weeks", "• Release of the fishermen"):
 * the lines under a frame's sentence that ends with a colon (or under the sentence after it, in
 * its paragraph) tell what the frame holds, as long as each is a bulleted line or a fragment.
 */
function listedPoints(doc: ParleyDocument, index: DocIndex, all: Frame[]) {
  const { sentences, blocks, text } = doc;
  for (const f of all) {
    const own = [...f.sentences, ...(f.told?.keys() ?? [])];
    for (const s of own)
      for (const colon of [s, s + 1]) {
        const sentence = sentences[colon];
        if (!sentence || sentence.block !== sentences[s].block) continue;
        if (!text.slice(sentence.start, sentence.end).trimEnd().endsWith(':')) continue;
        let b = sentence.block + 1;
        // The colon must end its line: the points start on the next.
        if (blocks[b] === undefined || sentences[colon + 1]?.block !== b) continue;
        for (let k = colon + 1; k < sentences.length && b <= sentence.block + LIST_REACH; k++) {
          if (sentences[k].block !== b) {
            b = sentences[k].block;
            if (b > sentence.block + LIST_REACH) break;
          }
          const line = text.slice(blocks[b].start, blocks[b].end);
          if (!BULLET.test(line) && SENTENCE_END.test(line)) break;
          if (index.sentenceTokens[k].to > index.sentenceTokens[k].from) f.sentences.add(k);
        }
      }
  }
}

/** How far an aside between commas may run ("The agreement, signed by X, Y and Z, calls for"). */
const ASIDE_REACH = 30;

/**
 * A verb of content follows the noun whose clause ends at `end`: right after it ("the deal calls
 * for"), or after an aside between commas that a participle opens ("The agreement, signed by the
 * three leaders, calls for", "The truce, brokered by Tarsia, includes").
 */
function contentFollows(index: DocIndex, content: Cue[], end: number, to: number): boolean {
  const { tokens } = index;
  if (startingIn(content, end, Math.min(to, end + 4)).length > 0) return true;
  if (tokens[end]?.lower !== ',' || !/^\p{Ll}+(ed|en|wn)$/u.test(tokens[end + 1]?.text ?? '')) return false;
  // The aside ends at a comma that a verb of content follows.
  for (let k = end + 2; k < Math.min(to, end + ASIDE_REACH); k++)
    if (tokens[k].lower === ',' && startingIn(content, k + 1, k + 2).length > 0) return true;
  return false;
}

/**
 * "terms set out BY the mediators, including …": terms whose only verb of content is a participle
 * that names their author are that author's. With no frame of their own in the sentence (an author
 * the codebook does not know), they are not the content of the deal or plan told before.
 */
function authoredElsewhere(index: DocIndex, content: Cue[], noun: Cue, to: number, opened: boolean): boolean {
  if (opened) return false;
  const near = startingIn(content, noun.end, Math.min(to, noun.end + 4));
  return near.length > 0 && near.every((c) => index.tokens[c.end]?.lower === 'by');
}

/** Sentences that describe a frame's content: "the deal calls for …", "under the plan, …". */
function describe(
  doc: ParleyDocument,
  ctx: PipelineContext,
  index: DocIndex,
  all: Frame[],
  cuesOf: (name: string) => Cue[],
) {
  followOn(doc, ctx, index, all, cuesOf);
  const dealNouns = cuesOf('deal_nouns');
  const planNouns = cuesOf('proposal_nouns');
  const content = cuesOf('content_cues');
  const openers = cuesOf('content_openers');
  // Cue lists are in text order: what starts or ends at a token is looked up, not searched for.
  const startsAt = (list: Cue[], at: number) => startingIn(list, at, at + 1).length > 0;
  const openerEnds = new Set(openers.map((o) => o.end));
  const kindOf = (c: Cue): Frame['kind'] | undefined =>
    startsAt(dealNouns, c.start) ? 'deal' : startsAt(planNouns, c.start) ? 'proposal' : undefined;
  for (const noun of [...dealNouns, ...planNouns]) {
    const kind = kindOf(noun);
    if (!kind) continue;
    const s = sentenceOf(index, noun.start);
    const { to } = index.sentenceTokens[s];
    const opened = openerEnds.has(noun.start) || openerEnds.has(noun.start - 1);
    if (!opened && !contentFollows(index, content, noun.end, to)) continue;
    // "any deal would require …": what a deal should hold, said of no deal in particular.
    if (UNSPECIFIC.has(index.tokens[noun.start - 1]?.lower ?? '')) continue;
    const frame =
      nearestFrame(all, kind, noun.start, index) ??
      (kind === 'proposal' ? nearestFrame(all, 'deal', noun.start, index) : undefined) ??
      // "The declaration stipulates …" far below the deal it names: a definite reference to the
      // story's deal (the one told last before it), however many sentences stand between.
      (kind === 'deal' && DEFINITE.has(index.tokens[noun.start - 1]?.lower ?? '')
        ? all.filter((f) => f.kind === 'deal' && f.at < noun.start).at(-1)
        : undefined) ??
      // "… as part of a historic agreement that will see the opening of embassies" in the lead:
      // the story's deal, told in full below it.
      (kind === 'deal' && s < LEAD_SENTENCES
        ? all.find(
            (f) => f.kind === 'deal' && f.at > noun.start && sentenceOf(index, f.at) - s <= DESCRIBE_REACH,
          )
        : undefined);
    if (!frame || frame.sentences.has(s)) continue;
    if (authoredElsewhere(index, content, noun, to, opened) && sentenceOf(index, frame.at) !== s) continue;
    frame.sentences.add(s);
    // "'The signed statement will end the war,' X said in a meeting with Y": a deal told in a
    // quote holds what the quote says, not what the words around it say of the speaker.
    const quote = index.statementOf[noun.start];
    if (quote >= 0) (frame.quoted ??= new Map()).set(s, quote);
  }
  itContinues(index, all, content);
  partContinues(index, all, content, cueWords(ctx, 'frame_part_nouns'));
}

/** What opens a plan noun's own content ("the idea OF ceding …", "a plan TO withdraw …"). */
const OWN_CONTENT = new Set(['of', 'to', 'that', 'for']);
/** How far after that word the content's issue may begin. */
const OWN_CONTENT_REACH = 4;

/** What may stand between a verb and the proposal noun it takes ("not received A NEW proposal"). */
const NOUN_LEAD = /^(a|an|any|no|the|new|formal|fresh|concrete|written|such|official|specific|detailed)$/;

/**
 * "Moscow had NOT RECEIVED a proposal from Kyiv", "has yet to see any plan", "made no offer": a
 * proposal noun whose receipt or making (receipt_verbs) is denied names no proposal.
 */
export function deniedProposal(ctx: PipelineContext, index: DocIndex, at: number): boolean {
  const { tokens } = index;
  let k = at - 1;
  while (k >= 0 && NOUN_LEAD.test(tokens[k].lower)) k--;
  if (!cueWords(ctx, 'receipt_verbs').has(tokens[k]?.lower ?? '')) return false;
  if (tokens.slice(k + 1, at).some((t) => t.lower === 'no')) return true;
  const before = (n: number) => tokens[k - n]?.lower ?? '';
  return (
    VERB_NEGATORS.has(before(1)) ||
    VERB_NEGATORS.has(before(2)) ||
    (before(1) === 'to' && before(2) === 'yet')
  );
}

/** Determiners that name no deal in particular ("any deal", "no agreement", "every accord"). */
const UNSPECIFIC = new Set(['any', 'no', 'every']);

/** Adverbs between "It" and its verb of content ("It also calls for …"). */
const CONTINUING_ADVERBS = new Set(['also', 'further', 'additionally', 'moreover', 'then', 'still']);

/** How many words may stand between "The" and a part noun ("The initial phase", "The final two stages"). */
const PART_LEAD = 2;
/** How many sentences after its frame a part may still be told. */
const PART_REACH = 8;

/**
 * "Israel has proposed a three-part plan … The first phase involves a six-week truce": a sentence
 * that opens with a part of a plan (frame_part_nouns) and a verb of content describes the frame
 * told last before it.
 */
function partContinues(index: DocIndex, all: Frame[], content: Cue[], partNouns: ReadonlySet<string>) {
  const { tokens } = index;
  for (let s = 1; s < index.sentenceTokens.length; s++) {
    const { from, to } = index.sentenceTokens[s];
    if (tokens[from]?.lower !== 'the') continue;
    let k = from + 1;
    while (k < Math.min(to, from + 1 + PART_LEAD) && !partNouns.has(tokens[k].lower)) k++;
    if (!partNouns.has(tokens[k]?.lower ?? '')) continue;
    k++;
    while (k < to && CONTINUING_ADVERBS.has(tokens[k].lower)) k++;
    if (startingIn(content, k, k + 1).length === 0) continue;
    const frame = all
      .filter((f) => f.kind === 'proposal' && f.at < from && s - sentenceOf(index, f.at) <= PART_REACH)
      .sort((a, b) => a.at - b.at)
      .at(-1);
    if (!frame || frame.sentences.has(s)) continue;
    frame.sentences.add(s);
  }
}

/**
 * "The agreement mandates a phased drawdown. It also calls for talks to include the Taliban.": a
 * sentence that opens with "It" and a verb of content goes on describing the frame the sentence
 * before it described (or named).
 */
function itContinues(index: DocIndex, all: Frame[], content: Cue[]) {
  const { tokens } = index;
  for (let s = 1; s < index.sentenceTokens.length; s++) {
    const { from, to } = index.sentenceTokens[s];
    if (tokens[from]?.lower !== 'it') continue;
    let k = from + 1;
    while (k < to && CONTINUING_ADVERBS.has(tokens[k].lower)) k++;
    if (startingIn(content, k, k + 1).length === 0) continue;
    const frame = all.filter((f) => f.sentences.has(s - 1) || f.told?.has(s - 1)).at(-1);
    if (!frame || frame.sentences.has(s)) continue;
    frame.sentences.add(s);
    const quote = index.statementOf[from];
    if (quote >= 0) (frame.quoted ??= new Map()).set(s, quote);
  }
}

/**
 * Mediators: "talks mediated by Turkey and Russia", "a U.S.-brokered deal", "Qatar, which mediated
 * the deal". Each proposes what the deal or talks of its sentence cover (else the report's deal).
 */
function mediators(
  doc: ParleyDocument,
  ctx: PipelineContext,
  index: DocIndex,
  cuesOf: (name: string) => Cue[],
): Array<{ codes: string[]; sentence: number; at: number; cue: string }> {
  const out: Array<{ codes: string[]; sentence: number; at: number; cue: string }> = [];
  // "a Qatari-mediated truce": a compound token whose second part is a mediation verb.
  const single = new Set((ctx.codebook.cues.mediation_cues ?? []).filter((c) => /^[a-z]+$/.test(c)));
  // "an EU-backed deal", "a UN-sponsored accord": a sponsor named before a deal noun stands behind
  // the deal as a broker does ("Iran-backed rebels" back no deal).
  const sponsors = new Set(ctx.codebook.cues.sponsor_compounds ?? []);
  const dealNouns = cuesOf('deal_nouns');
  for (let i = 0; i < index.tokens.length; i++) {
    const t = index.tokens[i];
    // (`includes` first: it is cheap, `lastIndexOf` a call into the runtime at every token)
    if (!t.lower.includes('-')) continue;
    const dash = t.lower.lastIndexOf('-');
    if (dash <= 0) continue;
    const second = t.lower.slice(dash + 1);
    const sponsored =
      sponsors.has(second) &&
      startingIn(dealNouns, i + 1, i + 3).some((n) => sentenceOf(index, n.start) === t.sentence);
    if (!single.has(second) && !sponsored) continue;
    const codes = codesOfName(ctx, t.text.slice(0, dash));
    if (codes.length) out.push({ codes, sentence: t.sentence, at: i, cue: t.text });
  }
  for (const c of cuesOf('mediation_cues')) {
    const s = sentenceOf(index, c.start);
    const { from, to } = index.sentenceTokens[s];
    let codes: string[] = [];
    // "brokered by Tarsia", "under the auspices of the Council": the cue's own preposition.
    if (index.tokens[c.end - 1].lower === 'by' || index.tokens[c.end - 1].lower === 'of')
      codes = ownerAfter(index, c.end - 1, to, /^(by|of)$/).flatMap((m) => m.codes);
    else if (index.tokens[c.start].text === '-' || index.tokens[c.start].lower.startsWith('-')) {
      const m = mentionsEndingAt(index, c.start).find((x) => x.codes.length);
      if (m) codes = m.codes;
    } else if (/^mediators?$/.test(index.tokens[c.start].lower)) {
      // "mediators Egypt and Qatar"
      // (within the sentence: "… had informed the mediators. Israel says …" names no mediator)
      // ("mediators between Israel and Hamas", "the role of mediator between Kyiv and Moscow": the
      // parties after "between" are the sides, not the mediators)
      const first =
        index.tokens[c.end]?.lower === 'between'
          ? undefined
          : startingIn(index.mentions, c.end, Math.min(c.end + 2, to)).find((x) => x.codes.length);
      if (first) codes = listFrom(index, first).flatMap((m) => m.codes);
    } else if (index.tokens[c.end]?.lower === 'with' || index.tokens[c.end]?.lower === 'by') {
      // "a deal brokered with Turkey and the UN"
      codes = ownerAfter(index, c.end, to, /^(by|with)$/).flatMap((m) => m.codes);
    } else if (index.tokens[c.end]?.lower !== 'of') {
      // "Qatar, which mediated the deal", "Egypt and Qatar mediated": the verb's own subject,
      // named just before it ("a deal brokered with Turkey" names its brokers after it, not before).
      const near = Math.max(from, c.start - 6);
      const subject = subjectBefore(index, near, c.start);
      const last = subject.at(-1);
      // (a short form in brackets ends at its bracket: "the United Arab Emirates (UAE) has said it
      // helped bring …")
      const bracket = last && index.tokens[last.end]?.text === ')' ? 1 : 0;
      if (last && c.start - last.end - bracket <= 3) codes = subject.flatMap((m) => m.codes);
    }
    if (codes.length && !brokeredLongBefore(doc, index, c.end, to))
      out.push({
        codes: uniq(codes),
        sentence: s,
        at: c.start,
        cue: doc.text.slice(index.tokens[c.start].start, index.tokens[c.end - 1].end),
      });
  }
  return out;
}

// How many tokens after a mediation cue its object's date may stand ("brokered a 2020 ceasefire").
const BROKERED_DATE_REACH = 3;
// A deal brokered this many years before the story is its history, not a stance of the story's days.
const HISTORY_YEARS = 2;

/**
 * "following the June 2014 elections", "since the 2018 vote": elections named by a date of an
 * earlier year were held then; the words name that past vote, not a vote a deal or plan holds.
 */
function electionsOfTheirDate(doc: ParleyDocument, index: DocIndex, m: PhraseMatch<IssuePayload>): boolean {
  if (m.pattern.payload.issue !== 'elections') return false;
  const start = index.tokens[m.start].start;
  const docYear = Number(doc.date.slice(0, 4));
  return doc.timexes.some(
    (t) => t.end <= start && start - t.end <= 1 && Number(t.value.slice(0, 4)) < docYear,
  );
}

/**
 * The mediation's sentence is dated months before the story ("consultations mediated by Tarsia …
 * when envoys visited Kessel in April", in a story of December): a past round, not the story's.
 */
function mediatedMonthsBefore(doc: ParleyDocument, index: DocIndex, sentence: number): boolean {
  const { from, to } = index.sentenceTokens[sentence];
  const start = index.tokens[from].start;
  const end = index.tokens[to - 1].end;
  const monthOf = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7));
  return doc.timexes.some(
    (t) =>
      t.start >= start &&
      t.end <= end &&
      !t.ahead &&
      t.precision !== 'year' &&
      monthOf(doc.date) - monthOf(t.value) >= MEDIATED_HISTORY_MONTHS,
  );
}

/** Verbs that call talks off ("cancelled", "scrapped", "called off", "postponed"). */
const CALLED_OFF = /^(cancel\w*|scrap\w*|postpone\w*|off)$/;
/** "cancelled EU-mediated talks", "called off the Qatari-brokered round": talks that did not take place. */
function calledOffBefore(index: DocIndex, at: number): boolean {
  let k = at - 1;
  if (index.tokens[k]?.lower === 'the') k--;
  return CALLED_OFF.test(index.tokens[k]?.lower ?? '');
}

/** How many months before the story a mediated round is its history ("last week" is not). */
const MEDIATED_HISTORY_MONTHS = 3;

/** "Russia, which brokered a 2020 ceasefire": the deal the cue tells of is dated years earlier. */
function brokeredLongBefore(doc: ParleyDocument, index: DocIndex, after: number, to: number): boolean {
  const last = index.tokens[Math.min(to, after + BROKERED_DATE_REACH) - 1];
  if (after >= to || !last) return false;
  const docYear = Number(doc.date.slice(0, 4));
  return doc.timexes.some(
    (t) =>
      t.start >= index.tokens[after].start &&
      t.end <= last.end &&
      Number(t.value.slice(0, 4)) <= docYear - HISTORY_YEARS,
  );
}

/**
 * The story's own frame of a kind, for "the proposal" far from any frame of its kind:
 * the one told most (its own sentences, descriptions and retellings), else the first told, among
 * those whose content names an issue and that are told before the reference (a reader knows "the
 * deal" only once it has been told).
 */
function storyFrame(
  all: Frame[],
  kind: Frame['kind'],
  at: number,
  issuesOf: (s: number) => PhraseMatch<IssuePayload>[],
): Frame | undefined {
  let best: Frame | undefined;
  let bestTold = 0;
  for (const f of all) {
    if (f.kind !== kind || f.at >= at) continue;
    if (![...f.sentences].some((s) => issuesOf(s).length > 0)) continue;
    const told = f.sentences.size + (f.told?.size ?? 0);
    if (told > bestTold) {
      best = f;
      bestTold = told;
    }
  }
  return best;
}

/** Words just before an answering verb that ask for the answer or leave it open ("Hamas SHOULD accept it", "WHETHER to accept"). */
const ASKED_ANSWER = new Set(['should', 'must', 'needs', 'need', 'has', 'have', 'ought', 'whether']);
/** How far before the answering verb those words are looked for ("needs TO accept", "whether OR NOT to accept"). */
const ASKED_REACH = 3;

/** An answer asked of a party or left open: none given. */
const askedAnswer = (index: DocIndex, from: number, cue: number) =>
  index.tokens
    .slice(Math.max(from, cue - ASKED_REACH), cue)
    .some(
      (t, i, near) =>
        ASKED_ANSWER.has(t.lower) && (!/^(needs?|has|have)$/.test(t.lower) || near[i + 1]?.lower === 'to'),
    );

/**
 * Who takes the stance of a cue at token `cue`: the subject of its clause, in the reporter's words
 * or in a statement's ("X said Y rejected the proposal": Y); else the speaker of the statement that
 * holds it ("'We welcome the deal,' X said").
 */
function referenceHolders(doc: ParleyDocument, index: DocIndex, from: number, cue: number): string[] {
  if (askedAnswer(index, from, cue)) return [];
  const stmt = index.statementOf[cue];
  const speaker = statementActorsAt(doc, index, cue);
  // "Trump pressed Zelenskiy to accept Russia's terms": a party pressed to answer gives no answer.
  const answering = (subject: ActorMention[]) =>
    pressedBy(index, subject) !== undefined ? [] : subject.flatMap((m) => m.codes);
  if (speaker.length === 0) return answering(subjectBefore(index, from, cue));
  const clauseFrom = Math.max(
    from,
    firstAtLeast(index.tokens, doc.statements[stmt].content.start, (t) => t.start),
  );
  // "Serraj, whose forces … by Haftar's LNA, signed": a relative clause hides the subject; the
  // speaker's word is kept rather than a name from inside it.
  if (index.tokens.slice(clauseFrom, cue).some((t) => RELATIVES.has(t.lower))) return speaker;
  const subject = subjectBefore(index, clauseFrom, cue);
  return subject.length ? answering(subject) : speaker;
}

/**
 * "called the declaration an important milestone", "described the plan as a non-starter": a
 * verb of naming (codebook `naming_verbs`) before the reference, and a stance cue or a praise
 * (`praise_judgements`) that judges it right after its noun.
 */
function judgementOfNamed(
  index: DocIndex,
  namingVerbs: ReadonlySet<string>,
  det: number,
  ref: Cue,
): Cue | undefined {
  if (!namingVerbs.has(index.tokens[det - 1]?.lower ?? '')) return undefined;
  return startingIn(index.cues, ref.end, ref.end + 1).find((c) => c.pattern.payload in JUDGEMENT_OF);
}

/**
 * "even if Ormund accepted the proposal, talks would go on": an answer put as a condition is not
 * yet given. ("asked for until Tuesday to make up his mind on the deal": "until" there is the time
 * given to answer, not a condition.)
 */
function answerAsCondition(tokens: DocIndex['tokens'], from: number, at: number): boolean {
  return conditionBefore(tokens, from, at) && !tokens.slice(from, at).some((t) => t.lower === 'until');
}

/**
 * "did not say whether the proposal addresses …": a question the text leaves open between the cue
 * and the plan it names ("whether", "did not say whether") answers nothing.
 */
function questionLeftOpen(openQuestions: Cue[], cue: Cue, det: number): boolean {
  return openQuestions.some((q) => q.end > cue.start && q.end <= det);
}

/**
 * The stance of a verb that answers a plan or a stance ("accepted the proposal", "rejected that
 * idea"): "declined to sign the deal", "refused to accept the plan" — a refusal before the verb —
 * turn it; "has not rejected the proposal" leaves the door open, not shut.
 */
function answerStance(index: DocIndex, negators: Cue[], from: number, cue: Cue): Stance {
  if (criticismRebutted(index, cue)) return 'accept';
  const refused = startingIn(index.cues, Math.max(from, cue.start - 4), cue.start).some(
    (c) => c.pattern.payload === 'stance_reject' && c.end <= cue.start && cue.start - c.end <= 1,
  );
  const unrejected =
    cue.pattern.payload === 'stance_reject' &&
    startingIn(negators, Math.max(from, cue.start - 3), cue.start).some(
      (n) => n.end <= cue.start && cue.start - n.end <= 1,
    );
  return unrejected ? 'open' : refused ? 'reject' : JUDGEMENT_OF[cue.pattern.payload];
}

/**
 * "sought to bat down criticism of the agreement", "dismissed criticism of the deal": a reject cue
 * that a rebuttal takes as its object is the criticised deal defended, not refused.
 */
export function criticismRebutted(index: DocIndex, cue: Cue): boolean {
  return startingIn(index.cues, Math.max(0, cue.start - 6), cue.start + 1).some(
    (c) => c.pattern.payload === 'rebuttal_cues' && c.end >= cue.end,
  );
}

/**
 * "The deal brokered by Turkey": the issues of a definite deal noun right before the mediation
 * cue, read as the reference it is ("the deal" → the grain deal told before); none if the noun is
 * not there or refers to nothing.
 */
function brokeredReference(
  references: () => Map<number, PhraseMatch<IssuePayload>[]>,
  med: { sentence: number; at: number },
  dealNouns: Cue[],
): PhraseMatch<IssuePayload>[] {
  const noun = dealNouns.find((n) => n.end === med.at);
  if (!noun) return [];
  const refs = references().get(med.sentence) ?? [];
  return refs.filter((m) => m.start <= noun.start && noun.start < m.end);
}

/** How far into its sentence a fronted time clause may open ("Less than a week after …"). */
const FRONTED_OPENER_REACH = 5;

/**
 * "Days after the foreign minister visited Islamabad, the two countries agreed to renew the pact":
 * a meeting told in a time clause fronted before the deal's verb and closed by a comma is when the
 * deal came, not what it holds; so the summit it names is no term of the deal.
 */
function meetingInFrontedTimeClause(index: DocIndex, m: PhraseMatch<IssuePayload>, at: number): boolean {
  if (m.pattern.payload.issue !== 'summit' || m.start >= at) return false;
  const { tokens } = index;
  const { from } = index.sentenceTokens[sentenceOf(index, m.start)];
  let opener = -1;
  for (let k = from; k < Math.min(m.start, from + FRONTED_OPENER_REACH); k++)
    if (PAST_CLAUSE_OPENERS.has(tokens[k].lower) || tokens[k].lower === 'following') opener = k;
  if (opener < 0) return false;
  for (let k = opener + 1; k < m.start; k++) if (CLAUSE_BREAKS.has(tokens[k].lower)) return false;
  for (let k = m.end; k < at; k++) if (tokens[k].text === ',') return true;
  return false;
}

/** How many words may stand between "after"/"following" and the summit it introduces ("after the Pyongyang summit"). */
const OCCASION_REACH = 3;
/** Prepositions that name a meeting as the time a deal came ("signed after the summit", "agreed following a summit"). */
const OCCASION_OPENERS = new Set(['after', 'following']);

/**
 * "signed after the Pyongyang summit between Moon and Kim", "agreed a de-escalation process
 * following a summit between the presidents": a meeting a preposition of time introduces, wherever
 * it stands in the sentence, is when the deal came, not one of its terms.
 */
function meetingAsOccasion(index: DocIndex, m: PhraseMatch<IssuePayload>): boolean {
  if (m.pattern.payload.issue !== 'summit') return false;
  const { tokens } = index;
  const { from } = index.sentenceTokens[sentenceOf(index, m.start)];
  for (let k = m.start - 1; k >= Math.max(from, m.start - 1 - OCCASION_REACH); k--) {
    if (CLAUSE_BREAKS.has(tokens[k].lower)) return false;
    if (OCCASION_OPENERS.has(tokens[k].lower)) return true;
  }
  return false;
}

/** How many words may stand between "at"/"during" and the meeting it introduces ("at a Vienna-hosted meeting"). */
const VENUE_REACH = 6;
/** Prepositions that name a meeting as the place a deal was made ("agreements reached at the summit"). */
const VENUE_OPENERS = new Set(['at', 'during']);

/**
 * "their commitment to the agreements reached at a Vienna-hosted meeting of the presidents",
 * "the accord signed at the summit": a meeting where a deal was reached, signed or agreed names
 * where it came from, not one of its terms nor a stance on meeting (the meeting word may head the
 * match or end it).
 */
function meetingWhereDealWasMade(
  index: DocIndex,
  m: PhraseMatch<IssuePayload>,
  participles: ReadonlySet<string>,
): boolean {
  if (m.pattern.payload.issue !== 'summit') return false;
  const { tokens } = index;
  const { from } = index.sentenceTokens[sentenceOf(index, m.start)];
  for (const head of new Set([m.start, m.end - 1])) {
    for (let k = head - 1; k >= Math.max(from + 1, head - VENUE_REACH); k--) {
      if (CLAUSE_BREAKS.has(tokens[k].lower)) break;
      if (!VENUE_OPENERS.has(tokens[k].lower)) continue;
      const one = tokens[k - 1].lower;
      const two = k - 2 >= from ? `${tokens[k - 2].lower} ${one}` : '';
      if (participles.has(one) || participles.has(two)) return true;
    }
  }
  return false;
}

/**
 * A summit the sentence names only as the setting of a deal: when it came ("signed after the
 * summit") or where it was made ("agreements reached at the Vienna meeting"). Neither is one of
 * the deal's terms nor anyone's stance on meeting.
 */
export const meetingAsSetting = (
  index: DocIndex,
  m: PhraseMatch<IssuePayload>,
  participles: ReadonlySet<string>,
): boolean => meetingAsOccasion(index, m) || meetingWhereDealWasMade(index, m, participles);

/** How far a trailing after/since clause may run from its opener to the deal's verb. */
const TRAILING_OPENER_REACH = 8;
/** Subordinators of a trailing clause that tells an earlier deal ("… days after X agreed to …"). */
const TRAILING_PAST_OPENERS = new Set(['after', 'since']);

/**
 * "The swap was carried out days after Washington agreed to provide weapons": a deal told in a
 * trailing after/since clause, in the past, is when the main clause happened; the issue the main
 * clause names before the opener is no term of that deal. (A deal still to come — "prisoners will
 * be freed after the sides sign the accord" — keeps its content: its verb is not past.)
 */
function mainClauseBeforeTrailingDeal(
  index: DocIndex,
  m: PhraseMatch<IssuePayload>,
  at: number,
  pastForms: ReadonlySet<string>,
): boolean {
  const { tokens } = index;
  if (m.end > at) return false;
  const verb = tokens[at].lower;
  if (!/ed$/.test(verb) && !pastForms.has(verb)) return false;
  for (let k = at - 1; k >= Math.max(m.end, at - TRAILING_OPENER_REACH); k--) {
    if (CLAUSE_BREAKS.has(tokens[k].lower)) return false;
    if (TRAILING_PAST_OPENERS.has(tokens[k].lower)) return true;
  }
  return false;
}

/** Subordinators that open a clause telling what happened before the story's time. */
const PAST_CLAUSE_OPENERS = new Set(['since', 'after', 'when', 'before']);
const CLAUSE_BREAKS = new Set([',', ';', '.', '—', '–']);

/**
 * "called for talks on easing the closure, enforced since Hamas seized the territory in 2007":
 * an issue word inside a since/after/when clause that ends on a year long past (`oldTimexes`) is
 * background the reporter adds, not what a plan or a deal holds. The clause runs
 * unbroken from its opener (at or after `from`) through the issue to the year.
 */
function inDatedPastClause(
  index: DocIndex,
  from: number,
  m: PhraseMatch<IssuePayload>,
  oldTimexes: readonly Timex[],
): boolean {
  const { tokens } = index;
  for (let k = m.start - 1; k >= from; k--) {
    const w = tokens[k].lower;
    if (CLAUSE_BREAKS.has(w)) return false;
    if (!PAST_CLAUSE_OPENERS.has(w)) continue;
    const limit = Math.min(m.end + 4, tokens.length);
    for (let j = m.end; j < limit && !CLAUSE_BREAKS.has(tokens[j].lower); j++)
      if (oldTimexes.some((t) => t.start >= tokens[j].start && t.start <= tokens[j].end)) return true;
    return false;
  }
  return false;
}

export function dealPositions(doc: ParleyDocument, ctx: PipelineContext): Position[] {
  const index = docIndex(doc, ctx);
  const { tokens } = index;
  const byList = new Map<string, Cue[]>();
  for (const c of index.cues) {
    const list = byList.get(c.pattern.payload);
    if (list) list.push(c);
    else byList.set(c.pattern.payload, [c]);
  }
  const cuesOf = (name: string) => byList.get(name) ?? [];
  const { all, unowned } = frames(doc, ctx, index, cuesOf);
  describe(doc, ctx, index, all, cuesOf);
  listedPoints(doc, index, all);
  joinedParties(index, all, cuesOf);
  const actorAt = slotLookup(index);
  const storyIssues = issuesBySentence(doc, ctx, index);
  // The reference nouns' issues, read once for the document when a broker first needs them.
  let referenceNouns: Map<number, PhraseMatch<IssuePayload>[]> | undefined;
  const referencesOf = () => {
    referenceNouns ??= referenceIssues(ctx, index, storyIssues);
    return referenceNouns;
  };
  const filteredBySentence = new Map<string, PhraseMatch<IssuePayload>[]>();
  const labelEnds = new Set(cuesOf('process_labels').map((p) => p.end));
  const dealParticiples = cueWords(ctx, 'deal_participles');
  const docYear = Number(doc.date.slice(0, 4));
  const oldTimexes = doc.timexes.filter((t) => Number(t.value.slice(0, 4)) <= docYear - HISTORY_YEARS);
  /** The issues a sentence names; `topics`: also those named as the topic of talks. */
  const issuesOf = (s: number, topics = false, turned = false) => {
    let hit = filteredBySentence.get(`${s}|${topics}|${turned}`);
    if (!hit) {
      const { from } = index.sentenceTokens[s];
      const negators = cuesOf('negators');
      const raw = storyIssues[s];
      hit = preferTight(raw).filter(
        (m) =>
          !m.pattern.negated &&
          !namesAPlace(index, m.start) &&
          !electionsOfTheirDate(doc, index, m) &&
          !meetingAsSetting(index, m, dealParticiples) &&
          !inDatedPastClause(index, from, m, oldTimexes) &&
          // "did not include data protection": not what the deal covers; but "under the deal,
          // Tarsia would not annex the islands" is what it covers (a verb the deal itself turns)
          (turned ||
            !startingIn(negators, from, m.start).some(
              (n) =>
                n.end <= m.start &&
                m.start - n.end <= 3 &&
                !(n.end === m.start && VERB_NEGATORS.has(tokens[n.end - 1].lower)),
            )) &&
          // "talks on ending the war": the topic of talks, not what a deal or plan holds
          (topics || (!labelEnds.has(m.start) && !labelEnds.has(m.start - 1))),
      );
      filteredBySentence.set(`${s}|${topics}|${turned}`, hit);
    }
    return hit;
  };
  const out: Position[] = [];
  const push = (
    actor: string,
    m: PhraseMatch<IssuePayload>,
    stance: Stance,
    rule: string,
    cue: string,
    confidence: number,
  ) => {
    // The evidence is the sentence that names the issue: the deal's or plan's own words.
    const s = index.sentenceTokens[sentenceOf(index, m.start)];
    const evidence: Span = { start: tokens[s.from].start, end: tokens[s.to - 1].end };
    out.push({
      ...evidence,
      actor,
      issue: m.pattern.payload.issue,
      ...(m.pattern.payload.about ? { about: m.pattern.payload.about } : {}),
      stance,
      evidence,
      provenance: { rule, cue, confidence },
    });
  };
  // "held nuclear talks … and agreed to meet again": an agreement to meet holds none of the
  // issues its sentence names before it (the topic of the talks already held).
  const meetingVerbs = cueWords(ctx, 'consult_verbs');
  const toMeet = (f: Frame) => {
    for (let k = f.at; k < f.at + 3 && k + 1 < tokens.length; k++) {
      if (tokens[k].lower !== 'to') continue;
      const next = tokens[k + 1].lower;
      return meetingVerbs.has(next) || meetingVerbs.has(`${next} ${tokens[k + 2]?.lower ?? ''}`);
    }
    return false;
  };
  const pastForms = cueWords(ctx, 'irregular_past');
  // (in the frame's own sentence, only what is told from its `from` on: "demands … included X";
  // an agreement to meet, from its verb on)
  const ownPart = (f: Frame, s: number, x: PhraseMatch<IssuePayload>) => {
    const ownFrom =
      f.from ?? (f.kind === 'deal' && toMeet(f) ? f.at : undefined) ?? linkedFrameFrom(index, f.at);
    if (sentenceOf(index, f.at) === s && toldBeforeItsReport(index, x, f.at)) return false;
    return ownFrom === undefined || sentenceOf(index, f.at) !== s || x.start >= ownFrom;
  };
  // 1. What a deal covers, each party accepts; what a plan covers, its authors propose.
  for (const f of all) {
    for (const s of f.sentences)
      for (const m of issuesOf(s).filter(
        (x) =>
          ownPart(f, s, x) &&
          !leftOpenAfter(index, cuesOf('unsettled_markers'), f.at, x.start) &&
          !(x.start > f.at && sentenceOf(index, f.at) === s && ownClauseBetween(index, f.at, x.start)) &&
          !(sentenceOf(index, f.at) === s && meetingInFrontedTimeClause(index, x, f.at)) &&
          !(sentenceOf(index, f.at) === s && mainClauseBeforeTrailingDeal(index, x, f.at, pastForms)) &&
          (!f.quoted?.has(s) || index.statementOf[x.start] === f.quoted.get(s)),
      ))
        for (const a of partOf(index, f, m))
          push(a, m, STANCE_OF_FRAME[f.kind], `position.${f.kind}.content`, f.cue, 0.6);
    for (const [s, { from, parties }] of f.told ?? []) {
      if (f.sentences.has(s)) continue;
      // "reached between the two generals, who made a hotline call on Tuesday": a clause on the
      // people, not on the deal, ends what the sentence tells of it; so does a clause with a
      // party of its own ("exchanged prisoners as President Kest seeks to lift sanctions").
      const { to } = index.sentenceTokens[s];
      let end = from;
      while (end < to && !PERSON_RELATIVES.has(tokens[end].lower) && !clauseOfItsOwn(index, end, to)) end++;
      for (const m of issuesOf(s).filter((x) => x.start >= from && x.start < end && !outsiders(index, f, x)))
        for (const a of parties) push(a, m, 'accept', 'position.deal.retold', f.cue, 0.6);
    }
  }
  // 2. Mediators propose what they mediate.
  for (const med of mediators(doc, ctx, index, cuesOf)) {
    // What the mediated talks are about is what the mediator proposes ("talks on a ceasefire").
    let issues = issuesOf(med.sentence, true);
    // "a U.S.-brokered ceasefire", "Qatar, which mediated the truce, condemned the aid cutoff": the
    // issue named as what was brokered is what the broker proposes, not the rest of its sentence.
    const brokered = issues.filter((m) => m.start > med.at && m.start - med.at <= BROKERED_GAP + 1);
    if (brokered.length) issues = brokered;
    // "The Houthis stressed in the Oman-mediated talks that their position was not negotiable until
    // …": what a party's reported clause holds after the talks is that party's stance, not the
    // mediator's proposal (nor is the story's issue, when nothing else is left).
    const ownIssues = issues.filter((m) => !stanceReportedBetween(index, med.at, m.start));
    if (issues.length && !ownIssues.length) continue;
    issues = ownIssues;
    let rule = 'position.mediator';
    if (issues.length === 0) {
      // "That followed a first round of Omani-mediated consultations … in April": talks the
      // mediator held months before the story are its history, not the deal the story tells.
      // ("Aliyev cancelled EU-mediated talks": talks called off brokered nothing, nor the deal told
      // near them.)
      if (mediatedMonthsBefore(doc, index, med.sentence) || calledOffBefore(index, med.at)) continue;
      const f = nearestFrame(all, 'deal', med.at, index) ?? all.find((x) => x.kind === 'deal');
      issues = f ? [...f.sentences].flatMap((s) => issuesOf(s)) : [];
    }
    // "The deal brokered by Turkey and the UN allowed …": the deal named before the broker is the
    // one told earlier in the story, and holds what that one holds.
    if (issues.length === 0) {
      issues = brokeredReference(referencesOf, med, cuesOf('deal_nouns'));
      if (issues.length) rule = 'position.mediator.reference';
    }
    // No deal told with what it holds: the mediator works for what the story is about
    // ("Omani officials acting as intermediaries", "mediation efforts by Tarsia").
    if (issues.length === 0) {
      const story = storyIssueOf(ctx, index, actorAt);
      if (story) issues = [issueAt(med.at, med.at + 1, tokens[med.at].lower, { issue: story })];
      rule = 'position.mediator.story';
    }
    for (const m of issues) for (const a of med.codes) push(a, m, 'propose', rule, med.cue, 0.55);
  }
  // 3. "X accepted the proposal", "Y rejected the deal": the stance on each of its issues.
  const references = [...cuesOf('deal_nouns'), ...cuesOf('proposal_nouns')];
  const namingVerbs = cueWords(ctx, 'naming_verbs');
  const openQuestions = cuesOf('stance_hypothetical');
  const legislationHeads = cueWords(ctx, 'plan_modified_heads');
  for (const ref of references) {
    // "the deal", "the Venezuelan-led political agreement": a definite reference, with at most
    // three modifiers between the determiner and the noun.
    let det = ref.start - 1;
    while (det >= 0 && det > ref.start - 5 && !DEFINITE.has(tokens[det].lower) && tokens[det].kind === 'word')
      det--;
    if (det < 0 || !DEFINITE.has(tokens[det].lower)) continue;
    const s = sentenceOf(index, ref.start);
    const { from } = index.sentenceTokens[s];
    const before = startingIn(index.cues, from, det)
      .filter((c) => c.pattern.payload in STANCE_OF && c.end <= det && det - c.end <= 3)
      .at(-1);
    const cue = before ?? judgementOfNamed(index, namingVerbs, det, ref);
    if (!cue || answerAsCondition(tokens, from, cue.start) || questionLeftOpen(openQuestions, cue, det))
      continue;
    // Where the holder's words begin: the cue, or the verb that names the judgement after the noun.
    const anchor = before ? cue.start : det - 1;
    // "they want the ceasefire to hold": a deal noun that names its issue itself is a stance on
    // that issue (read by the stance cues), not on everything the deal told nearby holds.
    if (issuesOf(s).some((m) => m.start <= ref.start && m.end >= ref.end)) continue;
    // A deal named in capitals ("suspending the Indus Waters Treaty", "the Lumen Agreement") is a
    // deal of its own, not a reference back to the one told nearby.
    if (/^\p{Lu}/u.test(tokens[ref.start].text)) continue;
    // "demands that Kyiv withdraw the draft law": a plan noun before a law's noun only modifies it.
    if (legislationHeads.has(tokens[ref.end]?.lower ?? '')) continue;
    // "resistant to the idea of ceding any territory": a noun that names its own content right
    // after it refers to no plan told before.
    if (
      OWN_CONTENT.has(tokens[ref.end]?.lower ?? '') &&
      issuesOf(s).some((m) => m.start > ref.end && m.start <= ref.end + OWN_CONTENT_REACH)
    )
      continue;
    const kind: Frame['kind'] = startingIn(cuesOf('deal_nouns'), ref.start, ref.start + 1).length
      ? 'deal'
      : 'proposal';
    // A plan far from any plan told near it is the story's plan; "the deal" far from every deal is
    // too often another one (an earlier accord, the one a party wants) to be read as the story's.
    const near =
      nearestFrame(all, kind, ref.start, index) ??
      (kind === 'proposal' ? storyFrame([...all, ...unowned], kind, ref.start, issuesOf) : undefined);
    // "Moscow handed Kyiv a memorandum … Kyiv dismissed the memorandum": the noun brought in since
    // the frame was told is what the reference names, not the deal told before it.
    const frame = near && introducedSince(index, references, near.at, ref) ? undefined : near;
    if (frame?.sentences.has(s)) continue;
    const stance = answerStance(index, cuesOf('negators'), from, cue);
    // "“Both sides must respect the deal,” X said": what a speaker says others must do is the
    // speaker's demand, not their acceptance.
    const asked = stance === 'demand' && DEMAND_MODALS.has(tokens[cue.start].lower);
    const speaker = asked ? statementActorsAt(doc, index, cue.start) : [];
    const holders = speaker.length ? speaker : referenceHolders(doc, index, from, anchor);
    const held = (x: Stance): Stance => (x === 'demand' && !speaker.length ? 'accept' : x);
    const cueText = doc.text.slice(tokens[anchor].start, tokens[Math.max(ref.end, cue.end) - 1].end);
    const fromFrame = frame
      ? [...frame.sentences].flatMap((fs) => issuesOf(fs).filter((x) => ownPart(frame, fs, x)))
      : [];
    if (frame && fromFrame.length > 0) {
      for (const m of fromFrame)
        for (const a of uniq(holders))
          if (!(frame.parties.includes(a) && stance === 'accept'))
            push(a, m, held(stance), `position.${kind}.${stance}`, cueText, 0.55);
      continue;
    }
    // No frame told near it with what it holds: the deal or plan it refers back to is the nearest
    // one named before it whose own words say what it holds ("a deal to extend the truce and free
    // the fishermen … Ormund later rejected the deal").
    // A turned answer ("would not leave the pact", "refused to sign the deal") is read only where
    // the deal is told near it.
    if (startingIn(cuesOf('negators'), Math.max(from, anchor - 4), ref.start).length) continue;
    // Only "the/this deal" with plain modifiers ("the 2015 nuclear deal"): not a phrase the
    // determiner heads ("the progress on … and agreements", "that any peace deal").
    if (tokens.slice(det + 1, ref.start).some((t) => REFERENCE_BREAKS.has(t.lower))) continue;
    // "X abandoned the agreement in 2018": an act of an earlier year is background, not a stance now.
    const year = Number(doc.date.slice(0, 4));
    const { to } = index.sentenceTokens[s];
    if (tokens.slice(from, to).some((t) => /^(19|20)\d\d$/.test(t.text) && Number(t.text) < year)) continue;
    const ante = antecedent(index, references, cuesOf('content_cues'), ref, issuesOf);
    if (!ante) continue;
    // "welcomed the humanitarian agreement": a modifier that names an issue says which deal it is;
    // an antecedent that holds none of it is another deal (a truce only hoped for nearby).
    const named = issuesOf(s).filter((m) => m.start > det && m.end <= ref.start);
    if (
      named.length &&
      !named.some((m) => ante.issues.some((x) => x.pattern.payload.issue === m.pattern.payload.issue))
    )
      continue;
    // "the presence of both in the Tarsian capital would bring all back into the accord": a place
    // named after "in the" or "at the" holds no stance.
    const places = new Set(
      subjectBefore(index, from, cue.start)
        .filter(
          (m) => tokens[m.start - 1]?.lower === 'the' && /^(in|at)$/.test(tokens[m.start - 2]?.lower ?? ''),
        )
        .flatMap((m) => m.codes),
    );
    const placeless = holders.filter((a) => !places.has(a));
    // In a statement, only a party named as the subject answers ("X said Ormund rejected the
    // deal"); the speaker's own "we welcome the deal" is too often about another one.
    const stmt = index.statementOf[cue.start];
    if (stmt >= 0 && !speaker.length) {
      const content = firstAtLeast(tokens, doc.statements[stmt].content.start, (t) => t.start);
      if (subjectBefore(index, Math.max(from, content), anchor).length === 0) continue;
    }
    // The provenance names the cue and the antecedent's words: its noun and what they say it holds.
    const anteFrom = Math.min(ante.noun.start, ...ante.issues.map((m) => m.start));
    const anteTo = Math.max(ante.noun.end, ...ante.issues.map((m) => m.end));
    const via = `${cueText} → ${doc.text.slice(tokens[anteFrom].start, tokens[anteTo - 1].end)}`;
    for (const m of ante.issues)
      for (const a of uniq(placeless)) push(a, m, held(stance), `position.reference.${stance}`, via, 0.5);
  }
  // 4. "Ormund accepts Tarsian-Lumen proposal", "Ormund approved Tarsia's plan": a party that
  // accepts a plan named with its owners accepts each issue of that plan, wherever the same
  // owners' plan is told ("the Tarsian-Lumen proposal includes …"). (A verb that refuses, read
  // so, too often answers another text than the plan told: "blocked draft resolutions".)
  for (const f of all) {
    if (f.kind !== 'proposal') continue;
    const s = sentenceOf(index, f.at);
    const { from } = index.sentenceTokens[s];
    const cue = startingIn(index.cues, from, f.at)
      .filter(
        (c) =>
          c.pattern.payload === 'stance_accept' &&
          c.end <= f.at &&
          f.at - c.end <= OWNED_PLAN_GAP &&
          tokens.slice(c.end, f.at).every((t) => t.kind === 'word' || POSSESSIVE_MARKS.has(t.lower)),
      )
      .at(-1);
    // "will return if Ormund lifts its objections to the Tarsian plan": a condition, not an answer.
    if (!cue || conditionBefore(tokens, from, cue.start)) continue;
    const holders = uniq(referenceHolders(doc, index, from, cue.start)).filter((a) => !f.parties.includes(a));
    if (holders.length === 0) continue;
    const stance = answerStance(index, cuesOf('negators'), from, cue);
    const same = all.filter(
      (g) =>
        g.kind === 'proposal' &&
        g.parties.length === f.parties.length &&
        g.parties.every((a) => f.parties.includes(a)),
    );
    const cueText = doc.text.slice(tokens[cue.start].start, tokens[f.at].end);
    for (const g of same)
      for (const gs of g.sentences)
        for (const m of issuesOf(gs))
          for (const a of holders) push(a, m, stance, `position.proposal.${stance}`, cueText, 0.55);
  }
  return out;
}

/** "a memorandum" told after token `since` and in a sentence before `ref`, with `ref`'s own noun. */
function introducedSince(index: DocIndex, references: Cue[], since: number, ref: Cue): boolean {
  const { tokens } = index;
  const noun = tokens[ref.end - 1].lower;
  const s = sentenceOf(index, ref.start);
  return references.some(
    (r) =>
      r.start > since &&
      sentenceOf(index, r.start) < s &&
      tokens[r.end - 1].lower === noun &&
      /^(a|an)$/.test(tokens[r.start - 1]?.lower ?? ''),
  );
}

/** Words that cannot stand between a determiner and the deal noun it refers with. */
const REFERENCE_BREAKS = new Set([
  'a',
  'an',
  'any',
  'some',
  'every',
  'no',
  'of',
  'on',
  'and',
  'or',
  'to',
  'in',
  'for',
  'with',
  'by',
  'at',
  'from',
  'that',
  'which',
]);

/** How many tokens after a deal or plan noun its provisions may run ("a deal to extend … and free …"). */
const PROVISION_REACH = 14;
/** Modifiers before the noun that may name what it holds ("the ceasefire agreement", "a nuclear deal"). */
const PROVISION_BEFORE = 3;
/** Words after a deal or plan noun that open what it holds. */
const PROVISION_OPENERS = new Set([
  'to',
  'on',
  'for',
  'that',
  'which',
  'under',
  'including',
  'covering',
  'allowing',
  'over',
]);
/** Words that end the phrase of a deal or plan noun: a new clause, another subject's words. */
const PROVISION_STOPS = new Set([
  ';',
  ':',
  'but',
  'while',
  'whereas',
  'although',
  'though',
  'after',
  'before',
  'because',
  'since',
  'when',
  'said',
  'says',
]);

/** Conjunctions that set a clause against the one before ("signed a deal, but key issues remain"). */
const CONTRASTS = new Set(['but', 'although', 'though', 'however', 'yet']);

/**
 * "signed a framework agreement, but key issues including the withdrawal of the rebels remain
 * unresolved": a contrast after the deal, before the issue, whose clause says the issue is left
 * open (codebook unsettled_markers), tells what the deal did not settle.
 */
function leftOpenAfter(index: DocIndex, unsettled: Cue[], dealAt: number, issueAt: number): boolean {
  let contrast = -1;
  for (let k = dealAt + 1; k < issueAt; k++) if (CONTRASTS.has(index.tokens[k].lower)) contrast = k;
  if (contrast < 0) return false;
  const { to } = index.sentenceTokens[sentenceOf(index, issueAt)];
  return startingIn(unsettled, contrast, to).length > 0;
}

/**
 * What a deal or plan noun's own phrase says it holds: the issues named in its modifiers and in the
 * words that follow it, up to the end of its clause ("an earlier truce deal", "a plan to free the
 * fishermen and reopen the embassies").
 */
function provisions(
  index: DocIndex,
  noun: Cue,
  content: Cue[],
  issuesOf: (s: number, topics?: boolean, turned?: boolean) => PhraseMatch<IssuePayload>[],
): PhraseMatch<IssuePayload>[] {
  const { tokens } = index;
  const s = sentenceOf(index, noun.start);
  const { from, to } = index.sentenceTokens[s];
  let start = noun.start;
  while (
    start > from &&
    noun.start - start < PROVISION_BEFORE &&
    tokens[start - 1].kind === 'word' &&
    !DEFINITE.has(tokens[start - 1].lower) &&
    !/^(a|an)$/.test(tokens[start - 1].lower)
  )
    start--;
  // What follows tells what it holds only where a word of content opens it ("a deal to …", "a
  // plan for …", "an agreement that/which …", "a truce on …"), not "pulled out of the deal in 2018
  // and reimposed sanctions".
  let end = noun.end;
  if (PROVISION_OPENERS.has(tokens[noun.end]?.lower ?? '') || contentFollows(index, content, noun.end, to))
    while (end < to && end - noun.end < PROVISION_REACH && !PROVISION_STOPS.has(tokens[end].lower)) end++;
  // The noun's own modifiers name what it holds even where its verb is turned ("left without
  // signing a ceasefire agreement"); what follows it counts only where not turned ("a deal that
  // does not include the islands").
  const without = tokens.slice(Math.max(from, start - 3), start).some((t) => t.lower === 'without');
  const own = issuesOf(s, false, without).filter((m) => m.start >= start && m.end <= noun.end);
  const after = issuesOf(s).filter((m) => m.start >= noun.end && m.end <= end);
  return [...own, ...after].filter((m) => index.statementOf[m.start] === index.statementOf[noun.start]);
}

/**
 * The deal or plan a definite reference refers back to: the nearest deal or plan noun named before
 * it, in an earlier sentence, whose own phrase names what it holds (else none: "the deal" with no
 * such antecedent is left unread).
 */
function antecedent(
  index: DocIndex,
  references: Cue[],
  content: Cue[],
  ref: Cue,
  issuesOf: (s: number, topics?: boolean, turned?: boolean) => PhraseMatch<IssuePayload>[],
): { noun: Cue; issues: PhraseMatch<IssuePayload>[] } | undefined {
  const s = sentenceOf(index, ref.start);
  const before = references
    .filter((r) => {
      const rs = sentenceOf(index, r.start);
      return r.start < ref.start && rs < s && (s - rs <= DESCRIBE_REACH || rs < LEAD_SENTENCES);
    })
    .sort((a, b) => b.start - a.start);
  for (const noun of before) {
    const issues = provisions(index, noun, content, issuesOf);
    if (issues.length) return { noun, issues };
  }
  return undefined;
}

/** Words that open a clause of its own inside a deal's sentence. */
const CLAUSE_OPENERS = new Set(['but', 'while', 'whereas', 'although', 'though']);
const CLAUSE_JOINERS = new Set(['and', 'but', 'while', 'whereas', 'yet']);
/** Capitalised words of a title that may stand before a clause's subject ("US President"). */
const TITLE_WORDS = 3;
/** Words that may come before a clause's subject ("and in return the …", "that the …"). */
const CLAUSE_LEAD = new Set(['and', 'in', 'return', 'turn', 'that', 'also', 'then', 'meanwhile']);

/**
 * Whose part of a deal an issue is: "Veska agreed to pause its patrols, and in return Ormund will
 * free the fishermen" — a clause after the sentence's opening one (after ", and", "but", ";", or
 * an opening participle: "Reaffirming the declaration, Ormund commits to …") whose subject opens
 * it and is some of the deal's parties (not all) tells their part, and only they accept what it
 * holds; else every party of the frame.
 */
function partOf(index: DocIndex, f: Frame, m: PhraseMatch<IssuePayload>): string[] {
  if (f.kind !== 'deal') return f.parties;
  if (outsiders(index, f, m)) return [];
  const { tokens } = index;
  const { from } = index.sentenceTokens[sentenceOf(index, m.start)];
  // "the deal included an agreement by Tarsia to recognise …", "a commitment by Ormund to free …":
  // the party named between "by" and "to" just before the issue's phrase takes that part on itself.
  if (f.parties.length >= 2)
    for (let t = m.start - 1; t >= Math.max(from + 2, m.start - 8); t--) {
      if (tokens[t].kind === 'punct' && tokens[t].text !== "'") break;
      if (tokens[t].lower !== 'to') continue;
      const by = mentionsEndingAt(index, t).find(
        (x) => x.codes.length && tokens[x.start - 1]?.lower === 'by',
      );
      if (by && tokens[by.start - 2]?.kind === 'word') return uniq(by.codes);
    }
  const subject = clauseSubject(index, m)?.codes;
  if (!subject || f.parties.length < 2 || subject.length >= f.parties.length) return f.parties;
  return subject.every((a) => f.parties.includes(a)) ? subject : f.parties;
}

/**
 * "Veska and Ormund sign a deal; Tarsia weighs lifting sanctions", "…, and the Tarsian president
 * pledged aid": a clause whose subject is outside a deal of two or more parties tells that party's
 * own act, no term of it. (One party's deal has its counterpart outside it: "Veska has agreed to
 * this deal …, and Ormund would free the fishermen" is a term.)
 */
function outsiders(index: DocIndex, f: Frame, m: PhraseMatch<IssuePayload>): boolean {
  const subject = f.kind === 'deal' && f.parties.length >= 2 ? clauseSubject(index, m) : undefined;
  return !!subject?.verbAfter && subject.codes.every((a) => !f.parties.includes(a));
}

/**
 * The parties of the clause that holds an issue, when it is a clause after the sentence's opening
 * one (after ", and", "but", ";", or an opening participle: "Reaffirming the declaration, Ormund
 * commits to …") whose subject opens it and stands before a verb (not "calls for Russian
 * peacekeepers", "a Houthi withdrawal"); undefined otherwise (a sentence's own subject is the one
 * that agrees to the deal, for all its parties).
 */
function clauseSubject(
  index: DocIndex,
  m: PhraseMatch<IssuePayload>,
): { codes: string[]; verbAfter: boolean } | undefined {
  const { tokens } = index;
  const { from } = index.sentenceTokens[sentenceOf(index, m.start)];
  let k = m.start;
  while (k > from) {
    const prev = tokens[k - 1];
    if (prev.text === ';' || prev.text === ':' || CLAUSE_OPENERS.has(prev.lower)) break;
    if (prev.text === ',' && CLAUSE_JOINERS.has(tokens[k]?.lower ?? '')) break;
    // "Reaffirming the declaration, the DPRK commits to …": the main clause after an opening participle.
    if (prev.text === ',' && /^\p{Ll}+ing$/u.test(tokens[from]?.lower ?? '') && k - 1 > from) break;
    k--;
  }
  if (k === from) return undefined;
  while (k < m.start && (CLAUSE_LEAD.has(tokens[k].lower) || tokens[k].kind === 'punct')) k++;
  const named = subjectBefore(index, k, m.start);
  const at = named[0]?.start ?? -1;
  // Its own verb follows it with no comma before the issue ("the Tarsian envoy, calls for …" is
  // the last of a list that the deal's verb follows).
  const end = named.at(-1)?.end ?? m.start;
  const verbAfter =
    /^\p{Ll}/u.test(tokens[end]?.text ?? '') && !tokens.slice(end, m.start).some((t) => t.text === ',');
  // (a person's title may open it, with a verb right after the name: "and US President Joe Biden
  // pledged …", not the last of a list "signed by X, Y, and Tarsian President Z, calls for …")
  const titled =
    verbAfter && at > k && at - k <= TITLE_WORDS && tokens.slice(k, at).every((t) => /^\p{Lu}/u.test(t.text));
  const opens = at === k || (at === k + 1 && tokens[k].lower === 'the') || titled;
  if (!opens || (named.at(-1)?.end ?? m.start) >= m.start) return undefined;
  const codes = uniq(named.flatMap((x) => x.codes));
  return codes.length ? { codes, verbAfter } : undefined;
}

const ANSWER_DETERMINERS = new Set(['that', 'this', 'the', 'these', 'those']);

/** Each holder's answer to another party's stance `p`: `stance` on its issue, the asker as source. */
function answersBy(
  holders: string[],
  p: Position,
  stance: Stance,
  evidence: Span,
  provenance: Provenance,
): Position[] {
  return holders.map((actor) => ({
    ...evidence,
    actor,
    issue: p.issue,
    ...(p.about ? { about: p.about } : {}),
    stance,
    source: p.actor,
    evidence,
    provenance,
  }));
}

/**
 * "Ormund demanded that Veskan troops leave the islands. Anton Brisk quickly shot down that
 * suggestion.": a definite noun that refers back to a stance (codebooks/stance.yaml answer_nouns),
 * right after a verb that accepts or rejects, answers each demand or proposal that another party
 * holds in the sentence before; the one who answers takes that stance on each of its issues.
 */
export function answerPositions(doc: ParleyDocument, ctx: PipelineContext, found: Position[]): Position[] {
  const index = docIndex(doc, ctx);
  const { tokens } = index;
  const out: Position[] = [];
  const negators = index.cues.filter((c) => c.pattern.payload === 'negators');
  for (const ref of index.cues) {
    if (ref.pattern.payload !== 'answer_nouns') continue;
    const det = ref.start - 1;
    if (!ANSWER_DETERMINERS.has(tokens[det]?.lower ?? '')) continue;
    const s = sentenceOf(index, ref.start);
    if (s < 1) continue;
    const { from, to } = index.sentenceTokens[s];
    const cue = startingIn(index.cues, Math.max(from, det - 4), det)
      .filter((c) => c.pattern.payload in STANCE_OF && c.end <= det && det - c.end <= 1)
      .at(-1);
    if (!cue || !/^stance_(accept|reject)$/.test(cue.pattern.payload)) continue;
    if (answerAsCondition(tokens, from, cue.start)) continue;
    // "resistant to the idea of ceding any territory": a cue that already took an issue of its own
    // (the noun's content) answers nothing told before.
    if (found.some((p) => p.evidence.start === tokens[cue.start].start)) continue;
    const stance = answerStance(index, negators, from, cue);
    const holders = uniq(referenceHolders(doc, index, from, cue.start));
    if (holders.length === 0) continue;
    const before = index.sentenceTokens[s - 1];
    if (before.to <= before.from) continue;
    const span = { start: tokens[before.from].start, end: tokens[before.to - 1].end };
    const evidence: Span = { start: tokens[from].start, end: tokens[to - 1].end };
    const cueText = doc.text.slice(tokens[cue.start].start, tokens[ref.end - 1].end);
    for (const p of found) {
      if (p.evidence.start < span.start || p.evidence.end > span.end) continue;
      if ((p.stance !== 'demand' && p.stance !== 'propose') || holders.includes(p.actor)) continue;
      out.push(
        ...answersBy(holders, p, stance, evidence, {
          rule: `position.answer.${stance}`,
          cue: cueText,
          confidence: 0.55,
        }),
      );
    }
  }
  out.push(...pronounAnswers(doc, index, negators, found));
  return out;
}

/** Pronouns that stand for a stance as the object of a verb that answers it ("ruled it out"). */
const ANSWER_PRONOUNS = new Set(['it', 'this', 'that', 'them', 'either', 'both']);
/** Those that stand for several stances at once ("did not accept either"). */
const PLURAL_ANSWER_PRONOUNS = new Set(['them', 'either', 'both']);
/** Words that open the clause of the one who answers in the sentence that holds the stance. */
const ANSWER_CLAUSE_OPENERS = new Set(['but', 'however', 'yet', 'while', 'whereas', ';']);

/** Words that open a short adjunct of time or manner after an answer ("rejected it on Tuesday"). */
const ADJUNCT_OPENERS = new Set([
  'on',
  'at',
  'last',
  'this',
  'earlier',
  'later',
  'outright',
  'immediately',
  'again',
  'too',
  'flatly',
  'swiftly',
  'quickly',
]);
/** How many words such an adjunct may have. */
const ADJUNCT_WORDS = 4;

/**
 * "Ormund rejected it on Tuesday", "Veska accepted it outright": a short adjunct of time or manner
 * closing the sentence after the pronoun (tokens [from, to)), which leaves the pronoun the end of
 * what is answered.
 */
function closingAdjunct(index: DocIndex, from: number, to: number): boolean {
  const { tokens } = index;
  if (!ADJUNCT_OPENERS.has(tokens[from].lower)) return false;
  let words = 0;
  for (let k = from; k < to; k++) {
    if (tokens[k].kind === 'punct') return k === to - 1 || /^[.!?]$/.test(tokens[k].text);
    if (++words > ADJUNCT_WORDS) return false;
  }
  return true;
}

/**
 * "Veska proposed a ceasefire at sea, but Ormund ruled it out", "Ormund demanded that the
 * fishermen be freed. Veska rejected it.": a pronoun that ends an accepting or refusing verb's
 * clause ("rejected it.", "committed itself to it", "ruled it out") answers the stance that
 * another party holds just before it — in a clause of the same sentence that "but" or ";" closes,
 * else in the sentence before. Only where that stance is on one issue (else what "it" stands for
 * is not told); the one who answers is the subject of the answering clause.
 */
function pronounAnswers(
  doc: ParleyDocument,
  index: DocIndex,
  negators: Cue[],
  found: Position[],
): Position[] {
  const { tokens } = index;
  const out: Position[] = [];
  for (const cue of index.cues) {
    if (!/^stance_(accept|reject)$/.test(cue.pattern.payload)) continue;
    // The pronoun ends the cue's clause, right after it or inside it ("ruled it out").
    let k = cue.end;
    if (!ANSWER_PRONOUNS.has(tokens[k]?.lower ?? '')) {
      k = cue.start + 1;
      while (k < cue.end - 1 && !ANSWER_PRONOUNS.has(tokens[k].lower)) k++;
      if (k >= cue.end - 1) continue;
    }
    const s = sentenceOf(index, cue.start);
    const { from, to } = index.sentenceTokens[s];
    const after = Math.max(k + 1, cue.end);
    if (sentenceOf(index, k) !== s) continue;
    if (after < to && tokens[after].kind !== 'punct' && !closingAdjunct(index, after, to)) continue;
    // The answering clause: after the last "but" or ";" before the cue, else the whole sentence.
    let clause = from;
    for (let j = cue.start - 1; j > from; j--)
      if (ANSWER_CLAUSE_OPENERS.has(tokens[j].lower)) {
        clause = j + 1;
        break;
      }
    // "will take effect as soon as Ormund agrees to it": what is waited for, not an answer.
    if (askedAnswer(index, clause, cue.start) || conditionBefore(tokens, clause, cue.start)) continue;
    const holders = uniq(subjectBefore(index, clause, cue.start).flatMap((m) => m.codes));
    if (holders.length === 0) continue;
    // The stance answered: in the clause before, else in the sentence before.
    const within = (a: number, b: number) => (p: Position) =>
      p.evidence.start >= a &&
      p.evidence.end <= b &&
      (p.stance === 'demand' || p.stance === 'propose') &&
      !holders.includes(p.actor);
    let answered: Position[] = [];
    if (clause > from) answered = found.filter(within(tokens[from].start, tokens[clause - 1].start));
    else if (s > 0 && index.sentenceTokens[s - 1].to > index.sentenceTokens[s - 1].from) {
      const before = index.sentenceTokens[s - 1];
      answered = found.filter(within(tokens[before.from].start, tokens[before.to - 1].end));
    }
    // ("… and we proposed a meeting of the presidents. Russia did not accept either.": each one)
    const plural = PLURAL_ANSWER_PRONOUNS.has(tokens[k].lower);
    const issues = uniq(answered.map((p) => p.issue));
    if (issues.length === 0 || (issues.length !== 1 && !plural)) continue;
    // "was not in a position to commit himself to it": a refusal of several words turns the verb.
    const refused = startingIn(index.cues, Math.max(clause, cue.start - 8), cue.start).some(
      (c) => c.pattern.payload === 'stance_reject' && c.end <= cue.start && cue.start - c.end <= 1,
    );
    const stance = refused ? 'reject' : answerStance(index, negators, from, cue);
    const evidence: Span = { start: tokens[clause].start, end: tokens[to - 1].end };
    const cueText = doc.text.slice(tokens[cue.start].start, tokens[Math.max(k, cue.end - 1)].end);
    for (const issue of issues) {
      const p = answered.find((x) => x.issue === issue) as Position;
      const via = `${cueText} → ${doc.text.slice(p.evidence.start, p.evidence.end)}`;
      out.push(
        ...answersBy(holders, p, stance, evidence, {
          rule: `position.answer.pronoun.${stance}`,
          cue: via,
          confidence: 0.5,
        }),
      );
    }
  }
  return out;
}
