/**
 * What search engines crawl by: `/robots.txt`, the sitemap index at `/sitemap.xml`, and the
 * sitemaps it lists under `/sitemaps/`: the front pages, the articles (by id,
 * `MIDAD_SITEMAP_URLS` to a file, each with its featured image), the sections, tags and
 * authors, and the news sitemap of the last 48 hours. All go through the page cache under one
 * tag that every public change purges (see `sitemapsTag`).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { sitemapsTag } from '../cache/tags.js';
import { languages } from '../text/language.js';
import type { PageFrame } from '../site/page-frame.js';
import {
  absoluteUrl,
  articlePath,
  authorPath,
  homePath,
  mediaUrl,
  searchPath,
  sectionPath,
  tagPath,
} from '../site/paths.js';
import { largestWidth } from '../site/views/picture.js';
import { sitemapContentType, sitemapIndex, urlset, type SitemapUrl } from './sitemaps.js';

/** Google News lists stories of the last two days, at most 1 000 in one sitemap. */
export const newsWindowMs = 48 * 60 * 60 * 1000;
export const newsLimit = 1000;

const day = 24 * 60 * 60 * 1000;
const nameSchema = { params: Type.Object({ name: Type.String({ maxLength: 100 }) }) };

export async function sitemapRoutes(app: FastifyInstance, { frame }: { frame: PageFrame }) {
  const { reader, config, clock, responses } = app.midad;
  const url = (path: string) => absoluteUrl(config.publicUrl, path);
  // What they answer does not depend on the query: one entry for every query.
  const cached = { config: { pageCache: 'path' as const } };

  function send(
    request: FastifyRequest,
    reply: FastifyReply,
    body: string,
    { contentType = sitemapContentType, expiresAt = clock().getTime() + day } = {},
  ) {
    return responses.send(request, reply, {
      contentType,
      headers: {},
      body: Buffer.from(body),
      tags: [sitemapsTag],
      expiresAt,
    });
  }

  app.get('/robots.txt', cached, async (request, reply) => {
    const lines = [
      'User-agent: *',
      // The newsroom is for the newsroom; everything readers see may be crawled.
      'Disallow: /admin/',
      '',
      `Sitemap: ${url('/sitemap.xml')}`,
      `Sitemap: ${url('/sitemaps/news.xml')}`,
      '',
    ];
    return send(request, reply, lines.join('\n'), { contentType: 'text/plain; charset=utf-8' });
  });

  app.get('/sitemap.xml', cached, async (request, reply) => {
    const [articleFiles, sections, tags, people, pages] = await Promise.all([
      reader.articleSitemapFiles(config.sitemapUrlsPerFile),
      reader.publishedListings('section'),
      reader.publishedListings('tag'),
      reader.publishedListings('person'),
      frontPages(),
    ]);
    const newest = (dates: (string | null)[]) =>
      dates.reduce<string | null>((a, b) => (b !== null && (a === null || b > a) ? b : a), null);
    const files = [
      { loc: url('/sitemaps/pages.xml'), lastmod: newest(pages.map((page) => page.lastmod)) },
      ...articleFiles.map((file, index) => ({
        loc: url(`/sitemaps/articles-${index + 1}.xml`),
        lastmod: file.lastmod,
      })),
      ...(
        [
          ['sections', sections],
          ['tags', tags],
          ['authors', people],
        ] as const
      ).flatMap(([name, list]) =>
        list.length === 0
          ? []
          : [{ loc: url(`/sitemaps/${name}.xml`), lastmod: newest(list.map((l) => l.lastmod)) }],
      ),
      { loc: url('/sitemaps/news.xml'), lastmod: null },
    ];
    return send(request, reply, sitemapIndex(files));
  });

  /**
   * The front page of each language, changed when its newest story was published, and its
   * search page.
   */
  async function frontPages(): Promise<SitemapUrl[]> {
    const settings = await frame.settings();
    const pages = await Promise.all(
      languages.map(async (language) => [
        {
          loc: url(homePath(language, settings.locale)),
          lastmod: await reader.newestPublication(language),
          images: [],
          news: null,
        },
        { loc: url(searchPath(language, settings.locale)), lastmod: null, images: [], news: null },
      ]),
    );
    return pages.flat();
  }

  app.get<{ Params: { name: string } }>(
    '/sitemaps/:name',
    { schema: nameSchema, ...cached },
    async (request, reply) => {
      const { name } = request.params;
      const listing = (path: string, lastmod: string | null): SitemapUrl => ({
        loc: url(path),
        lastmod,
        images: [],
        news: null,
      });
      const articles = /^articles-([1-9][0-9]{0,8})\.xml$/.exec(name);
      if (articles) {
        const rows = await reader.articleSitemap(Number(articles[1]), config.sitemapUrlsPerFile);
        if (!rows) return reply.callNotFound();
        const urls = rows.map((row) => ({
          loc: url(articlePath(row)),
          lastmod: row.updatedAt,
          images:
            row.imageId !== null && row.imageVersion !== null && row.imageWidth !== null
              ? [
                  url(
                    mediaUrl(
                      { id: row.imageId, version: row.imageVersion },
                      largestWidth({ width: row.imageWidth }),
                      'jpeg',
                    ),
                  ),
                ]
              : [],
          news: null,
        }));
        return send(request, reply, urlset(urls));
      }
      switch (name) {
        case 'pages.xml':
          return send(request, reply, urlset(await frontPages()));
        case 'sections.xml': {
          const sections = await reader.publishedListings('section');
          const urls = sections.map(({ item, lastmod }) => listing(sectionPath(item), lastmod));
          return send(request, reply, urlset(urls));
        }
        case 'tags.xml': {
          const tags = await reader.publishedListings('tag');
          const urls = tags.map(({ item, lastmod }) => listing(tagPath(item), lastmod));
          return send(request, reply, urlset(urls));
        }
        case 'authors.xml': {
          const people = await reader.publishedListings('person');
          const urls = people.map(({ item, lastmod }) => listing(authorPath(item), lastmod));
          return send(request, reply, urlset(urls));
        }
        case 'news.xml':
          return sendNews(request, reply);
        default:
          return reply.callNotFound();
      }
    },
  );

  /**
   * The stories of the last 48 hours by the app's clock, newest first. The file expires by
   * itself when its oldest story leaves the window.
   */
  async function sendNews(request: FastifyRequest, reply: FastifyReply) {
    const now = clock().getTime();
    const [settings, stories] = await Promise.all([
      frame.settings(),
      reader.publishedSince(new Date(now - newsWindowMs), newsLimit),
    ]);
    const urls = stories.map((story) => ({
      loc: url(articlePath(story)),
      lastmod: null,
      images: [],
      news: {
        publication: settings.siteName[story.language],
        language: story.language,
        published: story.publishedAt ?? story.updatedAt,
        title: story.title,
      },
    }));
    const oldest = stories.at(-1)?.publishedAt;
    const expiresAt = oldest ? new Date(oldest).getTime() + newsWindowMs : now + day;
    return send(request, reply, urlset(urls), { expiresAt });
  }
}
