import { describe, expect, it } from 'vitest';
import { spellingDistance } from './spelling-distance.js';

describe('spellingDistance', () => {
  it('counts the letters added, dropped, changed or swapped', () => {
    expect(spellingDistance('اقتصاد', 'اقتصاد')).toBe(0);
    expect(spellingDistance('اقتصد', 'اقتصاد')).toBe(1);
    expect(spellingDistance('اقتصااد', 'اقتصاد')).toBe(1);
    expect(spellingDistance('اقتسصاد', 'اقتصاد')).toBe(1);
    expect(spellingDistance('اقتصاد', 'اقتصدا')).toBe(1);
    expect(spellingDistance('مصرف', 'مصراف')).toBe(1);
    expect(spellingDistance('سوق', 'نفط')).toBe(3);
    expect(spellingDistance('', 'نفط')).toBe(3);
    expect(spellingDistance('inflation', 'inflatoin')).toBe(1);
  });

  it('counts half for a letter typed for one that sounds alike', () => {
    expect(spellingDistance('ظابط', 'ضابط')).toBe(0.5);
    expect(spellingDistance('زاكره', 'ذاكره')).toBe(0.5);
    expect(spellingDistance('ثوره', 'سوره')).toBe(0.5);
    expect(spellingDistance('ضابط', 'صابط')).toBe(1);
  });

  it('gives up beyond the limit', () => {
    expect(spellingDistance('اقتصاد', 'استثمار', 2)).toBe(Infinity);
    expect(spellingDistance('اقتصد', 'اقتصاد', 1)).toBe(1);
    expect(spellingDistance('ab', 'abcdef', 2)).toBe(Infinity);
  });
});
