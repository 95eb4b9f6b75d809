import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../core/actor.js';
import { inTransaction, type UnitOfWorkContext } from '../core/unit-of-work.js';
import { ValidationError } from '../errors.js';
import { EventBus } from '../events/event-bus.js';
import { openTestDatabase, testDialects, type TestDatabase } from '../test-support/databases.js';
import { makeArticle } from '../test-support/factories.js';
import { isSitePath } from './redirects.js';
import { ReaderService } from './reader-service.js';
import * as commands from './taxonomy-commands.js';

const editor = systemActor('system');

describe.each(testDialects)('sections, tags, people and settings on %s', (dialect) => {
  let test: TestDatabase;
  let context: UnitOfWorkContext;
  let reader: ReaderService;

  beforeAll(async () => {
    test = await openTestDatabase(dialect);
    context = {
      db: test.db,
      bus: new EventBus({ error: () => undefined }),
      clock: () => new Date('2026-12-02T09:00:00Z'),
    };
    reader = new ReaderService(test.db);
  });
  afterAll(() => test.close());

  const run = <T>(work: Parameters<typeof inTransaction<T>>[1]) => inTransaction(context, work);
  const fieldsOf = async (attempt: Promise<unknown>) => {
    const error = await attempt.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).fields.map((f) => [f.field, f.rule]);
  };

  it('keeps sections one level deep, in one language, with free slugs', async () => {
    const energy = await run((uow) => commands.createSection(uow, editor, { name: 'طاقة' }));
    expect(energy).toMatchObject({ slug: 'طاقة', language: 'ar', parentId: null });
    const oil = await run((uow) =>
      commands.createSection(uow, editor, { name: 'نفط  وغاز', parentId: energy.id }),
    );
    expect(oil.name).toBe('نفط وغاز');
    expect(
      await fieldsOf(
        run((uow) => commands.createSection(uow, editor, { name: 'أعمق', parentId: oil.id })),
      ),
    ).toEqual([['parentId', 'subsection_depth']]);
    expect(
      await fieldsOf(
        run((uow) =>
          commands.createSection(uow, editor, { name: 'Oil', language: 'en', parentId: energy.id }),
        ),
      ),
    ).toEqual([['parentId', 'parent_language']]);
    expect(
      await fieldsOf(run((uow) => commands.createSection(uow, editor, { name: 'طاقة' }))),
    ).toEqual([['slug', 'taken']]);
    expect(
      await fieldsOf(run((uow) => commands.createSection(uow, editor, { name: '؟!' }))),
    ).toEqual([['slug', 'needs_letter']]);
  });

  it('leaves a redirect from a renamed section’s old address', async () => {
    const section = await run((uow) =>
      commands.createSection(uow, editor, { name: 'أسواق المال', slug: 'markets' }),
    );
    await run((uow) => commands.updateSection(uow, editor, section.id, { slug: 'أسواق' }));
    expect(await reader.redirectFor('/section/markets')).toMatchObject({
      toPath: `/section/${encodeURIComponent('أسواق')}`,
      statusCode: 301,
    });
    // Renamed again: the first address goes straight to the newest one, in one hop.
    await run((uow) => commands.updateSection(uow, editor, section.id, { slug: 'بورصات' }));
    expect((await reader.redirectFor('/section/markets'))?.toPath).toBe(
      `/section/${encodeURIComponent('بورصات')}`,
    );
    expect((await reader.redirectFor('/section/أسواق'))?.toPath).toBe(
      `/section/${encodeURIComponent('بورصات')}`,
    );
  });

  it('refuses to delete a section or person still in use, and says how many articles use it', async () => {
    const section = await run((uow) => commands.createSection(uow, editor, { name: 'مصارف' }));
    const person = await run((uow) => commands.createPerson(uow, editor, { name: 'سامر الخطيب' }));
    await makeArticle(context, { sectionId: section.id, authorIds: [person.id] });
    // One at a time: a second refusal must not arrive before anyone waits for it.
    for (const attempt of [
      () => run((uow) => commands.deleteSection(uow, editor, section.id)),
      () => run((uow) => commands.deletePerson(uow, editor, person.id)),
    ]) {
      await expect(attempt()).rejects.toMatchObject({ code: 'in_use', details: { uses: 1 } });
    }
  });

  it('finds a tag by name rather than making it twice', async () => {
    const first = await run((uow) => commands.findOrCreateTag(uow, editor, { name: 'النفط' }));
    const again = await run((uow) => commands.findOrCreateTag(uow, editor, { name: ' النّفط ' }));
    expect(first.isNew).toBe(true);
    expect(again).toEqual({ tag: first.tag, isNew: false });
  });

  it('accepts only web and mail links for people', async () => {
    expect(
      await fieldsOf(
        run((uow) =>
          commands.createPerson(uow, editor, {
            name: 'كاتبة',
            links: [
              { label: 'موقع', url: 'javascript:alert(1)' },
              { label: 'بريد', url: 'mailto:a@news.example' },
            ],
          }),
        ),
      ),
    ).toEqual([['links.0.url', 'unsafe_url']]);
  });

  it('changes settings one by one and refuses an unknown time zone', async () => {
    const settings = await run((uow) =>
      commands.updateSettings(uow, editor, { siteName: { ar: 'الاقتصادي' }, digits: 'western' }),
    );
    expect(settings).toMatchObject({
      siteName: { ar: 'الاقتصادي', en: 'Midad' },
      digits: 'western',
      timeZone: 'Asia/Beirut',
    });
    expect(
      await fieldsOf(
        run((uow) => commands.updateSettings(uow, editor, { timeZone: 'Mars/Olympus' })),
      ),
    ).toEqual([['timeZone', 'invalid_time_zone']]);
    expect((await reader.getSettings()).timeZone).toBe('Asia/Beirut');
  });
});

describe('redirect targets', () => {
  it('are paths on this site, never another host or a script', () => {
    for (const good of ['/', '/article/12/خبر', '/section/%D8%B7', '/a?b=c#d']) {
      expect(isSitePath(good), good).toBe(true);
    }
    for (const bad of [
      '//evil.example',
      '/\\evil.example',
      'https://evil.example',
      'javascript:alert(1)',
      'evil',
      '/\t/evil.example',
      '',
    ]) {
      expect(isSitePath(bad), bad).toBe(false);
    }
  });
});
