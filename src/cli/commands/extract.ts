/** `parley extract FILE`: run the pipeline over one article and print what it found. */
import { basename } from 'node:path';
import type { Command } from 'commander';
import { ploverRecords } from '../../core/code/plover.js';
import { loadCodebook } from '../../core/codebook/codebook.js';
import { toGold } from '../../core/eval/to-gold.js';
import { readInputs } from '../../core/ingest/sources.js';
import { DEFAULT_MAX_BYTES, problemText } from '../../core/ingest/types.js';
import { type ParleyDocument, textOf } from '../../core/model.js';
import { createDocument } from '../../core/pipeline.js';
import { defaultPipeline } from '../../core/stages.js';
import { codebookFilesFor, type GlobalOptions, quotePiecesOption, speakersOption } from '../context.js';

const FORMATS = ['text', 'json', 'gold', 'plover'] as const;
type Format = (typeof FORMATS)[number];

const actorText = (a: string | string[] | null) => (a == null ? '-' : Array.isArray(a) ? a.join('+') : a);

/** The readable view: each statement with its speaker, party, cue and the rule that found it. */
export function statementsText(doc: ParleyDocument): string {
  const lines = [`${doc.statements.length} statement(s) in ${doc.source ?? doc.id} (${doc.date})`];
  doc.statements.forEach((s, i) => {
    const said = s.speakerSpan ? ` ("${textOf(doc, s.speakerSpan)}")` : '';
    const cue = s.cueSpan ? textOf(doc, s.cueSpan) : (s.provenance.cue ?? '');
    const role = s.role ? `, ${s.role}` : '';
    lines.push(
      '',
      `${i + 1}. ${s.speaker}${said}${role} [${actorText(s.actor)}]${s.anonymous ? ' anonymous' : ''}`,
      `   ${s.direct ? 'quote' : 'reported'} · cue "${cue}" · ${s.provenance.rule} · ${s.provenance.confidence.toFixed(2)}`,
      `   ${s.direct ? '“' : ''}${textOf(doc, s.content)}${s.direct ? '”' : ''}`,
    );
  });
  return lines.join('\n');
}

export function register(program: Command): void {
  program
    .command('extract')
    .description(
      'extract statements (and the other annotations) from one article and print them, without storing it',
    )
    .argument(
      '<file>',
      'the article: text (first line "date YYYY-MM-DD", or front matter, or --date), HTML, a feed or JSONL',
    )
    .option('--format <format>', `output: ${FORMATS.join(', ')} (gold: the FORMAT.md shape)`, 'text')
    .option('--date <date>', 'publication date (YYYY-MM-DD) when the file gives none')
    .addOption(quotePiecesOption())
    .addOption(speakersOption())
    .action(
      async (
        file: string,
        opts: {
          format: string;
          date?: string;
          quotePieces: 'apart' | 'joined';
          speakers: 'full' | 'mention';
        },
        cmd: Command,
      ) => {
        const globals = cmd.optsWithGlobals() as GlobalOptions;
        const format = (globals.json && opts.format === 'text' ? 'json' : opts.format) as Format;
        if (!FORMATS.includes(format))
          throw new Error(`--format ${opts.format}: not a format; use one of ${FORMATS.join(', ')}`);
        if (opts.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.date))
          throw new Error(`--date ${opts.date}: write the publication date as YYYY-MM-DD`);
        // --codebook, else the codebook.yaml beside the article (its parties and issues), else the default.
        const pipeline = defaultPipeline(loadCodebook(codebookFilesFor([file], globals) ?? []));
        const outputs: string[] = [];
        const golds: unknown[] = [];
        // The ingest readers: seed-form text, front matter, HTML, feeds, JSONL.
        for await (const item of readInputs([file], {
          maxBytes: DEFAULT_MAX_BYTES,
          defaultDate: opts.date,
        })) {
          if (item.kind === 'problem') throw new Error(problemText(item.problem));
          if (item.kind !== 'document') continue;
          const { raw } = item;
          const doc = createDocument(raw.text, { ...raw.meta, source: raw.meta.source ?? basename(file) });
          if (raw.headings?.length) doc.markupHeadings = raw.headings;
          pipeline.run(doc);
          if (format === 'gold')
            golds.push(toGold(doc, { source: file, quotePieces: opts.quotePieces, speakers: opts.speakers }));
          else if (format === 'plover')
            outputs.push(JSON.stringify(ploverRecords(doc, pipeline.ctx), null, 2));
          else if (format === 'json') {
            const { norm: _norm, ...annotations } = doc;
            outputs.push(JSON.stringify(annotations, null, 2));
          } else outputs.push(statementsText(doc));
        }
        if (format === 'gold') outputs.push(JSON.stringify(golds.length === 1 ? golds[0] : golds, null, 2));
        process.stdout.write(`${outputs.join('\n\n')}\n`);
      },
    );
}
