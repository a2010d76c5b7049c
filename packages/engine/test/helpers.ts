import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFragment, parseRule } from '@amend/document';
import type {
  Address,
  ArticleNumber,
  Document,
  Fragment,
  Level,
  Operation,
  RuleAmendment,
  Span,
} from '@amend/model';

/** Rules from canonical text, operations built by hand: what the engine sees from the other stages. */

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const example = join(root, 'examples/decree-119');

export function read(path: string): string {
  return readFileSync(path, 'utf8');
}

export function rule(text: string): Document {
  const r = parseRule(text, { file: 'rule.txt' });
  const errors = r.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) throw new Error(`test rule does not parse: ${errors.map((e) => e.message).join('; ')}`);
  return r.value;
}

export function exampleRule(title: string): Document {
  return rule(read(join(example, 'rules', `${title}.txt`)));
}

export function exampleExpected(title: string): string {
  return read(join(example, 'expected', `${title}.txt`));
}

/** A span on one line of the decision, so that tests can tell operations apart by line. */
export function line(n: number): Span {
  return { start: { line: n, column: 1, offset: n * 100 }, end: { line: n, column: 50, offset: n * 100 + 49 } };
}

export function art(n: number, more: Omit<Address, 'article'> = {}, sub?: number): Address {
  const num: ArticleNumber = sub ? { n, sub } : { n };
  return { article: num, ...more };
}

export function frag(text: string, level: Level): Fragment {
  return parseFragment(text, level).value;
}

export const decision = {
  title: '自治区人民政府关于废止和修改部分政府规章的决定',
  docNumber: '宁夏回族自治区人民政府令第119号',
  date: '2022-01-08',
  file: 'decision.md',
};

type Draft = Operation extends infer O ? (O extends Operation ? Omit<O, 'rule' | 'item' | 'span'> : never) : never;

/** An amendment of `title`: items as [path, operations]; each operation gets the item path and a span on line `100 + k`. */
export function amendment(title: string, items: [string, Draft[]][]): RuleAmendment {
  let k = 0;
  return {
    title,
    label: '',
    span: line(99),
    items: items.map(([path, ops], i) => ({
      label: path,
      num: i + 1,
      path,
      text: '',
      span: line(100 + k),
      operations: ops.map((o) => ({ ...o, rule: title, item: path, span: line(100 + k++) }) as Operation),
    })),
  };
}
