import { describe, expect, it } from 'vitest';
import { parseDocument, parseRule, serialize } from '../src/index.ts';

describe('markup in rule text', () => {
  it('keeps what looks like HTML as text: it is part of the rule, and outputs escape it', () => {
    const text = '某办法\n\n第一条　本条含有<b>重要</b>标记和<script>alert(1)</script>字样。\n';
    const doc = parseRule(text).value;
    expect(serialize(doc)).toBe(text);
  });

  it('drops the Markdown bold marks of scanned gazettes, keeping the words', () => {
    const doc = parseDocument('# 某办法\n\n**第一条** 为了**规范**管理，制定本办法。\n').value;
    expect(serialize(doc)).toBe('某办法\n\n第一条　为了规范管理，制定本办法。\n');
  });
});
