import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Decision, Operation } from '@amend/model';

export const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const shared = resolve(repo, '../shared');
export const corpus = resolve(shared, 'corpus/laws');

export function read(path: string): string {
  return readFileSync(path, 'utf8');
}

function markdownFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) markdownFiles(p, out);
    else if (/\.md$/.test(name) && name !== 'README.md' && name !== 'INDEX.md') out.push(p);
  }
  return out;
}

/** Every decision we have: the corpus's amending instruments, the real decisions and triples, decree 119. */
export function corpusDecisions(): string[] {
  return [
    ...markdownFiles(join(shared, 'corpus/laws')).filter((p) => /修正案|关于修改/.test(p)),
    ...markdownFiles(join(shared, 'corpus/triples')).filter((p) => p.endsWith('instrument.md')),
    ...markdownFiles(join(shared, 'corpus/real/local')),
    ...markdownFiles(join(shared, 'corpus/real/national')),
    ...markdownFiles(join(shared, 'corpus/real/triples')).filter((p) => p.endsWith('instrument.md')),
    join(repo, 'examples/decree-119/decision.md'),
  ];
}

/** An operation without where it came from, for comparing with hand-written expectations. */
export type Bare = Record<string, unknown>;

export function bare(op: Operation): Bare {
  const { rule: _rule, item: _item, span: _span, ...rest } = op as Operation & { content?: { text: string; level: string } };
  const out: Bare = { ...rest };
  if ('content' in rest && rest.content) out.content = { level: rest.content.level, text: rest.content.text };
  return out;
}

/** Operations of one item by its label path (三（三）, 一, 二1.). */
export function opsOf(d: Decision, path: string): Bare[] {
  for (const a of d.amendments) for (const item of a.items) if (item.path === path) return item.operations.map(bare);
  throw new Error(`no item ${path}`);
}

/** A decision of one rule with numbered items, as a NPC 关于修改…的决定 prints it. */
export function single(...items: string[]): string {
  const body = items.map((text, i) => `${'一二三四五六七八九十'[i]}、${text}`).join('\n\n');
  return `# 关于修改《某某条例》的决定\n\n某某决定对《某某条例》作如下修改：\n\n${body}\n\n本决定自公布之日起施行。\n`;
}
