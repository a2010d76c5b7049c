/**
 * Everything installed runs on Node 20, the oldest Node the README supports:
 * no package in the lockfile asks for a newer one in its `engines` field
 * (pnpm would warn EBADENGINE at install, and the package may not run).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { root } from './helpers.ts';

/** The `engines.node` range of every package in pnpm-lock.yaml's `packages:` section. */
function nodeEngines(): { pkg: string; range: string }[] {
  const out: { pkg: string; range: string }[] = [];
  let pkg: string | undefined;
  for (const line of readFileSync(join(root, 'pnpm-lock.yaml'), 'utf8').split('\n')) {
    const name = /^ {2}'?([^' ].*?)'?:$/.exec(line);
    if (name) pkg = name[1];
    const engines = /^ {4}engines: \{(.*)\}$/.exec(line);
    const node = engines && /\bnode: '?([^,}']+)'?/.exec(engines[1]);
    if (pkg && node) out.push({ pkg, range: node[1] });
  }
  return out;
}

describe('dependencies on Node 20', () => {
  it('the root package says which Node it needs', () => {
    const root_ = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { engines: { node: string } };
    expect(semver.minVersion(root_.engines.node)?.major).toBe(20);
  });

  it('no package in the lockfile excludes the Node versions the root package admits', () => {
    const engines = nodeEngines();
    expect(engines.length).toBeGreaterThan(50); // the lockfile was read
    const oldest = ['20.19.0', '20.20.0'];
    const excluding = engines
      .filter(({ range }) => oldest.some((v) => !semver.satisfies(v, range)))
      .map(({ pkg, range }) => `${pkg}: node ${range}`);
    expect(excluding).toEqual([]);
  });
});
