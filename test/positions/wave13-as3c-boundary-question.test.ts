/**
 * A boundary to be settled by talks is land recognised by a deal (`territory` in
 * codebooks/issues.yaml): "resolve the boundary question", "advance the boundary negotiations", "a
 * boundary settlement". Sentences invented about the Veska–Ormund talks.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('the boundary question names the territory issue', () => {
  it('reads a call to resolve the boundary question as a stance on territory', () => {
    const doc = code('Anton Brisk said Veska wanted to resolve the boundary question through dialogue.');
    expect(stances(doc)).toContain('VSK territory propose');
  });

  it('reads a push for boundary negotiations as a stance on territory', () => {
    const doc = code(
      'Ormund is ready to advance the boundary negotiations with Veska, its foreign minister said.',
    );
    expect(stances(doc)).toContain('ORM territory propose');
  });

  it('reads a rejected boundary settlement as a rejection of territory', () => {
    const doc = code('Veska rejected the boundary settlement that Ormund proposed on Monday.');
    expect(stances(doc)).toContain('VSK territory reject');
  });
});
