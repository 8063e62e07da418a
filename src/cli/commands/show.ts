/** `parley show DOC`: one stored document (by id or unique id prefix), its layout and its facts. */
import type { Command } from 'commander';
import { textOf } from '../../core/model.js';
import type { StoreReader } from '../../core/store/store.js';
import { type GlobalOptions, printJson, withStore, withUserErrors } from '../context.js';

/** The id a user's id or prefix names, or an error that says what to do. */
export async function resolveDocumentId(store: StoreReader, idOrPrefix: string): Promise<string> {
  const matches = await store.findDocumentIds(idOrPrefix, 6);
  if (matches.length === 1) return matches[0];
  if (!matches.length)
    throw new Error(`no stored document has an id starting with "${idOrPrefix}": see \`parley docs\``);
  if (matches.includes(idOrPrefix)) return idOrPrefix;
  throw new Error(
    `"${idOrPrefix}" matches several documents (${matches.slice(0, 5).join(', ')}${matches.length > 5 ? ', …' : ''}): give more of the id`,
  );
}

export function register(program: Command): void {
  program
    .command('show')
    .description('print one stored document: metadata, layout blocks, text and facts')
    .argument('<doc>', 'document id or a unique prefix of it')
    .action((idOrPrefix: string, _options: unknown, cmd: Command) =>
      withUserErrors(cmd, async () => {
        const opts = cmd.optsWithGlobals<GlobalOptions>();
        await withStore(opts, async (store) => {
          const stored = (await store.getDocument(await resolveDocumentId(store, idOrPrefix)))!;
          const { doc, text, ...meta } = stored;
          const blocks = (doc?.blocks ?? []).map((b) => ({ ...b, text: text.slice(b.start, b.end) }));
          if (opts.json) {
            printJson({ ...meta, text, blocks, notices: doc?.notices ?? [], annotated: doc });
            return;
          }
          const lines = [
            `${meta.title ?? '(untitled)'}`,
            `id ${meta.id}  date ${meta.date}  words ${meta.words}  lang ${meta.lang}  status ${meta.status}`,
          ];
          if (meta.source) lines.push(`source ${meta.source}`);
          if (meta.url) lines.push(`url ${meta.url}`);
          if (meta.byline) lines.push(`byline ${meta.byline}`);
          if (meta.duplicateOf) lines.push(`near-duplicate of ${meta.duplicateOf}`);
          for (const notice of doc?.notices ?? []) lines.push(`notice: ${notice}`);
          lines.push('');
          if (blocks.length) {
            for (const block of blocks)
              lines.push(block.kind === 'paragraph' ? block.text : `[${block.kind}] ${block.text}`, '');
          } else lines.push(text, '');
          const counts = doc
            ? `${doc.statements.length} statements, ${doc.positions.length} positions, ${doc.events.length} events`
            : '';
          if (counts) lines.push(counts);
          for (const statement of doc?.statements ?? []) {
            lines.push(`  ${statement.speaker}: ${doc ? textOf(doc, statement.content) : ''}`);
          }
          process.stdout.write(`${lines.join('\n')}\n`);
        });
      }),
    );
}
