/**
 * Changing sections, tags, people and site settings, under the content model's rules: a
 * name, a slug that keeps Arabic letters and is not taken, sections one level deep within
 * one language, people's links that are web or mail addresses. A changed slug leaves a
 * redirect from the old address, so links readers saved keep working; so does a tag merged
 * into another. A section moves among its siblings in one transaction, numbering them anew.
 */
import type { Actor } from '../core/actor.js';
import { authorize } from '../core/permissions.js';
import type { RepositorySet } from '../core/repositories.js';
import type { UnitOfWork } from '../core/unit-of-work.js';
import { validator } from '../core/validation.js';
import type { Language } from '../db/schema.js';
import { MidadError, ValidationError } from '../errors.js';
import { isValidTimeZone, slugify } from '../text/index.js';
import { oneLine, RuleErrors, slugSafe } from './article-rules.js';
import { isSafeHref } from './document-schema.js';
import { authorPath, sectionPath, tagPath } from './permalinks.js';
import { settingsFrom } from './settings.js';
import {
  PersonCreateSchema,
  PersonUpdateSchema,
  SectionCreateSchema,
  SectionMoveSchema,
  SectionUpdateSchema,
  SettingsUpdateSchema,
  TagCreateSchema,
  TagMergeSchema,
  TagUpdateSchema,
} from './taxonomy-input.js';
import type { Person, PersonLink, Section, SiteSettings, Tag } from './types.js';

const checkSectionCreate = validator(SectionCreateSchema);
const checkSectionUpdate = validator(SectionUpdateSchema);
const checkSectionMove = validator(SectionMoveSchema);
const checkTagCreate = validator(TagCreateSchema);
const checkTagUpdate = validator(TagUpdateSchema);
const checkTagMerge = validator(TagMergeSchema);
const checkPersonCreate = validator(PersonCreateSchema);
const checkPersonUpdate = validator(PersonUpdateSchema);
const checkSettingsUpdate = validator(SettingsUpdateSchema);

function optional(value: string | null | undefined): string | null {
  const text = value?.trim() ?? '';
  return text === '' ? null : text;
}

function slugFrom(given: string | null | undefined, name: string): string {
  const slug = slugify(given?.trim() || name);
  if (slug === '') throw ValidationError.of('slug', 'needs_letter');
  return slug;
}

async function defaultLanguage(uow: UnitOfWork): Promise<Language> {
  return settingsFrom(await uow.settings.getAll()).locale;
}

/**
 * The old address answers with the new one. Redirects are looked up by the decoded path (as
 * the router hands it over) and point at the encoded one (as a Location header must).
 */
async function redirectRenamed(uow: UnitOfWork, oldPath: string, newPath: string): Promise<void> {
  await uow.redirects.repoint(oldPath, newPath);
  // A page that moves back to an address it once had is no longer redirected from it.
  await uow.redirects.deleteFrom(decodeURI(newPath));
  await uow.redirects.upsert(decodeURI(oldPath), newPath, 301, uow.nowIso);
}

async function checkParent(
  uow: UnitOfWork,
  parentId: number | null,
  language: Language,
  selfId: number | null,
): Promise<void> {
  if (parentId === null) return;
  const parent = (await uow.taxonomy.findSectionsByIds([parentId])).get(parentId);
  if (!parent) throw ValidationError.of('parentId', 'not_found', { id: parentId });
  if (parent.parentId !== null || parent.id === selfId) {
    throw ValidationError.of('parentId', 'subsection_depth');
  }
  if (parent.language !== language) throw ValidationError.of('parentId', 'parent_language');
  if (selfId !== null && (await uow.taxonomy.countSubsections(selfId)) > 0) {
    throw ValidationError.of('parentId', 'subsection_depth');
  }
}

export async function createSection(uow: UnitOfWork, actor: Actor, raw: unknown): Promise<Section> {
  authorize(actor, 'taxonomy.manage');
  const input = checkSectionCreate(raw);
  const name = oneLine(input.name);
  if (name === '') throw ValidationError.of('name', 'required');
  const language = input.language ?? (await defaultLanguage(uow));
  const slug = slugFrom(input.slug, name);
  if (await uow.taxonomy.findSectionBySlug(slug)) {
    throw ValidationError.of('slug', 'taken', { value: slug });
  }
  await checkParent(uow, input.parentId ?? null, language, null);
  const section = await slugSafe(slug, () =>
    uow.taxonomy.insertSection({
      slug,
      name,
      description: optional(input.description),
      language,
      parentId: input.parentId ?? null,
      position: input.position ?? 0,
      createdAt: uow.nowIso,
    }),
  );
  uow.emit('section.changed', { sectionId: section.id, language, change: 'created' });
  return section;
}

export async function updateSection(
  uow: UnitOfWork,
  actor: Actor,
  id: number,
  raw: unknown,
): Promise<Section> {
  authorize(actor, 'taxonomy.manage');
  const input = checkSectionUpdate(raw);
  const current = (await uow.taxonomy.findSectionsByIds([id])).get(id);
  if (!current) throw new MidadError('not_found');
  const name = input.name === undefined ? current.name : oneLine(input.name);
  if (name === '') throw ValidationError.of('name', 'required');
  const language = input.language ?? current.language;
  const slug = input.slug === undefined ? current.slug : slugFrom(input.slug, name);
  if (slug !== current.slug) {
    const holder = await uow.taxonomy.findSectionBySlug(slug);
    if (holder && holder.id !== id) throw ValidationError.of('slug', 'taken', { value: slug });
  }
  const parentId = input.parentId === undefined ? current.parentId : input.parentId;
  if (parentId !== current.parentId || language !== current.language) {
    await checkParent(uow, parentId, language, id);
  }
  if (language !== current.language && (await uow.articles.countUsing({ sectionId: id })) > 0) {
    throw ValidationError.of('language', 'wrong_language');
  }
  const section = await slugSafe(slug, () =>
    uow.taxonomy.updateSection(id, {
      name,
      slug,
      language,
      parentId,
      description:
        input.description === undefined ? current.description : optional(input.description),
      position: input.position ?? current.position,
    }),
  );
  if (!section) throw new MidadError('not_found');
  if (slug !== current.slug) await redirectRenamed(uow, sectionPath(current), sectionPath(section));
  uow.emit('section.changed', { sectionId: id, language, change: 'updated' });
  return section;
}

export async function deleteSection(uow: UnitOfWork, actor: Actor, id: number): Promise<void> {
  authorize(actor, 'taxonomy.manage');
  const current = (await uow.taxonomy.findSectionsByIds([id])).get(id);
  if (!current) throw new MidadError('not_found');
  const uses =
    (await uow.articles.countUsing({ sectionId: id })) + (await uow.taxonomy.countSubsections(id));
  if (uses > 0) throw new MidadError('in_use', { uses }, { uses });
  await uow.taxonomy.deleteSection(id);
  uow.emit('section.changed', { sectionId: id, language: current.language, change: 'deleted' });
}

/**
 * Moves a section one place up or down among its siblings. The siblings are numbered by their
 * places afterwards (0, 1, 2 …), so positions stay contiguous and a move changes something
 * even where positions tied; only changed positions are written. The first cannot move up,
 * the last cannot move down: refused, and nothing changes.
 */
export async function moveSection(
  uow: UnitOfWork,
  actor: Actor,
  id: number,
  direction: unknown,
): Promise<Section> {
  authorize(actor, 'taxonomy.manage');
  const input = checkSectionMove({ direction });
  // Two editors moving sections at once would otherwise number from the same old order.
  await uow.lock('section-order');
  const moving = (await uow.taxonomy.findSectionsByIds([id])).get(id);
  if (!moving) throw new MidadError('not_found');
  const siblings = await uow.taxonomy.listSiblingSections(moving.language, moving.parentId);
  const from = siblings.findIndex((s) => s.id === id);
  const to = input.direction === 'up' ? from - 1 : from + 1;
  const neighbour = siblings[to];
  if (!neighbour) {
    const rule = input.direction === 'up' ? 'already_first' : 'already_last';
    throw ValidationError.of('direction', rule, { name: moving.name });
  }
  siblings[to] = moving;
  siblings[from] = neighbour;
  for (const [place, section] of siblings.entries()) {
    if (section.position === place) continue;
    await uow.taxonomy.updateSection(section.id, { position: place });
    uow.emit('section.changed', {
      sectionId: section.id,
      language: section.language,
      change: 'updated',
    });
  }
  return { ...moving, position: to };
}

/**
 * A tag by name: the existing one with that slug in that language, or a new one. Editors
 * type tags while writing; asking twice for «النفط» gives the same tag.
 */
export async function findOrCreateTag(
  uow: UnitOfWork,
  actor: Actor,
  raw: unknown,
): Promise<{ tag: Tag; isNew: boolean }> {
  authorize(actor, 'tags.create');
  const input = checkTagCreate(raw);
  const name = oneLine(input.name);
  if (name === '') throw ValidationError.of('name', 'required');
  const language = input.language ?? (await defaultLanguage(uow));
  const slug = slugFrom(input.slug, name);
  const existing = await uow.taxonomy.findTagBySlug(slug);
  if (existing) {
    if (existing.language !== language) throw ValidationError.of('slug', 'taken', { value: slug });
    return { tag: existing, isNew: false };
  }
  const tag = await slugSafe(slug, () =>
    uow.taxonomy.insertTag({ slug, name, language, createdAt: uow.nowIso }),
  );
  uow.emit('tag.changed', { tagId: tag.id, language, change: 'created', articleIds: [] });
  return { tag, isNew: true };
}

export async function updateTag(
  uow: UnitOfWork,
  actor: Actor,
  id: number,
  raw: unknown,
): Promise<Tag> {
  authorize(actor, 'tags.manage');
  const input = checkTagUpdate(raw);
  const current = await uow.taxonomy.findTagById(id);
  if (!current) throw new MidadError('not_found');
  const name = input.name === undefined ? current.name : oneLine(input.name);
  if (name === '') throw ValidationError.of('name', 'required');
  const slug = input.slug === undefined ? current.slug : slugFrom(input.slug, name);
  if (slug !== current.slug && (await uow.taxonomy.findTagBySlug(slug))) {
    throw ValidationError.of('slug', 'taken', { value: slug });
  }
  const tag = await slugSafe(slug, () => uow.taxonomy.updateTag(id, { name, slug }));
  if (!tag) throw new MidadError('not_found');
  if (slug !== current.slug) await redirectRenamed(uow, tagPath(current), tagPath(tag));
  uow.emit('tag.changed', {
    tagId: id,
    language: tag.language,
    change: 'updated',
    articleIds: await uow.articles.idsWithTag(id),
  });
  return tag;
}

export async function deleteTag(uow: UnitOfWork, actor: Actor, id: number): Promise<void> {
  authorize(actor, 'tags.manage');
  const current = await uow.taxonomy.findTagById(id);
  if (!current) throw new MidadError('not_found');
  const articleIds = await uow.articles.idsWithTag(id);
  await uow.taxonomy.deleteTag(id);
  uow.emit('tag.changed', { tagId: id, language: current.language, change: 'deleted', articleIds });
}

/** A merge of one tag into another: both tags, and how many articles carry the first. */
export interface TagMerge {
  from: Tag;
  into: Tag;
  articleCount: number;
}

/**
 * The merge of tag `fromId` into `intoId`, checked against the rules but not made: the
 * surviving tag must exist, be another tag, and be in the same language.
 */
export async function planTagMerge(
  repositories: Pick<RepositorySet, 'taxonomy'>,
  fromId: number,
  intoId: unknown,
): Promise<TagMerge> {
  const { into: targetId } = checkTagMerge({ into: intoId });
  const from = await repositories.taxonomy.findTagById(fromId);
  if (!from) throw new MidadError('not_found');
  if (targetId === fromId) throw ValidationError.of('into', 'merge_into_itself');
  const into = await repositories.taxonomy.findTagById(targetId);
  if (!into) throw ValidationError.of('into', 'not_found', { id: targetId });
  if (into.language !== from.language) {
    throw ValidationError.of('into', 'merge_across_languages', { name: into.name });
  }
  return { from, into, articleCount: await repositories.taxonomy.countTagged(fromId) };
}

/**
 * Merges tag `fromId` into `intoId`: its articles carry the surviving tag instead (once, if
 * they had both), it is deleted, and its page's address redirects to the surviving tag's, as
 * do the addresses that redirected to it. Both tags' events list the articles whose pages and
 * search entries show a different tag now.
 */
export async function mergeTag(
  uow: UnitOfWork,
  actor: Actor,
  fromId: number,
  intoId: unknown,
): Promise<TagMerge> {
  authorize(actor, 'tags.manage');
  // Two merges at once (A into B, B into A) would otherwise each delete the other's survivor.
  await uow.lock('tag-merge');
  const merge = await planTagMerge(uow, fromId, intoId);
  const { from, into } = merge;
  const movedIds = await uow.articles.idsWithTag(from.id);
  await uow.taxonomy.retagArticles(from.id, into.id);
  await uow.taxonomy.deleteTag(from.id);
  await redirectRenamed(uow, tagPath(from), tagPath(into));
  uow.emit('tag.changed', {
    tagId: from.id,
    language: from.language,
    change: 'deleted',
    articleIds: movedIds,
  });
  uow.emit('tag.changed', {
    tagId: into.id,
    language: into.language,
    change: 'updated',
    articleIds: await uow.articles.idsWithTag(into.id),
  });
  return merge;
}

function checkLinks(links: readonly PersonLink[]): PersonLink[] {
  const errors = new RuleErrors();
  const checked = links.map((link, i) => {
    const url = link.url.trim();
    if (!isSafeHref(url) || !/^(https?:\/\/|mailto:)/i.test(url)) {
      errors.add({ field: `links.${i}.url`, rule: 'unsafe_url', params: { allowsMail: 'yes' } });
    }
    const label = oneLine(link.label);
    if (label === '') errors.add({ field: `links.${i}.label`, rule: 'required' });
    return { label, url };
  });
  errors.throwIfAny();
  return checked;
}

async function checkAvatar(uow: UnitOfWork, id: number | null): Promise<void> {
  if (id !== null && !(await uow.media.findById(id))) {
    throw ValidationError.of('avatarImageId', 'not_found', { id });
  }
}

export async function createPerson(uow: UnitOfWork, actor: Actor, raw: unknown): Promise<Person> {
  authorize(actor, 'taxonomy.manage');
  const input = checkPersonCreate(raw);
  const name = oneLine(input.name);
  if (name === '') throw ValidationError.of('name', 'required');
  const language = input.language ?? (await defaultLanguage(uow));
  const slug = slugFrom(input.slug, name);
  if (await uow.taxonomy.findPersonBySlug(slug)) {
    throw ValidationError.of('slug', 'taken', { value: slug });
  }
  const links = checkLinks(input.links ?? []);
  await checkAvatar(uow, input.avatarImageId ?? null);
  const person = await slugSafe(slug, () =>
    uow.taxonomy.insertPerson({
      slug,
      name,
      jobTitle: optional(input.jobTitle),
      bio: optional(input.bio),
      avatarMediaId: input.avatarImageId ?? null,
      links: JSON.stringify(links),
      language,
      createdAt: uow.nowIso,
    }),
  );
  uow.emit('person.changed', { personId: person.id, language, change: 'created' });
  return person;
}

export async function updatePerson(
  uow: UnitOfWork,
  actor: Actor,
  id: number,
  raw: unknown,
): Promise<Person> {
  authorize(actor, 'taxonomy.manage');
  const input = checkPersonUpdate(raw);
  const current = await uow.taxonomy.findPersonById(id);
  if (!current) throw new MidadError('not_found');
  const name = input.name === undefined ? current.name : oneLine(input.name);
  if (name === '') throw ValidationError.of('name', 'required');
  const slug = input.slug === undefined ? current.slug : slugFrom(input.slug, name);
  if (slug !== current.slug && (await uow.taxonomy.findPersonBySlug(slug))) {
    throw ValidationError.of('slug', 'taken', { value: slug });
  }
  const avatarMediaId =
    input.avatarImageId === undefined ? (current.avatar?.id ?? null) : input.avatarImageId;
  if (input.avatarImageId !== undefined) await checkAvatar(uow, avatarMediaId);
  const person = await slugSafe(slug, () =>
    uow.taxonomy.updatePerson(id, {
      name,
      slug,
      jobTitle: input.jobTitle === undefined ? current.jobTitle : optional(input.jobTitle),
      bio: input.bio === undefined ? current.bio : optional(input.bio),
      avatarMediaId,
      links: JSON.stringify(input.links === undefined ? current.links : checkLinks(input.links)),
      language: input.language ?? current.language,
    }),
  );
  if (!person) throw new MidadError('not_found');
  if (slug !== current.slug) await redirectRenamed(uow, authorPath(current), authorPath(person));
  uow.emit('person.changed', { personId: id, language: person.language, change: 'updated' });
  return person;
}

export async function deletePerson(uow: UnitOfWork, actor: Actor, id: number): Promise<void> {
  authorize(actor, 'taxonomy.manage');
  const current = await uow.taxonomy.findPersonById(id);
  if (!current) throw new MidadError('not_found');
  const uses = await uow.articles.countUsing({ personId: id });
  if (uses > 0) throw new MidadError('in_use', { uses }, { uses });
  await uow.taxonomy.deletePerson(id);
  uow.emit('person.changed', { personId: id, language: current.language, change: 'deleted' });
}

/** Changes the given site settings; the rest keep their values. */
export async function updateSettings(
  uow: UnitOfWork,
  actor: Actor,
  raw: unknown,
): Promise<SiteSettings> {
  authorize(actor, 'settings.manage');
  const input = checkSettingsUpdate(raw);
  const current = settingsFrom(await uow.settings.getAll());
  if (input.timeZone !== undefined && !isValidTimeZone(input.timeZone)) {
    throw ValidationError.of('timeZone', 'invalid_time_zone');
  }
  const changes: Partial<SiteSettings> = {
    ...(input.siteName
      ? { siteName: { ...current.siteName, ...trimAll('siteName', input.siteName) } }
      : {}),
    ...(input.tagline
      ? { tagline: { ...current.tagline, ...trimAll('tagline', input.tagline) } }
      : {}),
    ...(input.locale ? { locale: input.locale } : {}),
    ...(input.monthStyle ? { monthStyle: input.monthStyle } : {}),
    ...(input.digits ? { digits: input.digits } : {}),
    ...(input.timeZone ? { timeZone: input.timeZone } : {}),
    ...(input.feedContent ? { feedContent: input.feedContent } : {}),
  };
  for (const [key, value] of Object.entries(changes)) await uow.settings.set(key, value);
  const keys = Object.keys(changes);
  if (keys.length > 0) uow.emit('settings.changed', { keys });
  return { ...current, ...changes };
}

function trimAll(
  field: string,
  values: Partial<Record<Language, string>>,
): Partial<Record<Language, string>> {
  const result: Partial<Record<Language, string>> = {};
  for (const [language, value] of Object.entries(values) as [Language, string][]) {
    const text = oneLine(value);
    if (text === '') throw ValidationError.of(`${field}.${language}`, 'required');
    result[language] = text;
  }
  return result;
}
