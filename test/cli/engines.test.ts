/**
 * `npm ci` on the oldest Node that package.json promises prints no EBADENGINE: every package the
 * lockfile installs accepts that version (content-disposition 3 and cookie 2, which want Node 22,
 * are held at their Node 20 releases by `overrides`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../ingest/helpers.js';

const readJson = (name: string) => JSON.parse(readFileSync(join(repoRoot, name), 'utf8'));

describe('the Node versions the dependencies accept', () => {
  it('include the oldest one package.json promises', () => {
    const promised = semver.minVersion(readJson('package.json').engines.node);
    expect(promised?.version).toBe('20.19.0');
    const packages: Record<string, { version?: string; engines?: { node?: string } }> =
      readJson('package-lock.json').packages;
    const refusing = Object.entries(packages)
      .filter(([path, p]) => path && p.engines?.node && !semver.satisfies(promised!, p.engines.node))
      .map(([path, p]) => `${path}@${p.version} wants node ${p.engines?.node}`);
    expect(refusing).toEqual([]);
  });
});
