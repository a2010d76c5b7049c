/**
 * A reader that stops early (`amend parse big.md | head -1`) closes the
 * command's output: the command ends quietly, no stack trace, with the
 * status of a Unix tool ended by SIGPIPE (141). Runs the installed command
 * (dist/), through a real pipe.
 */
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toChinese } from '@amend/model';
import { describe, expect, it } from 'vitest';
import { root, tempDir } from './helpers.ts';

const bin = join(root, 'packages/cli/bin/amend.mjs');
// Several times a pipe's 64 KiB buffer in every output below, so the writer is still writing when the reader leaves.
const ARTICLES = 1000;
const FILLER = '养犬人应当遵守社会公德，不得干扰他人正常生活；携犬出户时应当束犬链，由成年人牵领，并主动避让行人和车辆。'.repeat(3);

function files() {
  const dir = tempDir();
  const rule = join(dir, 'rule.txt');
  const decision = join(dir, 'decision.txt');
  const lines = ['某市养犬管理办法', ''];
  for (let n = 1; n <= ARTICLES; n++) lines.push(`第${toChinese(n)}条　公安机关负责本市第${n}区的养犬登记和年检工作。${FILLER}`, '');
  writeFileSync(rule, lines.join('\n'));
  const amended = join(dir, 'amended.txt');
  writeFileSync(amended, lines.join('\n').replaceAll('公安机关', '畜牧兽医主管部门'));
  const items = [];
  for (let n = 1; n <= 300; n++) items.push(`${toChinese(n)}、将第${toChinese(n)}条中的“公安机关”修改为“畜牧兽医主管部门”。`, '');
  writeFileSync(decision, ['某市人民政府关于修改《某市养犬管理办法》的决定', '', ...items, '本决定自公布之日起施行。', ''].join('\n'));
  return { rule, decision, amended };
}

/** Run the command, read its first chunk of output, then close the pipe as `head` does. */
function runAndClose(args: string[]): Promise<{ code: number | null; signal: string | null; first: string; err: string }> {
  return new Promise((done, fail) => {
    const p = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let first = '';
    let err = '';
    p.stdout.once('data', (chunk: Buffer) => {
      first = chunk.toString('utf8');
      p.stdout.destroy();
    });
    p.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
    p.on('error', fail);
    p.on('close', (code, signal) => done({ code, signal, first, err }));
  });
}

describe('output closed by the reader', () => {
  const { rule, decision, amended } = files();
  for (const args of [
    ['parse', rule, '--format', 'json'],
    ['decision', decision, '--format', 'json'],
    ['diff', rule, amended],
    ['table', '--rule', rule, '--decision', decision, '--format', 'md'],
    ['apply', '--rule', rule, '--decision', decision],
  ]) {
    it(`amend ${args[0]} … | head ends quietly`, async () => {
      const r = await runAndClose(args);
      expect(r.first.length).toBeGreaterThan(0);
      expect(r.err).not.toMatch(/EPIPE|Error|at /);
      expect(r.signal).toBeNull();
      expect(r.code).toBe(141);
    });
  }
});
