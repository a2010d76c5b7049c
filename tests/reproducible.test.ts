/**
 * Two runs give byte-identical outputs, .docx included, whatever the clock,
 * the time zone, the locale or the working folder: zip entries carry a fixed
 * time and the document's core properties the version's date.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { parseRule } from '@amend/document';
import { renderDocx } from '@amend/render';
import { example, read, root, tempDir } from './helpers.ts';

describe('reproducible outputs', () => {
  it('a .docx does not depend on the clock; its core properties carry the version’s date', async () => {
    const doc = parseRule(read(join(example, 'expected', '宁夏回族自治区行政执法证件管理办法.txt'))).value;
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2030-05-06T07:08:09Z'));
      const first = await renderDocx(doc);
      vi.setSystemTime(new Date('2041-11-12T13:14:15Z'));
      const second = await renderDocx(doc);
      expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
      const core = new TextDecoder().decode(unzipSync(first)['docProps/core.xml']);
      // 根据2022年1月8日宁夏回族自治区人民政府令第119号修改: the consolidated version's date.
      expect(core).toContain('>2022-01-08T00:00:00Z</dcterms:created>');
      expect(core).toContain('>2022-01-08T00:00:00Z</dcterms:modified>');
    } finally {
      vi.useRealTimers();
    }
  });

  it('the CLI writes the same bytes in another time zone, locale and working folder', () => {
    const script = join(root, 'tests/reproducible-run.ts');
    const runs = [
      { TZ: 'UTC', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' },
      { TZ: 'Pacific/Kiritimati', LANG: 'zh_CN.UTF-8', LC_ALL: 'zh_CN.UTF-8' },
    ].map((env, k) => {
      const out = tempDir();
      const cwd = join(out, `cwd${k}`);
      mkdirSync(cwd);
      const r = spawnSync(
        process.execPath,
        [
          '--conditions=amend-source',
          '--import',
          pathToFileURL(join(root, 'node_modules/tsx/dist/loader.mjs')).href,
          script,
          join(out, 'o'),
        ],
        { cwd, env: { ...process.env, ...env }, encoding: 'utf8' },
      );
      expect(r.status, r.stderr).toBe(0);
      return { out: join(out, 'o'), files: files(join(out, 'o')) };
    });
    const [a, b] = runs;
    expect(b.files).toEqual(a.files);
    expect(a.files.length).toBeGreaterThan(40);
    for (const f of a.files) expect(readFileSync(join(a.out, f)).equals(readFileSync(join(b.out, f))), f).toBe(true);
  }, 240_000);
});

/** Every file under a folder (the git store's included), relative, sorted. */
function files(dir: string, base = dir): string[] {
  return readdirSync(dir)
    .flatMap((n) => {
      const p = join(dir, n);
      return statSync(p).isDirectory() ? files(p, base) : [relative(base, p)];
    })
    .sort();
}
