import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFragment, parseRule } from '@amend/document';
import { applyAmendment } from '../src/index.ts';
import type { Address, ArticleNumber, Document, Fragment, Level, Operation, RuleAmendment, Span } from '@amend/model';

/** Rules from canonical text, operations built by hand: what the engine sees from the other stages. */

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const example = join(root, 'examples/decree-119');

export function read(path: string): string {
  return readFileSync(path, 'utf8');
}

/** Deeply frozen, so that any write of the engine into its input fails the test that made it. */
export function rule(text: string): Document {
  const r = parseRule(text, { file: 'rule.txt' });
  const errors = r.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) throw new Error(`test rule does not parse: ${errors.map((e) => e.message).join('; ')}`);
  return deepFreeze(r.value);
}

function deepFreeze<T>(v: T): T {
  if (typeof v === 'object' && v !== null && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of Object.values(v)) deepFreeze(x);
  }
  return v;
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

/** Apply hand-built items to a rule. */
export function amend(doc: Document, title: string, items: Parameters<typeof amendment>[1]): ReturnType<typeof applyAmendment> {
  return applyAmendment(doc, amendment(title, items), { decision });
}

/** A small rule with chapters, 款, 项 and references, shared by the structural tests. */
export const SMALL_TITLE = '测试规定';
export const SMALL = `${SMALL_TITLE}
（2010年1月1日某某人民政府令第1号公布）

第一章　总则

第一条　为了加强管理，制定本规定。

第二条　本规定适用于本行政区域。
前款所称本行政区域，包括开发区。

第二章　管理

第三条　有下列情形之一的，不予批准：
(一)申请材料不全的；
(二)不符合条件的；
(三)其他情形。

第四条　有本规定第三条第二项情形的，依照本规定第五条处理。

第五条　主管部门应当监督检查。

第三章　附则

第六条　本规定自2010年1月1日起施行。
`;

/** The article lines (第X条…) and item lines of a serialized rule, heading lines as they are. */
export function bodyLines(text: string): string[] {
  return text
    .split('\n')
    .slice(2)
    .filter((l) => l !== '');
}
