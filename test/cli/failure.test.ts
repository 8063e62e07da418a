import { describe, expect, it } from 'vitest';
import { failureText } from '../../src/cli/failure.js';

describe('what parley prints of a failure', () => {
  it('is the message alone for a user error', () => {
    expect(failureText(new Error('no store at x.db: check the path'))).toBe(
      'parley: no store at x.db: check the path\n',
    );
  });

  it('says a TypeError is a bug to report, and where it happened', () => {
    let error: unknown;
    try {
      (undefined as unknown as { text: string }).text;
    } catch (e) {
      error = e;
    }
    const text = failureText(error);
    expect(text).toMatch(/^parley: Cannot read properties of undefined/);
    expect(text).toMatch(/This is a bug in Parley; please report it/);
    expect(text).toMatch(/failure\.test\.ts/);
  });
});
