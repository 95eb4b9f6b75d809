/**
 * The dashboard at /admin, the desk's first page: what waits for review, what is scheduled
 * (at its time in the site's time zone), what went out lately, and the user's own drafts.
 * Each is a short list with its count, every title a link to the article's editor, and a
 * link to the whole list when there is more; an empty one says so.
 */
import type { Dashboard, DeskArticle, ShortList } from '../../content/article-service.js';
import { t, type MessageKey } from '../../i18n/index.js';
import { articleListPath } from '../paths.js';
import { formatMoment, type Visit } from '../visit.js';
import { ArticleTitleLink } from './article-list-page.js';
import { NoticeBox } from './form.js';
import { Layout } from './layout.js';
import type { PageContext } from './page-context.js';

interface Panel {
  list: keyof Dashboard;
  title: MessageKey;
  empty: MessageKey;
  /** Which moment each item shows, and the words before it. */
  moment: 'updatedAt' | 'scheduledAt' | 'publishedAt';
  momentLabel: MessageKey;
  /** The article list showing all of it. */
  filters: Record<string, string>;
}

const panels: readonly Panel[] = [
  {
    list: 'inReview',
    title: 'desk.dashboard.inReview',
    empty: 'desk.dashboard.inReview.empty',
    moment: 'updatedAt',
    momentLabel: 'desk.when.updated',
    filters: { status: 'in_review' },
  },
  {
    list: 'scheduled',
    title: 'desk.dashboard.scheduled',
    empty: 'desk.dashboard.scheduled.empty',
    moment: 'scheduledAt',
    momentLabel: 'desk.when.scheduled',
    filters: { status: 'scheduled' },
  },
  {
    list: 'published',
    title: 'desk.dashboard.published',
    empty: 'desk.dashboard.published.empty',
    moment: 'publishedAt',
    momentLabel: 'desk.when.published',
    filters: { status: 'published', sort: '-published' },
  },
  {
    list: 'drafts',
    title: 'desk.dashboard.drafts',
    empty: 'desk.dashboard.drafts.empty',
    moment: 'updatedAt',
    momentLabel: 'desk.when.updated',
    filters: { status: 'draft', mine: '1' },
  },
];

export function DashboardPage({
  context,
  dashboard,
}: {
  context: PageContext;
  dashboard: Dashboard;
}) {
  const { visit } = context;
  const title = t(visit.language, 'desk.nav.home');
  return (
    <Layout context={context} title={title}>
      <h1>{title}</h1>
      <NoticeBox language={visit.language} notice={context.notice} />
      <div class="dashboard">
        {panels.map((panel) => (
          <DashboardPanel visit={visit} panel={panel} list={dashboard[panel.list]} />
        ))}
      </div>
    </Layout>
  );
}

function DashboardPanel({ visit, panel, list }: { visit: Visit; panel: Panel; list: ShortList }) {
  const { language, locale } = visit;
  const id = `dashboard-${panel.list}`;
  const title = t(language, panel.title);
  return (
    <section class="panel" aria-labelledby={id}>
      <h2 id={id}>
        {title} <span class="count">{t(locale, 'desk.articleCount', { count: list.total })}</span>
      </h2>
      {list.items.length === 0 ? (
        <p class="muted">{t(language, panel.empty)}</p>
      ) : (
        <ul class="short-list">
          {list.items.map((article) => (
            <li>
              <ArticleTitleLink visit={visit} article={article} />
              <Moment visit={visit} article={article} panel={panel} />
            </li>
          ))}
        </ul>
      )}
      {list.total > list.items.length && (
        <p>
          <a href={articleListPath(panel.filters)}>
            {t(locale, 'desk.dashboard.seeAll', { list: title, count: list.total })}
          </a>
        </p>
      )}
    </section>
  );
}

function Moment({ visit, article, panel }: { visit: Visit; article: DeskArticle; panel: Panel }) {
  const moment = article[panel.moment];
  if (moment === null) return null;
  return (
    <p class="when">
      {t(visit.language, panel.momentLabel)}{' '}
      <time datetime={moment}>{formatMoment(visit, moment)}</time>
    </p>
  );
}
