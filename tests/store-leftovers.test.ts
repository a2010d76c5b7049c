/**
 * What a killed run leaves beside the version store is cleaned by the next
 * run: a repository half made (`store.init.<pid>.<hex>`), a migration half
 * built (`.store.migrating.<pid>`); a migration killed between its two renames
 * is finished. Folders of a process that still runs are never touched.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isRepo } from '@amend/store';
import { describe, expect, it } from 'vitest';
import { SMALL_RULE, run, tempDir } from './helpers.ts';

const RULE = SMALL_RULE.join('\n');
const TITLE = SMALL_RULE[0];
const DECISION = [
  `某市人民政府关于修改《${TITLE}》的决定`,
  '',
  '一、将第二条中的“公安机关”修改为“畜牧兽医主管部门”。',
  '',
  '本决定自2020年3月1日起施行。',
  '',
].join('\n');

/** The id of a process that has ended. */
function deadPid(): number {
  const pid = spawnSync(process.execPath, ['-e', '']).pid;
  if (!pid) throw new Error('no process');
  return pid;
}

/** A folder with a few files in it, as a killed run leaves one. */
function leftover(path: string): void {
  mkdirSync(join(path, 'objects', 'ab'), { recursive: true });
  writeFileSync(join(path, 'HEAD'), 'ref: refs/heads/main\n');
  writeFileSync(join(path, 'objects', 'ab', 'cdef'), 'half');
}

function setup() {
  const dir = tempDir();
  mkdirSync(join(dir, 'rules'));
  writeFileSync(join(dir, 'rules', 'rule.txt'), RULE);
  writeFileSync(join(dir, 'decision.txt'), DECISION);
  return { rules: join(dir, 'rules'), decision: join(dir, 'decision.txt'), out: join(dir, 'out') };
}

/** A folder store of an earlier release in out/store. */
function folderStore(out: string): void {
  const folder = join(out, 'store', TITLE);
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, '2010-01-01.txt'), RULE);
  writeFileSync(
    join(folder, 'index.json'),
    JSON.stringify({ title: TITLE, versions: [{ date: '2010-01-01', file: '2010-01-01.txt', source: 'original' }] }),
  );
}

describe('leftovers of a killed run beside the store', () => {
  it('a half-made repository and a half-built migration of dead processes go; a running one’s stay', async () => {
    const { rules, decision, out } = setup();
    mkdirSync(out);
    const dead = deadPid();
    leftover(join(out, `store.init.${dead}.0a1b2c3d`));
    leftover(join(out, `.store.migrating.${dead}`));
    leftover(join(out, `store.init.${process.pid}.0a1b2c3d`));
    const r = await run('apply', '--corpus', rules, '--decision', decision, '--out', out);
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([`store.init.${process.pid}.0a1b2c3d`, TITLE + '.txt', 'reports', 'store'].sort());
    expect(isRepo(join(out, 'store'))).toBe(true);
  });

  it('reading the store cleans them too', async () => {
    const { rules, decision, out } = setup();
    expect((await run('apply', '--corpus', rules, '--decision', decision, '--out', out)).code).toBe(0);
    const dead = deadPid();
    leftover(join(out, `store.init.${dead}.99`));
    const s = await run('show', TITLE, '--store', out, '--at', '2020-01-01');
    expect(s.out).toBe(RULE);
    expect(existsSync(join(out, `store.init.${dead}.99`))).toBe(false);
  });

  it('a migration killed while building is cleaned and the next migration converts the store', async () => {
    const { out } = setup();
    folderStore(out);
    const dead = deadPid();
    leftover(join(out, `.store.migrating.${dead}`));
    const m = await run('store', 'migrate', out);
    expect(m.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['store', 'store.folder']);
    expect((await run('show', TITLE, '--store', out)).out).toBe(RULE);
  });

  it('a migration killed between its renames is finished by the next run', async () => {
    const { out } = setup();
    folderStore(out);
    expect((await run('store', 'migrate', out)).code).toBe(0);
    // As if killed after moving the folder store aside, before renaming the complete repository in.
    const dead = deadPid();
    renameSync(join(out, 'store'), join(out, `.store.migrating.${dead}`));
    const s = await run('show', TITLE, '--store', out);
    expect(s.code).toBe(0);
    expect(s.out).toBe(RULE);
    expect(readdirSync(out).sort()).toEqual(['store', 'store.folder']);
    expect(isRepo(join(out, 'store'))).toBe(true);
  });
});
