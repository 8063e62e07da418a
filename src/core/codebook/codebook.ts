/**
 * Codebooks: the knowledge Parley codes with (actors, persons and their dated roles, places,
 * issues with their patterns, cue lexicons), kept as YAML and validated with a schema. The default
 * codebook lives in `codebooks/*.yaml`; users merge their own over it with `--codebook FILE`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { cachedCodebookFile } from './codebook-cache.js';

const isoDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'an ISO date: YYYY, YYYY-MM or YYYY-MM-DD');
/** Actor codes are upper case (USA, NATO); issue codes lower case (alliance_membership). */
// A hyphen is allowed: the shared gold codes groups such as SPLM-IO.
export const ACTOR_CODE = /^[A-Z][A-Z0-9_-]*$/;
export const ISSUE_CODE = /^[a-z][a-z0-9_]*$/;
const actorCode = z.string().regex(ACTOR_CODE, 'an upper-case actor code such as USA or NATO');

export const ActorSchema = z.object({
  code: actorCode,
  kind: z.enum(['state', 'org', 'group', 'collective', 'outlet']),
  name: z.string(),
  /** Other names and short names ("United States", "U.S.", "America"). */
  aliases: z.array(z.string()).default([]),
  /** Adjectives and nouns for the people ("American", "Americans"). */
  demonyms: z.array(z.string()).default([]),
  /** Capitals used as metonyms ("Washington"). */
  capitals: z.array(z.string()).default([]),
  /** Seats of government used as metonyms ("the White House", "the Kremlin"). */
  seats: z.array(z.string()).default([]),
  /**
   * A state's national companies and banks, named for it where it is sanctioned or pressed
   * ("sanctions on Rosneft and Lukoil" target Russia).
   */
  companies: z.array(z.string()).default([]),
  /** Words that refer back to it within a document ("the alliance", "the bloc"). */
  anaphors: z.array(z.string()).default([]),
  /** Member codes, for collectives and organisations. */
  members: z.array(z.string()).default([]),
  /**
   * For an armed group or opposition (kind `group`): the state whose government it faces at the
   * table (the Houthis: Yemen), so that a story of the two is told as theirs, not a mediator's.
   */
  opposes: actorCode.optional(),
  /**
   * For a collective: names that stand for it only in a story that names the party it faces
   * ("world powers" are the P5+1 beside Iran, "talks between Iran and world powers"; elsewhere
   * they are nobody's in particular).
   */
  facing: z.object({ actor: actorCode, aliases: z.array(z.string()) }).optional(),
  /**
   * For an organisation: the titles of its own officers that a demonym it shares with a wider
   * collective may stand before, so that the title is the organisation's ("European Energy
   * Commissioner" is the EU's, where "European" alone is Europe's): `demonyms` and `titles`.
   */
  offices: z.object({ demonyms: z.array(z.string()), titles: z.array(z.string()) }).optional(),
});

export const RoleSchema = z.object({
  title: z.string(),
  /** The party the role speaks for (null: nobody's side). */
  actor: actorCode.nullable(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});

export const PersonSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'a lower-case id such as mike-waltz'),
  name: z.string(),
  aliases: z.array(z.string()).default([]),
  roles: z.array(RoleSchema).default([]),
  /** Grammatical gender the news uses for the person, to resolve "he said"/"she said". */
  gender: z.enum(['f', 'm']).optional(),
});

export const PlaceSchema = z.object({
  name: z.string(),
  aliases: z.array(z.string()).default([]),
  /** The state the place is in (actor code). */
  country: actorCode,
  kind: z.enum(['city', 'region', 'country']).default('city'),
});

/** An issue frame: verbs (or their nouns) of one class done to nouns of another. */
export const IssueFrameSchema = z
  .object({
    actions: z.array(z.string().min(1)).default([]),
    nominals: z.array(z.string().min(1)).default([]),
    objects: z.array(z.string().min(1)).min(1, 'a frame needs at least one object'),
    negated: z.boolean().default(false),
    passive: z.boolean().default(true),
  })
  .refine((f) => f.actions.length + f.nominals.length > 0, {
    message: 'a frame needs actions or nominals',
  });

export const IssueSchema = z.object({
  code: z.string().regex(ISSUE_CODE, 'a lower-case issue code such as alliance_membership'),
  proposition: z.string(),
  /**
   * Patterns that detect the issue: phrases matched on lemmas/lower-cased words; a `*` stands for
   * up to three words; `{ACTOR}` for any actor mention (its code becomes the issue's `about`),
   * `{PERSON}` for a mention of a person only.
   */
  patterns: z.array(z.string()).default([]),
  /**
   * Actions done to things that name the issue ("lift" × "tariffs"), expanded into patterns with
   * every inflection (src/core/code/issue-frames.ts).
   */
  frames: z.array(IssueFrameSchema).default([]),
  /** The party the proposition concerns by default, if any. */
  about: actorCode.optional(),
});

/** A negotiation id: lower case, as `skerry` or `russia-ukraine` ("all" means every negotiation). */
export const NEGOTIATION_ID = /^[a-z][a-z0-9_-]*$/;

/**
 * A negotiation: who negotiates (parties), who helps (mediators, guarantors), over what (issues),
 * where and when, and so which documents and facts belong to it (src/core/code/negotiations.ts).
 * A mediator's statements and proposals are the mediator's own; conflicts and common ground are
 * worked out over the parties alone.
 */
export const NegotiationSchema = z.object({
  id: z
    .string()
    .regex(NEGOTIATION_ID, 'a lower-case id such as skerry or russia-ukraine')
    .refine((id) => id !== 'all', '"all" is kept for every negotiation at once'),
  name: z.string(),
  parties: z.array(actorCode).default([]),
  mediators: z.array(actorCode).default([]),
  guarantors: z.array(actorCode).default([]),
  /** Others with a stake who are not at the table (an assembly, a council): their stances are kept. */
  others: z.array(actorCode).default([]),
  /** The issues on the table (issue codes of the codebook). */
  issues: z.array(z.string().regex(ISSUE_CODE, 'an issue code')).default([]),
  /** Places where it is held or that it is about (names as the text gives them). */
  places: z.array(z.string()).default([]),
  /** Words that name it ("Skerry Islands", "Tolvane Dam"). */
  keywords: z.array(z.string()).default([]),
  /** When it runs: documents dated outside are not assigned to it. */
  span: z.object({ from: isoDate.optional(), to: isoDate.optional() }).default({}),
  /** Assignments the user made by hand: document ids, or `ID#N` for the document's paragraph N (from 1). */
  include: z.array(z.string()).default([]),
  exclude: z.array(z.string()).default([]),
});

/** Cue lexicons: named word lists (speech verbs, stance cues, negators, …), merged by name. */
export const CuesSchema = z.record(z.string(), z.array(z.string()));

/**
 * The stance reader's learnt weights (scripts/learn-stance-model.ts; src/core/code/stance-model.ts):
 * its classes (no stance first), each class's bias, each named feature's weight for each class, and
 * the probability a stance must reach. A later codebook's model replaces an earlier one.
 */
export const StanceModelSchema = z
  .object({
    trained: z.string().optional(),
    threshold: z.number().min(0).max(1),
    // (a codebook with only `threshold: 1`, merged after one with a reader, turns the reader off)
    classes: z.array(z.string()).min(1).default(['none']),
    bias: z.array(z.number()).default([0]),
    weights: z.record(z.string(), z.array(z.number())).default({}),
  })
  .refine((m) => m.bias.length === m.classes.length, 'bias needs one number per class')
  .refine(
    (m) => Object.values(m.weights).every((w) => w.length === m.classes.length),
    'each feature needs one weight per class',
  );

export const CodebookSchema = z.object({
  version: z.literal(1).default(1),
  stance_model: StanceModelSchema.optional(),
  actors: z.array(ActorSchema).default([]),
  persons: z.array(PersonSchema).default([]),
  places: z.array(PlaceSchema).default([]),
  issues: z.array(IssueSchema).default([]),
  cues: CuesSchema.default({}),
  negotiations: z.array(NegotiationSchema).default([]),
});

export type ActorEntry = z.infer<typeof ActorSchema>;
export type RoleEntry = z.infer<typeof RoleSchema>;
export type PersonEntry = z.infer<typeof PersonSchema>;
export type PlaceEntry = z.infer<typeof PlaceSchema>;
export type IssueEntry = z.infer<typeof IssueSchema>;
export type NegotiationEntry = z.infer<typeof NegotiationSchema>;
export type StanceModel = z.infer<typeof StanceModelSchema>;
export type Codebook = z.infer<typeof CodebookSchema>;

export class CodebookError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = 'CodebookError';
  }
}

/** The folder of the default codebook shipped with Parley. */
export const DEFAULT_CODEBOOK_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../codebooks');

/** Parse and validate one codebook file (YAML or JSON); errors name the file and the field. */
export function readCodebookFile(file: string): Codebook {
  const bytes = readFileSync(file);
  // A second run takes the parsed, validated data from the cache (keyed by these exact bytes).
  return cachedCodebookFile(file, bytes, () => parseCodebook(file, bytes.toString('utf8')));
}

function parseCodebook(file: string, text: string): Codebook {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    throw new CodebookError(file, `not valid YAML: ${(error as Error).message}`);
  }
  const parsed = CodebookSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.join('.');
    throw new CodebookError(
      file,
      `field ${where || '(top level)'}: ${issue.message}. Fix that entry and run again (${parsed.error.issues.length} problem(s) in all).`,
    );
  }
  return parsed.data;
}

function mergeKeyed<T extends Record<string, unknown>>(base: T[], extra: T[], key: (t: T) => string): T[] {
  const out = new Map(base.map((item) => [key(item), item]));
  for (const item of extra) {
    const k = key(item);
    const prev = out.get(k);
    if (!prev) {
      out.set(k, item);
      continue;
    }
    // Lists are extended (a user adds aliases or roles), scalars are replaced.
    const merged: Record<string, unknown> = { ...prev };
    for (const [field, value] of Object.entries(item)) {
      const old = prev[field];
      // A negotiation's span: the fields given replace those before, the others stay.
      const isObject = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v);
      merged[field] =
        Array.isArray(old) && Array.isArray(value)
          ? [...old, ...value]
          : isObject(old) && isObject(value)
            ? { ...(old as object), ...(value as object) }
            : value;
    }
    out.set(k, merged as T);
  }
  return [...out.values()];
}

/** Merge `extra` over `base`: entries with the same code/id are extended, new ones added. */
export function mergeCodebooks(base: Codebook, extra: Codebook): Codebook {
  const cues: Record<string, string[]> = { ...base.cues };
  for (const [name, words] of Object.entries(extra.cues))
    cues[name] = [...new Set([...(cues[name] ?? []), ...words])];
  return {
    version: 1,
    actors: mergeKeyed(base.actors, extra.actors, (a) => a.code),
    persons: mergeKeyed(base.persons, extra.persons, (p) => p.id),
    places: mergeKeyed(base.places, extra.places, (p) => `${p.name}|${p.country}`),
    issues: mergeKeyed(base.issues, extra.issues, (i) => i.code),
    cues,
    negotiations: mergeKeyed(base.negotiations ?? [], extra.negotiations ?? [], (n) => n.id),
    ...(extra.stance_model || base.stance_model
      ? { stance_model: extra.stance_model ?? base.stance_model }
      : {}),
  };
}

const emptyCodebook = (): Codebook => CodebookSchema.parse({});

/** Every `*.yaml` of a folder, in name order, merged. */
export function readCodebookDir(dir: string): Codebook {
  const files = readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
  return files.reduce((book, f) => mergeCodebooks(book, readCodebookFile(join(dir, f))), emptyCodebook());
}

const cache = new Map<string, Codebook>();

/** The default codebook merged with the user's codebook files (or folders), in order. */
export function loadCodebook(userFiles: string[] = []): Codebook {
  const key = userFiles.join('\u0000');
  const hit = cache.get(key);
  if (hit) return hit;
  let book = readCodebookDir(DEFAULT_CODEBOOK_DIR);
  for (const f of userFiles) {
    if (!existsSync(f))
      throw new CodebookError(f, 'no such codebook file; check the path given to --codebook');
    const extra = /\.ya?ml$|\.json$/.test(f) ? readCodebookFile(f) : readCodebookDir(f);
    book = mergeCodebooks(book, extra);
  }
  cache.set(key, book);
  return book;
}
