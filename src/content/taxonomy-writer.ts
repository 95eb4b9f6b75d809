/**
 * Creating sections, tags and people under the content model's rules: a name, a slug that
 * keeps Arabic letters and is not taken, sections one level deep within one language,
 * people's links that are web addresses. Every rule is checked before anything is written.
 */
import { languages, type Language } from '../db/schema.js';
import { ValidationError } from '../errors.js';
import { slugify } from '../text/index.js';
import type { ContentService } from './content-service.js';
import { isSafeHref } from './document-schema.js';
import type { Person, PersonLink, Section, Tag } from './types.js';

export interface SectionInput {
  name: string;
  slug?: string | null;
  description?: string | null;
  language: Language;
  parentId?: number | null;
  position?: number;
}

export interface TagInput {
  name: string;
  slug?: string | null;
  language: Language;
}

export interface PersonInput {
  name: string;
  slug?: string | null;
  jobTitle?: string | null;
  bio?: string | null;
  avatarMediaId?: number | null;
  links?: PersonLink[];
  language: Language;
}

/** Names are one line: runs of spaces from a careless paste become one. */
function requiredText(field: string, value: string, max: number): string {
  const trimmed = value.replace(/\s+/g, ' ').trim();
  if (trimmed === '') throw new ValidationError(field, 'is required');
  if (trimmed.length > max) throw new ValidationError(field, `is longer than ${max} characters`);
  return trimmed;
}

function optionalText(field: string, value: string | null | undefined, max: number): string | null {
  const trimmed = value?.trim() ?? '';
  if (trimmed.length > max) throw new ValidationError(field, `is longer than ${max} characters`);
  return trimmed === '' ? null : trimmed;
}

function checkLanguage(language: Language): void {
  if (!languages.includes(language)) throw new ValidationError('language', 'must be ar or en');
}

function slugFrom(given: string | null | undefined, name: string): string {
  const slug = slugify(given?.trim() || name);
  if (slug === '') throw new ValidationError('slug', 'needs at least one letter or digit');
  return slug;
}

export async function createSection(
  service: ContentService,
  input: SectionInput,
  now = new Date(),
): Promise<Section> {
  checkLanguage(input.language);
  const name = requiredText('name', input.name, 100);
  const slug = slugFrom(input.slug, name);
  if (await service.taxonomy.findSectionBySlug(slug)) {
    throw new ValidationError('slug', `"${slug}" is already a section's address`);
  }
  if (input.parentId != null) {
    const parent = (await service.taxonomy.findSectionsByIds([input.parentId])).get(input.parentId);
    if (!parent) throw new ValidationError('parentId', `no section has id ${input.parentId}`);
    if (parent.parentId !== null) {
      throw new ValidationError('parentId', 'sections have one level of subsections only');
    }
    if (parent.language !== input.language) {
      throw new ValidationError('parentId', 'a subsection is in the language of its section');
    }
  }
  return service.taxonomy.insertSection({
    slug,
    name,
    description: optionalText('description', input.description, 500),
    language: input.language,
    parentId: input.parentId ?? null,
    position: input.position ?? 0,
    createdAt: now.toISOString(),
  });
}

export async function createTag(
  service: ContentService,
  input: TagInput,
  now = new Date(),
): Promise<Tag> {
  checkLanguage(input.language);
  const name = requiredText('name', input.name, 100);
  const slug = slugFrom(input.slug, name);
  if (await service.taxonomy.findTagBySlug(slug)) {
    throw new ValidationError('slug', `"${slug}" is already a tag's address`);
  }
  return service.taxonomy.insertTag({
    slug,
    name,
    language: input.language,
    createdAt: now.toISOString(),
  });
}

export async function createPerson(
  service: ContentService,
  input: PersonInput,
  now = new Date(),
): Promise<Person> {
  checkLanguage(input.language);
  const name = requiredText('name', input.name, 120);
  const slug = slugFrom(input.slug, name);
  if (await service.taxonomy.findPersonBySlug(slug)) {
    throw new ValidationError('slug', `"${slug}" is already a person's address`);
  }
  const links = input.links ?? [];
  if (links.length > 10) throw new ValidationError('links', 'at most 10 links');
  for (const link of links) {
    requiredText('links.label', link.label, 60);
    if (!isSafeHref(link.url) || !/^(https?:\/\/|mailto:)/.test(link.url)) {
      throw new ValidationError(
        'links.url',
        `"${link.url}" is not a web (http, https) or mailto address`,
      );
    }
  }
  if (input.avatarMediaId != null && !(await service.media.findById(input.avatarMediaId))) {
    throw new ValidationError('avatarMediaId', `no image has id ${input.avatarMediaId}`);
  }
  return service.taxonomy.insertPerson({
    slug,
    name,
    jobTitle: optionalText('jobTitle', input.jobTitle, 120),
    bio: optionalText('bio', input.bio, 2000),
    avatarMediaId: input.avatarMediaId ?? null,
    links: JSON.stringify(links.map((l) => ({ label: l.label.trim(), url: l.url }))),
    language: input.language,
    createdAt: now.toISOString(),
  });
}
