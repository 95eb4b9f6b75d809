import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../core/actor.js';
import { readRepositories } from '../core/repositories.js';
import { inTransaction, type UnitOfWorkContext } from '../core/unit-of-work.js';
import { ValidationError } from '../errors.js';
import type { DomainEvents } from '../events/domain-events.js';
import { EventBus } from '../events/event-bus.js';
import { openTestDatabase, testDialects, type TestDatabase } from '../test-support/databases.js';
import { makeArticle, makeSection, makeTag } from '../test-support/factories.js';
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

  describe('merging a tag into another', () => {
    const tagsOf = async (articleIds: number[]) =>
      readRepositories(test.db).articles.tagIdsOf(articleIds);

    it('moves every article to the surviving tag once, and redirects the old page to it', async () => {
      const crude = await makeTag(context, { name: 'نفط خام', slug: 'نفط-خام' });
      const oil = await makeTag(context, { name: 'نفط', slug: 'نفط' });
      const gold = await makeTag(context, { name: 'ذهب', slug: 'ذهب' });
      const onlyCrude = await makeArticle(context, { tagIds: [gold.id, crude.id] });
      const both = await makeArticle(context, { tagIds: [crude.id, oil.id] });
      const onlyOil = await makeArticle(context, { tagIds: [oil.id] });
      // An address that already led to the merged tag leads to the survivor, in one hop.
      await run((uow) => commands.updateTag(uow, editor, crude.id, { slug: 'خام' }));
      const heard: DomainEvents['tag.changed'][] = [];
      const stop = context.bus.on('tag.changed', (event) => {
        heard.push(event.payload);
      });

      const merge = await run((uow) => commands.mergeTag(uow, editor, crude.id, oil.id));
      stop();

      expect(merge).toMatchObject({ from: { id: crude.id }, into: oil, articleCount: 2 });
      const tags = await tagsOf([onlyCrude, both, onlyOil]);
      expect(tags.get(onlyCrude)).toEqual([gold.id, oil.id]);
      expect(tags.get(both)).toEqual([oil.id]);
      expect(tags.get(onlyOil)).toEqual([oil.id]);
      expect(await readRepositories(test.db).taxonomy.findTagById(crude.id)).toBeNull();
      for (const old of ['/tag/خام', '/tag/نفط-خام']) {
        expect(await reader.redirectFor(old), old).toMatchObject({
          toPath: `/tag/${encodeURIComponent('نفط')}`,
          statusCode: 301,
        });
      }
      expect(heard).toEqual([
        {
          tagId: crude.id,
          language: 'ar',
          change: 'deleted',
          articleIds: expect.arrayContaining([onlyCrude, both]) as number[],
        },
        {
          tagId: oil.id,
          language: 'ar',
          change: 'updated',
          articleIds: expect.arrayContaining([onlyCrude, both, onlyOil]) as number[],
        },
      ]);
      expect(heard[0]?.articleIds).toHaveLength(2);
      expect(heard[1]?.articleIds).toHaveLength(3);
    });

    it('refuses to merge a tag into itself, another language’s or a missing one, changing nothing', async () => {
      const from = await makeTag(context, { name: 'أوبك', slug: 'أوبك' });
      const english = await makeTag(context, { name: 'OPEC', slug: 'opec', language: 'en' });
      const article = await makeArticle(context, { tagIds: [from.id] });
      expect(
        await fieldsOf(run((uow) => commands.mergeTag(uow, editor, from.id, from.id))),
      ).toEqual([['into', 'merge_into_itself']]);
      expect(
        await fieldsOf(run((uow) => commands.mergeTag(uow, editor, from.id, english.id))),
      ).toEqual([['into', 'merge_across_languages']]);
      expect(
        await fieldsOf(run((uow) => commands.mergeTag(uow, editor, from.id, 2_000_000))),
      ).toEqual([['into', 'not_found']]);
      expect(await fieldsOf(run((uow) => commands.mergeTag(uow, editor, from.id, '12')))).toEqual([
        ['into', 'wrong_type'],
      ]);
      await expect(
        run((uow) => commands.mergeTag(uow, editor, 2_000_000, from.id)),
      ).rejects.toMatchObject({ code: 'not_found' });
      expect(await readRepositories(test.db).taxonomy.findTagById(from.id)).toEqual(from);
      expect((await tagsOf([article])).get(article)).toEqual([from.id]);
      expect(await reader.redirectFor('/tag/أوبك')).toBeNull();
    });
  });

  describe('moving a section among its siblings', () => {
    const positions = async (language: 'ar' | 'en', parentId: number | null) =>
      (await readRepositories(test.db).taxonomy.listSiblingSections(language, parentId)).map(
        (s) => [s.name, s.position],
      );

    it('swaps it with its neighbour and numbers the siblings 0, 1, 2 …', async () => {
      const parent = await makeSection(context, { name: 'اقتصاد', language: 'en' });
      const a = await makeSection(context, { name: 'أ', language: 'en', parentId: parent.id });
      await makeSection(context, { name: 'ب', language: 'en', parentId: parent.id, position: 7 });
      const c = await makeSection(context, {
        name: 'ج',
        language: 'en',
        parentId: parent.id,
        position: 7,
      });
      await run((uow) => commands.updateSection(uow, editor, a.id, { position: 3 }));
      const heard: number[] = [];
      const stop = context.bus.on('section.changed', (event) => {
        heard.push(event.payload.sectionId);
      });

      const moved = await run((uow) => commands.moveSection(uow, editor, c.id, 'up'));
      stop();

      expect(moved).toMatchObject({ id: c.id, position: 1 });
      expect(await positions('en', parent.id)).toEqual([
        ['أ', 0],
        ['ج', 1],
        ['ب', 2],
      ]);
      expect(heard).toHaveLength(3);
      expect(heard).toContain(c.id);
      // The parent's own siblings were not touched.
      expect((await positions('en', null)).map(([name]) => name)).toContain('اقتصاد');
    });

    it('refuses to move the first up or the last down, and changes nothing', async () => {
      const parent = await makeSection(context, { name: 'أسواق' });
      const child = (name: string, position: number) =>
        makeSection(context, { name, parentId: parent.id, position });
      const first = await child('الأسهم', 0);
      await child('السندات', 1);
      const last = await child('العملات', 2);
      const before = await positions('ar', parent.id);
      const heard: number[] = [];
      const stop = context.bus.on('section.changed', (event) => {
        heard.push(event.payload.sectionId);
      });

      for (const [attempt, refusal] of [
        [() => run((uow) => commands.moveSection(uow, editor, first.id, 'up')), 'already_first'],
        [() => run((uow) => commands.moveSection(uow, editor, last.id, 'down')), 'already_last'],
        [() => run((uow) => commands.moveSection(uow, editor, last.id, 'sideways')), 'not_one_of'],
      ] as const) {
        expect(await fieldsOf(attempt())).toEqual([['direction', refusal]]);
      }
      stop();

      expect(await positions('ar', parent.id)).toEqual(before);
      expect(heard).toEqual([]);
    });
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
