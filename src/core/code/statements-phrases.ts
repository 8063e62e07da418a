/**
 * Token-level phrase finding for the statements stage: speaker noun phrases before and after a
 * cue, circumstances between a cue and its content ("said on Tuesday in Lumen that"), addressees
 * ("told reporters"). Works on token indices of `doc.tokens`; no allocation per token.
 */
import type { ParleyDocument, Token } from '../model.js';
import type { StatementLexicon } from './statements-lexicon.js';

/** A half-open range of token indices. */
export interface TokenRange {
  from: number;
  to: number;
}

/** Media a speaker speaks in, told between the speaker and the verb ("in a tweet said"). */
const MEDIA_NOUNS = new Set([
  'tweet',
  'post',
  'statement',
  'interview',
  'message',
  'video',
  'letter',
  'speech',
]);
const MEDIUM_DETERMINERS = new Set(['a', 'an', 'his', 'her', 'its', 'their', 'the']);
/** The most words an issuer may have after "by" in a medium between speaker and verb. */
const ISSUER_WORDS = 4;
/** Platforms a speaker posts on ("on Telegram said"). */
const PLATFORMS = new Set(['twitter', 'x', 'telegram', 'facebook', 'instagram']);
/** The nouns of an adjunct that tells what a speaker answers ("in response to", "in reply to"). */
const RESPONSE_NOUNS = new Set(['response', 'reply', 'answer']);
/** The most words the object of such an adjunct may have before the cue. */
const RESPONSE_OBJECT_WORDS = 8;
/** What names a text's issuers before them: "a statement by …", "a letter from …". */
const ISSUER_PREPOSITIONS = new Set(['by', 'from']);
const UPPER_RE = /^\p{Lu}/u;
/** `/^\p{Lu}/u.test`, with ASCII read off the first char code (this runs at nearly every token). */
const UPPER = {
  test(text: string): boolean {
    const c = text.charCodeAt(0);
    if (c < 128) return c >= 65 && c <= 90;
    return UPPER_RE.test(text);
  },
};
/** Numbers written out, for a share of those polled ("six in 10"). */
const NUMBER_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']);
/** A fraction that speaks for those polled ("two-thirds say", "half said"). */
const FRACTIONS = /^((one|two|three)-(thirds?|quarters?|fourths?|fifths?)|half)$/;
/** "those surveyed say": the participles of a poll. */
const POLLED = new Set(['surveyed', 'polled', 'questioned', 'interviewed', 'asked']);
/** Verbs of going on before "to" and a speech verb ("continue to insist"). */
const GOES_ON = new Set(['continue', 'continues', 'continued', 'continuing']);

/** A name that opens with a lower-case particle joined by a hyphen: "al-Burhan", "el-Sisi". */
const NAME_PARTICLE = /^(?:al|el|ad|an|ar|as|ash|at|az|ibn|bin|abu|ben|ould)-\p{Lu}/u;

/** Words that open an appositive or a relative clause after a name ("X, who served as …,"). */
const APPOSITIVE_OPENERS = new Set([
  'who',
  'whose',
  'a',
  'an',
  'the',
  'his',
  'her',
  'its',
  'their',
  'former',
  'which',
  'one',
  'now',
  'then',
  'also',
]);
/** Counts of the members of a group who speak: "one of them", "two of them". */
const GROUP_MEMBER_COUNTS = new Set(['one', 'two', 'three', 'some', 'another', 'each', 'both']);
const POSSESSIVE_DETERMINERS = new Set(['his', 'her', 'its', 'their', 'one', 'this', 'our']);
/** The possessives of a counterpart: "and his Ormundi counterpart". */
const PAIR_POSSESSIVES = new Set(['his', 'her', 'their', 'its']);
/** What stands between a text's issuing participle and its issuer or the medium that carried it. */
const ISSUED_THROUGH = new Set(['by', 'on', 'in', 'via', 'through']);
const DETERMINERS = new Set(['the', 'a', 'an', 'another', 'some', 'many', 'several', 'both', 'all']);
// "read" frames a written text's quotation ("“…,” the statement read"), unless a particle or an
// agent makes it someone's reading ("read out by", "read aloud").
const READ_FORMS = new Set(['read', 'reads']);
const READ_ACT_AFTER = new Set(['out', 'aloud', 'by']);
/** Prepositions that open a place ("in Lumen", "near the border town of Kell"). */
const LOCATIVE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'from']);

/** Prepositions between a speaker noun and a place or party that completes it ("sources in Vienna"). */
const HOLDER_PREPOSITIONS = new Set(['in', 'at', 'from', 'between']);
/** Participles of a visit between a speaker noun and the place visited: "an envoy visiting Lumen said". */
export const VISIT_PARTICIPLES = new Set(['visiting', 'touring']);
/** Prepositions of a title's complement: "envoy to Ormund", "spokesman for the Council". */
const TITLE_PREPOSITIONS = new Set(['to', 'for']);
/** Words that open a title's complement: "minister of state for foreign affairs". */
const TITLE_COMPLEMENT_OPENERS = new Set(['of', 'for', 'to']);
/** Participles of a question put to someone ("when asked whether …", "pressed on …"). */
const QUESTION_PUT = new Set(['asked', 'pressed', 'questioned']);
/** Words that open such an aside before its participle ("when asked", "if pressed"). */
const ASIDE_OPENERS = new Set(['when', 'if', 'after', 'once']);
/** Lower-case words inside a title before a name: "former Inspector-General of Police …". */
const TITLE_LINKS = new Set(['former', 'of', 'for', 'and', 'the']);

/** Marks that set off an appositive like a comma ("Blinken — the first … — said"). */
const DASH_MARKS = new Set(['-', '--', '\u2013', '\u2014']);
const CONNECTORS = new Set(['of', 'for', 'and', '&', 'de', 'the', 'on', 'to']);
/** A length told with its unit in a circumstance ("during the 90-minute call", "in an hour-long meeting"). */
const MEASURE = /^[a-z0-9]+-(?:minute|hour|day|week|long)$/;
const PREPOSITIONS = new Set([
  'in',
  'at',
  'on',
  'during',
  'via',
  'through',
  'after',
  'before',
  'following',
  'to',
  'with',
  'from',
  'over',
  'by',
]);

/** Whether the comma-delimited segment holding token `j` opens with "who" or "which". */
function relativeSegment(t: Token[], j: number, end: number): boolean {
  let k = j;
  while (k > 0 && k > end - 30 && t[k - 1].text !== ',' && t[k - 1].text !== '--') k--;
  if (t[k]?.lower === 'who' || t[k]?.lower === 'which' || t[k]?.lower === 'whose') return true;
  // "X, a pollster who advises the party, said": a relative clause inside the appositive.
  for (let r = k + 1; r < j; r++) if (t[r].lower === 'who' && t[r - 1].kind === 'word') return true;
  return false;
}

/** How many tokens a person's name may have before its appositive ("Mahamoud Ali Youssouf"). */
const MAX_NAME_TOKENS = 4;

/** Most tokens of a day glossed in brackets after a time word ("yesterday (Wednesday)", "(March 2)"). */
const TIME_GLOSS_TOKENS = 5;

/** Most tokens of the place named between a speaker and the verb ("in Port Tarsel"). */
const PLACE_NAME_TOKENS = 3;

// Words after which a word of speech is a noun: "the remarks", "in remarks", "his comments".
const NOUN_BEFORE = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'these', 'those', 'in']);

export class TokenView {
  readonly t: Token[];
  /** First token of each sentence, and one past its last. */
  readonly sentFrom: Int32Array;
  readonly sentTo: Int32Array;
  /** For each token, the index of the quote (in `doc.quotes`) that holds it, marks included; or -1. */
  readonly quoteOf: Int32Array;
  /** For each quote, its opening mark's token and its last token (closing mark, or paragraph end). */
  readonly quoteFrom: Int32Array;
  readonly quoteTo: Int32Array;
  /**
   * The last words of the persons' full names in this document ("may" of "Theresa May"): such a
   * word is a name even where `not_names` holds it ("May said …" after "Theresa May met …").
   */
  readonly surnames: Set<string>;
  /**
   * The first word of the persons' full names in this document, with the word that follows it
   * ("he" → "lifeng" of "He Lifeng"): such a word before its second is a name, not a pronoun.
   */
  readonly forenames: Map<string, Set<string>>;

  constructor(
    readonly doc: ParleyDocument,
    readonly lex: StatementLexicon,
  ) {
    const t = doc.tokens;
    this.t = t;
    this.surnames = new Set();
    this.forenames = new Map();
    for (const e of doc.entities) {
      const words = e.kind === 'person' && !e.anonymous ? e.name.toLowerCase().split(/\s+/) : [];
      if (words.length < 2) continue;
      this.surnames.add(words[words.length - 1] ?? '');
      const seconds = this.forenames.get(words[0]) ?? new Set<string>();
      this.forenames.set(words[0], seconds.add(words[1]));
    }
    const n = doc.sentences.length;
    this.sentFrom = new Int32Array(n).fill(-1);
    this.sentTo = new Int32Array(n);
    for (let i = 0; i < t.length; i++) {
      const s = t[i].sentence;
      if (this.sentFrom[s] < 0) this.sentFrom[s] = i;
      this.sentTo[s] = i + 1;
    }
    this.quoteOf = new Int32Array(t.length).fill(-1);
    this.quoteFrom = new Int32Array(doc.quotes.length).fill(-1);
    this.quoteTo = new Int32Array(doc.quotes.length).fill(-1);
    let i = 0;
    doc.quotes.forEach((q, qi) => {
      while (i < t.length && t[i].start < q.start) i++;
      for (let k = i; k < t.length && t[k].start < q.end; k++) {
        this.quoteOf[k] = qi;
        if (this.quoteFrom[qi] < 0) this.quoteFrom[qi] = k;
        this.quoteTo[qi] = k;
      }
    });
  }

  sentenceOf = (i: number) => this.t[i].sentence;
  blockOf = (i: number) => this.doc.sentences[this.t[i].sentence].block;
  lower = (i: number) => this.t[i].lower;
  is = (i: number, text: string) => i >= 0 && i < this.t.length && this.t[i].lower === text;
  isWord = (i: number) => this.t[i].kind === 'word' || this.t[i].kind === 'number';
  isCapital = (i: number) => this.t[i].kind === 'word' && UPPER.test(this.t[i].text);
  isLowerWord = (i: number) => this.t[i].kind === 'word' && !UPPER.test(this.t[i].text);

  isTitle(i: number): boolean {
    return this.lex.nameTitles.has(this.t[i].lower);
  }

  /** A capitalised word that can belong to a name ("Marrow", "U.S.", "Sen.", "Ormundi"). */
  isNamePart(i: number): boolean {
    // "al-Burhan", "bin Salman"'s first part: a particle joined to a capitalised name.
    if (NAME_PARTICLE.test(this.t[i].text)) return true;
    if (!this.isCapital(i)) return false;
    const w = this.t[i].lower;
    if (!this.lex.notNames.has(w.endsWith('.') ? w.slice(0, -1) : w) || this.isTitle(i)) return true;
    if (this.surnames.has(w)) return true;
    if (this.forenames.get(w)?.has(this.t[i + 1]?.lower ?? '')) return true;
    // A month or another word that ends a name after a first name: "Theresa May".
    const prev = this.t[i - 1];
    return (
      !!prev &&
      prev.sentence === this.t[i].sentence &&
      this.isCapital(i - 1) &&
      !this.lex.notNames.has(prev.lower) &&
      !this.isTitle(i - 1) &&
      this.lex.monthNames.has(w)
    );
  }

  /**
   * A possessive mark: "'s", or the bare apostrophe of a plural ("the Houthis' spokesman", "the
   * rebels' negotiator") written right after a word that ends in s.
   */
  isPossessiveMark(i: number): boolean {
    const tok = this.t[i];
    if (tok.lower === "'s") return true;
    const prev = this.t[i - 1];
    return tok.lower === "'" && !!prev && prev.end === tok.start && prev.lower.endsWith('s');
  }

  isSpeakerNoun = (i: number) => this.t[i].kind === 'word' && this.lex.speakerNouns.has(this.t[i].lower);
  isHead = (i: number) => this.isNamePart(i) || this.isSpeakerNoun(i);
  isPronoun = (i: number) => this.lex.pronouns.has(this.t[i].lower);

  /** A speech verb as written in running text (lower case); `quoteAdjacent` admits quote-only cues. */
  isSpeechVerb(i: number, quoteAdjacent: boolean): boolean {
    const tok = this.t[i];
    if (tok?.kind !== 'word' || UPPER.test(tok.text)) return false;
    if (!this.lex.speechVerbs.has(tok.lower)) return this.phraseCueLength(i) > 0;
    // "Blinken, in remarks, said", "his comments": a word of speech after a determiner or "in" is
    // a noun, no verb.
    if (NOUN_BEFORE.has(this.t[i - 1]?.lower ?? '')) return false;
    // "the statement, read out by the envoy": the act of reading a text, not the text's frame.
    if (READ_FORMS.has(tok.lower) && READ_ACT_AFTER.has(this.t[i + 1]?.lower ?? '')) return false;
    return quoteAdjacent || !this.lex.quoteOnlyVerbs.has(tok.lower);
  }

  /** The number of words after the verb at `i` that a phrase cue holds ("made [it clear that]"), or 0. */
  phraseCueLength(i: number): number {
    const rests = this.lex.phraseCues.get(this.t[i].lower);
    const rest = rests?.find((r) => r.every((w, j) => this.t[i + 1 + j]?.lower === w));
    return rest ? rest.length : 0;
  }

  /** A negator among the three words before the cue ("did not say", "never told"). */
  isNegated(v: number, lo: number): boolean {
    for (let k = v - 1; k >= Math.max(lo, v - 3); k--) {
      if (this.lex.negators.has(this.t[k].lower) || this.t[k].lower.endsWith("n't")) return true;
      if (this.t[k].kind === 'punct') break;
    }
    return false;
  }

  /** Where a medium told before the verb at `v` begins ("in a tweet", "on Telegram"); else `v`. */
  mediumBefore(v: number, lo: number): number {
    const t = this.t;
    const word = (k: number) => (k >= lo ? t[k].lower : '');
    if (MEDIA_NOUNS.has(word(v - 1)) && MEDIUM_DETERMINERS.has(word(v - 2)) && word(v - 3) === 'in')
      return v - 3;
    if (PLATFORMS.has(word(v - 1)) && word(v - 2) === 'on') return v - 2;
    return this.issuedMediumBefore(v, lo) ?? v;
  }

  /**
   * "Grundberg, in a statement issued by his office said": a medium named with its issuer, between
   * the speaker and the verb. Where it begins (its "in"), or undefined.
   */
  private issuedMediumBefore(v: number, lo: number): number | undefined {
    const t = this.t;
    const word = (k: number) => (k >= lo ? t[k].lower : '');
    let end = v;
    if (t[end - 1]?.text === ',') end--;
    // (the issuer: "his office", "the Veskan foreign ministry")
    for (let by = end - 2; by >= end - 1 - ISSUER_WORDS && by - 4 >= lo; by--) {
      if (word(by) !== 'by') continue;
      const at = by - 4;
      if (
        word(at) === 'in' &&
        MEDIUM_DETERMINERS.has(word(at + 1)) &&
        MEDIA_NOUNS.has(word(at + 2)) &&
        this.lex.issuingParticiples.has(word(at + 3)) &&
        t.slice(by + 1, end).every((x) => x.kind === 'word')
      )
        return at;
    }
    return undefined;
  }

  /**
   * The place where a named speaker spoke, between the speaker and the verb: "Kest in Tarsel said",
   * "Kest, the envoy, on Monday in Tarsel urged". Returns the preposition's index, or `k` when the
   * words before `k` are no such phrase. Only after a name, a time word or a comma: in "the
   * government in Tarsel said" the place says whose government speaks and stays in the phrase.
   */
  placeBefore(k: number, lo: number): number {
    const t = this.t;
    let j = k - 1;
    while (j >= lo && k - j <= PLACE_NAME_TOKENS && this.isNamePart(j) && UPPER.test(t[j].text)) j--;
    if (j === k - 1 || j - 1 < lo || (t[j].lower !== 'in' && t[j].lower !== 'at')) return k;
    const b = j - 1;
    const named = this.isNamePart(b) && UPPER.test(t[b].text) && !this.isSpeakerNoun(b);
    const time = t[b].kind === 'word' && this.lex.timeWords.has(t[b].lower);
    return named || time || t[b].text === ',' ? j : k;
  }

  /** Skip words allowed between a speaker and the verb ("has also said"), backwards from `v`. */
  gapBefore(v: number, lo: number): number {
    const t = this.t;
    // The medium between the speaker and the verb: "Kest in a tweet said", "Kest on Telegram said".
    let k = this.mediumBefore(v, lo);
    // "Kest yesterday (Wednesday) said": the day a time word stands for, glossed in brackets.
    if (k - 1 > lo && t[k - 1].text === ')') {
      let open = k - 2;
      while (open > lo && k - 1 - open <= TIME_GLOSS_TOKENS && t[open].text !== '(') open--;
      if (t[open].text === '(' && open - 1 >= lo && this.lex.timeWords.has(t[open - 1].lower)) k = open;
    }
    k = this.placeBefore(k, lo);
    // A time between the speaker and the verb: "Sanders on Tuesday said", "Kest last week said".
    if (k - 1 >= lo && this.lex.timeWords.has(t[k - 1].lower) && t[k - 1].kind === 'word') {
      let j = k - 1;
      while (j - 1 >= lo && this.lex.timeWords.has(t[j - 1].lower)) j--;
      if (j - 1 >= lo && (t[j - 1].lower === 'on' || t[j - 1].lower === 'last' || t[j - 1].lower === 'this'))
        j--;
      // "The ministry had on Monday announced": an auxiliary before the time.
      while (j - 1 >= lo && this.lex.speakerVerbGap.has(t[j - 1].lower) && this.isLowerWord(j - 1)) j--;
      // ("Kest, the envoy, on Saturday said": an appositive's closing comma before the time)
      if (j - 1 >= lo && (this.isHead(j - 1) || this.isPronoun(j - 1) || t[j - 1].text === ',')) k = j;
    } else if (
      k - 2 >= lo &&
      t[k - 1].kind === 'number' &&
      /^\d{4}$/.test(t[k - 1].text) &&
      t[k - 2].lower === 'in'
    ) {
      // "McConnell, who in 2010 said …"
      if (k - 3 >= lo && (this.isHead(k - 3) || this.isPronoun(k - 3))) k -= 2;
    }
    // "Kest in Tarsel on Monday said": the place, now before the time.
    k = this.placeBefore(k, lo);
    // "The statement concluded by saying": the lead-in verb and "by" stand between speaker and verb.
    if (
      k === v &&
      k - 2 >= lo &&
      t[v].lower.endsWith('ing') &&
      t[k - 1].lower === 'by' &&
      this.lex.speechLeadIns.has(t[k - 2].lower)
    )
      k -= 2;
    // "Ormund continues to insist that …", "has continued to argue": the speaker goes on saying it.
    if (k - 2 >= lo && t[k - 1].lower === 'to' && GOES_ON.has(t[k - 2].lower)) k -= 2;
    for (
      let n = 0;
      n < 3 &&
      k - 1 >= lo &&
      ((this.lex.speakerVerbGap.has(this.t[k - 1].lower) && this.isLowerWord(k - 1)) || this.isAdverb(k - 1));
      n++
    )
      k--;
    return k;
  }

  /** A lower-case "-ly" word that is no noun ("boldly", "successfully"; not "family", "rally"). */
  isAdverb(i: number): boolean {
    const tok = this.t[i];
    return (
      tok.kind === 'word' &&
      tok.lower.length > 4 &&
      tok.lower.endsWith('ly') &&
      !UPPER.test(tok.text) &&
      !this.lex.notAdverbs.has(tok.lower) &&
      !this.lex.speakerNouns.has(tok.lower)
    );
  }

  /** A post-modifier phrase ending at token `end` (inclusive): returns its first token, or -1. */
  postModifierEndingAt(end: number, lo: number): number {
    for (const p of this.lex.postModifiers) {
      const first = end - p.length + 1;
      if (first <= lo) continue;
      let ok = true;
      for (let k = 0; k < p.length && ok; k++) {
        const w = p[k];
        const tok = this.t[first + k];
        ok = w === '*' ? tok.kind === 'word' || tok.kind === 'number' : tok.lower === w;
      }
      if (ok && this.isHead(first - 1)) return first;
    }
    return -1;
  }

  /**
   * Where an adjunct "in response|reply|answer to …" or "responding to …" that ends at token `i`
   * begins, within a few words and no punctuation; else -1.
   */
  responseAdjunctBefore(i: number, lo: number): number {
    for (let k = i - 1; k > lo && i - k <= RESPONSE_OBJECT_WORDS; k--) {
      const tok = this.t[k];
      if (tok.kind === 'quote' || tok.kind === 'punct') return -1;
      if (tok.lower !== 'to') continue;
      const before = this.t[k - 1]?.lower ?? '';
      if (before === 'responding') return k - 1;
      if (RESPONSE_NOUNS.has(before) && this.t[k - 2]?.lower === 'in') return k - 2;
    }
    return -1;
  }

  /**
   * The speaker's noun phrase ending just before token `end` (exclusive), not before `lo`:
   * a pronoun, a name with its titles ("U.S. Secretary of State Marco Rubio"), or a speaker noun
   * with its modifiers ("some European politicians", "sources familiar with the matter").
   * Skips an appositive or relative clause between the name and the verb ("X, who …, said").
   */
  speakerBefore(end: number, lo: number, appositives = 2): TokenRange | null {
    const phrase = this.speakerPhraseBefore(end, lo, appositives);
    return phrase ? (this.namedBeforeAppositive(phrase, lo) ?? phrase) : null;
  }

  /**
   * "Ida Vell, a senior Veskan official said …" (the comma that should close the appositive left
   * out): a title phrase with its article, set off after a person's name that opens its clause, is
   * that person's appositive; the person speaks. The name's range, or undefined.
   */
  private namedBeforeAppositive(phrase: TokenRange, lo: number): TokenRange | undefined {
    const comma = phrase.from - 1;
    if (comma - 1 < lo || this.t[comma].text !== ',' || !/^(a|an|the)$/.test(this.t[phrase.from].lower))
      return undefined;
    let from = comma;
    while (from - 1 >= lo && comma - from < MAX_NAME_TOKENS && this.isNamePart(from - 1)) from--;
    if (from === comma) return undefined;
    // The name opens its clause: the sentence's start, a quotation's end or a comma before it.
    const before = this.t[from - 1];
    if (from > lo && before && before.text !== ',' && before.kind !== 'quote') return undefined;
    return this.readAsPerson(from, comma) ? { from, to: comma } : undefined;
  }

  /** Where a role title with "of" inside it ("secretary of state") ends at token `k`: its first token, or -1. */
  private ofTitleEndingAt(k: number, lo: number): number {
    if (!this.is(k - 1, 'of') && !this.is(k - 2, 'of') && !this.is(k - 3, 'of')) return -1;
    for (let n = 3; n <= 5; n++) {
      const j = k - n + 1;
      if (j < lo) break;
      const words = this.t.slice(j, k + 1);
      if (words.every((w) => w.kind === 'word') && this.lex.ofTitles.has(words.map((w) => w.lower).join(' ')))
        return j;
    }
    return -1;
  }

  /**
   * The first token of a person's name that ends the words [from, to) after a title of words only
   * ("former Inspector-General of Police Abdul Rahim Noor"), or undefined: the actors stage read
   * the name as a person, and no comma, quote or verb of speech stands in the title.
   */
  titledNameEndingAt(from: number, to: number): number | undefined {
    const end = this.t[to - 1].end;
    const person = this.doc.mentions.find((m) => m.kind === 'person' && m.end === end);
    if (!person) return undefined;
    let first = to - 1;
    while (first - 1 >= from && this.t[first - 1].start >= person.start) first--;
    // (a full name: a lone capitalised word after a title is as often part of it, "… and Cooperation")
    if (first <= from || to - first < 2) return undefined;
    // Title words only: capitalised ones, the nouns of a speaker's post and the lower-case words
    // that modify one ("former police chief"); not "led by X", "adviser to Prime Minister X" (the
    // name is someone else's there).
    for (let k = from; k < first; k++) {
      if (this.isCapital(k) || this.isSpeakerNoun(k) || TITLE_LINKS.has(this.t[k].lower)) continue;
      if (this.isLowerWord(k) && k + 1 < first && this.isLowerWord(k + 1) && this.isSpeakerNoun(k + 1))
        continue;
      if (this.t[k].text === '-' && k > from && k + 1 < first) continue;
      return undefined;
    }
    return first;
  }

  /** Token `i` is its sentence's first. */
  opensSentence(i: number): boolean {
    return i === 0 || this.t[i - 1].sentence !== this.t[i].sentence;
  }

  /** Some person's mention lies within tokens [from, to). */
  namesAPerson(from: number, to: number): boolean {
    const start = this.t[from].start;
    const end = this.t[to - 1].end;
    return this.doc.mentions.some((m) => m.kind === 'person' && m.start < end && m.end > start);
  }

  /** The actors stage read tokens [from, to) as (within) one person's mention. */
  readAsPerson(from: number, to: number): boolean {
    const start = this.t[from].start;
    const end = this.t[to - 1].end;
    return this.doc.mentions.some((m) => m.kind === 'person' && m.start <= start && m.end >= end);
  }

  /**
   * The "(" of a parenthesis closing at `close` that spells out the name before it in names alone
   * ("E3 (UK, France and Germany)", "Group of Seven (G7)"), else -1.
   */
  private spelledOutNameOpen(close: number, lo: number): number {
    for (let k = close - 1; k > lo && close - k < 10; k--) {
      const tok = this.t[k];
      if (tok.text === '(') return k - 1 >= lo && this.isNamePart(k - 1) && k < close - 1 ? k : -1;
      if (!this.isNamePart(k) && tok.text !== ',' && tok.lower !== 'and') return -1;
    }
    return -1;
  }

  /** A bracketed acronym closing at `close` ("(AU)", "(IAEA)") with a title after it. */
  private acronymBefore(close: number): boolean {
    return (
      this.t[close - 2]?.text === '(' &&
      /^[\p{Lu}\p{N}.-]{2,10}$/u.test(this.t[close - 1].text) &&
      this.isSpeakerNoun(close + 1)
    );
  }

  /** Whether any of the tokens [from, to) is a possessive mark. */
  private possessiveBetween(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (this.isPossessiveMark(k)) return true;
    return false;
  }

  /** Whether any of the tokens [from, to) is part of a name. */
  private namePartBetween(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (this.isNamePart(k)) return true;
    return false;
  }

  private speakerPhraseBefore(end: number, lo: number, appositives = 2): TokenRange | null {
    let i = end - 1;
    if (i < lo) return null;
    if (this.t[i].text === ')') {
      let k = i - 1;
      while (k > lo && k > i - 10 && this.t[k].text !== '(') k--;
      if (this.t[k].text !== '(') return null;
      i = k - 1;
      if (i < lo) return null;
    }
    const quotedName = this.quotedNameBefore(i, lo);
    if (quotedName) return quotedName;
    // "the Taliban in response to Nadery's statement said": the adjunct's object answered is not
    // who speaks; the subject before the adjunct is.
    const adjunct = this.responseAdjunctBefore(i, lo);
    const subject = adjunct > lo ? this.speakerBefore(adjunct, lo, appositives) : null;
    if (subject) return subject;
    const isComma = (tok: Token) => tok.text === ',' || DASH_MARKS.has(tok.text);
    const share = this.shareBefore(i, lo);
    if (share) return share;
    // An age after the name: "Schiff, 56, who …".
    if (this.t[i].kind === 'number' && i - 2 >= lo && this.t[i - 1].text === ',')
      return this.speakerBefore(i - 1, lo, 0);
    if (isComma(this.t[i]) && appositives > 0) {
      // "Marrow, Veska's foreign minister, said"; "Lovas, speaking in Lumen, said";
      // "The campaign's chairman, Phil Lovas, said" (a name as the appositive is the speaker).
      for (let j = i - 1; j > lo && j > i - 30; j--) {
        const tok = this.t[j];
        if (tok.kind === 'quote' || tok.text === '.' || tok.text === ';') return null;
        // A cue inside the segment is another statement's, unless the segment is a relative clause
        // ("X, who also asked not to be named, said").
        if (
          this.isSpeechVerb(j, false) &&
          !relativeSegment(this.t, j, i) &&
          !this.spokeWhere(j) &&
          !this.questionPutAt(j)
        )
          return null;
        if (!isComma(tok)) continue;
        // "Mora, speaking in Geneva, Switzerland, said": a name after a place that a locative
        // preposition opens is that place's country or region, part of the segment before.
        if (this.placeGoesOn(j, lo) && this.countryAfterPlace(j + 1, i)) continue;
        if (!this.opensAppositive(j + 1)) return null;
        // "Aziz, who was to fly in for the talks, addressing reporters, said": a relative clause
        // set off before the participle clause goes with the name before it, not with its own last
        // noun ("the talks").
        const before =
          (appositives > 1 && relativeSegment(this.t, j - 1, j)
            ? this.speakerBefore(j + 1, lo, appositives - 1)
            : null) ?? this.speakerBefore(j, lo, appositives - 1);
        // (titles before the name do not count: "Lieutenant General Ahmed Sharif Chaudhry")
        let first = j + 1;
        while (first < i - 1 && this.isTitle(first)) first++;
        let allName = i - first <= 4;
        for (let k = j + 1; k < i && allName; k++) allName = this.isNamePart(k);
        const nameAppositive = allName && this.isNamePart(j + 1);
        // "The Minister of State for international trade, Ilse Marrow, said": a title whose complement
        // runs on in plain words is no speaker phrase of its own, but the name it introduces speaks.
        if (!before)
          return nameAppositive && this.titleComplementEndsAt(j - 1, lo) ? { from: j + 1, to: i } : null;
        if (nameAppositive) return { from: j + 1, to: i };
        // "Malaysia's facilitator, former Inspector-General of Police Abdul Rahim Noor, said": a
        // title phrase that names no one, then an appositive that ends in a person's name after
        // that person's own title: the person speaks.
        // (only where the title opens the sentence: after reported content, "…, the delegation's
        // chief, Assembly President Ada Lind, said", the speaker phrase runs from the title)
        const titled = this.opensSentence(before.from) ? this.titledNameEndingAt(j + 1, i) : undefined;
        return titled !== undefined && !this.namesAPerson(before.from, before.to)
          ? { from: titled, to: i }
          : before;
      }
      return null;
    }
    // "…, one of them said": a member of the group of speakers told before.
    if (
      this.t[i].lower === 'them' &&
      i - 2 >= lo &&
      this.t[i - 1].lower === 'of' &&
      GROUP_MEMBER_COUNTS.has(this.t[i - 2].lower)
    )
      return { from: i - 2, to: i + 1 };
    if (this.isPronoun(i)) {
      const w = this.t[i].lower;
      // "Marrow, who said …": the relative pronoun stands for the name before it.
      if ((w === 'who' || w === 'which') && i - 1 > lo && isComma(this.t[i - 1])) {
        const antecedent = this.speakerBefore(i - 1, lo, 0);
        if (antecedent) return antecedent;
      }
      // A pronoun after a preposition is an object ("to him"), not a speaker.
      if (i - 1 >= lo && PREPOSITIONS.has(this.t[i - 1].lower)) return null;
      return { from: i, to: i + 1 };
    }
    const post = this.postModifierEndingAt(i, lo);
    const head = post >= 0 ? post - 1 : i;
    if (!this.isHead(head)) return this.determinedPhraseBefore(head, lo);
    let from = head;
    for (let k = head - 1; k >= lo && head - k < 12; k--) {
      const tok = this.t[k];
      if (this.isNamePart(k) || this.isSpeakerNoun(k)) {
        from = k;
        continue;
      }
      // "secretary of state Mike Pompeo", "minister of defence Ivan Petrov": a lower-case title
      // with "of" inside it (codebook role_titles), as wire copy writes them before a name.
      const titled = this.ofTitleEndingAt(k, lo);
      if (titled >= 0) {
        from = titled;
        k = titled;
        continue;
      }
      // "Veska's foreign minister", and a body's own: "the bloc's foreign policy chief".
      if (this.isPossessiveMark(k) && k - 1 >= lo && (this.isNamePart(k - 1) || this.isSpeakerNoun(k - 1))) {
        from = k;
        continue;
      }
      if (CONNECTORS.has(tok.lower) && k - 1 >= lo && this.isNamePart(k - 1) && this.isNamePart(k + 1)) {
        from = k;
        continue;
      }
      // "Veska's and Ormund's foreign ministers": two possessives joined before the head.
      if (
        tok.lower === 'and' &&
        k - 2 >= lo &&
        this.isPossessiveMark(k - 1) &&
        this.isNamePart(k - 2) &&
        this.isNamePart(k + 1) &&
        this.possessiveBetween(k + 1, head)
      ) {
        from = k - 2;
        k -= 2;
        continue;
      }
      // "the Secretary-General of the United Nations Jonas Hale": "of the" inside a title.
      if (
        tok.lower === 'the' &&
        this.t[k - 1]?.lower === 'of' &&
        k - 2 >= lo &&
        this.isNamePart(k - 2) &&
        this.isNamePart(k + 1)
      ) {
        from = k - 1;
        k--;
        continue;
      }
      if (tok.kind === 'word' && this.lex.speakerModifiers.has(tok.lower) && !UPPER.test(tok.text)) {
        from = k;
        if (DETERMINERS.has(tok.lower)) break;
        continue;
      }
      // "Its armed wing said": a possessive that opens the sentence is capitalised, and still the
      // phrase's determiner (the party it refers back to speaks).
      if (PAIR_POSSESSIVES.has(tok.lower) && (k === 0 || this.sentenceOf(k - 1) !== this.sentenceOf(k))) {
        from = k;
        break;
      }
      // A compound adjective: "state-linked Egyptian media", "Iran-aligned rebels".
      if (
        tok.kind === 'word' &&
        /^[\p{L}]+-[a-z]+$/u.test(tok.text) &&
        /-(linked|backed|aligned|run|owned|led|affiliated|controlled)$/.test(tok.lower)
      ) {
        from = k;
        continue;
      }
      // An adjective of ours does not know ("top black lawmakers"): taken when a modifier precedes it.
      if (this.isPlainWord(k) && k - 1 >= lo && this.isModifier(k - 1) && !this.isNamePart(k - 1)) {
        from = k;
        continue;
      }
      // "the E3 (UK, France and Germany) foreign ministers", "the Group of Seven (G7) leaders": a
      // parenthesis that spells out the name before it stays inside the phrase; so does an
      // acronym before a title and a person's name ("the African Union (AU) envoy Ida Vell": the
      // speaker resolver reads Vell as the head, the body as her party).
      const open =
        tok.text === ')' && (!this.namePartBetween(k + 1, head + 1) || this.acronymBefore(k))
          ? this.spelledOutNameOpen(k, lo)
          : -1;
      if (open > 0) {
        k = open;
        continue;
      }
      if (DETERMINERS.has(tok.lower)) from = k;
      break;
    }
    // "…, one of its deputy defence ministers said": a member of the body the phrase names.
    if (from - 2 >= lo && this.t[from - 1].lower === 'of' && GROUP_MEMBER_COUNTS.has(this.t[from - 2].lower))
      from -= 2;
    // ("the Organization for Security and Cooperation in Europe": a post-modifier that goes on a
    // name is the name's own, and the name may close a list.)
    const inName = post >= 0 && this.isNamePart(head) && this.isNamePart(i);
    if (post < 0 || inName) from = this.listItemsBefore(from, head, lo);
    // "Veskan President Brisk and his Ormundi counterpart Kest said": the two speak together.
    if (post < 0) from = this.counterpartPairBefore(from, head, lo);
    // "The Veskan envoy to Ormund said", "a spokesman for the Council said": the title speaks, with
    // the place or party it serves as its complement.
    if (
      post < 0 &&
      from - 2 >= lo &&
      TITLE_PREPOSITIONS.has(this.t[from - 1].lower) &&
      this.isSpeakerNoun(from - 2) &&
      !this.isNamePart(from - 2)
    ) {
      const holder = this.speakerBefore(from - 1, lo, 0);
      if (holder) return { from: holder.from, to: head + 1 };
    }
    // "a statement from its foreign ministry said", "a communique by the council said": a body
    // that names no party of its own speaks through the text, which is the speaker phrase (a
    // named issuer speaks itself: "a statement from the Ormundi army's media wing said").
    if (
      post < 0 &&
      from - 2 >= lo &&
      ISSUER_PREPOSITIONS.has(this.t[from - 1].lower) &&
      this.lex.relayTexts.has(this.t[from - 2].lower) &&
      !this.t.slice(from, head + 1).some((_, k) => this.isNamePart(from + k))
    ) {
      const text = this.speakerBefore(from - 1, lo, 0);
      if (text) return { from: text.from, to: head + 1 };
    }
    // "Sources in Vienna said", "Ukrainian negotiators at the talks in Turkey said": a place or
    // party after a preposition is the complement of a speaker noun before it, which speaks.
    if (
      (post < 0 || inName) &&
      this.isNamePart(head) &&
      from - 1 > lo &&
      (HOLDER_PREPOSITIONS.has(this.t[from - 1].lower) || VISIT_PARTICIPLES.has(this.t[from - 1].lower))
    ) {
      for (let k = from - 2; k >= lo && from - k <= 8; k--) {
        const tok = this.t[k];
        if (tok.kind !== 'word' || this.isSpeechVerb(k, true)) break;
        if (this.isSpeakerNoun(k)) {
          const holder = this.speakerBefore(k + 1, lo, 0);
          if (holder) return { from: holder.from, to: inName ? i + 1 : head + 1 };
          break;
        }
      }
    }
    const phrase = { from, to: post >= 0 ? i + 1 : head + 1 };
    return this.issuedBy(phrase, lo) ?? phrase;
  }

  /**
   * "the self-styled “Republic of Artsakh” said": a name in quotation marks, ending at token `i`
   * (the closing mark), after a determiner and its modifiers — the phrase from the determiner.
   */
  private quotedNameBefore(i: number, lo: number): TokenRange | null {
    const { t } = this;
    const q = this.quoteOf[i];
    if (t[i].kind !== 'quote' || q < 0 || this.quoteTo[q] !== i) return null;
    const open = this.quoteFrom[q];
    if (open <= lo || i - open < 2 || i - open > 6 || !this.isNamePart(open + 1)) return null;
    for (let k = open + 1; k < i; k++) if (!this.isNamePart(k) && !CONNECTORS.has(t[k].lower)) return null;
    let from = open;
    while (
      from - 1 >= lo &&
      open - from < 3 &&
      (DETERMINERS.has(t[from - 1].lower) ||
        (t[from - 1].kind === 'word' && /^[a-z]+-styled$|^so-called$/.test(t[from - 1].lower)) ||
        (this.lex.speakerModifiers.has(t[from - 1].lower) && !UPPER.test(t[from - 1].text)))
    )
      from--;
    return from < open && DETERMINERS.has(t[from].lower) ? { from, to: i + 1 } : null;
  }

  /**
   * A share of those polled that ends at token `i`: "42%", "46 percent", "nine in 10",
   * "two-thirds", "those surveyed" ("42% say they …").
   */
  private shareBefore(i: number, lo: number): TokenRange | null {
    const t = this.t;
    const w = t[i].lower;
    const isNumber = (k: number) => k >= lo && (t[k].kind === 'number' || NUMBER_WORDS.has(t[k].lower));
    let from = -1;
    if ((w === '%' || w === 'percent' || w === 'per cent') && isNumber(i - 1)) from = i - 1;
    else if (isNumber(i) && t[i - 1]?.lower === 'in' && i - 2 >= lo && isNumber(i - 2)) from = i - 2;
    else if (FRACTIONS.test(w) && (i === lo || !PREPOSITIONS.has(t[i - 1].lower))) from = i;
    else if (w.endsWith('ed') && i - 1 >= lo && t[i - 1].lower === 'those' && POLLED.has(w)) from = i - 1;
    if (from < 0) return null;
    // "More than six in 10", "Only 24 percent", "About half".
    if (from - 2 >= lo && t[from - 1].lower === 'than' && /^(more|less|fewer)$/.test(t[from - 2].lower))
      from -= 2;
    else if (from - 1 >= lo && /^(only|about|nearly|almost|just|some|roughly)$/.test(t[from - 1].lower))
      from--;
    return { from, to: i + 1 };
  }

  /**
   * "the statement released by the Veskan ministry said", "a communique issued by the Council
   * said": the text speaks, with its issuer after "by" — the phrase from the text's determiner.
   */
  private issuedBy(issuer: TokenRange, lo: number): TokenRange | null {
    const by = issuer.from - 1;
    // ("a joint statement released on state news agency SPA said": the text speaks, not the
    // agency that carried it.)
    if (
      by - 2 < lo ||
      !ISSUED_THROUGH.has(this.t[by].lower) ||
      !this.lex.issuingParticiples.has(this.t[by - 1].lower)
    )
      return null;
    const noun = by - 2;
    if (!this.isSpeakerNoun(noun) || this.isNamePart(noun)) return null;
    let from = noun;
    while (
      from - 1 >= lo &&
      noun - from < 3 &&
      this.isModifier(from - 1) &&
      !DETERMINERS.has(this.t[from - 1].lower)
    )
      from--;
    if (from - 1 >= lo && DETERMINERS.has(this.t[from - 1].lower)) from--;
    return { from, to: issuer.to };
  }

  /**
   * "Veskan President Anton Brisk and his Ormundi counterpart Davor Kest said": a name whose title
   * is "his/her/their (…) counterpart(s)" after "and" takes in the speaker before the "and" — the
   * pair speaks together. `from` itself when the phrase is no such pair.
   */
  private counterpartPairBefore(from: number, head: number, lo: number): number {
    const counterpart = (k: number) => /^counterparts?$/.test(this.t[k].lower);
    let seen = false;
    for (let k = from; k < head && !seen; k++) seen = counterpart(k);
    let k = from - 1;
    while (k >= lo && from - k <= 4 && (counterpart(k) || this.isNamePart(k))) {
      if (counterpart(k)) seen = true;
      k--;
    }
    if (!seen || k - 1 < lo || !PAIR_POSSESSIVES.has(this.t[k].lower) || this.t[k - 1].lower !== 'and')
      return from;
    const first = this.speakerBefore(k - 1, lo, 0);
    return first && first.to === k - 1 ? first.from : from;
  }

  /**
   * "Washington, Cairo and Doha said": a phrase of names joined by "and" takes in the names listed
   * before it, each set off by a comma — not a place that opens the sentence ("In Lumen, Kest and
   * Vell said").
   */
  listItemsBefore(from: number, head: number, lo: number): number {
    let joined = false;
    for (let k = from; k < head && !joined; k++) joined = this.t[k].lower === 'and';
    let start = from;
    // "… and the Forum for Security": the last item, with its article, after "and".
    // ("Egypt, Qatar, and the United States said": after a serial comma too, when the list has an
    // item more before it; "… attacked Israel, and the United States said" joins two clauses.)
    const serial = this.t[from - 1]?.lower === 'and' && this.t[from - 2]?.text === ',';
    if ((this.t[from].lower === 'the' || serial) && this.t[from - 1]?.lower === 'and') {
      const top = serial ? from - 3 : from - 2;
      let k = top;
      while (k >= lo && top - k < 4 && this.isNamePart(k)) k--;
      if (k === top) return from;
      if (serial && !(k - 1 >= lo && this.t[k].text === ',' && this.isNamePart(k - 1))) return from;
      start = k + 1;
      if (k >= lo && this.t[k].lower === 'the') start = k;
      joined = true;
    }
    if (!joined) return from;
    for (let items = 0; items < 4 && start - 2 >= lo && this.t[start - 1].text === ','; items++) {
      let k = start - 2;
      while (k >= lo && start - 2 - k < 4 && this.isNamePart(k)) k--;
      if (k === start - 2 || (k >= lo && this.isNamePart(k))) break;
      // "the co-chairs from the Council, the Union and the Forum": an item with its article.
      if (k > lo && this.t[k].lower === 'the') k--;
      // "the final statement by Veska, Ormund and Tarsia said": the issuers of a text speak.
      // ("the leaders of France, Germany and Britain said": the parties a speaker noun is of)
      const ofSpeakers = this.t[k]?.lower === 'of' && k - 1 >= lo && this.isSpeakerNoun(k - 1);
      if (k >= lo && this.t[k].kind !== 'punct' && !ISSUER_PREPOSITIONS.has(this.t[k].lower) && !ofSpeakers)
        break;
      start = k + 1;
      if (k >= lo && this.t[k].kind !== 'punct') break;
    }
    return start;
  }

  /**
   * The end of a list of names that goes on from token `to`, the end of its first item:
   * ", Ormund and Tarsia", ", the Council, and Ormund" — up to four more items of one to four name
   * words, the last after "and". `to` itself when no such list follows.
   */
  listItemsAfter(to: number, hi: number): number {
    let k = to;
    for (let items = 0; items < 4 && k < hi; items++) {
      let j = k;
      const comma = this.t[j].text === ',';
      if (comma) j++;
      const joined = this.t[j]?.lower === 'and';
      // "said Lind, and Marten added": a comma before "and" joins clauses unless the list is longer.
      if (joined && comma && items === 0) return to;
      if (joined) j++;
      if (j === k || j >= hi) return to;
      if (this.t[j].lower === 'the') j++;
      const first = j;
      while (j < hi && j - first < 4 && this.isNamePart(j)) j++;
      if (j === first) return to;
      if (joined) return j;
      k = j;
    }
    return to;
  }

  /** A lower-case word that is no function word, verb cue, pronoun or negator. */
  isPlainWord(i: number): boolean {
    const tok = this.t[i];
    return (
      tok.kind === 'word' &&
      !UPPER.test(tok.text) &&
      !this.lex.notNames.has(tok.lower) &&
      !this.lex.speakerVerbGap.has(tok.lower) &&
      !this.lex.negators.has(tok.lower) &&
      !this.lex.speechVerbs.has(tok.lower) &&
      !this.isPronoun(i) &&
      !PREPOSITIONS.has(tok.lower)
    );
  }

  isModifier(i: number): boolean {
    const tok = this.t[i];
    return (
      (tok.kind === 'word' && this.lex.speakerModifiers.has(tok.lower) && !UPPER.test(tok.text)) ||
      DETERMINERS.has(tok.lower) ||
      this.isNamePart(i)
    );
  }

  /** "the announcer", "one slide", "Ivana's brief": a determiner and up to three plain words. */
  determinedPhraseBefore(head: number, lo: number): TokenRange | null {
    if (head < lo || !this.isPlainWord(head) || this.lex.timeWords.has(this.t[head].lower)) return null;
    if (this.lex.circumstanceWords.has(this.t[head].lower)) return null;
    for (let k = head - 1; k >= lo && head - k <= 3; k--) {
      const w = this.t[k].lower;
      if (POSSESSIVE_DETERMINERS.has(w) || DETERMINERS.has(w)) {
        if (k - 1 >= lo && PREPOSITIONS.has(this.t[k - 1].lower)) return null;
        return { from: k, to: head + 1 };
      }
      if (this.isPossessiveMark(k) && k - 1 >= lo && this.isNamePart(k - 1)) {
        let from = k - 1;
        while (from - 1 >= lo && this.isNamePart(from - 1)) from--;
        return { from, to: head + 1 };
      }
      if (!this.isPlainWord(k) && !this.isModifier(k)) return null;
    }
    return null;
  }

  /**
   * "Trump, writing on Truth Social, said": a speech verb's participle that a preposition follows
   * tells where the speaker spoke, not what was said.
   */
  spokeWhere(i: number): boolean {
    return this.t[i].lower.endsWith('ing') && PREPOSITIONS.has(this.t[i + 1]?.lower ?? '');
  }

  /** The comma at `comma` closes a place after "in", "at", "near" … ("in Lumen, Veska"). */
  private placeGoesOn(comma: number, lo: number): boolean {
    let k = comma - 1;
    while (k > lo && comma - k <= 3 && this.isNamePart(k)) k--;
    return k < comma - 1 && LOCATIVE_PREPOSITIONS.has(this.t[k].lower);
  }

  /** Tokens `from`…`to` (exclusive) are a short name, and no person's ("Veska", "North Lumen"). */
  private countryAfterPlace(from: number, to: number): boolean {
    if (to - from > 3 || to <= from || this.surnames.has(this.t[to - 1].lower)) return false;
    for (let k = from; k < to; k++) if (!this.isNamePart(k)) return false;
    return true;
  }

  /**
   * "Kest, when asked whether …, replied": a participle that opens an aside after the name tells
   * the question put to the speaker, not a statement of another; the verb after the aside is the
   * speaker's.
   */
  questionPutAt(i: number): boolean {
    if (!QUESTION_PUT.has(this.t[i].lower)) return false;
    const before = this.t[i - 1];
    return before?.text === ',' || (ASIDE_OPENERS.has(before?.lower ?? '') && this.t[i - 2]?.text === ',');
  }

  /** Whether token `i` can open an appositive or participle clause after a name. */
  opensAppositive(i: number): boolean {
    const tok = this.t[i];
    if (tok?.kind === 'number') return true; // an age: "Kest, 61, said"
    if (tok?.kind !== 'word') return false;
    if (this.isSpeechVerb(i, true)) return this.spokeWhere(i) || this.questionPutAt(i);
    return (
      APPOSITIVE_OPENERS.has(tok.lower) ||
      this.isSpeakerNoun(i) ||
      this.isTitle(i) ||
      this.isNamePart(i) ||
      !UPPER.test(tok.text)
    );
  }

  /** The speaker's noun phrase starting at token `start`, within the sentence ending before `hi`. */
  speakerAfter(start: number, hi: number): TokenRange | null {
    if (start >= hi) return null;
    if (this.isPronoun(start) && !['who', 'which', 'it'].includes(this.t[start].lower))
      return { from: start, to: start + 1 };
    let k = start;
    let lastHead = -1;
    // "said the ruling", "a narrator in the ad asks": a determiner and plain words.
    if (DETERMINERS.has(this.t[start].lower) || POSSESSIVE_DETERMINERS.has(this.t[start].lower)) {
      let j = start + 1;
      while (j < hi && j - start <= 3 && (this.isPlainWord(j) || this.isModifier(j)) && !this.isHead(j)) j++;
      const end = j;
      if (
        end > start + 1 &&
        end < hi &&
        this.isPlainWord(end - 1) &&
        !this.isHead(end) &&
        !this.lex.timeWords.has(this.t[end - 1].lower)
      ) {
        const after = this.t[end];
        if (after.kind === 'punct' || this.isSpeechVerb(end, true) || PREPOSITIONS.has(after.lower))
          return { from: start, to: end };
      }
    }
    // "9/11 widow Terry Strada": a number may open the phrase.
    if (this.t[k].kind === 'number' && k + 1 < hi && this.t[k + 1].kind === 'word') k++;
    while (k < hi && k - start < 12) {
      const tok = this.t[k];
      if (this.isNamePart(k) || this.isSpeakerNoun(k)) {
        lastHead = k;
        k++;
        continue;
      }
      if (this.isPossessiveMark(k) && lastHead === k - 1) {
        k++;
        continue;
      }
      // "Qatar's counterterrorism envoy Mutlaq al-Qahtani": a portfolio in plain words between the
      // possessive and a title that a name follows (not "Switzerland's efficient organization").
      const title =
        k + 2 >= hi
          ? -1
          : this.isSpeakerNoun(k + 1)
            ? k + 1
            : k + 3 < hi && this.isLowerWord(k + 1) && this.isSpeakerNoun(k + 2)
              ? k + 2
              : -1;
      if (
        title > 0 &&
        title + 1 < hi &&
        this.isLowerWord(k) &&
        k - 1 >= start &&
        this.isPossessiveMark(k - 1) &&
        this.isNamePart(title + 1) &&
        this.isCapital(title + 1)
      ) {
        k = title;
        continue;
      }
      if (CONNECTORS.has(tok.lower) && lastHead === k - 1 && k + 1 < hi && this.isNamePart(k + 1)) {
        k++;
        continue;
      }
      if (tok.kind === 'word' && !UPPER.test(tok.text) && this.lex.speakerModifiers.has(tok.lower)) {
        k++;
        continue;
      }
      // A possessive before the head: "the summit's final communique".
      if (lastHead < 0 && this.isPlainWord(k) && this.t[k + 1]?.lower === "'s" && k + 2 < hi) {
        k += 2;
        continue;
      }
      // A title word before a name: "9/11 widow Terry Strada", "lawyer Ana Veldt".
      if (lastHead < 0 && this.isPlainWord(k) && k + 1 < hi && this.isNamePart(k + 1)) {
        k++;
        continue;
      }
      if (DETERMINERS.has(tok.lower) && k === start) {
        k++;
        continue;
      }
      // "said a spokeswoman for a group of Veskan negotiators": the title's complement runs through
      // determiners and plain words to the party it serves.
      // "…, said a statement from the prime minister's office": a document speaks with its issuer,
      // named after "from" or "by".
      if (
        ISSUER_PREPOSITIONS.has(tok.lower) &&
        lastHead === k - 1 &&
        this.lex.speechNouns.has(this.t[lastHead].lower)
      ) {
        const issuer = this.speakerAfter(k + 1, hi);
        if (issuer) return { from: start, to: issuer.to };
      }
      if (TITLE_PREPOSITIONS.has(tok.lower) && lastHead === k - 1 && this.isSpeakerNoun(lastHead)) {
        const served = this.servedHeadAfter(k + 1, hi);
        if (served >= 0) {
          lastHead = served;
          k = served + 1;
          continue;
        }
      }
      break;
    }
    if (lastHead < 0) return null;
    let to = lastHead + 1;
    // "said Veska, Ormund and Tarsia in a joint statement": a list of names, all of them speaking.
    if (to === k && this.isNamePart(lastHead)) to = this.listItemsAfter(to, hi);
    // "sources familiar with the matter": a post-modifier phrase after a speaker noun.
    for (const p of this.lex.postModifiers) {
      if (to + p.length > hi) continue;
      let ok = true;
      for (let j = 0; j < p.length && ok; j++) {
        const tok = this.t[to + j];
        ok = p[j] === '*' ? tok.kind === 'word' || tok.kind === 'number' : tok.lower === p[j];
      }
      if (ok && p.length >= 3) {
        to += p.length;
        break;
      }
    }
    return { from: start, to };
  }

  /**
   * The last head of the noun phrase from token `from` that a title serves ("a group of Veskan
   * government negotiators"): determiners, "of" and plain words up to a name, then the name and the
   * words after it up to its last head; -1 when no name comes within a few words.
   */
  private servedHeadAfter(from: number, hi: number): number {
    let last = -1;
    for (let j = from; j < hi && j - from < 9; j++) {
      if (this.isNamePart(j) || (last >= 0 && this.isSpeakerNoun(j))) {
        last = j;
        continue;
      }
      const t = this.t[j];
      if (
        last < 0 ? DETERMINERS.has(t.lower) || t.lower === 'of' || this.isPlainWord(j) : this.isPlainWord(j)
      )
        continue;
      break;
    }
    return last;
  }

  /**
   * "Qatar's minister of state for foreign affairs, Ali Sahel, said": a title's complement after its
   * head, in plain words up to the comma of an appositive name. Returns the comma, or `i` when no
   * such complement follows the title ending before `i`.
   */
  skipTitleComplement(i: number, hi: number): number {
    if (i >= hi || i < 1 || !this.isSpeakerNoun(i - 1) || !TITLE_COMPLEMENT_OPENERS.has(this.t[i].lower))
      return i;
    for (let j = i + 1; j < hi && j - i <= 7; j++) {
      const tok = this.t[j];
      if (tok.text === ',') return j > i + 1 && this.isNamePart(j + 1) ? j : i;
      if (
        !(
          this.isPlainWord(j) ||
          this.isNamePart(j) ||
          TITLE_COMPLEMENT_OPENERS.has(tok.lower) ||
          tok.lower === 'the'
        )
      )
        return i;
    }
    return i;
  }

  /**
   * Whether an appositive opened by the comma at `i` runs, in words only, up to the cue at `k` with
   * no closing comma ("X, spokesperson of the armed forces had said").
   */
  appositiveRunsTo(i: number, k: number): boolean {
    if (this.t[i].text !== ',' || k - i > 12 || !this.opensAppositive(i + 1)) return false;
    return this.t.slice(i + 1, k).every((x) => x.kind === 'word');
  }

  /**
   * Whether the words ending at `end` are a title's complement of a few plain words after the
   * title ("Commissioner for human rights", "envoy to the western provinces").
   */
  private titleComplementEndsAt(end: number, lo: number): boolean {
    for (let k = end; k > lo && end - k < 5; k--) {
      if (TITLE_COMPLEMENT_OPENERS.has(this.t[k].lower))
        return k < end && (this.isSpeakerNoun(k - 1) || this.isNamePart(k - 1));
      if (!this.isPlainWord(k) && this.t[k].lower !== 'the') return false;
    }
    return false;
  }

  /** Skip an appositive after a name ("X, a senior adviser to Y, said"): the token after it, or -1. */
  skipAppositive(i: number, hi: number): number {
    if (i >= hi) return -1;
    // A parenthesis after a name: "Sen. Ilse Marrow (VSK)".
    if (this.t[i].text === '(') {
      for (let j = i + 1; j < hi && j < i + 10; j++) if (this.t[j].text === ')') return j + 1;
      return -1;
    }
    const opener = this.t[i].text;
    if ((opener !== ',' && opener !== '--') || i + 1 >= hi || !this.opensAppositive(i + 1)) return -1;
    for (let j = i + 2; j < hi && j < i + 30; j++) {
      const tok = this.t[j];
      if (tok.kind === 'quote' || tok.text === '.' || tok.text === ';') return -1;
      if (this.isSpeechVerb(j, true) && !relativeSegment(this.t, j, j + 1)) return -1;
      // The closing comma is returned, so that a second appositive can follow it.
      if (tok.text === ',' || tok.text === '--') return j;
    }
    return -1;
  }

  /**
   * After a cue: skip an addressee ("told reporters", "told the Tidewire") when the verb takes one,
   * circumstances ("on Tuesday", "in a statement", "in Lumen") and a "that" or colon. Returns the
   * first token of the content.
   */
  skipToContent(v: number, hi: number): number {
    let k = v + 1 + this.phraseCueLength(v);
    if (this.lex.particleVerbs.has(this.t[v].lower) && k < hi && this.lex.particles.has(this.t[k].lower)) k++;
    if (this.lex.addresseeVerbs.has(this.t[v].lower)) {
      const start = k;
      // (A determiner opens the phrase only: "told reporters the talks …" has the content's.)
      const addressee = (j: number, titled: boolean) =>
        (this.lex.addresseeNouns.has(this.t[j].lower) &&
          (j === start || !DETERMINERS.has(this.t[j].lower))) ||
        this.isNamePart(j) ||
        (this.t[j].lower === "'s" && j > start) ||
        (titled && (this.isSpeakerNoun(j) || this.isModifier(j)));
      // ("urged Serbia and Kosovo to return": two named hearers)
      const joined = (j: number) => this.t[j].lower === 'and' && j > start && this.isNamePart(j + 1);
      while (k < hi && k - start < 5 && (addressee(k, false) || joined(k))) k++;
      // "told the Ormundi envoy that …": one spoken to by a title, when "that" follows it.
      let titled = start;
      while (titled < hi && titled - start < 6 && addressee(titled, true)) titled++;
      // "…, a source told the local Gazette newspaper.": a titled hearer that closes the sentence
      // leaves no content after the cue (the words said stand before it).
      if (titled > k && (this.t[titled]?.lower === 'that' || titled >= hi)) k = titled;
    }
    for (let guard = 0; guard < 4 && k < hi; guard++) {
      const w = this.t[k].lower;
      // "added for the first time that …": a set phrase of circumstance.
      const set = this.lex.circumstancePhrases.find((p) => p.every((x, j) => this.t[k + j]?.lower === x));
      if (set && k + set.length < hi) {
        k += set.length;
        continue;
      }
      if (PREPOSITIONS.has(w)) {
        let j = k + 1;
        if (j < hi && DETERMINERS.has(this.t[j].lower)) j++;
        const phraseStart = j;
        while (
          j < hi &&
          j - phraseStart < 5 &&
          (this.lex.circumstanceWords.has(this.t[j].lower) ||
            this.isNamePart(j) ||
            this.t[j].kind === 'number' ||
            MEASURE.test(this.t[j].lower) ||
            (this.t[j].lower === "'s" && j > phraseStart)) &&
          !this.contentAfterTime(j, phraseStart)
        )
          j++;
        if (j === phraseStart) break;
        // The phrase ends where the content begins: "that", a pronoun, a determiner, a comma, or a name.
        k = j;
        continue;
      }
      if (this.lex.circumstanceWords.has(w) && !DETERMINERS.has(w) && w !== 'that' && !this.isPronoun(k)) {
        // Bare time words: "said Tuesday afternoon", "said again", "said last week".
        // …but not "Friday's decision", where the day belongs to the content.
        if (this.lex.timeWords.has(w) && this.t[k + 1]?.lower !== "'s") {
          k++;
          continue;
        }
        // ("said this calendar takes effect …": "this" before a word of no time is the content's)
        if (
          (w === 'last' || w === 'this' || w === 'next') &&
          k + 1 < hi &&
          this.lex.timeWords.has(this.t[k + 1].lower)
        ) {
          k += 2;
          continue;
        }
      }
      break;
    }
    if (k < hi && (this.t[k].text === ':' || this.t[k].text === ',')) k++;
    // "that" opens the content, unless it is its subject: "said that would permit …".
    if (k < hi && this.t[k].lower === 'that' && !this.lex.notContentStart.has(this.t[k + 1]?.lower ?? ''))
      k++;
    return k;
  }

  /**
   * "said on Tuesday Ormund would …", "said on Monday the two sides had …": a name or a determiner
   * after a time word of the phrase opens the content — the subject of the clause reported, not a
   * word of the time ("on Tuesday March 5", "on Tuesday evening" go on).
   */
  private contentAfterTime(j: number, phraseStart: number): boolean {
    const { t, lex } = this;
    if (j <= phraseStart || !lex.timeWords.has(t[j - 1].lower) || lex.timeWords.has(t[j].lower)) return false;
    if (DETERMINERS.has(t[j].lower)) return true;
    return !lex.circumstanceWords.has(t[j].lower) && t[j].kind === 'word' && this.isNamePart(j);
  }

  /** Count of word tokens in [from, to). */
  wordCount(from: number, to: number): number {
    let n = 0;
    for (let k = from; k < to; k++) if (this.t[k].kind === 'word' || this.t[k].kind === 'number') n++;
    return n;
  }
}
