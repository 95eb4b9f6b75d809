import { describe, expect, it } from 'vitest';
import { messages, t, typeLabel, type MessageKey } from './i18n.js';

const arabicLetter = /[\u0600-\u06FF]/;
const latinLetter = /[A-Za-z]/;

describe('site messages', () => {
  it('has every key in both languages, none empty', () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.ar).sort());
    for (const language of ['ar', 'en'] as const) {
      for (const [key, text] of Object.entries(messages[language])) {
        expect(text.trim(), `${language} ${key}`).not.toBe('');
      }
    }
  });

  it('writes Arabic UI without a Latin letter', () => {
    for (const [key, text] of Object.entries(messages.ar)) {
      expect(latinLetter.test(text.replace(/\{\w+\}/g, '')), key).toBe(false);
    }
  });

  it('writes English UI without Arabic, except the link to the Arabic site', () => {
    for (const [key, text] of Object.entries(messages.en)) {
      if (key === 'site.languageSwitch') continue;
      expect(arabicLetter.test(text), key).toBe(false);
    }
    expect(t('en', 'site.languageSwitch')).toBe('العربية');
    expect(t('ar', 'site.languageSwitch')).toBe('النسخة الإنجليزية');
  });

  it('fills placeholders and leaves unknown ones alone', () => {
    expect(t('ar', 'pagination.status', { page: '٢', total: '٥' })).toBe('صفحة ٢ من ٥');
    expect(t('en', 'pagination.status', { page: 2, total: 5 })).toBe('Page 2 of 5');
    expect(t('en', 'pagination.status', { page: 2 })).toBe('Page 2 of {total}');
  });

  it('names every article type', () => {
    expect(typeLabel('ar', 'news')).toBe('خبر');
    expect(typeLabel('ar', 'analysis')).toBe('تحليل');
    expect(typeLabel('ar', 'opinion')).toBe('رأي');
    expect(typeLabel('ar', 'interview')).toBe('مقابلة');
    expect(typeLabel('ar', 'report')).toBe('تقرير');
    expect(typeLabel('en', 'report')).toBe('Report');
  });

  it('types its keys', () => {
    const key: MessageKey = 'breaking.label';
    expect(t('ar', key)).toBe('عاجل');
  });
});
