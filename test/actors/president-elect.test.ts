/**
 * A president-elect already speaks for the state he is to lead: the default codebook's persons
 * carry the weeks between election and inauguration as a role. Sentences are written for the tests.
 */
import { describe, expect, it } from 'vitest';
import { loadCodebook } from '../../src/core/codebook/codebook.js';
import { read, speaker } from './helpers.js';

const codebook = loadCodebook();
const SENTENCE = 'Trump said the tariffs would stay until the border was closed.';

describe('a president-elect', () => {
  it('between the election and the inauguration, speaks for the United States', () => {
    expect(speaker(read(SENTENCE, { codebook, date: '2024-11-29' }), 'Trump').actor).toBe('USA');
  });

  it('out of office and not yet elected, speaks for no state', () => {
    expect(speaker(read(SENTENCE, { codebook, date: '2023-05-10' }), 'Trump').actor ?? null).toBeNull();
  });
});
