/** The admin API's view of content: what the schemas in `schemas.ts` declare, with public paths. */
import { authorPath, sectionPath, tagPath } from '../../content/permalinks.js';
import type { MediaItem, Person, Section, Tag } from '../../content/types.js';
import { mediaUrl, widthsFor } from '../../media/urls.js';

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

/** A library entry, with the addresses of its current version: a JPEG `src` and its `srcset`. */
export function presentMedia(media: MediaItem) {
  const widths = widthsFor(media);
  const srcWidth = widths.includes(640) ? 640 : (widths.at(-1) ?? media.width);
  return {
    id: media.id,
    version: media.version,
    src: mediaUrl(media, srcWidth, 'jpeg'),
    srcset: widths.map((width) => `${mediaUrl(media, width, 'jpeg')} ${width}w`).join(', '),
    mime: media.mime,
    width: media.width,
    height: media.height,
    byteSize: media.byteSize,
    alt: media.alt,
    caption: media.caption,
    credit: media.credit,
    originalName: media.originalName,
    uploadedBy: media.uploadedBy && { id: media.uploadedBy.userId, name: media.uploadedBy.name },
    createdAt: media.createdAt,
    updatedAt: media.updatedAt,
  };
}
