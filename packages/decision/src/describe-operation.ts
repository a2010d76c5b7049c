import type { Address, Fragment, Level, Operation } from '@amend/model';
import { addressLabel, assertNever } from '@amend/model';

/**
 * One readable line per operation, in the decision's own words, for
 * `amend decision --format text` and the preview:
 * `增加条 第五条：《行政执法证》应当载明以下信息：…`.
 */

export const LEVEL_WORD: Record<Level, string> = {
  title: '名称',
  preamble: '引言',
  part: '编',
  chapter: '章',
  section: '节',
  article: '条',
  paragraph: '款',
  item: '项',
  subitem: '目',
  sentence: '句',
};

const MAX = 40;

export function describeOperation(op: Operation): string {
  switch (op.kind) {
    case 'replaceText':
      return `修改文字 ${places(op.scope)}${excepted(op.except)}：${op.pairs.map((p) => `“${clip(p.from)}”→“${clip(p.to)}”`).join('；')}`;
    case 'deleteText':
      return `删去文字 ${places(op.scope)}${excepted(op.except)}：${op.phrases.map((p) => `“${clip(p)}”`).join('、')}`;
    case 'insertText': {
      const p = op.position;
      const at = p === 'start' ? '开始部分' : p === 'end' ? '末尾' : 'after' in p ? `“${clip(p.after)}”后` : `“${clip(p.before)}”前`;
      return `${op.moved ? '移动文字' : '增加文字'} ${places(op.scope)}${excepted(op.except)}${at}：“${clip(op.text)}”`;
    }
    case 'replaceNode':
      return `修改${op.leadIn ? '条首部分' : LEVEL_WORD[op.level]} ${addressLabel(op.target)}：${preview(op.content)}`;
    case 'insertNode': {
      const where = { ...(op.parent ?? {}), ...op.as };
      const anchor = op.after ? `${addressLabel(op.after)}后` : op.before ? `${addressLabel(op.before)}前` : '';
      if (Object.keys(op.as).length)
        return `增加${LEVEL_WORD[op.level]} ${addressLabel(where)}${anchor ? `（${anchor}）` : ''}：${preview(op.content)}`;
      // No number: beside the anchor, or last in the place named (在附则中新增一条: the division of that title).
      const at = anchor || `${op.into ?? addressLabel(op.parent ?? {})}末尾`;
      return `增加${LEVEL_WORD[op.level]} ${at}：${preview(op.content)}`;
    }
    case 'deleteNode':
      return `删去${LEVEL_WORD[op.level]} ${addressLabel(op.target)}`;
    case 'renumber':
      return `改序号 ${addressLabel(op.target)}→${addressLabel(op.to)}`;
    case 'merge':
      return `合并${LEVEL_WORD[op.level]} ${places(op.targets)}→${addressLabel(op.as)}${op.content ? '：' + preview(op.content) : ''}`;
    case 'split':
      return `单列${LEVEL_WORD[op.level]} ${addressLabel(op.source)}→${addressLabel(op.as)}${op.content ? '：' + preview(op.content) : ''}`;
    case 'move':
      return `移动${LEVEL_WORD[op.level]} ${addressLabel(op.source)}→${addressLabel(op.to)}`;
    case 'renameHeading':
      if (op.level === 'title') return `修改名称：“${op.title}”`;
      return `修改${LEVEL_WORD[op.level]}名 ${addressLabel(op.target)}：“${op.title}”`;
    default:
      return assertNever(op, 'operation');
  }
}

function places(list: Address[]): string {
  return list.length ? list.map(addressLabel).join('、') : '全文';
}

/** 除本条外: （第一条除外） after the places. */
function excepted(list: Address[] | undefined): string {
  return list ? `（${list.map(addressLabel).join('、')}除外）` : '';
}

/** The payload's first line, shortened. */
function preview(f: Fragment): string {
  const lines = f.text.split('\n');
  const first = lines[0] ?? '';
  return first.length > MAX ? first.slice(0, MAX) + '…' : lines.length > 1 ? first + '…' : first;
}

function clip(s: string): string {
  return s.length > MAX ? s.slice(0, MAX) + '…' : s;
}
