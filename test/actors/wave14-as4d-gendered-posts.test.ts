/**
 * "Foreign Office Spokesperson X" where the codebook dates X as "Foreign Office spokesman" of a
 * state: the post is the same whatever its gendered word, so the codebook's party speaks, not
 * the state whose ministry shares the office's name. Persons and sentences invented for the tests.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCodebook } from '../../src/core/codebook/codebook.js';
import { fixture, read, speaker } from './helpers.js';

function codebookWith(title: string) {
  const file = join(mkdtempSync(join(tmpdir(), 'parley-post-')), 'post.yaml');
  writeFileSync(
    file,
    `persons:\n  - id: ada-fenn\n    name: Ada Fenn\n    aliases: [Fenn]\n    roles: [{ title: ${title}, actor: VSK, from: 2020-01 }]\n`,
  );
  return loadCodebook([fixture('world.yaml'), file]);
}

describe('a post named with another gendered word than the codebook’s', () => {
  it('is the codebook’s post: spokesperson for spokesman', () => {
    const r = read('The bridge talks went well, Foreign Office Spokesperson Dr Ada Fenn said on Wednesday.', {
      codebook: codebookWith('Foreign Office spokesman'),
    });
    expect(speaker(r, 'Ada Fenn')).toMatchObject({ actor: 'VSK' });
  });

  it('is the codebook’s post: spokeswoman for spokesperson', () => {
    const r = read('"The border stays open," Foreign Office spokeswoman Ada Fenn told reporters.', {
      codebook: codebookWith('Foreign Office spokesperson'),
    });
    expect(speaker(r, 'Ada Fenn')).toMatchObject({ actor: 'VSK' });
  });
});
