/**
 * Issue frames: an issue named by an action done to a thing ("lift" × "tariffs", "halt" ×
 * "shelling"), written once in the codebook as two word lists and expanded here into patterns of
 * the pattern language (issues.ts).
 *
 * Why: a report names what is demanded or refused with any verb of a class and any noun of a
 * class — "suspend the offensive", "waive the tariffs", "a halt to the shelling", "the embargo
 * will be eased". Typed as patterns, each pair and each inflection is a line someone had to think
 * of, and unseen reports keep bringing the pair nobody wrote. A frame states the two classes; this
 * module writes every inflected form and the three shapes a pair takes in news:
 *   active   "lifted the sanctions"          action forms, up to three words, object forms
 *   nominal  "a halt to the shelling"        nominal forms, of|to|on|in, up to three words, object forms
 *   passive  "sanctions will be lifted"      object forms, up to three words, the action's participles
 *
 * Entries: an action is a verb lemma, optionally with its irregular past forms after `|` (they
 * replace the regular -ed form, the participle last: "freeze|froze|frozen", "cut|cut") and a
 * particle after a space ("roll back", "wind|wound down"). An object is a noun (its plural is added: "sanction" →
 * "sanctions"; an irregular one is given: "person|people") or a phrase whose last word is
 * pluralised ("export control"). A nominal is a noun used as is ("halt", "lifting").
 */

export interface IssueFrameSpec {
  actions?: string[];
  nominals?: string[];
  objects: string[];
  /** The frame states the opposite of the issue's proposition ("impose" × "sanctions"). */
  negated?: boolean;
  /** Also read "X * participle" ("sanctions were lifted"); on unless false. */
  passive?: boolean;
}

const VOWEL = /[aeiou]/;
/** One syllable ending in one vowel and one consonant: the consonant doubles ("stop", "stopped"). */
const DOUBLING = /^[^aeiou]*[aeiou][bdgklmnprt]$/;

/** A short verb's stem before -ed and -ing, its final consonant doubled where it must be ("stopp"). */
const doubled = (v: string) => (DOUBLING.test(v) ? v + v[v.length - 1] : v);

/** The regular past and participle of a lower-case verb ("eased", "supplied", "stopped"). */
function regularPast(v: string): string {
  return v.endsWith('e') ? `${v}d` : /[^aeiou]y$/.test(v) ? `${v.slice(0, -1)}ied` : `${doubled(v)}ed`;
}

/** The forms of a verb: lemma, third person, -ing, and past forms (regular unless `past` is given). */
export function verbForms(lemma: string, past?: string[]): string[] {
  const v = lemma.toLowerCase();
  const third = /(s|sh|ch|x|z|o)$/.test(v)
    ? `${v}es`
    : /[^aeiou]y$/.test(v)
      ? `${v.slice(0, -1)}ies`
      : `${v}s`;
  const ing = v.endsWith('ie')
    ? `${v.slice(0, -2)}ying`
    : /[^aeioy]e$/.test(v)
      ? `${v.slice(0, -1)}ing`
      : `${doubled(v)}ing`;
  return unique([v, third, ing, ...(past?.length ? past : [regularPast(v)])]);
}

/**
 * The participle of a verb, for the passive: the last irregular form given ("withdrew|withdrawn"
 * gives "withdrawn": a simple past after a gap is another clause's verb, as in "would lift
 * sanctions only once Ormund withdrew"), else the regular -ed form.
 */
function participle(lemma: string, past?: string[]): string {
  return past?.length ? past[past.length - 1].toLowerCase() : regularPast(lemma.toLowerCase());
}

/**
 * A noun and its plural ("embargo" both "embargos" and "embargoes"); a noun already plural
 * ("arms") stays as it is, and given forms ("person|people") are used as they are.
 */
export function nounForms(noun: string): string[] {
  const n = noun.toLowerCase();
  if (n.includes('|')) return unique(n.split('|').filter(Boolean));
  if (n.endsWith('s') && !n.endsWith('ss')) return [n];
  if (/[^aeiou]o$/.test(n)) return [n, `${n}s`, `${n}es`];
  const plural = /(s|sh|ch|x|z)$/.test(n)
    ? `${n}es`
    : /[^aeiou]y$/.test(n)
      ? `${n.slice(0, -1)}ies`
      : `${n}s`;
  return [n, plural];
}

const unique = (xs: string[]) => [...new Set(xs)];
const alternatives = (xs: string[]) => unique(xs).join('|');

interface Phrase {
  /** The forms of the head word (one pattern element). */
  head: string[];
  /** Words after the head (a particle), or before it for an object phrase. */
  rest: string[];
}

/** An action entry read as its head forms and particle: "wind|wound down". */
function actionPhrase(entry: string): { lemma: string; past: string[]; particle: string[] } {
  const [verb, ...particle] = entry.trim().split(/\s+/);
  const [lemma, ...past] = verb.split('|');
  if (!lemma || !VOWEL.test(lemma)) throw new Error(`frame action "${entry}": not a verb`);
  return { lemma, past, particle };
}

/** An object entry read as the words before its head and its head's forms: "export control". */
function objectPhrase(entry: string): Phrase {
  const words = entry.trim().toLowerCase().split(/\s+/);
  const last = words.pop();
  if (!last) throw new Error('frame object: empty');
  return { head: nounForms(last), rest: words };
}

/** The object as pattern elements: its leading words, then its head's forms. */
const objectElements = (o: Phrase) => [...o.rest, alternatives(o.head)].join(' ');

/**
 * Groups entries whose words beyond the head are the same, so that one pattern lists all their
 * forms as alternatives ("lift|lifts|…|ease|eases|… * sanction|sanctions|tariff|tariffs").
 */
function groupBy<T>(items: T[], key: (t: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return [...groups.values()];
}

/** The patterns (pattern-language sources) that one frame stands for. */
export function framePatterns(frame: IssueFrameSpec): string[] {
  const bang = frame.negated ? '!' : '';
  const objects = frame.objects.map(objectPhrase);
  const objectGroups = groupBy(objects, (o) => o.rest.join(' ')).map((group) => ({
    rest: group[0].rest,
    head: unique(group.flatMap((o) => o.head)),
  }));
  const out: string[] = [];
  const actions = (frame.actions ?? []).map(actionPhrase);
  for (const group of groupBy(actions, (a) => a.particle.join(' '))) {
    const forms = alternatives(group.flatMap((a) => verbForms(a.lemma, a.past)));
    const particle = group[0].particle.join(' ');
    const verb = particle ? `${forms} ${particle}` : forms;
    for (const o of objectGroups) out.push(`${bang}${verb} * ${objectElements(o)}`);
    if (frame.passive !== false) {
      const done = alternatives(group.map((a) => participle(a.lemma, a.past)));
      for (const o of objectGroups)
        out.push(`${bang}${objectElements(o)} * ${particle ? `${done} ${particle}` : done}`);
    }
  }
  if (frame.nominals?.length) {
    const nouns = alternatives(frame.nominals.flatMap((n) => n.toLowerCase().split('|')));
    for (const o of objectGroups) out.push(`${bang}${nouns} of|to|on|in * ${objectElements(o)}`);
  }
  return out;
}
