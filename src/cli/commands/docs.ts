/** `parley docs`: the stored documents, one a line (date, id, title, source, words, duplicate-of). */
import { type Command, InvalidArgumentError } from 'commander';
import type { StoredDocument } from '../../core/store/store.js';
import { type GlobalOptions, printJson, withStore, withUserErrors } from '../context.js';
import { displayPath } from '../paths.js';

const clip = (text: string, width: number) => (text.length > width ? `${text.slice(0, width - 1)}…` : text);

/**
 * A source in `width` characters with its end kept, since the end of a path is the file's name:
 * a long one loses its middle ("examples/…/2026-03-12-tarsia-offers-mediation.txt"). A path under
 * the working directory is shown relative to it.
 */
export function shortSource(source: string, width: number): string {
  const shown = displayPath(source);
  if (shown.length <= width) return shown;
  // The name with its slash when it fits beside a few characters of the start, else as much of its end as fits.
  const name = shown.slice(shown.lastIndexOf('/'));
  const tail = Math.min(Math.max(name.length, Math.ceil((width - 1) / 2)), width - 1);
  const head = width - 1 - tail;
  return `${shown.slice(0, head)}…${shown.slice(shown.length - tail)}`;
}

const TITLE_WIDTH = 44;
/** The source column: wide enough for every file name (with "…/" before it), within these bounds. */
const SOURCE_WIDTH = { min: 32, max: 64 };

const fileName = (source: string) => source.slice(source.lastIndexOf('/') + 1);

export function documentsTable(docs: StoredDocument[]): string {
  const sourceWidth = Math.min(
    SOURCE_WIDTH.max,
    Math.max(SOURCE_WIDTH.min, ...docs.map((d) => fileName(d.source ?? '').length + 2)),
  );
  const rows = docs.map((d) => [
    d.date,
    d.id.slice(0, 12),
    clip(d.title?.replace(/\s+/g, ' ') || '(untitled)', TITLE_WIDTH),
    shortSource(d.source ?? d.url ?? '', sourceWidth),
    String(d.words),
    d.duplicateOf
      ? `dup of ${d.duplicateOf.slice(0, 12)}`
      : d.status === 'skipped'
        ? `not English (${d.lang})`
        : '',
  ]);
  const header = ['date', 'id', 'title', 'source', 'words', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  return [header, ...rows]
    .map((r) =>
      r
        .map((cell, i) => (i === 4 ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

const wholeNumber = (name: string) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new InvalidArgumentError(`${name} must be a whole number, not "${value}"`);
  return n;
};

export function register(program: Command): void {
  program
    .command('docs')
    .description('list the stored documents (date, title, source, words, duplicate-of)')
    .option('--since <YYYY-MM-DD>', 'only documents dated on or after')
    .option('--until <YYYY-MM-DD>', 'only documents dated on or before')
    .option('--limit <n>', 'at most this many', wholeNumber('--limit'))
    .option('--offset <n>', 'skip this many first', wholeNumber('--offset'))
    .action((_options: unknown, cmd: Command) =>
      withUserErrors(cmd, async () => {
        const opts = cmd.optsWithGlobals<
          GlobalOptions & { since?: string; until?: string; limit?: number; offset?: number }
        >();
        await withStore(opts, async (store) => {
          const docs = await store.listDocuments({
            since: opts.since,
            until: opts.until,
            limit: opts.limit,
            offset: opts.offset,
          });
          if (opts.json) printJson(docs);
          else if (!docs.length) process.stdout.write('no documents stored yet: run `parley ingest PATH…`\n');
          else process.stdout.write(`${documentsTable(docs)}\n`);
        });
      }),
    );
}
