/**
 * What each page shows, as the page cache's tags (see src/cache/tags.ts): a page is purged
 * when any article, section, tag, person or image it shows changes, or its language's
 * frame (navigation, breaking news) does.
 */
import {
  articleTag,
  homeTag,
  layoutTag,
  mediaTag,
  personTag,
  sectionTag,
  tagTag,
} from '../cache/tags.js';
import type { ArticlePageContent, HomeContent } from '../content/reader-service.js';
import type { ArticleSummary, Person, Section } from '../content/types.js';
import type { PageContext } from './view-models.js';

/** The frame every page shares: its language's layout and the breaking stories it shows. */
export function frameTags(context: PageContext): string[] {
  return [layoutTag(context.language), ...summariesTags(context.breaking)];
}

/** A list of stories: each one, with the section, bylines and image its card shows. */
export function summariesTags(articles: readonly ArticleSummary[]): string[] {
  return articles.flatMap((article) => [
    articleTag(article.id),
    ...(article.section ? [sectionTag(article.section.id)] : []),
    ...article.authors.map((person) => personTag(person.id)),
    ...(article.featuredImage ? [mediaTag(article.featuredImage.id)] : []),
  ]);
}

export function homeTags(language: PageContext['language'], home: HomeContent): string[] {
  return [
    homeTag(language),
    ...summariesTags(home.lead ? [home.lead] : []),
    ...summariesTags(home.top),
    ...summariesTags(home.opinion),
    ...home.sectionBlocks.flatMap((block) => [
      sectionTag(block.section.id),
      ...summariesTags(block.articles),
    ]),
    ...summariesTags(home.latest),
  ];
}

export function sectionsTags(sections: readonly (Section | null)[]): string[] {
  return sections.flatMap((section) => (section ? [sectionTag(section.id)] : []));
}

export function personTags(person: Person): string[] {
  return [personTag(person.id), ...(person.avatar ? [mediaTag(person.avatar.id)] : [])];
}

export function articlePageTags({
  article,
  parentSection,
  related,
  translation,
}: ArticlePageContent) {
  return [
    ...(translation ? [articleTag(translation.id)] : []),
    ...summariesTags([article]),
    ...article.authors.flatMap(personTags),
    ...sectionsTags([parentSection]),
    ...article.tags.map((tag) => tagTag(tag.id)),
    ...[...article.bodyMedia.keys()].map(mediaTag),
    ...summariesTags(related),
  ];
}
