/**
 * Sections, tags, people and site settings for the newsroom: lists to choose from, and each
 * change as one command in a transaction of its own (`taxonomy-commands.ts`).
 */
import type { Actor } from '../core/actor.js';
import { authorize } from '../core/permissions.js';
import { readRepositories, type RepositorySet } from '../core/repositories.js';
import { inTransaction, type UnitOfWorkContext } from '../core/unit-of-work.js';
import type { Language } from '../db/schema.js';
import { MidadError } from '../errors.js';
import { settingsFrom } from './settings.js';
import * as commands from './taxonomy-commands.js';
import type { TagMerge } from './taxonomy-commands.js';
import type { Person, Section, SiteSettings, Tag } from './types.js';

export class TaxonomyService {
  private readonly read: RepositorySet;

  constructor(private readonly context: UnitOfWorkContext) {
    this.read = readRepositories(context.db);
  }

  private run<T>(work: Parameters<typeof inTransaction<T>>[1]): Promise<T> {
    return inTransaction(this.context, work);
  }

  async sections(actor: Actor, language?: Language): Promise<Section[]> {
    authorize(actor, 'articles.read');
    return this.read.taxonomy.listAllSections(language);
  }

  async section(actor: Actor, id: number): Promise<Section> {
    authorize(actor, 'articles.read');
    const section = (await this.read.taxonomy.findSectionsByIds([id])).get(id);
    if (!section) throw new MidadError('not_found');
    return section;
  }

  createSection(actor: Actor, input: unknown): Promise<Section> {
    return this.run((uow) => commands.createSection(uow, actor, input));
  }

  updateSection(actor: Actor, id: number, input: unknown): Promise<Section> {
    return this.run((uow) => commands.updateSection(uow, actor, id, input));
  }

  deleteSection(actor: Actor, id: number): Promise<void> {
    return this.run((uow) => commands.deleteSection(uow, actor, id));
  }

  /** Moves a section a place `up` or `down` among its siblings; the moved section. */
  moveSection(actor: Actor, id: number, direction: unknown): Promise<Section> {
    return this.run((uow) => commands.moveSection(uow, actor, id, direction));
  }

  async tags(
    actor: Actor,
    query: { language?: Language; q?: string; page: number; perPage: number },
  ): Promise<{ items: Tag[]; total: number; page: number; perPage: number }> {
    authorize(actor, 'articles.read');
    const { tags, total } = await this.read.taxonomy.listTags({
      ...(query.language ? { language: query.language } : {}),
      ...(query.q ? { q: query.q } : {}),
      limit: query.perPage,
      offset: (query.page - 1) * query.perPage,
    });
    return { items: tags, total, page: query.page, perPage: query.perPage };
  }

  async tag(actor: Actor, id: number): Promise<Tag> {
    authorize(actor, 'articles.read');
    const tag = await this.read.taxonomy.findTagById(id);
    if (!tag) throw new MidadError('not_found');
    return tag;
  }

  findOrCreateTag(actor: Actor, input: unknown): Promise<{ tag: Tag; isNew: boolean }> {
    return this.run((uow) => commands.findOrCreateTag(uow, actor, input));
  }

  updateTag(actor: Actor, id: number, input: unknown): Promise<Tag> {
    return this.run((uow) => commands.updateTag(uow, actor, id, input));
  }

  deleteTag(actor: Actor, id: number): Promise<void> {
    return this.run((uow) => commands.deleteTag(uow, actor, id));
  }

  /** What merging tag `fromId` into `intoId` would do, refused as the merge itself would be. */
  async tagMerge(actor: Actor, fromId: number, intoId: unknown): Promise<TagMerge> {
    authorize(actor, 'tags.manage');
    return commands.planTagMerge(this.read, fromId, intoId);
  }

  mergeTag(actor: Actor, fromId: number, intoId: unknown): Promise<TagMerge> {
    return this.run((uow) => commands.mergeTag(uow, actor, fromId, intoId));
  }

  async people(actor: Actor, language?: Language): Promise<Person[]> {
    authorize(actor, 'articles.read');
    return this.read.taxonomy.listPeople(language);
  }

  async person(actor: Actor, id: number): Promise<Person> {
    authorize(actor, 'articles.read');
    const person = await this.read.taxonomy.findPersonById(id);
    if (!person) throw new MidadError('not_found');
    return person;
  }

  createPerson(actor: Actor, input: unknown): Promise<Person> {
    return this.run((uow) => commands.createPerson(uow, actor, input));
  }

  updatePerson(actor: Actor, id: number, input: unknown): Promise<Person> {
    return this.run((uow) => commands.updatePerson(uow, actor, id, input));
  }

  deletePerson(actor: Actor, id: number): Promise<void> {
    return this.run((uow) => commands.deletePerson(uow, actor, id));
  }

  async settings(actor: Actor): Promise<SiteSettings> {
    authorize(actor, 'articles.read');
    return settingsFrom(await this.read.settings.getAll());
  }

  updateSettings(actor: Actor, input: unknown): Promise<SiteSettings> {
    return this.run((uow) => commands.updateSettings(uow, actor, input));
  }
}
