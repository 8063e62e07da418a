/** `parley eval GOLD…`: score extraction against gold files (FORMAT.md), per article and in total. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import type { Codebook } from '../../core/codebook/codebook.js';
import { type ClassifiedError, errorSummary } from '../../core/eval/errors.js';
import { exportGold } from '../../core/eval/from-store.js';
import type { GoldEvent, GoldPosition, GoldStatement } from '../../core/eval/gold.js';
import { type RuleTally, ruleSummary } from '../../core/eval/rules.js';
import { type EvalReport, evaluate } from '../../core/eval/run.js';
import type { DocumentScore, LayerTotals } from '../../core/eval/score.js';
import { prf } from '../../core/eval/score.js';
import {
  codebookForStore,
  type GlobalOptions,
  loadCodebookFromOpts,
  quotePiecesOption,
  speakersOption,
  withStore,
  withUserErrors,
} from '../context.js';

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

function documentRow(d: DocumentScore): string {
  const cells = [d.id.slice(0, 48).padEnd(48)];
  if (d.statements) {
    const s = d.statements;
    const det = prf(s.tp, s.fp, s.fn);
    const att = prf(s.speakerMatches, s.fp + s.tp - s.speakerMatches, s.fn + s.tp - s.speakerMatches);
    cells.push(
      `stmt ${String(s.tp).padStart(3)}/${String(s.tp + s.fn).padStart(3)} F1 ${pct(det.f1)} att ${pct(att.f1)}`,
    );
  } else cells.push(' '.repeat(31));
  if (d.positions) cells.push(`pos F1 ${pct(prf(d.positions.tp, d.positions.fp, d.positions.fn).f1)}`);
  if (d.events) cells.push(`ev F1 ${pct(prf(d.events.tp, d.events.fp, d.events.fn).f1)}`);
  return cells.join('  ');
}

function totalsText(t: LayerTotals): string[] {
  const lines = [`${t.documents} article(s), micro-averaged:`];
  if (t.statements) {
    const s = t.statements;
    lines.push(
      `  statements  P ${pct(s.detection.precision)}  R ${pct(s.detection.recall)}  F1 ${pct(s.detection.f1)}` +
        `  (tp ${s.tp}, fp ${s.fp}, fn ${s.fn})`,
      `  attributed  P ${pct(s.attributed.precision)}  R ${pct(s.attributed.recall)}  F1 ${pct(s.attributed.f1)}` +
        `  attribution accuracy ${pct(s.attributionAccuracy)}  actor accuracy ${pct(s.actorAccuracy)}`,
    );
  }
  if (t.positions) {
    const p = t.positions;
    lines.push(
      `  positions   P ${pct(p.polarity.precision)}  R ${pct(p.polarity.recall)}  F1 ${pct(p.polarity.f1)}` +
        `  exact stance ${pct(p.exactStanceAccuracy)}  (tp ${p.tp}, fp ${p.fp}, fn ${p.fn})`,
    );
  }
  if (t.events) {
    const e = t.events;
    lines.push(
      `  events      P ${pct(e.precision)}  R ${pct(e.recall)}  F1 ${pct(e.f1)}  (tp ${e.tp}, fp ${e.fp}, fn ${e.fn})`,
    );
  }
  return lines;
}

type GoldItem = GoldStatement | GoldPosition | GoldEvent;

/** One line of an item in the gold shape: a statement, a position or an event. */
function itemText(x: GoldItem | undefined): string {
  if (!x) return '';
  if ('content' in x) return `${x.speaker} [${[x.actor ?? '-'].flat().join(',')}]: ${x.content}`;
  if ('issue' in x)
    return `${x.actor} ${x.issue} ${x.stance}${x.redLine ? ' (red line)' : ''}: ${x.evidence ?? ''}`;
  return `${x.type} [${x.actors.join(',')}]${x.date ? ` ${x.date}` : ''}${x.status ? ` ${x.status}` : ''}: ${x.evidence ?? ''}`;
}

function errorText(e: ClassifiedError): string {
  const head = `  ${e.layer.slice(0, 4)} ${e.kind.padEnd(13)} ${e.class}`;
  const got = `      got  ${itemText(e.predicted)}${e.rule ? `  (${e.rule})` : ''}`;
  if (e.kind === 'missed') return `${head}\n      gold ${itemText(e.gold)}`;
  if (e.kind === 'spurious') return `${head}\n${got}`;
  return `${head}\n      gold ${itemText(e.gold)}\n${got}`;
}

function summaryText(errors: ClassifiedError[]): string[] {
  const rows = errorSummary(errors);
  if (rows.length === 0) return ['no misses and no false alarms'];
  return [
    'where recall and precision are lost (count, layer, kind, class):',
    ...rows.map(
      (r) => `  ${String(r.count).padStart(4)}  ${r.layer.padEnd(10)} ${r.kind.padEnd(13)} ${r.class}`,
    ),
  ];
}

function ruleText(rules: RuleTally[]): string[] {
  if (rules.length === 0) return ['no position or event predicted'];
  return [
    'what each rule predicted (right, wrong, precision, layer, rule):',
    ...rules.map(
      (r) =>
        `  ${String(r.right).padStart(4)} ${String(r.wrong).padStart(4)}  ${r.precision.toFixed(2)}  ${r.layer.padEnd(10)} ${r.rule}`,
    ),
  ];
}

export function register(program: Command): void {
  program
    .command('eval')
    .description(
      'score extraction against gold files (*.gold.json, see FORMAT.md): per article and micro-averaged',
    )
    .argument('[gold...]', 'gold files or folders holding *.gold.json')
    .option(
      '--errors',
      'list each miss and false alarm with its class (and the rule behind each false alarm), and count them by class',
    )
    .option('--by-rule', "count each rule's predicted positions and events right and wrong (its precision)")
    .option('--until <stage>', 'run the pipeline only up to this stage (e.g. statements)')
    .addOption(quotePiecesOption(false))
    .addOption(speakersOption(false))
    .option(
      '--store',
      "score against the store's reviewed documents (what `parley corrections export --format gold` writes), with the store's codebook",
    )
    .action(
      (
        paths: string[],
        opts: {
          errors?: boolean;
          byRule?: boolean;
          until?: string;
          store?: boolean;
          quotePieces?: 'apart' | 'joined';
          speakers?: 'full' | 'mention';
        },
        cmd: Command,
      ) =>
        withUserErrors(cmd, async () => {
          const globals = cmd.optsWithGlobals() as GlobalOptions;
          if (!opts.store && !paths.length)
            throw new Error(
              'give gold files or folders to score against, or --store for the reviewed documents of the store',
            );
          const run = (gold: string[], codebook: Codebook) =>
            evaluate(gold, codebook, {
              until: opts.until,
              errors: opts.errors,
              byRule: opts.byRule,
              quotePieces: opts.quotePieces,
              speakers: opts.speakers,
            });
          let report: EvalReport;
          if (opts.store) {
            report = await withStore(globals, async (store) => {
              const dir = mkdtempSync(join(tmpdir(), 'parley-gold-'));
              try {
                const written = await exportGold(store, dir);
                if (!written.documents.length)
                  throw new Error('no document of the store has been reviewed yet: see `parley review`');
                return run([dir, ...paths], (await codebookForStore(store, globals)).codebook);
              } finally {
                rmSync(dir, { recursive: true, force: true });
              }
            });
          } else report = run(paths, loadCodebookFromOpts(globals));
          printReport(report, opts, globals);
        }),
    );
}

function printReport(
  report: EvalReport,
  opts: { errors?: boolean; byRule?: boolean },
  globals: GlobalOptions,
): void {
  const rules = opts.byRule ? ruleSummary(report.documents.flatMap((d) => d.rules ?? [])) : undefined;
  if (globals.json) {
    const errors = opts.errors
      ? { errorClasses: errorSummary(report.documents.flatMap((d) => d.errors ?? [])) }
      : {};
    const documents = report.documents.map(({ rules: _, ...d }) => d);
    process.stdout.write(
      `${JSON.stringify({ documents, totals: report.totals, ...errors, ...(rules ? { rules } : {}), skipped: report.skipped }, null, 2)}\n`,
    );
    if (report.skipped.length) process.exitCode = 1;
    return;
  }
  for (const d of report.documents) {
    process.stdout.write(`${documentRow(d)}\n`);
    if (opts.errors) for (const e of d.errors ?? []) process.stdout.write(`${errorText(e)}\n`);
  }
  process.stdout.write(`\n${totalsText(report.totals).join('\n')}\n`);
  if (opts.errors)
    process.stdout.write(`\n${summaryText(report.documents.flatMap((d) => d.errors ?? [])).join('\n')}\n`);
  if (rules) process.stdout.write(`\n${ruleText(rules).join('\n')}\n`);
  // Named after the totals, so that a partly restored set still shows what was scored.
  if (report.skipped.length) {
    process.stderr.write(
      `\n${report.skipped.length} gold file(s) not scored (the totals leave them out):\n` +
        report.skipped.map((s) => `  ${s.file}: ${s.reason}\n`).join(''),
    );
    process.exitCode = 1;
  }
}
