/** A section's page: its name and description, subsections, and its latest articles. */
import { t } from '../i18n.js';
import { homePath, sectionPath } from '../paths.js';
import type { SectionPageProps } from '../view-models.js';
import { Breadcrumb, type Crumb } from './common.js';
import { breadcrumbJsonLd } from './article-structured-data.js';
import { pageFormat } from './format.js';
import { Layout } from './layout.js';
import { Listing } from './listing.js';
import { basicMeta, feedLinks, paginationUrls } from './page-meta.js';

export function SectionPage({
  context,
  section,
  parent,
  subsections,
  articles,
  pagination,
}: SectionPageProps) {
  const format = pageFormat(context);
  const { language, settings } = context;
  const crumbs: Crumb[] = [
    { name: t(language, 'site.home'), href: homePath(language, settings.locale) },
    ...(parent ? [{ name: parent.name, href: sectionPath(parent) }] : []),
    { name: section.name, href: sectionPath(section) },
  ];
  const meta = basicMeta(context, {
    name: section.name,
    description: section.description ?? settings.tagline[language],
    ...paginationUrls(context, pagination),
    jsonLd: [breadcrumbJsonLd(context, crumbs)],
    feeds: feedLinks(context, sectionPath(section), section.name),
  });
  return (
    <Layout context={context} meta={meta} activeSectionId={parent?.id ?? section.id}>
      <header class="page-header">
        {parent && <Breadcrumb language={language} crumbs={crumbs.slice(0, -1)} />}
        <h1 class="page-title">{section.name}</h1>
        {section.description && <p class="page-description">{section.description}</p>}
        {subsections.length > 0 && (
          <nav class="subsections" aria-label={t(language, 'site.subsectionsNav')}>
            <ul>
              {subsections.map((subsection) => (
                <li>
                  <a
                    href={sectionPath(subsection)}
                    aria-current={subsection.id === section.id ? 'page' : undefined}
                  >
                    {subsection.name}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        )}
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
