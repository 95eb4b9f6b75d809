/** The admin API's view of content: what the schemas in `schemas.ts` declare, with public paths. */
import { authorPath, sectionPath, tagPath } from '../../content/permalinks.js';
import type { Person, Section, Tag } from '../../content/types.js';

export function presentSection(section: Section) {
  return { ...section, url: sectionPath(section) };
}

export function presentTag(tag: Tag) {
  return { ...tag, url: tagPath(tag) };
}

export function presentPerson(person: Person) {
  return {
    id: person.id,
    slug: person.slug,
    name: person.name,
    jobTitle: person.jobTitle,
    bio: person.bio,
    avatarImageId: person.avatar?.id ?? null,
    links: person.links,
    language: person.language,
    url: authorPath(person),
  };
}
