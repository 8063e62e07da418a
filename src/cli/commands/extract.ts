/** `parley extract FILE`: run the pipeline over one article and print what it found. */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { ploverRecords } from '../../core/code/plover.js';
import { splitDatePrefix } from '../../core/eval/gold.js';
import { toGold } from '../../core/eval/to-gold.js';
import { type ParleyDocument, textOf } from '../../core/model.js';
import { createDocument } from '../../core/pipeline.js';
import { defaultPipeline } from '../../core/stages.js';
import { type GlobalOptions, loadCodebookFromOpts } from '../context.js';

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
    .description('extract statements (and the other annotations) from one article and print them')
    .argument('<file>', 'the article: plain text, optionally starting with a "date YYYY-MM-DD" line')
    .option('--format <format>', `output: ${FORMATS.join(', ')} (gold: the FORMAT.md shape)`, 'text')
    .option('--date <date>', 'publication date (YYYY-MM-DD) when the file gives none')
    .action((file: string, opts: { format: string; date?: string }, cmd: Command) => {
      const globals = cmd.optsWithGlobals() as GlobalOptions;
      const format = (globals.json && opts.format === 'text' ? 'json' : opts.format) as Format;
      if (!FORMATS.includes(format))
        throw new Error(`--format ${opts.format}: not a format; use one of ${FORMATS.join(', ')}`);
      let raw: string;
      try {
        raw = readFileSync(file, 'utf8');
      } catch (error) {
        throw new Error(
          `${file}: cannot read the article (${(error as NodeJS.ErrnoException).code ?? error})`,
        );
      }
      const { date: fileDate, text } = splitDatePrefix(raw);
      const date = opts.date ?? fileDate;
      if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date))
        throw new Error(
          `${file}: no publication date; start the file with "date YYYY-MM-DD" or pass --date YYYY-MM-DD`,
        );
      const pipeline = defaultPipeline(loadCodebookFromOpts(globals));
      const doc = pipeline.run(createDocument(text, { date, source: basename(file) }));
      let out: string;
      if (format === 'gold') out = JSON.stringify(toGold(doc, { source: file }), null, 2);
      else if (format === 'plover') out = JSON.stringify(ploverRecords(doc, pipeline.ctx), null, 2);
      else if (format === 'json') {
        const { norm: _norm, ...annotations } = doc;
        out = JSON.stringify(annotations, null, 2);
      } else out = statementsText(doc);
      process.stdout.write(`${out}\n`);
    });
}
