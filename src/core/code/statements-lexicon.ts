/**
 * The statements stage's word lists, compiled once per codebook from its `cues` section
 * (`codebooks/cues.yaml`). Knowledge stays in the YAML; this only turns lists into sets.
 */
import type { PipelineContext } from '../model.js';

export interface StatementLexicon {
  speechVerbs: Set<string>;
  quoteOnlyVerbs: Set<string>;
  addresseeVerbs: Set<string>;
  /** Verbs whose object is always the hearer: "…, told Reuters" is never the inversion "…, said X". */
  hearerVerbs: Set<string>;
  particles: Set<string>;
  particleVerbs: Set<string>;
  /** Participles that report speech only after a comma ("…, citing …"). */
  participleCues: Set<string>;
  /** Verbs that cue only with the words after them ("made it clear that"): verb → those words. */
  phraseCues: Map<string, string[][]>;
  /** Multi-word prepositional cues, as word lists ("according to" → ["according", "to"]). */
  accordingCues: string[][];
  /** The first words of `accordingCues`: the cue is looked for only at a token that is one. */
  accordingFirst: Set<string>;
  negators: Set<string>;
  speakerVerbGap: Set<string>;
  /** Verbs that lead into an "-ing" speech verb through "by" ("concluded by saying"). */
  speechLeadIns: Set<string>;
  pronouns: Set<string>;
  speakerNouns: Set<string>;
  speakerModifiers: Set<string>;
  anonymousNouns: Set<string>;
  /** Post-modifier phrases as word lists; `*` matches any one word. */
  postModifiers: string[][];
  circumstanceWords: Set<string>;
  addresseeNouns: Set<string>;
  notNames: Set<string>;
  nameTitles: Set<string>;
  notContentStart: Set<string>;
  timeWords: Set<string>;
  passiveAuxiliaries: Set<string>;
  nounLikeVerbs: Set<string>;
  contentEndOpeners: Set<string>;
  /** Settings of a speech act after ", during" ("…, during the closing ceremony"): the frame's, not the content's. */
  speechSettingNouns: Set<string>;
  notAdverbs: Set<string>;
  objectRelatives: Set<string>;
  modals: Set<string>;
  monthNames: Set<string>;
  namingVerbs: Set<string>;
  irregularPastCues: Set<string>;
  thatOnlyVerbs: Set<string>;
  particleRequired: Set<string>;
  notParticiples: Set<string>;
  /** Cue words with what follows them that is no speech ("called a meeting"), as word lists. */
  nonSpeechPhrases: string[][];
  objectMovingVerbs: Set<string>;
  /** Cues after "what" and a speaker that report the speaker's name for a thing, as word lists. */
  whatNamingCues: string[][];
  /** The first words of `whatNamingCues`: the cue is looked for only at a token that is one. */
  whatNamingFirst: Set<string>;
  clauseOpeners: Set<string>;
  /** Conjunctions that open a clause of circumstance ("… after Ormund announced it would leave"). */
  circumstanceConjunctions: Set<string>;
  /** Conjunctions that open a sentence with a clause before its main one ("While Kest said …, Ormund …"). */
  openingClauseConjunctions: Set<string>;
  /** Words that begin the main clause's subject after the comma closing such a clause ("…, the …"). */
  clauseSubjectOpeners: Set<string>;
  /** Cues whose object is what they report ("welcomed the deal", "denied the allegations"). */
  objectVerbs: Set<string>;
  asVerbs: Set<string>;
  /** Verbs of a view that report speech as "VERB X as Y" only when Y is quoted. */
  asQuoteVerbs: Set<string>;
  /** Cues that report with a noun of feeling as object ("expressed gratitude"), and those nouns. */
  expressionVerbs: Set<string>;
  expressionNouns: Set<string>;
  /** Heads of a description that names a person by office ("the prime minister"). */
  descriptionHeads: Set<string>;
  /** Heads of a description of a person that names no office: "the official", "the peer". */
  speakerDescriptionHeads: Set<string>;
  /** Texts a person's possessive owns as that person's word: "his statement". */
  ownedTexts: Set<string>;
  /** A person's own channels: "a statement on her website". */
  ownChannels: Set<string>;
  /** A description's title to the titles of the same office it stands for ("leader" → president …),
   * each as its words ("top diplomat" → [["foreign", "minister"], …]). */
  descriptionSynonyms: Map<string, string[][]>;
  /** Heads of a description that names a body by its kind ("the office", "the agency"). */
  bodyHeads: Set<string>;
  /** "presidency" → the title of the person whose party it speaks for ("president"). */
  bodyOffices: Map<string, string[][]>;
  /** The words of the codebook's role titles ("prime", "minister", "foreign", "envoy"). */
  roleWords: Set<string>;
  /** Role titles with "of" inside, lower-cased ("secretary of state", "minister of defence"). */
  ofTitles: Set<string>;
  /** Cues and speaker heads of an outlet relaying what others said ("reported", "news agency"). */
  outletCues: Set<string>;
  outletNouns: Set<string>;
  /** Heads that speak for the state whose capital follows "in": "officials in Kyiv". */
  capitalOfficialHeads: Set<string>;
  /** Texts that relay a frame after "according to" ("…, Kest said, according to a statement …"). */
  relayTexts: Set<string>;
  /** Texts an outlet carries ("according to a report in the Tidewire"): `published_texts`. */
  publishedTexts: Set<string>;
  /** Words of page furniture between a report's paragraphs ("Advertisement"): `page_furniture`. */
  pageFurniture: string[][];
  /** Nouns that name such a carried text again ("the report added"): `carried_texts`. */
  carriedTexts: Set<string>;
  /** Verbs of an outlet quoting someone ("quoted X as saying", "was cited as saying"). */
  quotingVerbs: Set<string>;
  actionBeforeTo: Set<string>;
  /** Verbs of answering that are acts before "with" ("responded with strikes"): `action_verbs_before_with`. */
  actionBeforeWith: Set<string>;
  /** Nouns of speech that report a that-clause with their speaker ("Ormund's assertion that …"). */
  speechNouns: Set<string>;
  /** Set phrases of circumstance after a cue ("said for the first time that"), as word lists. */
  circumstancePhrases: string[][];
  /** Participles that name a text's issuer after "by" ("the statement released by X said"). */
  issuingParticiples: Set<string>;
}

const KEY = 'statements.lexicon';

const words = (list: string[] | undefined) => new Set((list ?? []).map((w) => w.toLowerCase()));
/** Split a phrase into the tokens the sentences stage makes of it ("'s" stays a token). */
const phrase = (p: string) => p.toLowerCase().replace(/'s\b/g, " 's").split(/\s+/).filter(Boolean);

export function statementLexicon(ctx: PipelineContext): StatementLexicon {
  const cached = ctx.cache.get(KEY) as StatementLexicon | undefined;
  if (cached) return cached;
  const c = ctx.codebook.cues;
  const lexicon: StatementLexicon = {
    // The hand lists and the reporting verbs generated from WordNet (codebooks/speech-verbs.yaml).
    speechVerbs: words([
      ...(c.speech_verbs ?? []),
      ...(c.speech_verbs_wordnet ?? []),
      ...(c.speech_verbs_object ?? []),
      ...(c.expression_verbs ?? []),
    ]),
    // (A cue whose object is its content is no quote-only cue, whatever WordNet's ranking says;
    // nor is a form the hand list holds, until the generated file is rebuilt without it.)
    quoteOnlyVerbs: new Set(
      [
        ...(c.speech_verbs_quote_only ?? []),
        ...(c.speech_verbs_wordnet_quote_only ?? []).filter((w) => !(c.speech_verbs ?? []).includes(w)),
      ]
        .map((w) => w.toLowerCase())
        .filter((w) => !(c.speech_verbs_object ?? []).includes(w)),
    ),
    addresseeVerbs: words(c.speech_verbs_addressee),
    hearerVerbs: words(c.speech_verbs_hearer),
    particles: words(c.speech_verb_particles),
    particleVerbs: words(c.particle_verbs),
    participleCues: words(c.speech_participles),
    phraseCues: phraseCuesOf(c.phrase_cues),
    accordingCues: (c.according_cues ?? []).map(phrase),
    accordingFirst: new Set((c.according_cues ?? []).map((cue) => phrase(cue)[0])),
    negators: words(c.negators),
    speakerVerbGap: words(c.speaker_verb_gap),
    speechLeadIns: words(c.speech_lead_ins),
    pronouns: words(c.speaker_pronouns),
    speakerNouns: words(c.speaker_nouns),
    speakerModifiers: words(c.speaker_modifiers),
    anonymousNouns: words(c.anonymous_nouns),
    // Longest first, so that "familiar with the * 's *" is tried before "familiar with *".
    postModifiers: (c.speaker_post_modifiers ?? []).map(phrase).sort((a, b) => b.length - a.length),
    circumstanceWords: words(c.speech_circumstance_words),
    addresseeNouns: words(c.addressee_nouns),
    notNames: words(c.not_names),
    nameTitles: words(c.name_titles),
    notContentStart: words(c.not_content_start),
    timeWords: words(c.time_words),
    passiveAuxiliaries: words(c.passive_auxiliaries),
    nounLikeVerbs: words(c.noun_like_verbs),
    contentEndOpeners: words(c.content_end_openers),
    speechSettingNouns: words(c.speech_setting_nouns),
    notAdverbs: words(c.not_adverbs),
    objectRelatives: words(c.object_relatives),
    modals: words(c.modals),
    monthNames: words(c.names_after_first_name),
    namingVerbs: words(c.naming_verbs),
    irregularPastCues: words(c.irregular_past_cues),
    // A verb of WordNet's list that the hand list lacks came in by its frame "Somebody ----s that
    // CLAUSE": it reports speech in that frame ("stressed that …"), not with an object ("stressed
    // those worries").
    thatOnlyVerbs: words([
      ...(c.that_only_verbs ?? []),
      ...(c.speech_verbs_wordnet ?? []).filter((w) => !(c.speech_verbs ?? []).includes(w)),
    ]),
    particleRequired: words(c.particle_required),
    notParticiples: words(c.not_participles),
    nonSpeechPhrases: (c.non_speech_phrases ?? []).map(phrase),
    objectMovingVerbs: words(c.object_moving_verbs),
    whatNamingCues: (c.what_naming_cues ?? []).map(phrase),
    whatNamingFirst: new Set((c.what_naming_cues ?? []).map((cue) => phrase(cue)[0])),
    clauseOpeners: words(c.clause_openers),
    circumstanceConjunctions: words(c.circumstance_conjunctions),
    openingClauseConjunctions: words(c.opening_clause_conjunctions),
    clauseSubjectOpeners: words(c.clause_subject_openers),
    quotingVerbs: words(c.quoting_verbs),
    descriptionHeads: words(c.description_heads),
    speakerDescriptionHeads: words(c.speaker_description_heads),
    ownedTexts: words(c.owned_texts),
    ownChannels: words(c.own_channels),
    descriptionSynonyms: synonymsOf(c.description_synonyms),
    bodyHeads: words(c.body_description_heads),
    bodyOffices: synonymsOf(c.body_offices),
    roleWords: new Set(
      (c.role_titles ?? [])
        .flatMap((t) => t.toLowerCase().split(/\s+/))
        .filter((w) => !/^(of|the|for|and)$/.test(w)),
    ),
    ofTitles: new Set((c.role_titles ?? []).map((t) => t.toLowerCase().trim()).filter((t) => / of /.test(t))),
    outletCues: words(c.outlet_cues),
    outletNouns: words(c.outlet_nouns),
    capitalOfficialHeads: words(c.capital_official_heads),
    relayTexts: words(c.relaying_texts),
    publishedTexts: words(c.published_texts),
    pageFurniture: (c.page_furniture ?? []).map(phrase),
    carriedTexts: words(c.carried_texts),
    objectVerbs: words(c.speech_verbs_object),
    asVerbs: words(c.as_description_verbs),
    asQuoteVerbs: words(c.as_quote_verbs),
    expressionVerbs: words(c.expression_verbs),
    expressionNouns: words(c.expression_nouns),
    actionBeforeTo: words(c.action_verbs_before_to),
    actionBeforeWith: words(c.action_verbs_before_with),
    speechNouns: words(c.speech_nouns_that),
    issuingParticiples: words(c.issuing_participles),
    circumstancePhrases: (c.circumstance_phrases ?? []).map(phrase),
  };
  ctx.cache.set(KEY, lexicon);
  return lexicon;
}

/** "made it clear that" → made: [[it, clear, that]]. */
function phraseCuesOf(list: string[] | undefined): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  for (const p of list ?? []) {
    const [verb, ...rest] = phrase(p);
    if (verb && rest.length > 0) out.set(verb, [...(out.get(verb) ?? []), rest]);
  }
  return out;
}

/** "leader = president | prime minister" → leader: [[president], [prime, minister]]. */
function synonymsOf(lines: string[] | undefined): Map<string, string[][]> {
  const out = new Map<string, string[][]>();
  const wordsOf = (t: string) => t.toLowerCase().split(/\s+/).filter(Boolean);
  for (const line of lines ?? []) {
    const [title, others] = line.split('=');
    if (!others) continue;
    const key = wordsOf(title).join(' ');
    out.set(key, [...(out.get(key) ?? []), ...others.split('|').map(wordsOf)]);
  }
  return out;
}
