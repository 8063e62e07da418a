/**
 * `node --import tsx bench/profile-summary.ts FILE.cpuprofile [--top N]`
 *
 * Summarises a V8 CPU profile (from `node --cpu-prof`) as the functions with the most self time,
 * and the source files with the most, so that a slow stage can be named down to its function.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export function summarise(profile: Profile, top = 25): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  for (const [i, id] of profile.samples.entries()) {
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  }
  const total = [...selfUs.values()].reduce((s, n) => s + n, 0);
  const fn = new Map<string, number>();
  const file = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const { callFrame } = byId.get(id) as ProfileNode;
    const where = callFrame.url
      ? relative(process.cwd(), callFrame.url.replace(/^file:\/\//, ''))
      : '(native)';
    const key = `${callFrame.functionName || '(anonymous)'}  ${where}:${callFrame.lineNumber + 1}`;
    fn.set(key, (fn.get(key) ?? 0) + us);
    file.set(where, (file.get(where) ?? 0) + us);
  }
  const lines = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(
        ([k, us]) =>
          `${((us / total) * 100).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(7)} ms  ${k}`,
      );
  return [
    `total sampled: ${(total / 1000).toFixed(0)} ms`,
    '',
    'self time by function:',
    ...lines(fn, top),
    '',
    'self time by file:',
    ...lines(file, 12),
  ].join('\n');
}

const [file, ...rest] = process.argv.slice(2);
if (file) {
  const top = rest[0] === '--top' ? Number(rest[1]) : 25;
  console.log(summarise(JSON.parse(readFileSync(file, 'utf8')) as Profile, top));
} else {
  console.error('usage: node --import tsx bench/profile-summary.ts FILE.cpuprofile [--top N]');
  process.exitCode = 2;
}
