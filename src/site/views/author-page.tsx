/** An author's page: portrait, job title, bio and links, then their articles. */
import { isSafeHref } from '../../content/document-schema.js';
import type { Person } from '../../content/types.js';
import { t } from '../i18n.js';
import { absoluteUrl, authorPath } from '../paths.js';
import type { AuthorPageProps, PageContext } from '../view-models.js';
import { pageFormat } from './format.js';
import { Layout } from './layout.js';
import { Listing } from './listing.js';
import { basicMeta, feedLinks, paginationUrls } from './page-meta.js';
import { Avatar } from './teasers.js';

function personJsonLd(context: PageContext, person: Person) {
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    mainEntity: {
      '@type': 'Person',
      name: person.name,
      url: absoluteUrl(context.publicUrl, authorPath(person)),
      ...(person.jobTitle ? { jobTitle: person.jobTitle } : {}),
      ...(person.bio ? { description: person.bio } : {}),
      sameAs: person.links.filter((link) => isSafeHref(link.url)).map((link) => link.url),
    },
  };
}

export function AuthorPage({ context, person, articles, pagination }: AuthorPageProps) {
  const format = pageFormat(context);
  const { language } = context;
  const links = person.links.filter((link) => isSafeHref(link.url));
  const meta = basicMeta(context, {
    name: person.name,
    description: person.bio ?? person.jobTitle,
    image: person.avatar,
    ...paginationUrls(context, pagination),
    jsonLd: [personJsonLd(context, person)],
    feeds: feedLinks(context, authorPath(person), person.name),
  });
  return (
    <Layout context={context} meta={meta}>
      <header class="page-header author-header">
        <Avatar person={person} size="large" />
        <div class="author-text">
          <h1 class="page-title">{person.name}</h1>
          {person.jobTitle && <p class="author-job">{person.jobTitle}</p>}
          {person.bio && <p class="page-description">{person.bio}</p>}
          {links.length > 0 && (
            <ul class="author-links" aria-label={t(language, 'listing.authorLinks')}>
              {links.map((link) => (
                <li>
                  <a href={link.url} rel="me noopener">
                    {link.label}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      </header>
      <Listing
        articles={articles}
        pagination={pagination}
        format={format}
        label={t(language, 'listing.authorArticles', { name: person.name })}
      />
    </Layout>
  );
}
