import { describe, expect, it } from 'vitest';
import { originalSegs, segsText } from '../src/segments.ts';
import { tidyJunctions } from '../src/tidy.ts';

/** Text with a deletion at `|`. */
function tidy(marked: string): [string, string] {
  const j = marked.indexOf('|');
  const text = marked.replace('|', '');
  const r = tidyJunctions(originalSegs('u', text), [j]);
  return [segsText(r.segs), r.removed];
}

describe('tidy after a deletion', () => {
  it.each([
    ['…材料；|。', '…材料。', '；'],
    ['责令改正，|；', '责令改正；', '，'],
    ['处分；|，依法', '处分；依法', '，'],
    ['|、财政', '财政', '、'],
    ['民政、|、财政', '民政、财政', '、'],
    ['法规、|和规章', '法规和规章', '、'],
    ['民政、|等部门', '民政等部门', '、'],
    ['（|、甲）', '（甲）', '、'],
    ['甲、|', '甲', '、'],
    // 删去“以下简称‘一府一委两院’” from 人民检察院(以下简称“一府一委两院”)以及: the empty brackets go.
    ['人民检察院(|)以及', '人民检察院以及', '()'],
    ['人民检察院（|）以及', '人民检察院以及', '（）'],
  ])('%s → %s', (marked, text, removed) => {
    expect(tidy(marked)).toEqual([text, removed]);
  });

  it('leaves well-formed text and other places alone', () => {
    expect(tidy('甲、、乙，|丙')).toEqual(['甲、、乙，丙', '']);
    expect(tidy('甲；|乙。')).toEqual(['甲；乙。', '']);
  });

  it('keeps provenance of what remains', () => {
    const r = tidyJunctions(originalSegs('u', '责令改正，；处分'), [5]);
    expect(r.segs).toEqual([
      { text: '责令改正', unit: 'u', start: 0 },
      { text: '；处分', unit: 'u', start: 5 },
    ]);
  });
});
