import { describe, expect, it } from 'vitest';
import { rearrange } from '../src/ops/move-words.ts';

/**
 * Words moved beside other words of their place (调整到“B”之后 / 之前): what a
 * drafter expects of each shape of list. The members change places; the
 * marks joining them (、 和 及 以及 或者 与) keep theirs, so the joining word
 * stays before the last member. Each expectation is written from the words.
 */
function moved(text: string, words: string, anchor: string, where: 'after' | 'before'): string {
  const at = (w: string) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length });
  // The edits do not overlap: carried out from the end, each offset still means the original's.
  const edits = rearrange(text, at(words), at(anchor), where === 'after').sort((x, y) => y.start - x.start || y.end - x.end);
  return edits.reduce((t, e) => t.slice(0, e.start) + e.to + t.slice(e.end), text);
}

describe('lists joined by 、 only', () => {
  it('the first moved after the second, the rest untouched', () => {
    expect(moved('玩忽职守、滥用职权、徇私舞弊的', '玩忽职守', '滥用职权', 'after')).toBe('滥用职权、玩忽职守、徇私舞弊的');
  });

  it('the first moved after the last, the last moved before the first', () => {
    expect(moved('甲、乙、丙', '甲', '丙', 'after')).toBe('乙、丙、甲');
    expect(moved('甲、乙、丙', '丙', '甲', 'before')).toBe('丙、甲、乙');
  });
});

describe('和 / 及 / 以及 / 或者 / 与 before the last member: it stays there', () => {
  it('甲、乙和丙: 甲 after 丙 is 乙、丙和甲; 丙 before 甲 is 丙、甲和乙', () => {
    expect(moved('甲、乙和丙', '甲', '丙', 'after')).toBe('乙、丙和甲');
    expect(moved('甲、乙和丙', '丙', '甲', 'before')).toBe('丙、甲和乙');
  });

  it('a member moved within the list but not to its end', () => {
    expect(moved('甲、乙和丙', '甲', '乙', 'after')).toBe('乙、甲和丙');
    expect(moved('甲、乙和丙', '丙', '乙', 'before')).toBe('甲、丙和乙');
  });

  it('four members, 或者 and 以及', () => {
    expect(moved('甲、乙、丙或者丁', '甲', '丁', 'after')).toBe('乙、丙、丁或者甲');
    expect(moved('甲、乙以及丙', '丙', '甲', 'before')).toBe('丙、甲以及乙');
  });

  it('two members: 甲及乙, 甲与乙 swap around the word', () => {
    expect(moved('甲及乙', '甲', '乙', 'after')).toBe('乙及甲');
    expect(moved('甲与乙', '乙', '甲', 'before')).toBe('乙与甲');
  });
});

describe('no mark between the words', () => {
  it('two words side by side swap', () => {
    expect(moved('玩忽职守滥用职权的', '玩忽职守', '滥用职权', 'after')).toBe('滥用职权玩忽职守的');
  });

  it('words apart: the moved words leave their place and follow the other words', () => {
    expect(moved('甲应当乙', '甲', '乙', 'after')).toBe('应当乙甲');
  });

  it('words already where they are to go: nothing to change', () => {
    expect(moved('乙、甲和丙', '甲', '乙', 'after')).toBe('乙、甲和丙');
  });
});
