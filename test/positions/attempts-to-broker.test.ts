/**
 * "Tarsia tried to broker a ceasefire", "two failed Tarsian attempts to broker a truce": a try at
 * brokering is the broker's offer of terms whether or not a deal came of it, so the broker
 * proposes the issue (and the sides it tried to bring together accept nothing). Sentences written
 * for the tests.
 */
import { describe, expect, it } from 'vitest';
import { code, stances } from './world.js';

describe('a try at brokering', () => {
  it('"tried to broker a ceasefire" is the broker’s proposal', () => {
    const got = stances(code('Tarsia tried to broker a ceasefire between Veska and Ormund last month.'));
    expect(got).toContain('TRS ceasefire propose');
    expect(got).not.toContain('VSK ceasefire accept');
  });

  it('"Tarsian attempts to broker a truce", the broker named by its demonym', () => {
    expect(stances(code('There were two failed Tarsian attempts to broker a truce.'))).toContain(
      'TRS ceasefire propose',
    );
  });

  it('"working to broker" proposes, as brokering does, not accepts', () => {
    const got = stances(code('Tarsia is working to broker a ceasefire between Veska and Ormund.'));
    expect(got).toContain('TRS ceasefire propose');
    expect(got).not.toContain('TRS ceasefire accept');
  });
});
