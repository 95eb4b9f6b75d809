import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ValidationError } from '../errors.js';
import { openTestDatabase, testDialects, type TestDatabase } from '../test-support/databases.js';
import { ContentService } from './content-service.js';
import { createPerson, createSection, createTag } from './taxonomy-writer.js';

describe.each(testDialects)('sections, tags and people on %s', (dialect) => {
  let test: TestDatabase;
  let content: ContentService;

  beforeAll(async () => {
    test = await openTestDatabase(dialect);
    content = new ContentService(test.db.kysely);
  });
  afterAll(() => test.close());

  const counts = async () =>
    Promise.all(
      (['section', 'tag', 'person'] as const).map(async (table) =>
        Number(
          (
            await test.db.kysely
              .selectFrom(table)
              .select((eb) => eb.fn.countAll<number>().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        ),
      ),
    );

  it('derives slugs that keep Arabic letters', async () => {
    expect((await createSection(content, { name: 'الطاقة المتجددة', language: 'ar' })).slug).toBe(
      'الطاقة-المتجددة',
    );
    expect((await createTag(content, { name: 'أوبك+', language: 'ar' })).slug).toBe('أوبك');
    const person = await createPerson(content, { name: ' سلمى  الحايك ', language: 'ar' });
    expect(person).toMatchObject({ name: 'سلمى الحايك', slug: 'سلمى-الحايك' });
  });

  it('keeps sections one level deep, in one language', async () => {
    const energy = await createSection(content, { name: 'طاقة', slug: 'energy', language: 'ar' });
    const oil = await createSection(content, {
      name: 'نفط',
      slug: 'oil',
      language: 'ar',
      parentId: energy.id,
    });
    expect(oil.parentId).toBe(energy.id);
    const before = await counts();
    const attempts: [string, () => Promise<unknown>][] = [
      [
        'grandchild',
        () => createSection(content, { name: 'خام', language: 'ar', parentId: oil.id }),
      ],
      [
        'other language',
        () => createSection(content, { name: 'Oil', language: 'en', parentId: energy.id }),
      ],
      [
        'missing parent',
        () => createSection(content, { name: 'س', language: 'ar', parentId: 999_999 }),
      ],
      [
        'taken slug',
        () => createSection(content, { name: 'Energy', slug: 'energy', language: 'ar' }),
      ],
      ['no name', () => createSection(content, { name: '  ', language: 'ar' })],
      ['no letters', () => createSection(content, { name: '!!!', language: 'ar' })],
      ['bad language', () => createSection(content, { name: 'x', language: 'fr' as never })],
      ['taken tag', () => createTag(content, { name: 'أوبك+', language: 'ar' })],
      [
        'script link',
        () =>
          createPerson(content, {
            name: 'كاتب',
            language: 'ar',
            links: [{ label: 'موقعي', url: 'javascript:alert(1)' }],
          }),
      ],
      [
        'missing avatar',
        () => createPerson(content, { name: 'كاتب آخر', language: 'ar', avatarMediaId: 999_999 }),
      ],
    ];
    for (const [what, attempt] of attempts) {
      await expect(attempt(), what).rejects.toBeInstanceOf(ValidationError);
    }
    expect(await counts()).toEqual(before);
  });
});
