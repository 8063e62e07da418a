/**
 * Plain-text documents, in three shapes:
 * - the seed form: `date YYYY-MM-DD` on its own first line, or as the prefix of the first line
 *   (` date 2025-02-18 U.S. President…`); the document is the body after the date;
 * - front matter: a `---` YAML block with `date`, `title`, `url`, `source`, `byline`;
 * - bare text, dated by `--date`.
 */
import { parse as parseYaml } from 'yaml';
import type { DocumentMeta, Span } from '../model.js';
import { toIsoDate } from './dates.js';
import type { RawDocument, ReadItem, ReadOptions } from './types.js';

const SEED_DATE = /^\s*date:?[ \t]+(\S+)[ \t]*/i;
const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

export const NO_DATE_ADVICE =
  'add a first line `date YYYY-MM-DD`, a front-matter `date:` field, or pass --date YYYY-MM-DD';

/** A reader's finished document or the problem that keeps it out (empty body, missing date). */
export function documentOrProblem(
  text: string,
  meta: Partial<DocumentMeta>,
  origin: string,
  options: Pick<ReadOptions, 'defaultDate'>,
  where: { line?: number; item?: number } = {},
  headings: Span[] = [],
): ReadItem {
  const body = text.trim();
  const lead = text.length - text.trimStart().length;
  if (!body) {
    return {
      kind: 'problem',
      problem: { origin, ...where, reason: 'has no text to ingest: remove it or add the article body' },
    };
  }
  const date = meta.date ?? options.defaultDate;
  if (!date) {
    return { kind: 'problem', problem: { origin, ...where, reason: `has no date: ${NO_DATE_ADVICE}` } };
  }
  const clean = Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined && v !== ''));
  const suffix = where.line ? `:${where.line}` : where.item ? ` item ${where.item}` : '';
  const raw: RawDocument = { text: body, meta: { ...clean, date }, origin: `${origin}${suffix}` };
  if (headings.length) raw.headings = headings.map((h) => ({ start: h.start - lead, end: h.end - lead }));
  return { kind: 'document', raw };
}

const optionalString = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() ? value.trim() : undefined;

export function readTextDocument(content: string, origin: string, options: ReadOptions): ReadItem {
  const text = content.replace(/^\uFEFF/, '');
  const seed = SEED_DATE.exec(text);
  if (seed && /^\d{4}-\d{1,2}-\d{1,2}$/.test(seed[1])) {
    const date = toIsoDate(seed[1]);
    if (!date) {
      return {
        kind: 'problem',
        problem: {
          origin,
          line: 1,
          reason: `"date ${seed[1]}" is not a calendar date: write it as YYYY-MM-DD`,
        },
      };
    }
    return documentOrProblem(text.slice(seed[0].length), { date, source: origin }, origin, options);
  }

  const front = FRONT_MATTER.exec(text);
  if (front) {
    let fields: Record<string, unknown>;
    try {
      const parsed = parseYaml(front[1]);
      fields = parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
    } catch (error) {
      return {
        kind: 'problem',
        problem: {
          origin,
          reason: `front matter is not valid YAML (${(error as Error).message.split('\n')[0]}): fix the block between the --- lines`,
        },
      };
    }
    let date: string | undefined;
    if (fields.date !== undefined) {
      date = toIsoDate(fields.date);
      if (!date) {
        return {
          kind: 'problem',
          problem: {
            origin,
            reason: `front-matter date ${JSON.stringify(fields.date)} is not a calendar date: write it as YYYY-MM-DD`,
          },
        };
      }
    }
    const meta: Partial<DocumentMeta> = {
      date,
      title: optionalString(fields.title),
      url: optionalString(fields.url),
      source: optionalString(fields.source) ?? origin,
      byline: optionalString(fields.byline ?? fields.author),
    };
    return documentOrProblem(text.slice(front[0].length), meta, origin, options);
  }

  return documentOrProblem(text, { source: origin }, origin, options);
}
