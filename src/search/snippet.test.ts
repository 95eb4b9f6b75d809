/** Snippets and marks: the words found, as written, with a little of what comes before. */
import { describe, expect, it } from 'vitest';
import { marked, snippetOf } from './search-service.js';

const wanted = new Set(['ميناء']);

describe('search snippets', () => {
  it('shows the match wherever it is in a long text, a few words after the cut', () => {
    const text = `بداية الخبر. ${'كلمة '.repeat(60)}وتدير الشركة ميناءين على البحر. ${'نص '.repeat(40)}`;
    const parts = snippetOf(text, wanted);
    expect(parts.filter((p) => p.isMatch).map((p) => p.text)).toEqual(['ميناءين']);
    expect(parts[0]).toEqual({ text: '… ', isMatch: false });
    expect(parts.at(-1)).toEqual({ text: ' …', isMatch: false });
    const shown = parts.map((p) => p.text).join('');
    expect(shown).toContain('وتدير الشركة ميناءين');
    expect(shown.split(' ').length).toBeLessThan(40);
  });

  it('marks every form of the word as the writer wrote it, tashkeel included', () => {
    const parts = marked('الموانئ والمِيناءُ وبالموانئ', wanted);
    expect(parts.filter((p) => p.isMatch).map((p) => p.text)).toEqual([
      'الموانئ',
      'والمِيناءُ',
      'وبالموانئ',
    ]);
    expect(parts.map((p) => p.text).join('')).toBe('الموانئ والمِيناءُ وبالموانئ');
  });

  it('gives a short text whole, without ellipses', () => {
    expect(snippetOf('ميناء بيروت', wanted)).toEqual([
      { text: 'ميناء', isMatch: true },
      { text: ' بيروت', isMatch: false },
    ]);
  });
});
