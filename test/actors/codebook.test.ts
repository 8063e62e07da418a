import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalPerson } from '../../src/core/code/persons.js';
import { CodebookError, loadCodebook } from '../../src/core/codebook/codebook.js';
import { fixture, read, speaker, worldCodebook } from './helpers.js';

describe('the default codebook', () => {
  const book = loadCodebook();
  const codes = new Set(book.actors.map((a) => a.code));

  it('holds every actor code of the shared taxonomy', () => {
    const taxonomy = [
      'USA',
      'RUS',
      'UKR',
      'DEU',
      'GBR',
      'FRA',
      'SAU',
      'TUR',
      'CHN',
      'IRN',
      'ISR',
      'QAT',
      'EGY',
    ];
    const organisations = ['NATO', 'EU', 'UN', 'IAEA', 'G7', 'G20', 'AU', 'OSCE', 'ASEAN'];
    const groups = ['HAMAS', 'HEZBOLLAH', 'HOUTHI', 'EUR', 'WEST'];
    for (const code of [...taxonomy, ...organisations, ...groups]) expect(codes, code).toContain(code);
  });

  it('holds every UN member state, with names, demonyms and capitals', () => {
    const states = book.actors.filter((a) => a.kind === 'state');
    expect(states.length).toBeGreaterThanOrEqual(193);
    const ukraine = book.actors.find((a) => a.code === 'UKR')!;
    expect(ukraine.demonyms).toContain('Ukrainian');
    expect(ukraine.capitals).toEqual(expect.arrayContaining(['Kyiv', 'Kiev']));
    const usa = book.actors.find((a) => a.code === 'USA')!;
    expect(usa.aliases).toContain('U.S.');
    expect(usa.seats).toContain('the White House');
  });

  it('gives its persons dated roles that pass the schema', () => {
    for (const p of book.persons) {
      expect(p.roles.length, p.id).toBeGreaterThan(0);
      for (const r of p.roles) if (r.actor) expect(codes, `${p.id} ${r.actor}`).toContain(r.actor);
    }
  });
});

describe('user codebooks', () => {
  it('adds invented states and persons that then resolve in text', () => {
    const book = worldCodebook(true);
    expect(book.actors.find((a) => a.code === 'VSK')?.capitals).toContain('Port Alder');
    const r = read('Solenne said the Grey House and the Alder Palace had both accepted the agenda.', {
      codebook: book,
      date: '2026-04-02',
    });
    expect(speaker(r, 'Solenne')).toMatchObject({ name: 'Solenne', actor: 'TRS', role: 'Special Envoy' });
    expect(speaker(r, 'the Grey House').actor).toBe('ORM');
    expect(speaker(r, 'the Alder Palace').actor).toBe('VSK');
    const person = r.doc.entities.find((e) => e.kind === 'person');
    expect(person?.codebookId).toBe('mira-solenne');
  });

  it('extends a default entry with a user alias', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-actors-'));
    const file = join(dir, 'mine.yaml');
    writeFileSync(
      file,
      'actors:\n  - code: RUS\n    kind: state\n    name: Russia\n    seats: [Staraya Square]\npersons:\n  - id: vadim-orel\n    name: Vadim Orel\n    roles: [{ title: deputy foreign minister, actor: RUS, from: 2026-01 }]\n',
    );
    const book = loadCodebook([file]);
    const r = read('Staraya Square said the plan was premature, and Orel said the same.', {
      codebook: book,
      date: '2026-05-01',
    });
    expect(speaker(r, 'Staraya Square').actor).toBe('RUS');
    expect(speaker(r, 'Orel')).toMatchObject({ actor: 'RUS' });
  });

  it('names the file and the field of a bad entry', () => {
    const dir = mkdtempSync(join(tmpdir(), 'parley-actors-'));
    const file = join(dir, 'bad.yaml');
    writeFileSync(file, 'persons:\n  - id: Bad Id\n    name: X\n');
    expect(() => loadCodebook([file])).toThrow(CodebookError);
    expect(() => loadCodebook([file])).toThrow(/bad\.yaml.*persons\.0\.id/);
  });
});

describe('dated roles', () => {
  const book = loadCodebook([fixture('world.yaml'), fixture('persons.yaml')]);

  it('resolves a name to the role held at the date', () => {
    expect(canonicalPerson('Mira Solenne', '2026-04-10', book)).toMatchObject({
      id: 'mira-solenne',
      actor: 'TRS',
      role: 'Special Envoy',
    });
    expect(canonicalPerson('Solenne', '2026-08-01', book)).toMatchObject({
      actor: 'NMC',
      role: 'Secretary General',
    });
    // Bounds are inclusive, at the precision they are written.
    expect(canonicalPerson('Solenne', '2026-06-30', book)?.actor).toBe('TRS');
    expect(canonicalPerson('Petr Vallo', '2026-03-15', book)?.actor).toBe('ORM');
  });

  it('gives no party before a person took office, and marks them former after', () => {
    expect(canonicalPerson('Solenne', '2025-12-01', book)).toMatchObject({ actor: null, former: true });
    expect(canonicalPerson('Nobody Known', '2026-01-01', book)).toBeUndefined();
  });

  it('gives the party of a post taken up within weeks, as for a president-elect', () => {
    // Solenne becomes Special Envoy on 2026-03-01: three weeks before, she already speaks for it.
    expect(canonicalPerson('Solenne', '2026-02-08', book)).toMatchObject({ actor: 'TRS', former: false });
    const r = read('Solenne said the fishing quotas would be settled by autumn.', {
      codebook: book,
      date: '2026-02-08',
    });
    expect(speaker(r, 'Solenne').actor).toBe('TRS');
  });

  it('resolves the same name to different parties in documents of different dates', () => {
    const text = 'Solenne said the fishing quotas would be settled by autumn.';
    const spring = read(text, { codebook: book, date: '2026-04-10' });
    const autumn = read(text, { codebook: book, date: '2026-09-10' });
    expect(speaker(spring, 'Solenne').actor).toBe('TRS');
    expect(speaker(autumn, 'Solenne').actor).toBe('NMC');
    // One person across documents: the same codebook id.
    const id = (r: typeof spring) => r.doc.entities.find((e) => e.kind === 'person')?.codebookId;
    expect(id(spring)).toBe('mira-solenne');
    expect(id(autumn)).toBe('mira-solenne');
  });

  it('lets the text override the codebook when it names another role', () => {
    const r = read('Veskan adviser Mira Solenne said the talks had stalled.', {
      codebook: book,
      date: '2026-04-10',
    });
    expect(speaker(r, 'Veskan adviser Mira Solenne').actor).toBe('VSK');
  });
});
