/**
 * Leaders who will meet accept the summit: a planned meeting (CONSULT, status `planned`) whose
 * sentence names the leaders of two or more of its parties ("Presidents Anna Veldt and Ivo Brisk
 * will meet in Tarsia next week") is coded, as coders code it, `summit` accept for each party whose
 * leader is named there. A meeting of ministers or envoys is talks, not a summit; a meeting held
 * is an event, not a stance (TAXONOMY.md: `summit`, "a meeting of the leaders takes place").
 * A leader named only as the one met in another's offer ("Brisk said he was ready to meet Kest")
 * has accepted nothing: the offer is the other leader's.
 */
import type { Entity, Mention, ParleyDocument, PipelineContext, Position } from '../model.js';
import { firstAtLeast, overlapping } from '../sorted.js';
import { cueWords } from './actors/resolve-speaker.js';
import { statementLexicon } from './statements-lexicon.js';
import { tokenAtOrAfter } from './textindex.js';

/** Words before a title that make it a deputy's ("vice president", "deputy prime minister"). */
const DEPUTY = /(?:^|[\s-])(?:vice|deputy|acting)[\s-]*$/;

/**
 * Whether a person's role is a leader's: the role, cut before a relation ("adviser to the prime
 * minister" is no leader), ends with a title of the codebook list `leader_titles` not held as a
 * deputy ("Vice-Premier").
 */
function isLeader(entity: Entity, titles: ReadonlySet<string>): boolean {
  if (entity.kind !== 'person' || entity.former || !entity.role) return false;
  const role = entity.role
    .toLowerCase()
    .split(/\s+(?:to|of|for|at)\s+/)[0]
    .trim();
  for (const title of titles) {
    if (!role.endsWith(title)) continue;
    const before = role.slice(0, role.length - title.length);
    if (before !== '' && !/\s$/.test(before)) continue;
    if (!DEPUTY.test(before.trimEnd())) return true;
  }
  return false;
}

/** Words that may stand between a verb and the name it governs: "meet Veskan President Kest". */
const TITLE_WORDS = 4;

/**
 * Whether a mention is the leader met in one leader's offer: it follows a verb of meeting (with
 * "with" between, or none, and the title before the name) that a marker of an offer precedes
 * ("ready to meet Kest", "would meet with Ormund's President Kest").
 */
function metInOffer(
  doc: ParleyDocument,
  mention: Mention,
  meetVerbs: ReadonlySet<string>,
  markers: ReadonlySet<string>,
): boolean {
  let k = tokenAtOrAfter(doc.tokens, mention.start) - 1;
  const name = k;
  while (k > name - TITLE_WORDS && /^(?:\p{Lu}|')/u.test(doc.tokens[k]?.text ?? '')) k--;
  if (doc.tokens[k]?.lower === 'with') k--;
  if (!meetVerbs.has(doc.tokens[k]?.lower ?? '')) return false;
  return markers.has(doc.tokens[k - 1]?.lower ?? '');
}

/** How far before a leader's name the verb that addresses the leaders may stand ("urged President X and President Y"). */
const ADDRESSEE_SPAN = 12;

/**
 * Whether a mention is among those a verb of address governs ("Tarsia urged President Brisk and
 * President Kest to meet", "called on Brisk and Kest to meet"): they are asked to meet, and have
 * accepted nothing; the summit is the one who asks it.
 */
function addressedToMeet(doc: ParleyDocument, mention: Mention, verbs: ReadonlySet<string>): boolean {
  const name = tokenAtOrAfter(doc.tokens, mention.start);
  const sentence = doc.tokens[name]?.sentence;
  for (let k = name - 1; k >= Math.max(0, name - ADDRESSEE_SPAN); k--) {
    const t = doc.tokens[k];
    if (t.sentence !== sentence) return false;
    if (verbs.has(t.lower)) return true;
    if (t.lower === 'on' && /^(call|calls|called|calling)$/.test(doc.tokens[k - 1]?.lower ?? '')) return true;
    // Names, titles and the joints of a list of them stand between.
    if (!(/^(?:\p{Lu}|')/u.test(t.text) || /^(and|,|the|his|her|their|s|'s)$/.test(t.lower))) return false;
  }
  return false;
}

/** A second reported clause joined to the first: ", and that …", "; but that …", or after a semicolon. */
const NEXT_REPORTED_CLAUSE = /[,;]\s*(?:and|but)\s+that\b|;/;

/**
 * Whether a mention stands in another reported clause than the meeting's ("he expected to meet his
 * counterparts again, and that a meeting between the presidents was possible"): the leaders named
 * there are not those who will meet.
 */
function inAnotherReportedClause(
  text: string,
  evidence: { start: number; end: number },
  m: Mention,
): boolean {
  const between =
    m.start >= evidence.end
      ? text.slice(evidence.end, m.start)
      : m.end <= evidence.start
        ? text.slice(m.end, evidence.start)
        : '';
  return NEXT_REPORTED_CLAUSE.test(between);
}

/** The sentence that holds the character at `at` (the first, when `at` precedes them all). */
function sentenceAt(doc: ParleyDocument, at: number) {
  return doc.sentences[
    Math.max(
      0,
      firstAtLeast(doc.sentences, at + 1, (x) => x.end),
    )
  ];
}

/**
 * The first person mention within a few words (titles at most) from token `from` whose entity has
 * a party and passes `accept`: its mention and party.
 */
function personNamedAt(
  doc: ParleyDocument,
  from: number,
  accept: (entity: Entity) => boolean,
): { mention: Mention; actor: string } | undefined {
  const first = doc.tokens[from];
  const last = doc.tokens[Math.min(doc.tokens.length - 1, from + TITLE_WORDS)];
  if (!first || !last) return undefined;
  for (const m of overlapping(doc.mentions, first.start, last.end)) {
    if (m.start < first.start || m.entity === undefined) continue;
    const entity = doc.entities[m.entity];
    if (typeof entity.actor === 'string' && accept(entity)) return { mention: m, actor: entity.actor };
  }
  return undefined;
}

/**
 * The leader that the words from token `from` name, after titles at most ("Thai Prime Minister
 * Prayuth"): a person mention of a leader of a party.
 */
function leaderNamedAt(doc: ParleyDocument, from: number, titles: ReadonlySet<string>) {
  if (!/^\p{Lu}/u.test(doc.tokens[from]?.text ?? '')) return undefined;
  return personNamedAt(doc, from, (entity) => isLeader(entity, titles));
}

/**
 * "Prime Minister Kest offered to meet his Ormundi counterpart Vell": the counterpart of a leader
 * (the nearest person named before the offer at `offerStart`, in its sentence) is a leader too.
 */
function counterpartOfLeader(
  doc: ParleyDocument,
  from: number,
  offerStart: number,
  titles: ReadonlySet<string>,
) {
  const words = doc.tokens.slice(from, from + TITLE_WORDS).map((t) => t.lower);
  if (!words.includes('counterpart')) return undefined;
  const sentence = sentenceAt(doc, offerStart);
  if (!sentence) return undefined;
  const offerer = overlapping(doc.mentions, sentence.start, offerStart)
    .filter((m) => m.end <= offerStart && m.entity !== undefined && doc.entities[m.entity].kind === 'person')
    .at(-1);
  if (!offerer || !isLeader(doc.entities[offerer.entity as number], titles)) return undefined;
  return personNamedAt(doc, from, (entity) => entity.kind === 'person');
}

/**
 * "agreed to meet his Rwandan counterpart": the counterpart's party named by its state alone (the
 * word "counterpart" within a title's length of `from`), who is the leader of that state.
 */
function unnamedCounterpart(
  doc: ParleyDocument,
  from: number,
): { mention: Mention; actor: string } | undefined {
  const words = doc.tokens.slice(from, from + TITLE_WORDS);
  const at = words.findIndex((t) => t.lower === 'counterpart');
  if (at < 1) return undefined;
  for (const m of overlapping(doc.mentions, words[0].start, words[at].start)) {
    const entity = m.entity !== undefined ? doc.entities[m.entity] : undefined;
    // (the evidence runs to "counterpart", the words that make the state's name its leader)
    if (entity?.kind === 'state' && typeof entity.actor === 'string')
      return { mention: { ...m, end: words[at].end }, actor: entity.actor };
  }
  return undefined;
}

/** "to hold talks with …": a verb and a noun that say "to meet". */
const HOLD_VERBS = new Set(['hold', 'have']);
const TALK_NOUNS = new Set(['talks', 'meeting', 'discussions']);
/** "his Ormundi counterpart Kest": the possessive before the leader's title. */
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its']);

/**
 * "Hun Sen said he was ready to meet Thai Prime Minister Prayuth", "Kyiv wants to meet Putin": an
 * offer to meet another party's leader (codebook `meet_offer_words` before "to meet") is the
 * offerer's proposal of a summit. The offerer is the party of the statement that tells it, else
 * the nearest party named before the offer in its sentence; the leader met has accepted nothing.
 */
function offersToMeet(doc: ParleyDocument, ctx: PipelineContext, titles: ReadonlySet<string>): Position[] {
  const offerWords = cueWords(ctx, 'meet_offer_words');
  const acceptWords = cueWords(ctx, 'meet_accept_words');
  const meetVerbs = cueWords(ctx, 'meet_verbs');
  const out: Position[] = [];
  const { tokens } = doc;
  for (let k = 2; k < tokens.length; k++) {
    if (tokens[k - 1].lower !== 'to') continue;
    const consents = acceptWords.has(tokens[k - 2].lower);
    if (!consents && !offerWords.has(tokens[k - 2].lower)) continue;
    // "to meet Kest", "to meet with Kest", "to hold talks with his Ormundi counterpart Kest"
    let at = k + 1;
    if (meetVerbs.has(tokens[k].lower)) {
      if (tokens[at]?.lower === 'with') at++;
    } else if (
      HOLD_VERBS.has(tokens[k].lower) &&
      TALK_NOUNS.has(tokens[k + 1]?.lower ?? '') &&
      tokens[k + 2]?.lower === 'with'
    )
      at = k + 3;
    else continue;
    if (POSSESSIVE_PRONOUNS.has(tokens[at]?.lower ?? '')) at++;
    const met =
      leaderNamedAt(doc, at, titles) ??
      counterpartOfLeader(doc, at, tokens[k - 2].start, titles) ??
      (consents ? unnamedCounterpart(doc, at) : undefined);
    if (!met) continue;
    const offer = tokens[k - 2];
    const statement = doc.statements.findIndex(
      (st) => st.content.start <= offer.start && st.content.end >= offer.end,
    );
    let actor: string | undefined;
    const said = doc.statements[statement]?.actor;
    if (typeof said === 'string') actor = said;
    else {
      const sentence = sentenceAt(doc, offer.start);
      const before = sentence ? overlapping(doc.mentions, sentence.start, offer.start) : [];
      for (const m of before.reverse()) {
        const a = m.entity !== undefined ? doc.entities[m.entity].actor : undefined;
        if (typeof a === 'string' && a !== met.actor) {
          actor = a;
          break;
        }
      }
    }
    if (!actor || actor === met.actor) continue;
    const evidence = { start: offer.start, end: met.mention.end };
    out.push({
      ...evidence,
      actor,
      issue: 'summit',
      about: met.actor,
      stance: consents ? 'accept' : 'propose',
      ...(statement >= 0 ? { statement } : {}),
      evidence,
      provenance: {
        rule: consents ? 'position.summit.consent_to_meet_leader' : 'position.summit.offer_to_meet_leader',
        cue: `${offer.text} to ${tokens[k].text}`,
        confidence: 0.7,
      },
    });
  }
  return out;
}

/** How many tokens may stand between a refusal and the verb of attending ("refused to attend", "declined to take part in"). */
const REFUSAL_SPAN = 3;

/**
 * The leader who refuses a planned meeting, where the sentence says so before the meeting's cue
 * ("Kest has refused to attend the meeting with Brisk"): the nearest leader of one of the
 * meeting's parties named before the refusal. A refused meeting is no summit its parties accept.
 */
function refusingLeader(
  doc: ParleyDocument,
  sentence: { start: number; end: number },
  cueAt: number,
  leaders: ReadonlyMap<string, number>,
  refusals: ReadonlySet<string>,
  attendVerbs: ReadonlySet<string>,
): string | undefined {
  const { tokens } = doc;
  for (let k = tokenAtOrAfter(tokens, sentence.start); k < tokens.length && tokens[k].start < cueAt; k++) {
    if (!refusals.has(tokens[k].lower)) continue;
    const attends = tokens.slice(k + 1, k + 1 + REFUSAL_SPAN).some((t) => attendVerbs.has(t.lower));
    if (!attends) continue;
    const before = overlapping(doc.mentions, sentence.start, tokens[k].start).reverse();
    for (const m of before) {
      const actor = m.entity !== undefined ? doc.entities[m.entity].actor : undefined;
      if (typeof actor === 'string' && leaders.has(actor)) return actor;
    }
  }
  return undefined;
}

export function summitPositions(doc: ParleyDocument, ctx: PipelineContext): Position[] {
  const titles = cueWords(ctx, 'leader_titles');
  if (titles.size === 0) return [];
  const meetVerbs = cueWords(ctx, 'meet_verbs');
  const markers = cueWords(ctx, 'one_sided_meet_markers');
  const addressees = statementLexicon(ctx).addresseeVerbs;
  const refusals = cueWords(ctx, 'meet_refusal_words');
  const attendVerbs = cueWords(ctx, 'attend_verbs');
  const out: Position[] = offersToMeet(doc, ctx, titles);
  for (const event of doc.events) {
    if (event.type !== 'CONSULT' || event.status !== 'planned') continue;
    const sentence = sentenceAt(doc, event.evidence.start);
    if (!sentence) continue;
    const leaders = new Map<string, number>();
    // (the parties whose leader the sentence names other than as the one met in an offer)
    const notOnlyMet = new Set<string>();
    for (const m of overlapping(doc.mentions, sentence.start, sentence.end)) {
      if (m.entity === undefined) continue;
      const entity = doc.entities[m.entity];
      if (typeof entity.actor !== 'string' || !event.actors.includes(entity.actor)) continue;
      if (!isLeader(entity, titles)) continue;
      if (inAnotherReportedClause(doc.text, event.evidence, m)) continue;
      if (!metInOffer(doc, m, meetVerbs, markers) && !addressedToMeet(doc, m, addressees))
        notOnlyMet.add(entity.actor);
      if (!leaders.has(entity.actor)) leaders.set(entity.actor, m.entity);
    }
    if (leaders.size < 2) continue;
    const evidence = { start: sentence.start, end: sentence.end };
    const refuser = refusingLeader(doc, sentence, event.evidence.start, leaders, refusals, attendVerbs);
    if (refuser) {
      out.push({
        ...evidence,
        actor: refuser,
        entity: leaders.get(refuser),
        issue: 'summit',
        stance: 'reject',
        evidence,
        provenance: { rule: 'position.summit.leader_refuses', cue: event.provenance.cue, confidence: 0.6 },
      });
      continue;
    }
    for (const [actor, entity] of leaders)
      if (notOnlyMet.has(actor))
        out.push({
          ...evidence,
          actor,
          entity,
          issue: 'summit',
          stance: 'accept',
          evidence,
          provenance: { rule: 'position.summit.leaders_to_meet', cue: event.provenance.cue, confidence: 0.6 },
        });
  }
  return out;
}
