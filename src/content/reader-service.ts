/**
 * The reader-facing content rules: what is published, what each page lists, in what
 * order. Routes call one function here per page; only repositories touch SQL, and this
 * service's repositories are its own: it reads, and cannot be used to write.
 */
import type { Db } from '../db/database.js';
import type { ArticleRow, Language, RedirectRow } from '../db/schema.js';
import type { Actor } from '../core/actor.js';
import { authorize } from '../core/permissions.js';
import { readRepositories, type RepositorySet } from '../core/repositories.js';
import type { Media, MediaItem } from './types.js';
import type {
  ArticleSummaryRow,
  PublishedFilter,
  PublishedOrder,
  SitemapArticleRow,
} from './article-repository.js';
import { documentMediaIds, type DocumentJson } from './document-schema.js';
import { isSitePath } from './redirects.js';
import { settingsFrom } from './settings.js';
import type {
  Article,
  ArticleSummary,
  Person,
  Section,
  SiteSettings,
  Tag,
  TranslationLink,
} from './types.js';

export type { PublishedFilter };
export type StoryOrder = PublishedOrder;

export const listingPageSize = 12;

export interface Listing {
  articles: ArticleSummary[];
  page: number;
  totalPages: number;
}

export interface HomeContent {
  lead: ArticleSummary | null;
  top: ArticleSummary[];
  opinion: ArticleSummary[];
  sectionBlocks: { section: Section; articles: ArticleSummary[] }[];
  latest: ArticleSummary[];
}

export interface NavigationEntry {
  section: Section;
  children: Section[];
}

/** What a list of names shows of a person: a search filter's choices. */
export type PersonName = Pick<Person, 'id' | 'slug' | 'name'>;

/** An article as a feed carries it: its tags, and its body when the feed carries the text. */
export interface FeedArticle extends ArticleSummary {
  tags: Tag[];
  body: DocumentJson | null;
  bodyMedia: Map<number, Media>;
}

/** What a feed follows: the whole site in a language, or one section, tag or author. */
export type FeedSubject =
  | { kind: 'site'; language: Language }
  | { kind: 'section'; section: Section; subsections: Section[] }
  | { kind: 'tag'; tag: Tag }
  | { kind: 'author'; person: Person };

/** A section's, tag's or author's page with its published stories: how many, changed when. */
export interface ListingActivity<T> {
  item: T;
  count: number;
  /** Null for a section with no published story. */
  lastmod: string | null;
}

/** How many of the newest stories a feed carries. */
export const feedLength = 20;

export interface ArticlePageContent {
  article: Article;
  parentSection: Section | null;
  related: ArticleSummary[];
  /** The story in the other language, when it is published. */
  translation: TranslationLink | null;
}

/** How many of its section's other stories an article page offers. */
const relatedCount = 4;

export class ReaderService {
  private readonly repositories: RepositorySet;

  constructor(db: Db) {
    this.repositories = readRepositories(db);
  }

  private get articles() {
    return this.repositories.articles;
  }
  private get taxonomy() {
    return this.repositories.taxonomy;
  }
  private get media() {
    return this.repositories.media;
  }

  async getSettings(): Promise<SiteSettings> {
    return settingsFrom(await this.repositories.settings.getAll());
  }

  /** Where an old address now lives, if it was redirected (only ever to a path on this site). */
  async redirectFor(path: string): Promise<Pick<RedirectRow, 'toPath' | 'statusCode'> | null> {
    const redirect = await this.repositories.redirects.findByPath(path);
    return redirect && isSitePath(redirect.toPath) ? redirect : null;
  }

  /** An image that readers may be shown at some width; null when there is none. */
  async image(id: number): Promise<Media | null> {
    return this.media.findById(id);
  }

  async navigation(language: Language): Promise<NavigationEntry[]> {
    const sections = await this.taxonomy.listSections(language);
    return sections
      .filter((s) => s.parentId === null)
      .map((section) => ({ section, children: sections.filter((s) => s.parentId === section.id) }));
  }

  /** Who has published in `language`, by name: the authors a search can be narrowed to. */
  async publishedAuthors(language: Language): Promise<PersonName[]> {
    return this.taxonomy.listPublishedAuthors(language);
  }

  async breaking(language: Language): Promise<ArticleSummary[]> {
    return this.listSummaries({ language, isBreaking: true }, 3);
  }

  /**
   * The front page. Each part is chosen by its own query; the bylines, sections and images
   * of all of them are then fetched together, in one batch.
   */
  async home(language: Language): Promise<HomeContent> {
    const navigation = await this.navigation(language);
    // Every part's candidates in one statement, each list long enough to leave out what an
    // earlier part shows: the lead and four top stories (at most five), then four opinion
    // pieces, so a section block takes four from its newest thirteen.
    const [featured = [], newest = [], opinionIds = [], latestIds = [], ...sectionIds] =
      await this.articles.newestPublishedIds([
        { filter: { language, isFeatured: true, notType: 'opinion' }, limit: 5 },
        { filter: { language, notType: 'opinion' }, limit: 9 },
        { filter: { language, type: 'opinion' }, limit: 4 },
        { filter: { language }, limit: 8 },
        ...navigation.map(({ section, children }) => ({
          filter: { sectionIds: [section.id, ...children.map((child) => child.id)] },
          limit: 13,
        })),
      ]);
    // The lead is the newest featured story, or the newest story when none is featured.
    const lead = featured[0] ?? newest[0];
    const shown = new Set(lead === undefined ? [] : [lead]);
    const take = (ids: number[], count: number) => {
      const taken = ids.filter((id) => !shown.has(id)).slice(0, Math.max(0, count));
      for (const id of taken) shown.add(id);
      return taken;
    };
    const topIds = take(featured, 4);
    topIds.push(...take(newest, 4 - topIds.length));
    for (const id of opinionIds) shown.add(id);
    const blockIds = navigation.map(({ section }, index) => ({
      section,
      ids: (sectionIds[index] ?? []).filter((id) => !shown.has(id)).slice(0, 4),
    }));

    const unique = [
      ...new Set([lead ?? [], topIds, opinionIds, latestIds, ...blockIds.map((b) => b.ids)].flat()),
    ];
    const summaries = new Map(
      (await this.listSummaries({ ids: unique }, unique.length)).map((a) => [a.id, a]),
    );
    const summarize = (ids: number[]) => ids.flatMap((id) => summaries.get(id) ?? []);
    return {
      lead: (lead !== undefined && summaries.get(lead)) || null,
      top: summarize(topIds),
      opinion: summarize(opinionIds),
      sectionBlocks: blockIds
        .map(({ section, ids }) => ({ section, articles: summarize(ids) }))
        .filter((block) => block.articles.length > 0),
      latest: summarize(latestIds),
    };
  }

  async sectionListing(
    slug: string,
    page: number,
  ): Promise<{
    section: Section;
    parent: Section | null;
    subsections: Section[];
    listing: Listing;
  } | null> {
    const section = await this.taxonomy.findSectionBySlug(slug);
    if (!section) return null;
    const siblings = await this.taxonomy.listSections(section.language);
    const subsections = siblings.filter((s) => s.parentId === section.id);
    const parent = siblings.find((s) => s.id === section.parentId) ?? null;
    const listing = await this.listing(
      { sectionIds: [section.id, ...subsections.map((s) => s.id)] },
      page,
    );
    return listing && { section, parent, subsections, listing };
  }

  async tagListing(slug: string, page: number): Promise<{ tag: Tag; listing: Listing } | null> {
    const tag = await this.taxonomy.findTagBySlug(slug);
    if (!tag) return null;
    const listing = await this.listing({ tagId: tag.id }, page);
    return listing && { tag, listing };
  }

  async authorListing(
    slug: string,
    page: number,
  ): Promise<{ person: Person; listing: Listing } | null> {
    const person = await this.taxonomy.findPersonBySlug(slug);
    if (!person) return null;
    const listing = await this.listing({ personId: person.id }, page);
    return listing && { person, listing };
  }

  /**
   * The section (with its subsections), tag or author a feed or a list follows, named by its
   * slug (the site's addresses) or its id (the APIs); null when there is none.
   */
  async feedSubject(
    kind: 'section' | 'tag' | 'author',
    ref: { slug: string } | { id: number },
  ): Promise<FeedSubject | null> {
    const id = 'id' in ref ? ref.id : null;
    const slug = 'slug' in ref ? ref.slug : '';
    switch (kind) {
      case 'section': {
        const section =
          id !== null
            ? ((await this.taxonomy.findSectionsByIds([id])).get(id) ?? null)
            : await this.taxonomy.findSectionBySlug(slug);
        if (!section) return null;
        const siblings = await this.taxonomy.listSections(section.language);
        return { kind, section, subsections: siblings.filter((s) => s.parentId === section.id) };
      }
      case 'tag': {
        const tag =
          id !== null
            ? await this.taxonomy.findTagById(id)
            : await this.taxonomy.findTagBySlug(slug);
        return tag && { kind, tag };
      }
      case 'author': {
        const person =
          id !== null
            ? await this.taxonomy.findPersonById(id)
            : await this.taxonomy.findPersonBySlug(slug);
        return person && { kind, person };
      }
    }
  }

  /**
   * The newest stories a feed carries, with their tags — and, for a feed of the whole text,
   * their bodies and the images the bodies show.
   */
  async feedArticles(subject: FeedSubject, withText: boolean): Promise<FeedArticle[]> {
    return this.withTags(await this.listSummaries(subjectFilter(subject), feedLength), withText);
  }

  /**
   * A page of published stories, newest first, with their tags (and bodies, `withText`), and
   * how many match in all: the content API's list.
   */
  async stories(
    filter: PublishedFilter,
    page: { limit: number; offset: number },
    withText: boolean,
    order?: PublishedOrder,
  ): Promise<{ articles: FeedArticle[]; total: number }> {
    const [total, rows] = await Promise.all([
      this.articles.countPublished(filter),
      this.articles.listPublished(filter, page, order),
    ]);
    return { articles: await this.withTags(await this.hydrate(rows), withText), total };
  }

  /** Stories already listed (search results), with their tags, and bodies `withText`. */
  async completeStories(summaries: ArticleSummary[], withText: boolean): Promise<FeedArticle[]> {
    return this.withTags(summaries, withText);
  }

  /** A page of the images published stories show as their featured image, by id. */
  async publishedImages(page: {
    limit: number;
    offset: number;
    direction: 'asc' | 'desc';
    ids?: readonly number[];
    excludeIds?: readonly number[];
  }): Promise<{ items: MediaItem[]; total: number }> {
    const { ids, total } = await this.articles.featuredImageIds(page);
    const items = await this.media.findItemsByIds(ids);
    return { items: ids.flatMap((id) => items.get(id) ?? []), total };
  }

  /** The id of the article `ref` names: its id, or its slug. */
  async articleId(ref: string): Promise<number | null> {
    if (/^[1-9][0-9]{0,9}$/.test(ref)) return Number(ref);
    return this.articles.idBySlug(ref);
  }

  private async withTags(summaries: ArticleSummary[], withText: boolean): Promise<FeedArticle[]> {
    const ids = summaries.map((article) => article.id);
    const [tags, bodies] = await Promise.all([
      this.taxonomy.tagsOfArticles(ids),
      withText ? this.articles.publishedBodies(ids) : new Map<number, string>(),
    ]);
    const documents = new Map(
      [...bodies].map(([id, body]) => [id, JSON.parse(body) as DocumentJson] as const),
    );
    const media = await this.media.findByIds([...documents.values()].flatMap(documentMediaIds));
    return summaries.map((article) => {
      const body = documents.get(article.id) ?? null;
      return {
        ...article,
        tags: tags.get(article.id) ?? [],
        body,
        bodyMedia: new Map(
          (body ? documentMediaIds(body) : []).flatMap((id) => {
            const image = media.get(id);
            return image ? [[id, image] as const] : [];
          }),
        ),
      };
    });
  }

  /** The files of the article sitemap, `perFile` articles each: how many, changed when. */
  async articleSitemapFiles(perFile: number): Promise<{ count: number; lastmod: string }[]> {
    return this.articles.sitemapFiles(perFile);
  }

  /** File `file` (from 1) of the article sitemap; null past the last one. */
  async articleSitemap(file: number, perFile: number): Promise<SitemapArticleRow[] | null> {
    if (!Number.isSafeInteger(file) || file < 1) return null;
    const rows = await this.articles.sitemapArticles({
      limit: perFile,
      offset: (file - 1) * perFile,
    });
    return rows.length === 0 && file > 1 ? null : rows;
  }

  /**
   * The listing pages of `kind` with how many published stories each has and when the newest
   * of them last changed: every section (they are the site's navigation), and the tags and
   * authors with a story. What sitemaps and the APIs' lists of terms show.
   */
  async publishedListings(kind: 'section'): Promise<ListingActivity<Section>[]>;
  async publishedListings(kind: 'tag'): Promise<ListingActivity<Tag>[]>;
  async publishedListings(kind: 'person'): Promise<ListingActivity<Person>[]>;
  async publishedListings(
    kind: 'section' | 'tag' | 'person',
  ): Promise<ListingActivity<Section | Tag | Person>[]> {
    const counts = await this.articles.storyCounts(kind);
    if (kind === 'section') {
      const sections = await this.taxonomy.listAllSections();
      return sections.map((item) => ({
        item,
        count: counts.get(item.id)?.count ?? 0,
        lastmod: counts.get(item.id)?.lastmod ?? null,
      }));
    }
    const ids = [...counts.keys()].sort((a, b) => a - b);
    const items =
      kind === 'tag'
        ? await this.taxonomy.findTagsByIds(ids)
        : await this.taxonomy.findPeopleByIds(ids);
    return ids.flatMap((id) => {
      const item = items.get(id);
      const activity = counts.get(id);
      return item && activity ? [{ item, ...activity }] : [];
    });
  }

  /** Every section, in the navigation's order; of one language, or of both. */
  async allSections(language?: Language): Promise<Section[]> {
    return this.taxonomy.listAllSections(language);
  }

  /** The tags with a published story, by name; of one language, or of both. */
  async publishedTags(language?: Language): Promise<ListingActivity<Tag>[]> {
    return byName(
      (await this.publishedListings('tag')).filter(
        ({ item }) => language === undefined || item.language === language,
      ),
    );
  }

  /** The people with a published story, by name; of one language, or of both. */
  async publishedPeople(language?: Language): Promise<Person[]> {
    const people = (await this.publishedListings('person')).filter(
      ({ item }) => language === undefined || item.language === language,
    );
    return byName(people).map(({ item }) => item);
  }

  /** Stories published at `since` or later, newest first: the news sitemap's. */
  async publishedSince(since: Date, limit: number): Promise<ArticleSummaryRow[]> {
    return this.articles.listPublished(
      { publishedSince: since.toISOString() },
      { limit, offset: 0 },
    );
  }

  /** When the newest story in `language` was published: its front page's last change. */
  async newestPublication(language: Language): Promise<string | null> {
    const [newest] = await this.articles.listPublished({ language }, { limit: 1, offset: 0 });
    return newest?.publishedAt ?? null;
  }

  /** A published article with what its page shows around it; null when readers may not see it. */
  async publishedArticle(id: number): Promise<ArticlePageContent | null> {
    const row = await this.articles.findById(id);
    if (!row || row.status !== 'published') return null;
    return this.articlePage(row);
  }

  /**
   * An article in any status, with what its page would show around it: the newsroom's
   * preview of the public page, for someone who may read the desk's articles.
   */
  async articlePreview(actor: Actor, id: number): Promise<ArticlePageContent | null> {
    authorize(actor, 'articles.read');
    const row = await this.articles.findById(id);
    return row ? this.articlePage(row) : null;
  }

  private async articlePage(row: ArticleRow): Promise<ArticlePageContent | null> {
    const body = JSON.parse(row.body) as DocumentJson;
    // The section's latest other stories are joined to their sections, bylines and images
    // with the story itself: one set of queries for all five.
    const relatedRows =
      row.sectionId === null
        ? []
        : await this.articles.listPublished(
            { sectionIds: [row.sectionId], excludeIds: [row.id] },
            { limit: relatedCount, offset: 0 },
          );
    const [[summary, ...related], tags, bodyMedia, translations] = await Promise.all([
      this.hydrate([row, ...relatedRows]),
      this.taxonomy.tagsOfArticles([row.id]),
      this.media.findByIds(documentMediaIds(body)),
      this.publishedTranslations([row.id]),
    ]);
    if (!summary) return null;
    const section = summary.section;
    const parentSection =
      section?.parentId != null
        ? ((await this.taxonomy.findSectionsByIds([section.parentId])).get(section.parentId) ??
          null)
        : null;
    const article: Article = {
      ...summary,
      status: row.status,
      body,
      bodyMedia,
      tags: tags.get(row.id) ?? [],
      sourceName: row.sourceName,
      sourceUrl: row.sourceUrl,
      seoTitle: row.seoTitle,
      seoDescription: row.seoDescription,
      canonicalUrl: row.canonicalUrl,
      version: row.version,
    };
    return {
      article,
      parentSection,
      related: section ? related : [],
      translation: translations.get(row.id) ?? null,
    };
  }

  /**
   * Each article's translation, or the original it translates, for those whose other half
   * readers can see: two queries for any number of articles.
   */
  async publishedTranslations(ids: readonly number[]): Promise<Map<number, TranslationLink>> {
    const partners = await this.articles.translationPartners(ids);
    if (partners.size === 0) return new Map();
    const rows = await this.articles.listPublished(
      { ids: [...new Set(partners.values())] },
      { limit: partners.size, offset: 0 },
    );
    const published = new Map(rows.map((row) => [row.id, row]));
    const links = new Map<number, TranslationLink>();
    for (const [id, partnerId] of partners) {
      const partner = published.get(partnerId);
      if (partner) {
        links.set(id, {
          id: partner.id,
          slug: partner.slug,
          language: partner.language,
          title: partner.title,
        });
      }
    }
    return links;
  }

  async listSummaries(
    filter: PublishedFilter,
    limit: number,
    offset = 0,
  ): Promise<ArticleSummary[]> {
    if (limit <= 0) return [];
    return this.hydrate(await this.articles.listPublished(filter, { limit, offset }));
  }

  private async listing(filter: PublishedFilter, page: number): Promise<Listing | null> {
    const total = await this.articles.countPublished(filter);
    const totalPages = Math.max(1, Math.ceil(total / listingPageSize));
    if (!Number.isSafeInteger(page) || page < 1 || page > totalPages) return null;
    const articles = await this.listSummaries(
      filter,
      listingPageSize,
      (page - 1) * listingPageSize,
    );
    return { articles, page, totalPages };
  }

  /** Joins rows to their sections, bylines and featured images, in a fixed number of queries. */
  private async hydrate(rows: ArticleSummaryRow[]): Promise<ArticleSummary[]> {
    const ids = rows.map((r) => r.id);
    const [sections, authors, images] = await Promise.all([
      this.taxonomy.findSectionsByIds(
        rows.flatMap((r) => (r.sectionId === null ? [] : [r.sectionId])),
      ),
      this.taxonomy.authorsOfArticles(ids),
      this.media.findByIds(
        rows.flatMap((r) => (r.featuredMediaId === null ? [] : [r.featuredMediaId])),
      ),
    ]);
    return rows.map((row) => ({
      id: row.id,
      type: row.type,
      slug: row.slug,
      title: row.title,
      subtitle: row.subtitle,
      excerpt: row.excerpt,
      language: row.language,
      publishedAt: row.publishedAt,
      updatedAt: row.updatedAt,
      section: row.sectionId === null ? null : (sections.get(row.sectionId) ?? null),
      authors: authors.get(row.id) ?? [],
      featuredImage:
        row.featuredMediaId === null ? null : (images.get(row.featuredMediaId) ?? null),
      isBreaking: row.isBreaking === 1,
      isFeatured: row.isFeatured === 1,
    }));
  }
}

const names = new Intl.Collator('ar');

function byName<T extends { item: { name: string } }>(listings: T[]): T[] {
  return listings.sort((a, b) => names.compare(a.item.name, b.item.name));
}

/** What a feed's or a list's subject lists: its stories, as a filter. */
export function subjectFilter(subject: FeedSubject): PublishedFilter {
  switch (subject.kind) {
    case 'site':
      return { language: subject.language };
    case 'section':
      return { sectionIds: [subject.section.id, ...subject.subsections.map((s) => s.id)] };
    case 'tag':
      return { tagId: subject.tag.id };
    case 'author':
      return { personId: subject.person.id };
  }
}
