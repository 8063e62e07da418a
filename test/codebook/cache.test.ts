import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CodebookError,
  codebookCacheDir,
  codebookCacheStats,
  readCodebookDir,
  readCodebookFile,
} from '../../src/core/index.js';

const VESKA = `actors:
  - code: VES
    kind: state
    name: Veska
    aliases: [Republic of Veska]
    demonyms: [Veskan]
persons:
  - id: mara-olt
    name: Mara Olt
    roles:
      - { title: foreign minister, actor: VES, from: 2023-05 }
issues:
  - code: strait_access
    proposition: Ships of Ormund may pass the Tarsia strait
    patterns: ["access to * strait"]
cues:
  speech: [say, declare]
`;

let root: string;
let cache: string;
let saved: string | undefined;
const counts = () => ({ ...codebookCacheStats });

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'parley-cbcache-'));
  cache = join(root, 'cache');
  saved = process.env.PARLEY_CACHE_DIR;
  process.env.PARLEY_CACHE_DIR = cache;
});
afterEach(() => {
  if (saved === undefined) delete process.env.PARLEY_CACHE_DIR;
  else process.env.PARLEY_CACHE_DIR = saved;
  rmSync(root, { recursive: true, force: true });
});

describe('codebook cache', () => {
  it('serves a second load from the cache, with the same data', () => {
    const file = join(root, 'veska.yaml');
    writeFileSync(file, VESKA);
    const before = counts();
    const first = readCodebookFile(file);
    expect(codebookCacheStats.misses).toBe(before.misses + 1);
    expect(codebookCacheStats.writes).toBe(before.writes + 1);
    expect(readdirSync(cache).filter((f) => f.endsWith('.json'))).toHaveLength(1);
    const second = readCodebookFile(file);
    expect(codebookCacheStats.hits).toBe(before.hits + 1);
    expect(second).toEqual(first);
    expect(second.actors[0].aliases).toEqual(['Republic of Veska']);
    expect(second.persons[0].roles[0]).toEqual({ title: 'foreign minister', actor: 'VES', from: '2023-05' });
  });

  it('misses when a byte of the file changes', () => {
    const file = join(root, 'veska.yaml');
    writeFileSync(file, VESKA);
    readCodebookFile(file);
    writeFileSync(file, VESKA.replace('Veskan', 'Veskans'));
    const before = counts();
    const edited = readCodebookFile(file);
    expect(codebookCacheStats.hits).toBe(before.hits);
    expect(codebookCacheStats.misses).toBe(before.misses + 1);
    expect(edited.actors[0].demonyms).toEqual(['Veskans']);
    // The new entry replaces the old one, and serves the next load.
    expect(readdirSync(cache).filter((f) => f.endsWith('.json'))).toHaveLength(1);
    expect(readCodebookFile(file)).toEqual(edited);
    expect(codebookCacheStats.hits).toBe(before.hits + 1);
  });

  it('ignores and rewrites a corrupt entry', () => {
    const file = join(root, 'veska.yaml');
    writeFileSync(file, VESKA);
    const first = readCodebookFile(file);
    const [name] = readdirSync(cache);
    for (const junk of ['{"key": "abc', '{"key": "0", "data": {}}', 'null', '']) {
      writeFileSync(join(cache, name), junk);
      const before = counts();
      expect(readCodebookFile(file)).toEqual(first);
      expect(codebookCacheStats.hits).toBe(before.hits);
      expect(JSON.parse(readFileSync(join(cache, name), 'utf8')).data).toEqual(first);
    }
  });

  it('reports a file that does not validate as before, and stores nothing', () => {
    const file = join(root, 'bad.yaml');
    writeFileSync(file, 'actors:\n  - code: ves\n    kind: state\n    name: Veska\n');
    expect(() => readCodebookFile(file)).toThrow(CodebookError);
    expect(() => readCodebookFile(file)).toThrow(/field actors\.0\.code/);
    writeFileSync(file, 'actors: [\n');
    expect(() => readCodebookFile(file)).toThrow(/not valid YAML/);
    expect(existsSync(cache) ? readdirSync(cache) : []).toHaveLength(0);
  });

  it('parses as before when the folder cannot be made, or the cache is off', () => {
    const file = join(root, 'veska.yaml');
    writeFileSync(file, VESKA);
    const blocker = join(root, 'blocker');
    writeFileSync(blocker, 'not a folder');
    process.env.PARLEY_CACHE_DIR = join(blocker, 'cache');
    expect(readCodebookFile(file).actors[0].code).toBe('VES');
    expect(codebookCacheDir({ PARLEY_NO_CACHE: '1', PARLEY_CACHE_DIR: cache })).toBeUndefined();
    expect(codebookCacheDir({ XDG_CACHE_HOME: '/x' })).toBe('/x/parley');
    expect(codebookCacheDir({ PARLEY_CACHE_DIR: '/y', XDG_CACHE_HOME: '/x' })).toBe('/y');
  });

  it('gives a folder the same merged codebook from the cache', () => {
    const dir = join(root, 'book');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.yaml'), VESKA);
    writeFileSync(
      join(dir, 'b.yaml'),
      'actors:\n  - code: VES\n    aliases: [Veska Republic]\n    kind: state\n    name: Veska\n',
    );
    const first = readCodebookDir(dir);
    const before = counts();
    expect(readCodebookDir(dir)).toEqual(first);
    expect(codebookCacheStats.hits).toBe(before.hits + 2);
    expect(first.actors[0].aliases).toEqual(['Republic of Veska', 'Veska Republic']);
  });
});
