/** A tag's page: every article with the tag, newest first. */
import { t } from '../i18n.js';
import type { TagPageProps } from '../view-models.js';
import { tagPath } from '../paths.js';
import { pageFormat } from './format.js';
import { Layout } from './layout.js';
import { Listing } from './listing.js';
import { basicMeta, feedLinks, paginationUrls } from './page-meta.js';

export function TagPage({ context, tag, articles, pagination }: TagPageProps) {
  const format = pageFormat(context);
  const { language } = context;
  const description = t(language, 'listing.tagDescription', { name: tag.name });
  const meta = basicMeta(context, {
    name: tag.name,
    description,
    ...paginationUrls(context, pagination),
    feeds: feedLinks(context, tagPath(tag), tag.name),
  });
  return (
    <Layout context={context} meta={meta}>
      <header class="page-header">
        <p class="page-kicker">{t(language, 'listing.tagKicker')}</p>
        <h1 class="page-title">{tag.name}</h1>
        <p class="page-description">{description}</p>
      </header>
      <Listing
        articles={articles}
        pagination={pagination}
        format={format}
        label={t(language, 'listing.articles')}
      />
    </Layout>
  );
}
