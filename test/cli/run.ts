/** Run the CLI in this process as a user would from the repository: exit status, stdout, stderr. */
import { vi } from 'vitest';
import { main } from '../../src/cli/main.js';

export interface Run {
  code: number;
  out: string;
  err: string;
}

/**
 * `parley ARGS…`. An error that reaches the top is what bin/parley.js prints as `parley: …` with
 * exit status 2, so it is returned that way.
 */
export async function parley(...args: string[]): Promise<Run> {
  let out = '';
  let err = '';
  const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  });
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    err += String(chunk);
    return true;
  });
  const exitCode = process.exitCode;
  try {
    return { code: await main(['node', 'parley', ...args]), out, err };
  } catch (error) {
    return { code: 2, out, err: `${err}parley: ${error instanceof Error ? error.message : String(error)}\n` };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
    // A command that sets the exit status for the process must not leak it into the next run.
    process.exitCode = exitCode;
  }
}
