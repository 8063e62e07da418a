import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readJsonl } from '../../src/core/ingest/jsonl.js';
import { readInputs } from '../../src/core/ingest/sources.js';
import { DEFAULT_MAX_BYTES } from '../../src/core/ingest/types.js';
import { tempDir } from './helpers.js';

describe('streaming', () => {
  it('yields each JSONL document as soon as its line has arrived, before the stream ends', async () => {
    const stream = new PassThrough();
    const items = readJsonl(stream, 'wire.jsonl', { maxBytes: DEFAULT_MAX_BYTES });
    stream.write('{"text": "Veska said the talks would resume.", "date": "2026-04-01"}\n{"text": "Orm');
    const first = await items.next();
    expect(first.value).toMatchObject({ kind: 'document', raw: { origin: 'wire.jsonl:1' } });
    // The second line is still arriving: the reader holds only it, not the corpus.
    stream.end('und agreed.", "date": "2026-04-02"}\n');
    const second = await items.next();
    expect(second.value).toMatchObject({
      kind: 'document',
      raw: { text: 'Ormund agreed.', origin: 'wire.jsonl:2' },
    });
    expect((await items.next()).done).toBe(true);
  });

  it('reads one input at a time: the first file is done before the second is opened', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.txt'), 'date 2026-04-01\nVeska spoke.');
    writeFileSync(join(dir, 'b.txt'), 'date 2026-04-02\nOrmund spoke.');
    const kinds: string[] = [];
    for await (const item of readInputs([dir], { maxBytes: DEFAULT_MAX_BYTES })) {
      kinds.push(item.kind === 'document' ? `doc ${item.raw.meta.date}` : item.kind);
    }
    expect(kinds).toEqual(['doc 2026-04-01', 'input-done', 'doc 2026-04-02', 'input-done']);
  });
});
