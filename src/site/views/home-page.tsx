/** The front page: lead story, latest list, top stories, opinion strip, section blocks. */
import type { ComponentChildren } from 'preact';
import type { ArticleSummary, Language } from '../../content/types.js';
import { t } from '../i18n.js';
import { absoluteUrl, articlePath, homePath, searchPath, sectionPath } from '../paths.js';
import { publisherJsonLd } from './article-structured-data.js';
import type { HomePageProps, PageContext } from '../view-models.js';
import { Kicker } from './common.js';
import { pageFormat, type PageFormat } from './format.js';
import { Layout } from './layout.js';
import { basicMeta, feedLinks, type PageMeta } from './page-meta.js';
import { Picture } from './picture.js';
import { Card, HeadlineItem, OpinionCard, TeaserMeta } from './teasers.js';

function homeMeta(context: PageContext, lead: ArticleSummary | null): PageMeta {
  const { settings, language } = context;
  const languages: Language[] = ['ar', 'en'];
  return basicMeta(context, {
    name: settings.tagline[language],
    description: settings.tagline[language],
    canonicalUrl: absoluteUrl(context.publicUrl, homePath(language, settings.locale)),
    image: lead?.featuredImage ?? null,
    feeds: feedLinks(context, homePath(language, settings.locale), null),
    alternates: [
      ...languages.map((hreflang) => ({
        hreflang,
        href: absoluteUrl(context.publicUrl, homePath(hreflang, settings.locale)),
      })),
      {
        hreflang: 'x-default',
        href: absoluteUrl(context.publicUrl, homePath(settings.locale, settings.locale)),
      },
    ],
    jsonLd: [
      {
        '@context': 'https://schema.org',
        '@type': 'WebSite',
        name: settings.siteName[language],
        description: settings.tagline[language],
        url: absoluteUrl(context.publicUrl, homePath(language, settings.locale)),
        inLanguage: language,
        publisher: publisherJsonLd(context),
        // The site's search, for a search box under the site's name in results.
        potentialAction: {
          '@type': 'SearchAction',
          target: {
            '@type': 'EntryPoint',
            urlTemplate: `${absoluteUrl(context.publicUrl, searchPath(language, settings.locale))}?q={search_term_string}`,
          },
          'query-input': 'required name=search_term_string',
        },
      },
    ],
  });
}

function LeadStory({ article, format }: { article: ArticleSummary; format: PageFormat }) {
  const dek = article.subtitle ?? article.excerpt;
  return (
    <section class="lead-story" aria-label={t(format.language, 'home.lead')}>
      {article.featuredImage && (
        <div class="lead-image">
          <Picture
            media={article.featuredImage}
            sizes="(max-width: 640px) 100vw, (max-width: 1200px) 66vw, 780px"
            isPriority
          />
        </div>
      )}
      <Kicker article={article} language={format.language} hideNews />
      <h2 class="lead-title">
        <a class="teaser-link" href={articlePath(article)}>
          {article.title}
        </a>
      </h2>
      {dek && <p class="lead-dek">{dek}</p>}
      <TeaserMeta article={article} format={format} withTime />
    </section>
  );
}

function Block({
  id,
  title,
  children,
  class: className,
}: {
  id: string;
  title: ComponentChildren;
  children: ComponentChildren;
  class?: string;
}) {
  return (
    <section class={className ? `block ${className}` : 'block'} aria-labelledby={id}>
      <h2 class="block-title" id={id}>
        {title}
      </h2>
      {children}
    </section>
  );
}

function SectionBlock({
  block,
  format,
}: {
  block: HomePageProps['sectionBlocks'][number];
  format: PageFormat;
}) {
  const [first, ...rest] = block.articles.slice(0, 4);
  if (!first) return null;
  return (
    <Block
      id={`section-${block.section.id}`}
      class="section-block"
      title={<a href={sectionPath(block.section)}>{block.section.name}</a>}
    >
      <Card article={first} format={format} sizes="(max-width: 640px) 100vw, 380px" />
      {rest.length > 0 && (
        <ul class="headline-list">
          {rest.map((article) => (
            <HeadlineItem article={article} format={format} />
          ))}
        </ul>
      )}
    </Block>
  );
}

export function HomePage({ context, lead, top, opinion, sectionBlocks, latest }: HomePageProps) {
  const format = pageFormat(context);
  const { language } = context;
  const isEmpty = !lead && top.length === 0 && latest.length === 0;
  return (
    <Layout context={context} meta={homeMeta(context, lead)} isHome>
      {isEmpty && <p class="empty-state">{t(language, 'home.empty')}</p>}
      {(lead || latest.length > 0) && (
        <div class="home-top">
          {lead && <LeadStory article={lead} format={format} />}
          {latest.length > 0 && (
            <Block id="latest" class="latest" title={t(language, 'home.latest')}>
              <ol class="headline-list timeline">
                {latest.map((article) => (
                  <HeadlineItem article={article} format={format} showTime />
                ))}
              </ol>
            </Block>
          )}
        </div>
      )}
      {top.length > 0 && (
        <Block id="top" class="top-stories" title={t(language, 'home.top')}>
          <ul class="card-grid">
            {top.map((article) => (
              <li>
                <Card
                  article={article}
                  format={format}
                  sizes="(max-width: 640px) 100vw, (max-width: 1000px) 50vw, 290px"
                />
              </li>
            ))}
          </ul>
        </Block>
      )}
      {opinion.length > 0 && (
        <Block id="opinion" class="opinion-strip" title={t(language, 'home.opinion')}>
          <ul class="opinion-list">
            {opinion.map((article) => (
              <OpinionCard article={article} />
            ))}
          </ul>
        </Block>
      )}
      {sectionBlocks.length > 0 && (
        <div class="section-blocks">
          {sectionBlocks.map((block) => (
            <SectionBlock block={block} format={format} />
          ))}
        </div>
      )}
    </Layout>
  );
}
