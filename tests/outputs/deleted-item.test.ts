import { describe, expect, it } from 'vitest';
import { amend } from '@amend/pipeline';
import { comparisonMd, redlineHtml } from '@amend/render';

/**
 * 删去第二条第二项: the 项 is struck whole, its label with it, and the 项 that
 * moves up into its number shows only the changed label — not the deleted
 * 项's words read as a change of the next one.
 */
const RULE = [
  '某市养犬管理办法',
  '',
  '第一条　为了规范养犬行为，制定本办法。',
  '',
  '第二条　养犬人应当遵守下列规定：',
  '（一）为犬只办理登记；',
  '（二）定期为犬只接种疫苗；',
  '（三）携犬出户时束犬链。',
  '',
].join('\n');
const DECISION = '某市人民政府关于修改《某市养犬管理办法》的决定\n\n一、删去第二条第二项。\n';

describe('a deleted 项', () => {
  const c = amend({ file: 'rule.txt', text: RULE }, { file: 'decision.txt', text: DECISION }).consolidation!;

  it('is struck whole with its label in the 对照表', () => {
    const row = comparisonMd(c)
      .split('\n')
      .find((l) => l.startsWith('| **第二条**'));
    expect(row).toBe(
      '| **第二条**　养犬人应当遵守下列规定：<br>（一）为犬只办理登记；<br><del>（二）定期为犬只接种疫苗；</del><br><del>（三）</del>携犬出户时束犬链。' +
        ' | **第二条**　养犬人应当遵守下列规定：<br>（一）为犬只办理登记；<br><ins>（二）</ins>携犬出户时束犬链。 |',
    );
  });

  it('is struck whole with its label in the redline', () => {
    const [before, after] = [c.before.children[1], c.after.children[1]];
    expect(before.kind === 'article' && after.kind === 'article').toBe(true);
    const html = redlineHtml(before as never, after as never);
    expect(html).toContain('<p><del>（二）定期为犬只接种疫苗；</del></p>');
    expect(html).toContain('<p><del>（三）</del><ins>（二）</ins>携犬出户时束犬链。</p>');
  });
});
