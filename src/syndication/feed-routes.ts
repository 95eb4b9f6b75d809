/**
 * The feeds' addresses: `/feed` (RSS 2.0), `/feed/atom` and `/feed/json` after the home page
 * of each language (`/en/feed` for the site's other one) and after each section's, tag's and
 * author's page. The addresses other platforms use (`/rss.xml`, `/atom.xml`, `/feed.json`,
 * WordPress's `/feed/rss2`) are sent to the site's own. Feeds go through the page cache,
 * tagged like the page they follow, so a publish purges them with it.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { homeTag, mediaTag, tagTag } from '../cache/tags.js';
import type { FeedSubject } from '../content/reader-service.js';
import { languages } from '../text/language.js';
import type { PageFrame } from '../site/page-frame.js';
import { personTags, sectionsTags, summariesTags } from '../site/page-tags.js';
import { feedPath } from '../site/paths.js';
import { feedContentTypes, feedFormats, writeFeed, type FeedFormat } from './feed-formats.js';
import { buildFeed } from './feeds.js';

const slugSchema = { params: Type.Object({ slug: Type.String({ minLength: 1, maxLength: 500 }) }) };
const languageSchema = { params: Type.Object({ language: Type.String({ maxLength: 500 }) }) };

/** A feed keeps for a day unless a change purges it first. */
const feedLifetime = 24 * 60 * 60 * 1000;

/** What a feed shows, as the page cache's tags: what its page shows, and each story's tags. */
function subjectTags(subject: FeedSubject): string[] {
  switch (subject.kind) {
    case 'site':
      return [homeTag(subject.language)];
    case 'section':
      return sectionsTags([subject.section, ...subject.subsections]);
    case 'tag':
      return [tagTag(subject.tag.id)];
    case 'author':
      return personTags(subject.person);
  }
}

const aliases: Record<string, string> = {
  '/rss.xml': feedPath('/', 'rss'),
  '/feed/rss2': feedPath('/', 'rss'),
  '/feed/rss': feedPath('/', 'rss'),
  '/atom.xml': feedPath('/', 'atom'),
  '/feed.json': feedPath('/', 'json'),
};

export async function feedRoutes(app: FastifyInstance, { frame }: { frame: PageFrame }) {
  const { reader, config, clock, responses } = app.midad;
  // What they answer does not depend on the query: one entry for every query.
  const cached = { config: { pageCache: 'path' as const } };

  async function sendFeed(
    request: FastifyRequest,
    reply: FastifyReply,
    subject: FeedSubject,
    format: FeedFormat,
  ) {
    const settings = await frame.settings();
    const articles = await reader.feedArticles(subject, settings.feedContent === 'full');
    const now = clock();
    const feed = buildFeed({ subject, articles, settings, publicUrl: config.publicUrl, now });
    return responses.send(request, reply, {
      contentType: feedContentTypes[format],
      headers: {},
      body: Buffer.from(writeFeed(feed, format)),
      tags: [
        ...subjectTags(subject),
        ...summariesTags(articles),
        ...articles.flatMap((article) => [
          ...article.tags.map((tag) => tagTag(tag.id)),
          ...[...article.bodyMedia.keys()].map(mediaTag),
        ]),
      ],
      expiresAt: now.getTime() + feedLifetime,
    });
  }

  for (const format of feedFormats) {
    const suffix = feedPath('/', format);

    app.get(suffix, cached, async (request, reply) => {
      const settings = await frame.settings();
      return sendFeed(request, reply, { kind: 'site', language: settings.locale }, format);
    });

    app.get<{ Params: { language: string } }>(
      `/:language${suffix}`,
      { schema: languageSchema, ...cached },
      async (request, reply) => {
        const language = languages.find((known) => known === request.params.language);
        if (!language) return reply.callNotFound();
        const settings = await frame.settings();
        if (language === settings.locale) return reply.redirect(suffix, 301);
        return sendFeed(request, reply, { kind: 'site', language }, format);
      },
    );

    for (const kind of ['section', 'tag', 'author'] as const) {
      app.get<{ Params: { slug: string } }>(
        `/${kind}/:slug${suffix}`,
        { schema: slugSchema, ...cached },
        async (request, reply) => {
          const subject = await reader.feedSubject(kind, { slug: request.params.slug });
          if (!subject) return reply.callNotFound();
          return sendFeed(request, reply, subject, format);
        },
      );
    }
  }

  for (const [from, to] of Object.entries(aliases)) {
    app.get(from, async (_request, reply) => reply.redirect(to, 301));
  }
}
