/** The CSV exports: spreadsheet-safe, whatever the article text holds. */
import { describe, expect, it } from 'vitest';
import type { Statement } from '../../src/core/model.js';
import { statementsTable, toCsv } from '../../src/core/query/export.js';
import type { StoredFact } from '../../src/core/store/store.js';

const statement = (id: number, text: string): StoredFact<Statement> =>
  ({
    id,
    docId: 'ab12cd34ef56ab78',
    docDate: '2026-09-01',
    evidenceText: text,
    fact: { start: 0, end: text.length, speaker: 'Ilse Marrow', actor: ['VSK', 'ORM'], direct: true },
  }) as unknown as StoredFact<Statement>;

describe('CSV export', () => {
  it('quotes commas, quotation marks and line breaks, and keeps the text whole', () => {
    const csv = toCsv(statementsTable([statement(1, 'She said, "never",\nand left.')]));
    expect(csv.startsWith('\uFEFFid,doc,doc_date,speaker,role,actor,direct,start,end,text\r\n')).toBe(true);
    expect(csv).toContain(
      '1,ab12cd34ef56ab78,2026-09-01,Ilse Marrow,,VSK;ORM,true,0,28,"She said, ""never"",\nand left."\r\n',
    );
  });

  it('defuses text that a spreadsheet would run as a formula', () => {
    const csv = toCsv(
      statementsTable([statement(1, '=HYPERLINK("http://example.invalid","x")'), statement(2, '@SUM(A1)')]),
    );
    expect(csv).toContain(`"'=HYPERLINK(""http://example.invalid"",""x"")"`);
    expect(csv).toContain(`'@SUM(A1)`);
    expect(csv).not.toMatch(/,=|,@/);
  });
});
