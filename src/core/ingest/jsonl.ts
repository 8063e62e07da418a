/**
 * JSON Lines: one `{text, date, title?, url?, source?, byline?}` object a line, read as a stream
 * (a JSONL file may be a whole corpus): each line is decoded, size-checked and validated alone, and
 * a bad line is reported by number while the others go on.
 */
import { z } from 'zod';
import { toIsoDate } from './dates.js';
import { documentOrProblem } from './text.js';
import type { ReadItem, ReadOptions } from './types.js';

const JsonlRecord = z.object({
  text: z.string(),
  date: z.string().optional(),
  title: z.string().optional(),
  url: z.string().optional(),
  source: z.string().optional(),
  byline: z.string().optional(),
});

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Lines of a byte stream as Buffers, split on \n, without holding more than one line; a line longer
 * than `limit` bytes is not held at all: only its length is given (a number), once it has ended.
 */
export async function* byteLines(
  stream: AsyncIterable<Buffer>,
  limit = Number.POSITIVE_INFINITY,
): AsyncGenerator<Buffer | number> {
  let pending: Buffer[] = [];
  let length = 0;
  const add = (part: Buffer) => {
    length += part.length;
    if (length > limit) pending = [];
    else pending.push(part);
  };
  const line = () => {
    const whole = length > limit ? length : Buffer.concat(pending);
    pending = [];
    length = 0;
    return whole;
  };
  for await (const chunk of stream) {
    let from = 0;
    for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, from)) {
      add(chunk.subarray(from, at));
      yield line();
      from = at + 1;
    }
    if (from < chunk.length) add(chunk.subarray(from));
  }
  if (length) yield line();
}

export function readJsonlLine(
  bytes: Buffer | number,
  origin: string,
  line: number,
  options: ReadOptions,
): ReadItem | undefined {
  const problem = (reason: string): ReadItem => ({ kind: 'problem', problem: { origin, line, reason } });
  const size = typeof bytes === 'number' ? bytes : bytes.length;
  if (typeof bytes === 'number' || size > options.maxBytes) {
    return problem(
      `is ${size} bytes, over the --max-bytes limit of ${options.maxBytes}: shorten it or raise --max-bytes`,
    );
  }
  let source: string;
  try {
    source = decoder.decode(bytes);
  } catch {
    return problem('is not valid UTF-8: save the file as UTF-8');
  }
  source = source.replace(/^\uFEFF/, '').trim();
  if (!source) return undefined; // blank lines separate nothing, but are harmless
  let value: unknown;
  try {
    value = JSON.parse(source);
  } catch (error) {
    return problem(
      `is not valid JSON (${(error as Error).message}): write one {"text": …, "date": "YYYY-MM-DD"} object per line`,
    );
  }
  const parsed = JsonlRecord.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue.path.join('.') || 'the line';
    return problem(
      `field ${field}: ${issue.message}; each line needs {"text": string, "date": "YYYY-MM-DD"}`,
    );
  }
  const record = parsed.data;
  const date = record.date === undefined ? undefined : toIsoDate(record.date);
  if (record.date !== undefined && !date) {
    return problem(
      `field date: ${JSON.stringify(record.date)} is not a calendar date; write it as YYYY-MM-DD`,
    );
  }
  const { text, date: _date, ...meta } = record;
  return documentOrProblem(text, { ...meta, source: meta.source ?? origin, date }, origin, options, { line });
}

export async function* readJsonl(
  stream: AsyncIterable<Buffer>,
  origin: string,
  options: ReadOptions,
): AsyncGenerator<ReadItem> {
  let line = 0;
  for await (const bytes of byteLines(stream, options.maxBytes)) {
    line++;
    const item = readJsonlLine(bytes, origin, line, options);
    if (item) yield item;
  }
}
