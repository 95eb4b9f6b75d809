/** Sections, tags and people: the things articles are filed under and written by. */
import { sql, type Kysely } from 'kysely';
import { Repository } from '../db/repository.js';
import type {
  Database,
  Language,
  NewPersonRow,
  NewSectionRow,
  NewTagRow,
  PersonRow,
  SectionRow,
  TagRow,
} from '../db/schema.js';
import type { MediaRepository } from '../media/media-repository.js';
import type { Person, PersonLink, Section, Tag } from './types.js';

export function toSection(row: SectionRow): Section {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    description: row.description,
    language: row.language,
    parentId: row.parentId,
    position: row.position,
  };
}

export function toTag(row: TagRow): Tag {
  return { id: row.id, slug: row.slug, name: row.name, language: row.language };
}

function parseLinks(json: string): PersonLink[] {
  try {
    const value: unknown = JSON.parse(json);
    if (!Array.isArray(value)) return [];
    return value.filter(
      (l): l is PersonLink =>
        typeof l === 'object' &&
        l !== null &&
        typeof (l as PersonLink).label === 'string' &&
        typeof (l as PersonLink).url === 'string',
    );
  } catch {
    return [];
  }
}

type SectionChanges = Partial<Omit<NewSectionRow, 'id' | 'createdAt'>>;
type TagChanges = Partial<Omit<NewTagRow, 'id' | 'createdAt'>>;
type PersonChanges = Partial<Omit<NewPersonRow, 'id' | 'createdAt'>>;

export class TaxonomyRepository extends Repository {
  constructor(
    db: Kysely<Database>,
    private readonly media: MediaRepository,
  ) {
    super(db);
  }

  /** Every section, or those of one language, in menu order. */
  async listAllSections(language?: Language): Promise<Section[]> {
    let query = this.db.selectFrom('section').selectAll();
    if (language !== undefined) query = query.where('language', '=', language);
    const rows = await query.orderBy('language').orderBy('position').orderBy('id').execute();
    return rows.map(toSection);
  }

  async updateSection(id: number, changes: SectionChanges): Promise<Section | null> {
    const row = await this.writer
      .updateTable('section')
      .set(changes)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
    return row ? toSection(row) : null;
  }

  async deleteSection(id: number): Promise<void> {
    await this.writer.deleteFrom('section').where('id', '=', id).execute();
  }

  /** The sections beside one in the menu (same language, same parent), in menu order. */
  async listSiblingSections(language: Language, parentId: number | null): Promise<Section[]> {
    const rows = await this.db
      .selectFrom('section')
      .selectAll()
      .where('language', '=', language)
      .where('parentId', parentId === null ? 'is' : '=', parentId)
      .orderBy('position')
      .orderBy('id')
      .execute();
    return rows.map(toSection);
  }

  async countSubsections(id: number): Promise<number> {
    const row = await this.db
      .selectFrom('section')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('parentId', '=', id)
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }

  async findTagById(id: number): Promise<Tag | null> {
    const row = await this.db.selectFrom('tag').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toTag(row) : null;
  }

  async findTagsByIds(ids: readonly number[]): Promise<Map<number, Tag>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('tag')
      .selectAll()
      .where('id', 'in', [...new Set(ids)])
      .execute();
    return new Map(rows.map((row) => [row.id, toTag(row)]));
  }

  /** Tags of a language whose name or slug contains `q` (all of them without `q`), by name. */
  async listTags(options: { language?: Language; q?: string; limit: number; offset: number }) {
    let query = this.db.selectFrom('tag').selectAll();
    if (options.language !== undefined) query = query.where('language', '=', options.language);
    const q = options.q?.trim();
    if (q) {
      const pattern = `%${q.replace(/[\\%_]/g, '\\$&')}%`;
      query = query.where((eb) =>
        eb.or([
          sql<boolean>`lower(${eb.ref('name')}) like lower(${pattern}) escape '\\'`,
          sql<boolean>`lower(${eb.ref('slug')}) like lower(${pattern}) escape '\\'`,
        ]),
      );
    }
    const [rows, total] = await Promise.all([
      query.orderBy('name').orderBy('id').limit(options.limit).offset(options.offset).execute(),
      query
        .clearSelect()
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .executeTakeFirstOrThrow(),
    ]);
    return { tags: rows.map(toTag), total: Number(total.count) };
  }

  async updateTag(id: number, changes: TagChanges): Promise<Tag | null> {
    const row = await this.writer
      .updateTable('tag')
      .set(changes)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
    return row ? toTag(row) : null;
  }

  /** How many articles carry the tag. */
  async countTagged(tagId: number): Promise<number> {
    const row = await this.db
      .selectFrom('articleTag')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('tagId', '=', tagId)
      .executeTakeFirstOrThrow();
    return Number(row.count);
  }

  /**
   * Every article tagged `fromId` is tagged `intoId` instead, where it stood in the article's
   * list; an article that had both keeps the one `intoId` it had.
   */
  async retagArticles(fromId: number, intoId: number): Promise<void> {
    await this.writer
      .updateTable('articleTag')
      .set({ tagId: intoId })
      .where('tagId', '=', fromId)
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('articleTag as both')
              .select('both.articleId')
              .whereRef('both.articleId', '=', 'articleTag.articleId')
              .where('both.tagId', '=', intoId),
          ),
        ),
      )
      .execute();
    await this.writer.deleteFrom('articleTag').where('tagId', '=', fromId).execute();
  }

  async deleteTag(id: number): Promise<void> {
    await this.writer.deleteFrom('tag').where('id', '=', id).execute();
  }

  async findPersonById(id: number): Promise<Person | null> {
    const row = await this.db
      .selectFrom('person')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) return null;
    const [person] = await this.toPeople([row]);
    return person ?? null;
  }

  async findPeopleByIds(ids: readonly number[]): Promise<Map<number, Person>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('person')
      .selectAll()
      .where('id', 'in', [...new Set(ids)])
      .execute();
    const people = await this.toPeople(rows);
    return new Map(people.map((p) => [p.id, p]));
  }

  async listPeople(language?: Language): Promise<Person[]> {
    let query = this.db.selectFrom('person').selectAll();
    if (language !== undefined) query = query.where('language', '=', language);
    return this.toPeople(await query.orderBy('name').orderBy('id').execute());
  }

  /**
   * The people with a published article in `language`, by name: what a reader may narrow
   * a search to. One query; only what a list of names needs.
   */
  async listPublishedAuthors(language: Language): Promise<Pick<Person, 'id' | 'slug' | 'name'>[]> {
    return this.db
      .selectFrom('person')
      .select(['person.id', 'person.slug', 'person.name'])
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('articleAuthor')
            .innerJoin('article', 'article.id', 'articleAuthor.articleId')
            .select('articleAuthor.articleId')
            .whereRef('articleAuthor.personId', '=', 'person.id')
            .where('article.status', '=', 'published')
            .where('article.language', '=', language),
        ),
      )
      .orderBy('person.name')
      .orderBy('person.id')
      .execute();
  }

  async updatePerson(id: number, changes: PersonChanges): Promise<Person | null> {
    const row = await this.writer
      .updateTable('person')
      .set(changes)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
    if (!row) return null;
    const [person] = await this.toPeople([row]);
    return person ?? null;
  }

  async deletePerson(id: number): Promise<void> {
    await this.writer.deleteFrom('person').where('id', '=', id).execute();
  }

  async listSections(language: Language): Promise<Section[]> {
    const rows = await this.db
      .selectFrom('section')
      .selectAll()
      .where('language', '=', language)
      .orderBy('position')
      .orderBy('id')
      .execute();
    return rows.map(toSection);
  }

  async findSectionBySlug(slug: string): Promise<Section | null> {
    const row = await this.db
      .selectFrom('section')
      .selectAll()
      .where('slug', '=', slug)
      .executeTakeFirst();
    return row ? toSection(row) : null;
  }

  async findSectionsByIds(ids: readonly number[]): Promise<Map<number, Section>> {
    if (ids.length === 0) return new Map();
    const rows = await this.db
      .selectFrom('section')
      .selectAll()
      .where('id', 'in', [...new Set(ids)])
      .execute();
    return new Map(rows.map((row) => [row.id, toSection(row)]));
  }

  async insertSection(row: NewSectionRow): Promise<Section> {
    return toSection(
      await this.writer.insertInto('section').values(row).returningAll().executeTakeFirstOrThrow(),
    );
  }

  async findTagBySlug(slug: string): Promise<Tag | null> {
    const row = await this.db
      .selectFrom('tag')
      .selectAll()
      .where('slug', '=', slug)
      .executeTakeFirst();
    return row ? toTag(row) : null;
  }

  async insertTag(row: NewTagRow): Promise<Tag> {
    return toTag(
      await this.writer.insertInto('tag').values(row).returningAll().executeTakeFirstOrThrow(),
    );
  }

  /** Tags of each article, in the order the editor gave them. */
  async tagsOfArticles(articleIds: readonly number[]): Promise<Map<number, Tag[]>> {
    const result = new Map<number, Tag[]>();
    if (articleIds.length === 0) return result;
    const rows = await this.db
      .selectFrom('articleTag')
      .innerJoin('tag', 'tag.id', 'articleTag.tagId')
      .selectAll('tag')
      .select('articleTag.articleId')
      .where('articleTag.articleId', 'in', [...new Set(articleIds)])
      .orderBy('articleTag.position')
      .execute();
    for (const row of rows) {
      const list = result.get(row.articleId) ?? [];
      list.push(toTag(row));
      result.set(row.articleId, list);
    }
    return result;
  }

  async findPersonBySlug(slug: string): Promise<Person | null> {
    const row = await this.db
      .selectFrom('person')
      .selectAll()
      .where('slug', '=', slug)
      .executeTakeFirst();
    if (!row) return null;
    const [person] = await this.toPeople([row]);
    return person ?? null;
  }

  async insertPerson(row: NewPersonRow): Promise<Person> {
    const inserted = await this.writer
      .insertInto('person')
      .values(row)
      .returningAll()
      .executeTakeFirstOrThrow();
    const [person] = await this.toPeople([inserted]);
    if (!person) throw new Error('person vanished after insert');
    return person;
  }

  /** Authors of each article, in byline order, with their avatars. */
  async authorsOfArticles(articleIds: readonly number[]): Promise<Map<number, Person[]>> {
    const result = new Map<number, Person[]>();
    if (articleIds.length === 0) return result;
    const rows = await this.db
      .selectFrom('articleAuthor')
      .innerJoin('person', 'person.id', 'articleAuthor.personId')
      .selectAll('person')
      .select('articleAuthor.articleId')
      .where('articleAuthor.articleId', 'in', [...new Set(articleIds)])
      .orderBy('articleAuthor.position')
      .execute();
    const people = await this.toPeople(rows);
    rows.forEach((row, i) => {
      const person = people[i];
      if (!person) return;
      const list = result.get(row.articleId) ?? [];
      list.push(person);
      result.set(row.articleId, list);
    });
    return result;
  }

  /** Which of these ids are people. */
  async authorsExist(ids: readonly number[]): Promise<Set<number>> {
    if (ids.length === 0) return new Set();
    const rows = await this.db
      .selectFrom('person')
      .select('id')
      .where('id', 'in', [...ids])
      .execute();
    return new Set(rows.map((r) => r.id));
  }

  /** Which of these ids are tags. */
  async tagsExist(ids: readonly number[]): Promise<Set<number>> {
    if (ids.length === 0) return new Set();
    const rows = await this.db
      .selectFrom('tag')
      .select('id')
      .where('id', 'in', [...ids])
      .execute();
    return new Set(rows.map((r) => r.id));
  }

  private async toPeople(rows: PersonRow[]): Promise<Person[]> {
    const avatars = await this.media.findByIds(
      rows.flatMap((r) => (r.avatarMediaId === null ? [] : [r.avatarMediaId])),
    );
    return rows.map((row) => ({
      id: row.id,
      slug: row.slug,
      name: row.name,
      jobTitle: row.jobTitle,
      bio: row.bio,
      avatar: row.avatarMediaId === null ? null : (avatars.get(row.avatarMediaId) ?? null),
      links: parseLinks(row.links),
      language: row.language,
    }));
  }
}
