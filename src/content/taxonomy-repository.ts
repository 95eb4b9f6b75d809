/** Sections, tags and people: the things articles are filed under and written by. */
import type { Kysely } from 'kysely';
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

export class TaxonomyRepository {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly media: MediaRepository,
  ) {}

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
      await this.db.insertInto('section').values(row).returningAll().executeTakeFirstOrThrow(),
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
      await this.db.insertInto('tag').values(row).returningAll().executeTakeFirstOrThrow(),
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
    const inserted = await this.db
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
