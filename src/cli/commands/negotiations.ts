/**
 * `parley negotiations`: the negotiations a store holds (their parties, mediators, documents, facts
 * and dates), those its news suggests (`--suggest`), and the user's own: `add` declares or edits
 * one, `assign` puts a document or one of its blocks into a negotiation or takes it out.
 */
import type { Command } from 'commander';
import type { NegotiationEntry } from '../../core/codebook/codebook.js';
import {
  chooseNegotiation,
  listNegotiations,
  type NegotiationSummary,
  parseNegotiation,
  reassignStore,
} from '../../core/query/negotiations.js';
import { type SuggestedNegotiation, suggestNegotiations } from '../../core/query/suggest.js';
import type { Store } from '../../core/store/store.js';
import {
  codebookForStore,
  type GlobalOptions,
  printJson,
  storeNegotiations,
  withStore,
  withUserErrors,
} from '../context.js';
import { collectCommaList } from '../list-options.js';

const codes = (label: string, list: string[]) => (list.length ? [`${label} ${list.join(', ')}`] : []);

function summaryText(n: NegotiationSummary): string {
  const roles = [
    ...codes('parties', n.parties),
    ...codes('mediators', n.mediators),
    ...codes('guarantors', n.guarantors),
    ...codes('others', n.others),
  ].join('; ');
  const dates = n.documents ? `, ${n.first} … ${n.last}` : '';
  return [
    `${n.id} — ${n.name}${n.declared ? '' : ' (not declared: found in the assignments only)'}`,
    roles && `  ${roles}`,
    `  ${n.documents} document(s) (${n.mainDocuments} mainly about it)${dates}; ${n.statements} statements, ${n.positions} positions, ${n.events} events`,
  ]
    .filter(Boolean)
    .join('\n');
}

const quote = (s: string) => (/^[\w.,-]+$/.test(s) ? s : `"${s.replace(/"/g, '\\"')}"`);

/** The command line that accepts a suggestion as it stands (rename it, or move actors, there). */
function addCommand(s: SuggestedNegotiation): string {
  const option = (name: string, list: string[]) => (list.length ? ` --${name} ${list.join(',')}` : '');
  return `parley negotiations add ${s.id} --name ${quote(s.name)}${option('parties', s.parties)}${option('mediators', s.mediators)}${option('issues', s.issues.slice(0, 8))}`;
}

function suggestionText(list: SuggestedNegotiation[], documents: number, unexplained: number): string {
  if (!list.length)
    return `No negotiation stands out in the ${documents} document(s): too few reports name the same parties.\n`;
  const lines = list.map((s, i) =>
    [
      `${i + 1}. ${s.id} — ${s.name}`,
      `   ${[...codes('parties', s.parties), ...codes('mediators', s.mediators), ...codes('others', s.others)].join('; ')}`,
      `   ${s.documents.length} document(s), ${s.span.from} … ${s.span.to}${s.issues.length ? `; issues ${s.issues.slice(0, 8).join(', ')}` : ''}${s.places.length ? `; places ${s.places.slice(0, 5).join(', ')}` : ''}`,
      `   accept: ${addCommand(s)}`,
    ].join('\n'),
  );
  return `${lines.join('\n\n')}\n\n${list.length} negotiation(s) suggested from ${documents} document(s)${unexplained ? `; ${unexplained} belong to none` : ''}. Accept one with its \`parley negotiations add\` line (rename it, merge two by listing both parties, split one by adding each part).\n`;
}

/** Assign the stored documents again with the store's negotiations (after one changed), and say so. */
async function reassign(store: Store, opts: GlobalOptions, only?: (docId: string) => boolean) {
  const { codebook } = await codebookForStore(store, opts);
  return reassignStore(store, { codebook, cache: new Map() }, only);
}

export function register(program: Command): void {
  const command = program
    .command('negotiations')
    .description(
      'the negotiations the store holds (parties, mediators, documents, facts, dates); --suggest proposes them from the news',
    );

  command
    .command('list', { isDefault: true })
    .description('list the negotiations (the default)')
    .option(
      '--suggest',
      'propose negotiations from the stored news: parties that meet and take stances on shared issues',
    )
    .option('--reassign', 'assign every stored document again (after a codebook’s negotiations changed)')
    .action((_options: unknown, cmd: Command) =>
      withUserErrors(cmd, async () => {
        const opts = cmd.optsWithGlobals<GlobalOptions & { suggest?: boolean; reassign?: boolean }>();
        await withStore(opts, async (store) => {
          if (opts.suggest) {
            const { codebook } = await codebookForStore(store, opts);
            const result = await suggestNegotiations(store, { codebook });
            if (opts.json) printJson(result);
            else
              process.stdout.write(suggestionText(result.negotiations, result.documents, result.unexplained));
            return;
          }
          if (opts.reassign) {
            const done = await reassign(store, opts);
            if (!opts.json)
              process.stdout.write(`assigned ${done.documents} document(s) again; ${done.changed} changed\n`);
          }
          const result = await listNegotiations(store, await storeNegotiations(store, opts));
          if (opts.json) {
            printJson(result);
            return;
          }
          if (!result.negotiations.length)
            process.stdout.write(
              'This store declares no negotiation: its questions answer for all it holds. `parley negotiations --suggest` proposes some from its news; a codebook declares them under `negotiations:`.\n',
            );
          else process.stdout.write(`${result.negotiations.map(summaryText).join('\n\n')}\n`);
          if (result.unassigned)
            process.stdout.write(
              `\n${result.unassigned} document(s) belong to no negotiation (\`parley negotiations assign DOC --to ID\` puts one in).\n`,
            );
        });
      }),
    );

  command
    .command('add <id>')
    .description(
      'declare a negotiation in the store, or change one (a suggestion, or the codebook’s), and assign the documents again',
    )
    .option('--name <name>', 'its name ("Russia–Ukraine talks")')
    .option('--parties <codes>', 'its parties (actor codes, comma-separated)', collectCommaList)
    .option('--mediators <codes>', 'its mediators and facilitators', collectCommaList)
    .option('--guarantors <codes>', 'its guarantors', collectCommaList)
    .option('--others <codes>', 'others with a stake, not at the table', collectCommaList)
    .option('--issues <codes>', 'its issues (issue codes)', collectCommaList)
    .option('--places <names>', 'places where it is held or that it is about', collectCommaList)
    .option('--keywords <words>', 'words that name it ("Skerry Islands")', collectCommaList)
    .option('--from <date>', 'it began (documents dated before are not assigned to it)')
    .option('--to <date>', 'it ended')
    .action((id: string, _options: unknown, cmd: Command) =>
      withUserErrors(cmd, async () => {
        const opts = cmd.optsWithGlobals<
          GlobalOptions & {
            name?: string;
            parties?: string[];
            mediators?: string[];
            guarantors?: string[];
            others?: string[];
            issues?: string[];
            places?: string[];
            keywords?: string[];
            from?: string;
            to?: string;
          }
        >();
        await withStore(opts, async (store) => {
          const before = (await storeNegotiations(store, opts)).find((n) => n.id === id);
          const given = Object.fromEntries(
            (
              [
                'name',
                'parties',
                'mediators',
                'guarantors',
                'others',
                'issues',
                'places',
                'keywords',
              ] as const
            )
              .filter((key) => opts[key] !== undefined)
              .map((key) => [key, opts[key]]),
          );
          const span = {
            ...(before?.span ?? {}),
            ...(opts.from ? { from: opts.from } : {}),
            ...(opts.to ? { to: opts.to } : {}),
          };
          if (!before && !opts.name)
            throw new Error(
              `a new negotiation needs --name (and --parties): parley negotiations add ${id} --name NAME --parties A,B`,
            );
          const entry = parseNegotiation({ ...(before ?? {}), id, ...given, span });
          await store.saveNegotiation(entry);
          const done = await reassign(store, opts);
          const summary = (
            await listNegotiations(store, await storeNegotiations(store, opts))
          ).negotiations.find((n) => n.id === id);
          if (opts.json) printJson({ negotiation: entry, ...done, summary });
          else
            process.stdout.write(
              `${before ? 'changed' : 'added'} ${id}; ${done.changed} of ${done.documents} document(s) assigned anew\n${summary ? `${summaryText(summary)}\n` : ''}`,
            );
        });
      }),
    );

  command
    .command('assign <document>')
    .description(
      'put a document (its id or a unique prefix; ID#N for its block N, as `parley show` numbers them) into a negotiation, or take it out',
    )
    .option('--to <id>', 'the negotiation it belongs to')
    .option('--not <id>', 'the negotiation it does not belong to')
    .action((document: string, _options: unknown, cmd: Command) =>
      withUserErrors(cmd, async () => {
        const opts = cmd.optsWithGlobals<GlobalOptions & { to?: string; not?: string }>();
        if (!opts.to === !opts.not) throw new Error('say --to ID (it belongs) or --not ID (it does not)');
        await withStore(opts, async (store) => {
          const [prefix, block] = document.split('#');
          if (block !== undefined && !/^[1-9]\d*$/.test(block))
            throw new Error(
              `${document}: a block is a number from 1 (ID#3), as \`parley show\` numbers them`,
            );
          const ids = await store.findDocumentIds(prefix, 2);
          if (ids.length !== 1)
            throw new Error(
              ids.length ? `${prefix} names several documents: give more of its id` : `no document ${prefix}`,
            );
          const [docId] = ids;
          const target = (opts.to ?? opts.not) as string;
          const declared = await storeNegotiations(store, opts);
          const negotiation: NegotiationEntry = chooseNegotiation(declared, target) as NegotiationEntry;
          const item = block ? `${docId}#${block}` : docId;
          const [keep, drop] = opts.to
            ? (['include', 'exclude'] as const)
            : (['exclude', 'include'] as const);
          const entry: NegotiationEntry = {
            ...negotiation,
            [keep]: [...negotiation[keep].filter((i) => i !== item), item],
            [drop]: negotiation[drop].filter((i) => i !== item),
          };
          await store.saveNegotiation(entry);
          await reassign(store, opts, (id) => id === docId);
          const stored = await store.getDocument(docId);
          const assignment = stored?.doc?.assignment ?? [];
          if (opts.json) printJson({ document: docId, assignment });
          else
            process.stdout.write(
              `${docId}${block ? ` block ${block}` : ''} ${opts.to ? 'now belongs to' : 'no longer belongs to'} ${target}; the document is in: ${
                assignment
                  .map((a) => `${a.negotiation} (blocks ${a.blocks.join(', ') || 'none'}; ${a.reason})`)
                  .join('; ') || 'no negotiation'
              }\n`,
            );
        });
      }),
    );
}
