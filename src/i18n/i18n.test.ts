import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { typeLabel } from '../site/i18n.js';
import { messages, negotiateLanguage, t, type MessageKey } from './index.js';
import * as site from './messages/site.js';

const arabicLetter = /[\u0600-\u06FF]/;
const latinLetter = /[A-Za-z]/;

describe('messages', () => {
  it('has every key in both languages, none empty, each a valid ICU message', () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.ar).sort());
    for (const language of ['ar', 'en'] as const) {
      for (const [key, text] of Object.entries(messages[language])) {
        expect(text.trim(), `${language} ${key}`).not.toBe('');
        expect(() => new IntlMessageFormat(text, language), `${language} ${key}`).not.toThrow();
      }
    }
  });

  it('writes the Arabic site without a Latin letter', () => {
    // What a reader sees: the text without its ICU syntax (arguments, plural categories).
    const icu = /\{\w+(, *(number|plural|select))?,?|\b(zero|one|two|few|many|other)\b|[{}]/g;
    for (const [key, text] of Object.entries(site.ar)) {
      expect(latinLetter.test(text.replace(icu, '')), key).toBe(false);
    }
  });

  it('writes the English site without Arabic, except the links to the Arabic pages', () => {
    const waysBack = ['site.languageSwitch', 'article.translation'];
    for (const [key, text] of Object.entries(site.en)) {
      if (waysBack.includes(key)) continue;
      expect(arabicLetter.test(text), key).toBe(false);
    }
    expect(t('en', 'site.languageSwitch')).toBe('العربية');
    expect(t('en', 'article.translation')).toBe('اقرأ المقال بالعربية');
    expect(t('ar', 'site.languageSwitch')).toBe('النسخة الإنجليزية');
  });

  it('fills arguments, and refuses to show a message with one missing', () => {
    expect(t('ar', 'pagination.status', { page: '٢', total: '٥' })).toBe('صفحة ٢ من ٥');
    expect(t('en', 'pagination.status', { page: 2, total: 5 })).toBe('Page 2 of 5');
    expect(() => t('en', 'pagination.status', { page: 2 })).toThrow();
  });

  it('uses the six Arabic plural forms, with the digits asked for', () => {
    const minutes = (n: number, digits: 'arabic-indic' | 'western' = 'arabic-indic') =>
      t({ language: 'ar', digits }, 'error.too_many_login_attempts', { minutes: n });
    expect(minutes(1)).toContain('انتظر دقيقة ثم');
    expect(minutes(2)).toContain('انتظر دقيقتين ثم');
    expect(minutes(3)).toContain('انتظر ٣ دقائق ثم');
    expect(minutes(11)).toContain('انتظر ١١ دقيقة ثم');
    expect(minutes(100)).toContain('انتظر ١٠٠ دقيقة ثم');
    expect(minutes(15, 'western')).toContain('انتظر 15 دقيقة ثم');
    expect(t('en', 'error.too_many_login_attempts', { minutes: 1 })).toContain('Wait a minute');
    expect(t('en', 'error.too_many_login_attempts', { minutes: 15 })).toContain('Wait 15 minutes');
    expect(t('ar', 'rule.too_long', { field: 'العنوان', limit: 300 })).toBe(
      'العنوان: ٣٠٠ حرف على الأكثر.',
    );
    expect(t('ar', 'rule.too_long', { field: 'العنوان', limit: 10 })).toBe(
      'العنوان: ١٠ أحرف على الأكثر.',
    );
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

describe('negotiateLanguage', () => {
  it('picks the preferred of Arabic and English from Accept-Language', () => {
    expect(negotiateLanguage('ar-SY,ar;q=0.9,en;q=0.8', 'en')).toBe('ar');
    expect(negotiateLanguage('en-US,en;q=0.9', 'ar')).toBe('en');
    expect(negotiateLanguage('fr-FR, en;q=0.5, ar;q=0.7', 'en')).toBe('ar');
    expect(negotiateLanguage('fr, de', 'ar')).toBe('ar');
    expect(negotiateLanguage(undefined, 'en')).toBe('en');
    expect(negotiateLanguage('en;q=0, ar;q=garbage', 'ar')).toBe('ar');
  });
});
