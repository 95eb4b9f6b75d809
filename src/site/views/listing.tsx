/** The part section, tag and author pages share: the teaser list, empty state, pagination. */
import type { ArticleSummary } from '../../content/types.js';
import { t } from '../i18n.js';
import type { Pagination } from '../view-models.js';
import { PaginationNav } from './common.js';
import type { PageFormat } from './format.js';
import { TeaserList } from './teasers.js';

export function Listing({
  articles,
  pagination,
  format,
  label,
}: {
  articles: ArticleSummary[];
  pagination: Pagination;
  format: PageFormat;
  /** Names the list for screen readers. */
  label: string;
}) {
  return (
    <section class="listing" aria-label={label}>
      {articles.length === 0 ? (
        <p class="empty-state">{t(format.language, 'listing.empty')}</p>
      ) : (
        <TeaserList articles={articles} format={format} />
      )}
      <PaginationNav pagination={pagination} format={format} />
    </section>
  );
}
