/**
 * The analyst checks the record from the command line: `parley review` (the queue of facts nobody
 * has checked), `confirm`, `correct`, `reject` and `add` a fact, `undo` a change, `audit` (every
 * change, who and when), `corrections` (what has been corrected, and what a reprocess found) and
 * `corrections export --format gold DIR` (the reviewed documents as gold files, for `parley eval`).
 */
import type { Command } from 'commander';
import { exportGold } from '../../core/eval/from-store.js';
import { quoted } from '../../core/query/brief.js';
import { toCsv } from '../../core/query/export.js';
import {
  addFact,
  type Correction,
  checkFields,
  correctedFact,
  type FactKind,
  factSummary,
  parseFactRef,
  type ReviewResult,
  reviewFact,
  reviewQueue,
  undoChange,
} from '../../core/query/review.js';
import type { Store } from '../../core/store/store.js';
import { codebookForStore, type GlobalOptions, printJson, withStore, withUserErrors } from '../context.js';
import { resolveDocumentId } from './show.js';

interface FieldOptions {
  speaker?: string;
  party?: string;
  actor?: string;
  issue?: string;
  stance?: string;
  redLine?: string;
  type?: string;
  actors?: string;
  date?: string;
  status?: string;
}

interface ReviewOptions extends GlobalOptions, FieldOptions {
  user?: string;
}

/** Who is reviewing: --user, else the login name ($USER). */
export const reviewerName = (opts: { user?: string }): string => {
  const name = (opts.user ?? process.env.USER ?? process.env.USERNAME ?? '').trim();
  if (!name) throw new Error('say who is reviewing: --user NAME (or set $USER)');
  return name;
};

const userOption = (cmd: Command) =>
  cmd.option('--user <name>', "the reviewer's name recorded with the change (default: $USER)");

/** The field options, on commands that set a fact's fields. */
function fieldOptions(cmd: Command): Command {
  return cmd
    .option('--speaker <name>', 'statement: who spoke')
    .option(
      '--party <codes>',
      'statement: the party the speaker speaks for (codes, comma-separated; - for none)',
    )
    .option('--actor <code>', 'position: the party holding it (statement: as --party)')
    .option('--issue <code>', 'position: the issue')
    .option('--stance <stance>', 'position: demand, propose, accept, open or reject')
    .option('--red-line <yes|no>', 'position: drawn as a red line')
    .option('--type <type>', 'event: CONSULT, AGREE, SANCTION, ACCUSE, REQUEST, REJECT or THREATEN')
    .option('--actors <codes>', 'event: the parties (codes, comma-separated)')
    .option('--date <date>', 'event: when (YYYY-MM-DD, YYYY-MM or YYYY; - for none)')
    .option('--status <status>', 'event: held, planned, postponed or cancelled');
}

/** The fields given on the command line, as the kind of fact names them. */
function fieldsFrom(kind: FactKind, o: FieldOptions): Record<string, unknown> {
  const fields: Record<string, unknown> = {
    speaker: o.speaker,
    actor: kind === 'statement' ? (o.party ?? o.actor) : o.actor,
    issue: o.issue,
    stance: o.stance,
    redLine: o.redLine,
    type: o.type,
    actors: o.actors,
    date: o.date,
    status: o.status,
  };
  if (kind !== 'statement' && o.party !== undefined)
    throw new Error(
      `--party is a statement's; a ${kind}'s parties are ${kind === 'event' ? '--actors' : '--actor'}`,
    );
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
}

function resultText(action: string, r: ReviewResult, user: string): string {
  const what = r.fact ? factSummary(r.kind, r.fact) : r.kind;
  const lines = [
    r.status === 'rejected'
      ? `${action === 'reject' ? 'rejected' : action} by ${user}: ${what} (left out of the record; \`parley undo\` brings it back)`
      : `${r.ref ?? r.kind} ${r.status} by ${user}: ${what}`,
  ];
  for (const o of r.outcomes.filter((x) => x.state === 'conflict'))
    lines.push(`  note: correction ${o.id}: ${o.note ?? ''}`);
  return `${lines.join('\n')}\n`;
}

async function codebookOf(store: Store, opts: GlobalOptions) {
  return (await codebookForStore(store, opts)).codebook;
}

/** The span of `--span S:E`, or of the words `--text` finds in the document (once). */
function spanFrom(text: string, o: { span?: string; text?: string }): { start: number; end: number } {
  if (o.span) {
    const m = /^(\d+):(\d+)$/.exec(o.span.trim());
    if (!m)
      throw new Error(
        `--span "${o.span}": give START:END, character offsets into the document (end exclusive)`,
      );
    return { start: Number(m[1]), end: Number(m[2]) };
  }
  if (o.text) {
    const at = text.indexOf(o.text);
    if (at < 0) throw new Error(`--text: the document has no "${o.text}"`);
    if (text.indexOf(o.text, at + 1) >= 0)
      throw new Error(`--text: "${o.text}" is in the document more than once: give more words, or --span`);
    return { start: at, end: at + o.text.length };
  }
  throw new Error(
    'say where in the document: --span START:END (see `parley show DOC --json`), or --text "the words"',
  );
}

const AUDIT_CSV_COLUMNS = [
  'change',
  'at',
  'user',
  'action',
  'kind',
  'document',
  'correction',
  'before',
  'after',
];

export function register(program: Command): void {
  program
    .command('review')
    .description(
      'the review queue: facts nobody has checked yet, newest documents first and the least certain first; then confirm, correct or reject them',
    )
    .option('--limit <n>', 'at most this many facts', '30')
    .option('--offset <n>', 'skip this many', '0')
    .action((_o: unknown, cmd: Command) =>
      withUserErrors(cmd, async () => {
        const opts = cmd.optsWithGlobals<GlobalOptions & { limit: string; offset: string }>();
        await withStore(opts, async (store) => {
          const queue = await reviewQueue(store, { limit: Number(opts.limit), offset: Number(opts.offset) });
          if (opts.json) return printJson(queue);
          if (!queue.items.length) {
            process.stdout.write('nothing left to review: every fact has been checked\n');
            return;
          }
          const lines = ['unchecked facts, newest documents first, least certain first:', ''];
          for (const item of queue.items)
            lines.push(
              `${item.docDate}  ${item.ref.padEnd(7)} ${item.confidence.toFixed(2)}  ${item.summary}`,
              `      ${quoted(item.evidenceText.replace(/\s+/g, ' ').trim().slice(0, 160))}  [${item.docId.slice(0, 8)}]`,
            );
          lines.push(
            '',
            'parley confirm FACT · parley correct FACT --stance accept … · parley reject FACT · parley add position|statement|event --doc ID --span S:E …',
          );
          if (queue.more) lines.push(`more: --offset ${Number(opts.offset) + queue.items.length}`);
          process.stdout.write(`${lines.join('\n')}\n`);
        });
      }),
    );

  const single = (name: 'confirm' | 'reject', description: string) =>
    userOption(
      program
        .command(name)
        .description(description)
        .argument('<fact>', 'the fact: s12, p7 or e3 (as `parley review` lists it)'),
    ).action((fact: string, _o: unknown, cmd: Command) =>
      withUserErrors(cmd, async () => {
        const opts = cmd.optsWithGlobals<ReviewOptions>();
        const user = reviewerName(opts);
        await withStore(opts, async (store) => {
          const result = await reviewFact(store, parseFactRef(fact), name, user);
          if (opts.json) printJson(result);
          else process.stdout.write(resultText(name, result, user));
        });
      }),
    );
  single('confirm', 'confirm a fact: a person has checked it and it is right');
  single('reject', 'reject a fact: it is wrong, and is left out of the record (positions, changes, brief…)');

  userOption(
    fieldOptions(
      program
        .command('correct')
        .description('correct a fact: its speaker, party, issue, stance, red line, event type, actors, date')
        .argument('<fact>', 'the fact: s12, p7 or e3 (as `parley review` lists it)'),
    ),
  ).action((fact: string, _o: unknown, cmd: Command) =>
    withUserErrors(cmd, async () => {
      const opts = cmd.optsWithGlobals<ReviewOptions>();
      const user = reviewerName(opts);
      const ref = parseFactRef(fact);
      await withStore(opts, async (store) => {
        const changes = checkFields(ref.kind, fieldsFrom(ref.kind, opts), await codebookOf(store, opts));
        const result = await reviewFact(store, ref, 'correct', user, changes);
        if (opts.json) printJson(result);
        else process.stdout.write(resultText('correct', result, user));
      });
    }),
  );

  userOption(
    fieldOptions(
      program
        .command('add')
        .description(
          'add a statement, position or event the extraction missed, on words of a stored document',
        )
        .argument('<kind>', 'statement, position or event')
        .requiredOption('--doc <id>', 'the document (id or a unique prefix)')
        .option(
          '--span <start:end>',
          "the words' character offsets (end exclusive), as `parley show DOC --json` gives them",
        )
        .option('--text <words>', 'the words, found in the document (instead of --span)'),
    ),
  ).action((kind: string, _o: unknown, cmd: Command) =>
    withUserErrors(cmd, async () => {
      const opts = cmd.optsWithGlobals<ReviewOptions & { doc: string; span?: string; text?: string }>();
      if (!['statement', 'position', 'event'].includes(kind))
        throw new Error(`"${kind}": add a statement, a position or an event`);
      const user = reviewerName(opts);
      await withStore(opts, async (store) => {
        const docId = await resolveDocumentId(store, opts.doc);
        const stored = (await store.getDocument(docId))!;
        const span = spanFrom(stored.text, opts);
        const fields = checkFields(
          kind as FactKind,
          fieldsFrom(kind as FactKind, opts),
          await codebookOf(store, opts),
        );
        const result = await addFact(store, { kind: kind as FactKind, docId, span, fields }, user);
        if (opts.json) printJson(result);
        else process.stdout.write(resultText('add', result, user));
      });
    }),
  );

  userOption(
    program
      .command('undo')
      .description("undo a change: your latest (--user's), or the audit log's entry given")
      .argument('[change]', 'the number of the change in `parley audit`'),
  ).action((change: string | undefined, _o: unknown, cmd: Command) =>
    withUserErrors(cmd, async () => {
      const opts = cmd.optsWithGlobals<ReviewOptions>();
      const user = reviewerName(opts);
      if (change !== undefined && !/^\d+$/.test(change))
        throw new Error(`"${change}" is not the number of a change: see \`parley audit\``);
      await withStore(opts, async (store) => {
        const result = await undoChange(store, user, change === undefined ? undefined : Number(change));
        if (opts.json) printJson(result);
        else {
          const state =
            result.undone?.action === 'add'
              ? 'the added fact is withdrawn'
              : result.status === 'machine'
                ? 'the fact is as the extraction gave it again'
                : `the fact is ${result.status} again${result.ref ? ` (${result.ref})` : ''}`;
          const what = result.fact ? ` ${factSummary(result.kind, result.fact)}` : '';
          process.stdout.write(
            `undone by ${user}: change ${result.undone?.id}, ${result.undone?.action} of ${result.kind}${what}; ${state}\n`,
          );
        }
      });
    }),
  );

  program
    .command('audit')
    .description(
      'the audit log: every change to the record, who made it and when (--json or --csv to export)',
    )
    .option('--csv', 'as a CSV table')
    .option('--limit <n>', 'only the latest n changes')
    .action((_o: unknown, cmd: Command) =>
      withUserErrors(cmd, async () => {
        const opts = cmd.optsWithGlobals<GlobalOptions & { csv?: boolean; limit?: string }>();
        await withStore(opts, async (store) => {
          const limit = opts.limit === undefined ? undefined : Number(opts.limit);
          const log = limit
            ? (await store.auditLog({ limit, newest: true })).reverse()
            : await store.auditLog();
          if (opts.json) return printJson({ changes: log });
          const what = (c?: Correction) => (c ? `${c.action} ${factSummary(c.kind, correctedFact(c))}` : '');
          const rows = log.map((e) => ({
            change: e.id,
            at: e.at,
            user: e.user,
            action: e.undoes !== undefined ? `undo ${e.undoes}` : e.action,
            kind: e.kind,
            document: e.docId,
            correction: e.correctionId,
            before: what(e.before),
            after: what(e.after),
          }));
          if (opts.csv)
            return void process.stdout.write(
              toCsv({
                columns: AUDIT_CSV_COLUMNS,
                rows: rows.map((r) => AUDIT_CSV_COLUMNS.map((c) => r[c as keyof typeof r])),
              }),
            );
          if (!rows.length) return void process.stdout.write('no changes yet\n');
          process.stdout.write(
            `${rows
              .map(
                (r) =>
                  `${String(r.change).padStart(4)}  ${r.at.slice(0, 19).replace('T', ' ')}  ${r.user.padEnd(12)} ${r.action.padEnd(9)} ${r.kind.padEnd(9)} [${r.document.slice(0, 8)}]  ${[r.before, r.after].filter(Boolean).join(' → ')}`,
              )
              .join('\n')}\n`,
          );
        });
      }),
    );

  const corrections = program
    .command('corrections')
    .description(
      'what the analysts corrected, and how each stands against the latest extraction (conflicts: the correction wins)',
    )
    .action((_o: unknown, cmd: Command) =>
      withUserErrors(cmd, async () => {
        const opts = cmd.optsWithGlobals<GlobalOptions>();
        await withStore(opts, async (store) => {
          const list = await store.corrections();
          if (opts.json) return printJson({ corrections: list });
          if (!list.length) return void process.stdout.write('no corrections yet\n');
          process.stdout.write(
            `${list
              .map(
                (c) =>
                  `${String(c.id).padStart(4)}  ${c.action.padEnd(8)} ${c.kind.padEnd(9)} [${c.docId.slice(0, 8)}] ${c.state.padEnd(8)} ${c.user}, ${c.at.slice(0, 10)}: ${factSummary(c.kind, correctedFact(c))}${c.note ? `\n        ${c.note}` : ''}`,
              )
              .join('\n')}\n`,
          );
        });
      }),
    );
  corrections
    .command('export')
    .description('write the reviewed documents as gold files (FORMAT.md), for `parley eval DIR`')
    .argument('<dir>', 'the folder to write them in')
    .option('--format <format>', 'gold (the only one)', 'gold')
    .action((dir: string, _o: unknown, cmd: Command) =>
      withUserErrors(cmd, async () => {
        const opts = cmd.optsWithGlobals<GlobalOptions & { format: string }>();
        if (opts.format !== 'gold') throw new Error(`--format ${opts.format}: only gold is written`);
        await withStore(opts, async (store) => {
          const result = await exportGold(store, dir);
          if (opts.json) return printJson(result);
          const unchecked = result.documents.reduce((n, d) => n + d.unchecked, 0);
          process.stdout.write(
            `${result.documents.length} reviewed document(s) written to ${dir} as gold files` +
              (unchecked ? ` (${unchecked} fact(s) in them nobody checked are taken as right)` : '') +
              `\nscore the extraction on them: parley eval ${dir}${(await store.recordedCodebook())?.length ? ' --codebook <the store’s codebook>' : ''} (or parley eval --store)\n`,
          );
        });
      }),
    );
}
