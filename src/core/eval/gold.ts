/**
 * Gold files (`NAME.gold.json`, see FORMAT.md in the shared eval folder): what a careful reader
 * codes in one article. Parley reads them to measure itself and writes the same shape for its own
 * output, so the two can be compared by any tool.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { readTextDocument } from '../ingest/text.js';
import { DEFAULT_MAX_BYTES } from '../ingest/types.js';

const actorValue = z.union([z.string(), z.array(z.string()), z.null()]);

export const GoldStatementSchema = z.object({
  speaker: z.string(),
  actor: actorValue.default(null),
  direct: z.boolean().default(false),
  content: z.string(),
  anonymous: z.boolean().optional(),
  role: z.string().optional(),
  cue: z.string().optional(),
});

export const GoldPositionSchema = z.object({
  actor: z.string(),
  issue: z.string(),
  stance: z.enum(['demand', 'propose', 'accept', 'open', 'reject']),
  about: z.string().optional(),
  redLine: z.boolean().optional(),
  date: z.string().optional(),
  evidence: z.string().optional(),
});

export const GoldEventSchema = z.object({
  type: z.string(),
  actors: z.array(z.string()).default([]),
  date: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'an ISO date: YYYY, YYYY-MM or YYYY-MM-DD')
    .optional(),
  location: z.string().optional(),
  status: z.enum(['held', 'planned', 'postponed', 'cancelled']).optional(),
  evidence: z.string().optional(),
});

export const LAYERS = ['statements', 'positions', 'events'] as const;
export type Layer = (typeof LAYERS)[number];

export const GoldFileSchema = z
  .object({
    id: z.string().optional(),
    source: z.string().optional(),
    text: z.string().optional(),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'the publication date as YYYY-MM-DD'),
    scope: z.array(z.enum(LAYERS)).optional(),
    /**
     * How the file codes a quotation that its cue splits ("A," she said. "B."): `apart`, one
     * statement per piece (FORMAT.md, the default); `joined`, one statement for the pieces, as a
     * corpus coding one attribution per cue has it (PolNeAR). `parley eval` scores the file so.
     */
    quotePieces: z.enum(['apart', 'joined']).optional(),
    /**
     * How the file names a statement's speaker: `full`, the name as the text first gives it in
     * full (FORMAT.md, the default); `mention`, the speaker's mention at the cue ("Rendell, a
     * former governor"), as a corpus coding the local source span has it (PolNeAR).
     */
    speakers: z.enum(['full', 'mention']).optional(),
    statements: z.array(GoldStatementSchema).default([]),
    positions: z.array(GoldPositionSchema).default([]),
    events: z.array(GoldEventSchema).default([]),
  })
  .refine((g) => g.source !== undefined || g.text !== undefined, {
    message: 'needs `source` (the article, relative to the gold file) or `text` (the article inline)',
  });

export type GoldStatement = z.infer<typeof GoldStatementSchema>;
export type GoldPosition = z.infer<typeof GoldPositionSchema>;
export type GoldEvent = z.infer<typeof GoldEventSchema>;
export type GoldFile = z.infer<typeof GoldFileSchema>;

/** What a prediction looks like: the same shape, every layer present. */
export type GoldLike = Pick<GoldFile, 'statements' | 'positions' | 'events'> &
  Partial<Pick<GoldFile, 'id' | 'source' | 'date' | 'scope'>>;

export class GoldError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'GoldError';
  }
}

export interface LoadedGold {
  file: string;
  gold: GoldFile;
  /** The article's text (date prefix removed). */
  text: string;
  /** Layers scored for this file. */
  scope: Layer[];
}

/** Read and validate one gold file and its article; errors name the file and the field. */
export function readGoldFile(file: string): LoadedGold {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new GoldError(file, `not readable JSON: ${(error as Error).message}`);
  }
  const parsed = GoldFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.join('.') || '(top level)';
    throw new GoldError(file, `field ${where}: ${issue.message}. See FORMAT.md for the gold format.`);
  }
  const gold = parsed.data;
  let articleText: string;
  if (gold.text !== undefined) {
    articleText = gold.text;
  } else {
    const path = resolve(dirname(file), gold.source as string);
    if (!existsSync(path))
      throw new GoldError(file, `field source: no article at ${path}; the path is relative to the gold file`);
    articleText = readFileSync(path, 'utf8');
  }
  // The article's own reader: a seed-form date line, front matter, or bare text.
  const read = readTextDocument(articleText, file, { maxBytes: DEFAULT_MAX_BYTES, defaultDate: gold.date });
  if (read.kind !== 'document')
    throw new GoldError(
      file,
      read.kind === 'problem' ? `the article ${read.problem.reason}` : 'no article text',
    );
  return { file, gold, text: read.raw.text, scope: gold.scope ?? [...LAYERS] };
}

/** Every `*.gold.json` under the given files and folders (recursively), sorted. */
export function findGoldFiles(paths: string[]): string[] {
  const out: string[] = [];
  const walk = (p: string) => {
    if (!existsSync(p)) throw new GoldError(p, 'no such file or folder');
    if (statSync(p).isDirectory()) {
      for (const name of readdirSync(p).sort()) {
        const child = join(p, name);
        if (statSync(child).isDirectory()) walk(child);
        else if (name.endsWith('.gold.json')) out.push(child);
      }
    } else out.push(p);
  };
  for (const p of paths) walk(p);
  return out;
}
