import { describe, expect, it } from 'vitest';
import { parseDecision } from '../src/index.ts';
import { opsOf, single } from './helpers.ts';

/** A rule renamed with its new name in book-title marks, as decisions of local congresses write it. */
describe('将《条例》名称修改为《…》', () => {
  it('renames the rule: the words inside 《》 are its new title, no move', () => {
    for (const line of ['将《条例》名称修改为《某某市河道保护条例》。', '将《某某条例》名称修改为《某某市河道保护条例》。']) {
      const r = parseDecision(single(line));
      expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(opsOf(r.value, '一')).toEqual([
        { kind: 'renameHeading', level: 'title', target: { special: 'title' }, title: '某某市河道保护条例' },
      ]);
    }
  });

  it('says the same as the name in quotation marks', () => {
    const quoted = opsOf(parseDecision(single('将《条例》名称修改为“某某市河道保护条例”。')).value, '一');
    expect(opsOf(parseDecision(single('将《条例》名称修改为《某某市河道保护条例》。')).value, '一')).toEqual(quoted);
  });
});
