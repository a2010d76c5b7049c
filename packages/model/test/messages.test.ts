import { describe, expect, it } from 'vitest';
import { diagnostic, messages, messageText, type MessageId } from '@amend/model';

const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe('the message catalogue', () => {
  it.each(Object.keys(messages) as MessageId[])('%s exists in Chinese and English with the same placeholders', (id) => {
    const entry = messages[id];
    expect(entry.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(entry.en).not.toMatch(/^\s*$/);
    expect(placeholders(entry.zh)).toEqual(placeholders(entry.en));
  });

  it('renders a diagnostic in either language from its data', () => {
    const d = diagnostic('engine/phrase-not-found', { phrase: '工商局', target: '第二条' });
    expect(d.message).toBe('“工商局” does not occur in 第二条 of the original rule');
    expect(messageText(d, 'zh')).toBe('原规章第二条中没有“工商局”');
    expect(messageText(d, 'en')).toBe(d.message);
  });
});
