import { describe, expect, it } from 'vitest';
import { SMALL, SMALL_TITLE as T, amend, art, rule } from './helpers.ts';

// SMALL with the 目录 a printed rule puts before its body, spaced as some gazettes print it.
const WITH_TOC = SMALL.replace('\n\n第一章　总则', '\n\n目录\n\n第一章  总  则\n第二章  管理\n第三章  附  则\n\n第一章　总则');
const doc = rule(WITH_TOC);

describe('the 目录 follows the headings', () => {
  it('reads the 目录 of the rule', () => {
    expect(doc.toc).toEqual(['第一章  总  则', '第二章  管理', '第三章  附  则']);
  });

  it('将第二章章名修改为“审批管理”: that line changes, with the rule’s own spacing; the others stay as printed', () => {
    const c = amend(doc, T, [['一', [{ kind: 'renameHeading', level: 'chapter', target: { chapter: 2 }, title: '审批管理' }]]]);
    expect(c.after.toc).toEqual(['第一章  总  则', '第二章  审批管理', '第三章  附  则']);
  });

  it('删去第二章: the chapter leaves the 目录 and 附则 moves up to 第二章', () => {
    const c = amend(doc, T, [['一', [{ kind: 'deleteNode', level: 'chapter', target: { chapter: 2 } }]]]);
    expect(c.after.toc).toEqual(['第一章  总  则', '第二章  附则']);
  });

  it('an amendment that leaves the headings alone leaves the 目录 as it was', () => {
    const c = amend(doc, T, [['一', [{ kind: 'deleteText', scope: [art(1)], phrases: ['为了加强管理，'] }]]]);
    expect(c.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(c.after.toc).toBe(doc.toc);
  });

  it('a 目录 that does not list exactly the headings (here with page numbers) is kept as printed', () => {
    const paged = rule(
      WITH_TOC.replace('第一章  总  则\n第二章  管理\n第三章  附  则', '第一章  总  则……1\n第二章  管理……2\n第三章  附  则……3'),
    );
    const c = amend(paged, T, [['一', [{ kind: 'renameHeading', level: 'chapter', target: { chapter: 2 }, title: '审批管理' }]]]);
    expect(c.after.toc).toEqual(paged.toc);
  });
});
