/**
 * An article and its translation, as a newsroom links them and readers and search engines
 * find them: the link through the admin API with every refusal it can meet, the hreflang
 * alternates and the link on both public pages, the cached pages that change with the link,
 * and the link gone with an unlink or a deletion.
 */
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test-support/app.js';
import { testDialects } from '../../test-support/databases.js';
import { makeSection } from '../../test-support/factories.js';
import { adminApi, doc, seedNewsroom, type Newsroom } from '../../test-support/newsroom.js';

interface Article {
  id: number;
  version: number;
  slug: string;
  language: string;
  url: string | null;
  translationOfId: number | null;
  translation?: {
    id: number;
    title: string;
    language: string;
    status: string;
    isOriginal: boolean;
    url: string | null;
  } | null;
}
interface ErrorBody {
  error: { code: string; fields?: { field: string; rule: string; message: string }[] };
}

describe.each(testDialects)('translations on %s', (dialect) => {
  let test: TestApp;
  let newsroom: Newsroom;
  let arabicSection: number;
  let englishSection: number;

  beforeAll(async () => {
    test = await buildTestApp(dialect, { now: () => new Date('2026-12-02T08:00:00.000Z') });
    newsroom = await seedNewsroom(test.services);
    const { context } = test.services;
    arabicSection = (await makeSection(context, { slug: 'energy', name: 'طاقة' })).id;
    englishSection = (
      await makeSection(context, { slug: 'en-energy', name: 'Energy', language: 'en' })
    ).id;
  });
  afterAll(() => test.close());

  const api = (language = 'ar') => adminApi(test.app, newsroom.editor, language);
  const page = (path: string) => test.app.inject({ method: 'GET', url: path });
  const write = async (fields: Record<string, unknown>) => {
    const created = await api().post<Article>('/articles', {
      body: doc('نص المقال.'),
      ...fields,
    });
    expect(created.status).toBe(201);
    return created.body;
  };
  const arabic = (title: string) => write({ title, sectionId: arabicSection });
  const english = (title: string, fields: Record<string, unknown> = {}) =>
    write({ title, language: 'en', sectionId: englishSection, body: doc('The text.'), ...fields });
  const publish = async (id: number) =>
    expect((await api().post(`/articles/${id}/publish`)).status).toBe(200);
  const current = async (id: number) => (await api().get<Article>(`/articles/${id}`)).body;
  const refusal = async (id: number, fields: Record<string, unknown>, language = 'ar') => {
    const before = await current(id);
    const response = await api(language).patch<ErrorBody>(`/articles/${id}`, {
      version: before.version,
      ...fields,
    });
    expect(response.status).toBe(400);
    const after = await current(id);
    expect(after.version).toBe(before.version);
    expect(after.translationOfId).toBe(before.translationOfId);
    return response.body.error.fields?.map((f) => [f.field, f.rule, f.message]) ?? [];
  };
  const parseHtml = (html: string) => parseHTML(html).document;
  const alternates = (html: string) =>
    [...parseHtml(html).querySelectorAll('link[rel="alternate"][hreflang]')].map((link) => [
      link.getAttribute('hreflang'),
      link.getAttribute('href'),
    ]);
  const absolute = (path: string) => `${test.services.config.publicUrl}${path}`;

  it('links a translation to its original, and each names the other', async () => {
    const original = await arabic('تحالف أوبك+ يمدد خفض الإنتاج');
    const translation = await english('OPEC+ extends its output cuts', {
      translationOfId: original.id,
    });
    expect(translation.translationOfId).toBe(original.id);
    expect((await current(translation.id)).translation).toMatchObject({
      id: original.id,
      language: 'ar',
      isOriginal: true,
      status: 'draft',
    });
    expect((await current(original.id)).translation).toMatchObject({
      id: translation.id,
      title: 'OPEC+ extends its output cuts',
      language: 'en',
      isOriginal: false,
    });
    expect((await current(original.id)).translationOfId).toBeNull();
  });

  it('refuses links that are not one pair in two languages, and changes nothing', async () => {
    const original = await arabic('المصرف المركزي يخفض الفائدة');
    const translation = await english('The central bank cuts rates', {
      translationOfId: original.id,
    });
    const another = await english('Rates cut again');
    const arabicOther = await arabic('خفض جديد للفائدة');

    expect(await refusal(another.id, { translationOfId: another.id })).toEqual([
      ['translationOfId', 'translation_of_itself', 'ترجمة لـ: لا يكون المقال ترجمة لنفسه.'],
    ]);
    expect((await refusal(arabicOther.id, { translationOfId: original.id }))[0]?.[1]).toBe(
      'same_language',
    );
    expect(await refusal(another.id, { translationOfId: original.id }, 'en')).toEqual([
      [
        'translationOfId',
        'has_translation',
        `Translation of: article ${original.id} already has a translation (article ${translation.id}).`,
      ],
    ]);
    // A translation is no one's original, and an original translates nothing.
    expect((await refusal(arabicOther.id, { translationOfId: translation.id }))[0]?.[1]).toBe(
      'is_translation',
    );
    expect((await refusal(original.id, { translationOfId: another.id }))[0]?.[1]).toBe(
      'is_original',
    );
    expect(await refusal(another.id, { translationOfId: 999_999 })).toEqual([
      ['translationOfId', 'not_found', 'ترجمة لـ: لا يوجد عنصر رقمه ٩٩٩٩٩٩.'],
    ]);
    // Moving the original into its translation's language would make the pair one language.
    expect((await refusal(original.id, { language: 'en', sectionId: null }))[0]?.[1]).toBe(
      'translation_language',
    );
    const refusedCreate = await api().post<ErrorBody>('/articles', {
      title: 'Another take',
      language: 'en',
      translationOfId: original.id,
    });
    expect(refusedCreate.status).toBe(400);
    expect(refusedCreate.body.error.fields?.[0]?.rule).toBe('has_translation');
  });

  it('gives both public pages hreflang alternates and a link to the other, once both are out', async () => {
    const original = await arabic('أكبر محطة شمسية تبدأ ضخ الكهرباء');
    await publish(original.id);
    const originalPath = (await current(original.id)).url ?? '';
    const before = await page(originalPath);
    expect(alternates(before.body)).toEqual([]);

    // A draft translation shows nowhere yet.
    const translation = await english('The largest solar plant starts supplying the grid', {
      translationOfId: original.id,
    });
    expect(alternates((await page(originalPath)).body)).toEqual([]);

    // Publishing it changes the cached Arabic page too.
    await publish(translation.id);
    const translationPath = (await current(translation.id)).url ?? '';
    const arabicPage = (await page(originalPath)).body;
    expect(alternates(arabicPage)).toEqual([
      ['ar', absolute(originalPath)],
      ['en', absolute(translationPath)],
    ]);
    const arabicDocument = parseHtml(arabicPage);
    const link = arabicDocument.querySelector('.translation-link a');
    expect(link?.getAttribute('href')).toBe(translationPath);
    expect(link?.getAttribute('hreflang')).toBe('en');
    expect(link?.textContent?.trim()).toBe('اقرأ المقال بالإنجليزية');
    // The language switch leads to the translation, not to the English front page.
    expect(arabicDocument.querySelector('.language-switch')?.getAttribute('href')).toBe(
      translationPath,
    );

    const englishPage = (await page(translationPath)).body;
    const englishDocument = parseHtml(englishPage);
    expect(alternates(englishPage)).toEqual([
      ['en', absolute(translationPath)],
      ['ar', absolute(originalPath)],
    ]);
    const back = englishDocument.querySelector('.translation-link a');
    expect(back?.getAttribute('href')).toBe(originalPath);
    expect(back?.getAttribute('lang')).toBe('ar');
    expect(back?.textContent?.trim()).toBe('اقرأ المقال بالعربية');

    // The content API says so too.
    const story = await page(`/api/v1/articles/${original.id}?fields=id,translation`);
    expect(JSON.parse(story.body)).toEqual({
      id: original.id,
      translation: { id: translation.id, language: 'en', url: absolute(translationPath) },
    });

    // Unlinking takes the alternates off both pages, cached or not.
    const latest = await current(translation.id);
    const unlinked = await api().patch<Article>(`/articles/${translation.id}`, {
      version: latest.version,
      translationOfId: null,
    });
    expect(unlinked.status).toBe(200);
    expect(unlinked.body.translationOfId).toBeNull();
    expect(alternates((await page(originalPath)).body)).toEqual([]);
    expect(alternates((await page(translationPath)).body)).toEqual([]);
  });

  it('forgets the link when either article is deleted', async () => {
    const original = await arabic('الذهب يسجل مستوى قياسيا');
    const translation = await english('Gold hits a record high', {
      translationOfId: original.id,
    });
    expect((await api().delete(`/articles/${original.id}`)).status).toBe(204);
    const left = await current(translation.id);
    expect(left.translationOfId).toBeNull();
    expect(left.translation).toBeNull();
    // The English story can now be paired again, with another original.
    const another = await arabic('الذهب عند قمة جديدة');
    const relinked = await api().patch<Article>(`/articles/${translation.id}`, {
      version: left.version,
      translationOfId: another.id,
    });
    expect(relinked.status).toBe(200);
  });
});
