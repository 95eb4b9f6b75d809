/** An article: breadcrumb, headline, byline and dates, image, body, source, tags, related. */
import type { Article, Person, Section } from '../../content/types.js';
import { isSafeHref } from '../../content/document-schema.js';
import { t } from '../i18n.js';
import { articlePath, authorPath, homePath, sectionPath, tagPath } from '../paths.js';
import type { ArticlePageProps, PageContext } from '../view-models.js';
import { ArticleBody, FigureCaption } from './article-body.js';
import { articleJsonLd, breadcrumbJsonLd } from './article-structured-data.js';
import { AuthorLinks, Breadcrumb, Kicker, Time, type Crumb } from './common.js';
import { pageFormat, wasUpdated, type PageFormat } from './format.js';
import { Layout } from './layout.js';
import { basicMeta, feedLinks, pageUrl, type PageMeta } from './page-meta.js';
import { Picture } from './picture.js';
import { Avatar, TeaserList } from './teasers.js';

function crumbsFor(
  context: PageContext,
  section: Section | null,
  parentSection: Section | null,
): Crumb[] {
  const { language, settings } = context;
  const crumbs: Crumb[] = [
    { name: t(language, 'site.home'), href: homePath(language, settings.locale) },
  ];
  if (parentSection) crumbs.push({ name: parentSection.name, href: sectionPath(parentSection) });
  if (section) crumbs.push({ name: section.name, href: sectionPath(section) });
  return crumbs;
}

function articleMeta(props: ArticlePageProps, crumbs: Crumb[]): PageMeta {
  const { context, article, translation } = props;
  const ownUrl = pageUrl(context, articlePath(article));
  const canonicalUrl = article.canonicalUrl ?? ownUrl;
  const articleProperties = [
    ...(article.publishedAt
      ? [{ property: 'article:published_time', content: article.publishedAt }]
      : []),
    { property: 'article:modified_time', content: article.updatedAt },
    ...(article.section ? [{ property: 'article:section', content: article.section.name }] : []),
    ...article.tags.map((tag) => ({ property: 'article:tag', content: tag.name })),
  ];
  return basicMeta(context, {
    name: article.seoTitle ?? article.title,
    description: article.seoDescription ?? article.excerpt ?? article.subtitle,
    canonicalUrl,
    ogType: 'article',
    image: article.featuredImage,
    articleProperties,
    jsonLd: [articleJsonLd(context, article, canonicalUrl), breadcrumbJsonLd(context, crumbs)],
    // The site's feed in the article's language: what a reader who liked it subscribes to.
    feeds: feedLinks(context, homePath(context.language, context.settings.locale), null),
    // The story and its translation name each other, each with its own address.
    alternates: translation
      ? [
          { hreflang: article.language, href: ownUrl },
          { hreflang: translation.language, href: pageUrl(context, articlePath(translation)) },
        ]
      : [],
  });
}

function Columnists({ authors }: { authors: Person[] }) {
  return (
    <ul class="columnists">
      {authors.map((person) => (
        <li class="columnist">
          <Avatar person={person} size="large" />
          <div>
            <a class="columnist-name author-link" href={authorPath(person)}>
              {person.name}
            </a>
            {person.jobTitle && <p class="columnist-title">{person.jobTitle}</p>}
          </div>
        </li>
      ))}
    </ul>
  );
}

function Byline({ article, format }: { article: Article; format: PageFormat }) {
  if (article.authors.length === 0) return null;
  if (article.type === 'opinion') {
    return <Columnists authors={article.authors} />;
  }
  return (
    <p class="byline">
      {t(format.language, 'article.by')}{' '}
      <AuthorLinks authors={article.authors} language={format.language} />
    </p>
  );
}

function Dateline({ article, format }: { article: Article; format: PageFormat }) {
  if (!article.publishedAt) return null;
  const { language } = format;
  return (
    <p class="dateline">
      <span>
        {t(language, 'article.publishedAt')}{' '}
        <Time iso={article.publishedAt}>{format.dateTime(article.publishedAt)}</Time>
      </span>
      {wasUpdated(article.publishedAt, article.updatedAt) && (
        <span>
          {t(language, 'article.updatedAt')}{' '}
          <Time iso={article.updatedAt}>{format.dateTime(article.updatedAt)}</Time>
        </span>
      )}
    </p>
  );
}

/**
 * The link to the story in the other language. Its words are Arabic on every page, like the
 * language switch's: «اقرأ المقال بالإنجليزية» here, «اقرأ المقال بالعربية» on English pages.
 */
function TranslationLine({ props }: { props: ArticlePageProps }) {
  const { translation, context } = props;
  if (!translation) return null;
  const marksArabic = context.language !== 'ar';
  return (
    <p class="translation-link">
      <a
        href={articlePath(translation)}
        hreflang={translation.language}
        {...(marksArabic ? { lang: 'ar', dir: 'rtl' } : {})}
      >
        {t(context.language, 'article.translation')}
      </a>
    </p>
  );
}

function SourceLine({ article, format }: { article: Article; format: PageFormat }) {
  if (!article.sourceName) return null;
  const href = article.sourceUrl && isSafeHref(article.sourceUrl) ? article.sourceUrl : null;
  return (
    <p class="source">
      {t(format.language, 'article.source')}{' '}
      {href ? (
        <a href={href} rel="nofollow noopener">
          {article.sourceName}
        </a>
      ) : (
        article.sourceName
      )}
    </p>
  );
}

function Tags({ article, format }: { article: Article; format: PageFormat }) {
  if (article.tags.length === 0) return null;
  return (
    <nav class="tags" aria-labelledby="tags-heading">
      <h2 class="tags-heading" id="tags-heading">
        {t(format.language, 'article.tags')}
      </h2>
      <ul>
        {article.tags.map((tag) => (
          <li>
            <a href={tagPath(tag)} rel="tag">
              {tag.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function ArticlePage(props: ArticlePageProps) {
  const { context, article, parentSection, related } = props;
  const format = pageFormat(context);
  const { language } = context;
  const crumbs = crumbsFor(context, article.section, parentSection);
  const image = article.featuredImage;
  const isOtherLanguage = article.language !== language;
  return (
    <Layout
      context={context}
      meta={articleMeta(props, crumbs)}
      activeSectionId={parentSection?.id ?? article.section?.id ?? null}
    >
      <div class={related.length > 0 ? 'article-layout has-related' : 'article-layout'}>
        <article
          class={`article article-${article.type}`}
          lang={isOtherLanguage ? article.language : undefined}
          dir={isOtherLanguage ? (article.language === 'ar' ? 'rtl' : 'ltr') : undefined}
        >
          <header class="article-header">
            <Breadcrumb language={language} crumbs={crumbs} />
            <Kicker article={article} language={language} />
            <h1 class="headline">{article.title}</h1>
            {article.subtitle && <p class="dek">{article.subtitle}</p>}
            <Byline article={article} format={format} />
            <Dateline article={article} format={format} />
            <TranslationLine props={props} />
          </header>
          {image && (
            <figure class="lead-figure">
              <Picture media={image} sizes="(max-width: 960px) 100vw, 920px" isPriority />
              <FigureCaption media={image} language={language} />
            </figure>
          )}
          <div class="article-body">
            <ArticleBody
              doc={article.body}
              media={article.bodyMedia}
              language={language}
              siteUrl={context.publicUrl}
            />
          </div>
          <footer class="article-footer">
            <SourceLine article={article} format={format} />
            <Tags article={article} format={format} />
          </footer>
        </article>
        {related.length > 0 && (
          <aside class="related" aria-labelledby="related-heading">
            <h2 class="block-title" id="related-heading">
              {t(language, 'article.related')}
            </h2>
            <TeaserList articles={related} format={format} heading="h3" />
          </aside>
        )}
      </div>
    </Layout>
  );
}
