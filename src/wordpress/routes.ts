/**
 * A WordPress-compatible read API at `/wp-json/wp/v2/`: posts, pages, categories, tags, users
 * and media with WordPress's fields, query parameters (`page`, `per_page`, `search`,
 * `categories`, `tags`, `author`, `after`, `before`, `orderby`, `order`, `slug`, `include`,
 * `exclude`, `_embed`) and headers (`X-WP-Total`, `X-WP-TotalPages`, `Link`), and the
 * `/wp-json` discovery document — so that what was written for WordPress (apps, widgets,
 * aggregators, the `wpapi` client) reads a Midad site unchanged. Read-only: every write
 * method is refused as WordPress refuses an unauthenticated one. See docs/wordpress-api.md.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { FeedArticle, PublishedFilter, StoryOrder } from '../content/reader-service.js';
import type { Person, Section, Tag } from '../content/types.js';
import { asMidadError } from '../http/client-errors.js';
import { negotiateLanguage } from '../i18n/index.js';
import { pageLinks } from '../http/page-links.js';
import { absoluteUrl } from '../site/paths.js';
import { collectionParams, WordPressError, WordPressQuery } from './params.js';
import { WordPressPresenter } from './presenters.js';

const postParams = [
  ...collectionParams,
  'search',
  'categories',
  'tags',
  'author',
  'after',
  'before',
  'slug',
  'status',
  'sticky',
  '_embed',
];
const termParams = [...collectionParams, 'search', 'slug', 'hide_empty', 'post', 'parent'];
const userParams = [...collectionParams, 'search', 'slug'];
const mediaParams = [...collectionParams, 'media_type', 'mime_type', 'parent', 'search'];

const postOrders: Record<string, StoryOrder['by']> = {
  date: 'publishedAt',
  modified: 'updatedAt',
  id: 'id',
  title: 'title',
  slug: 'slug',
};

function notFound(kind: 'post' | 'term' | 'user' | 'media'): WordPressError {
  const messages = {
    post: ['rest_post_invalid_id', 'wordpress.invalid_post'],
    term: ['rest_term_invalid', 'wordpress.invalid_term'],
    user: ['rest_user_invalid_id', 'wordpress.invalid_user'],
    media: ['rest_post_invalid_id', 'wordpress.invalid_post'],
  } as const;
  const [code, key] = messages[kind];
  return new WordPressError(code, { key }, 404);
}

export async function wordpressRoutes(app: FastifyInstance): Promise<void> {
  const { reader, search, config } = app.midad;
  const url = (path: string) => absoluteUrl(config.publicUrl, path);

  app.midad.errorScopes.register('/wp-json', async (error, request, reply) =>
    sendError(request, reply, asWordPressError(error, request)),
  );
  app.setErrorHandler(async (error, request, reply) =>
    sendError(request, reply, asWordPressError(error, request)),
  );

  function asWordPressError(error: unknown, request: FastifyRequest): WordPressError {
    if (error instanceof WordPressError) return error;
    const status =
      (error as { statusCode?: number }).statusCode ?? asMidadError(error)?.status ?? 500;
    if (status >= 500 && asMidadError(error)?.code !== 'unavailable') {
      request.log.error(error, 'unhandled error');
    }
    if (asMidadError(error)?.code === 'unavailable' || status === 503) {
      return new WordPressError('rest_unavailable', { key: 'wordpress.unavailable' }, 503);
    }
    return status < 500
      ? new WordPressError('rest_invalid_request', { key: 'wordpress.unreadable' }, status)
      : new WordPressError('internal_server_error', { key: 'wordpress.internal' }, 500);
  }

  app.setNotFoundHandler(async (request, reply) => {
    const isRead = request.method === 'GET' || request.method === 'HEAD';
    return sendError(
      request,
      reply,
      isRead
        ? new WordPressError('rest_no_route', { key: 'wordpress.no_route' }, 404)
        : new WordPressError('rest_cannot_create', { key: 'wordpress.not_allowed' }, 401),
    );
  });

  /**
   * The error in the caller's language (Accept-Language, else the site's, as WordPress tells
   * its REST errors in the site's language), numbers in the site's digits.
   */
  async function sendError(request: FastifyRequest, reply: FastifyReply, error: WordPressError) {
    const settings = await reader.getSettings().catch(() => null);
    const language = negotiateLanguage(
      request.headers['accept-language'],
      settings?.locale ?? 'ar',
    );
    return reply
      .code(error.status)
      .header('cache-control', 'no-store')
      .header('content-language', language)
      .type('application/json; charset=UTF-8')
      .send(error.present({ language, digits: settings?.digits ?? 'arabic-indic' }));
  }

  async function presenter() {
    const settings = await reader.getSettings();
    return new WordPressPresenter({ publicUrl: config.publicUrl, timeZone: settings.timeZone });
  }

  /** A collection's answer: the page of items, and WordPress's totals and links. */
  function sendPage(
    request: FastifyRequest,
    reply: FastifyReply,
    items: unknown[],
    total: number,
    { page, perPage }: { page: number; perPage: number },
  ) {
    const totalPages = Math.ceil(total / perPage);
    if (page > Math.max(1, totalPages)) {
      throw new WordPressError(
        'rest_post_invalid_page_number',
        { key: 'wordpress.invalid_page' },
        400,
      );
    }
    reply
      .header('x-wp-total', String(total))
      .header('x-wp-totalpages', String(totalPages))
      .header('cache-control', 'public, max-age=60');
    const links = pageLinks(config.publicUrl, request.url, page, totalPages);
    if (links) reply.header('link', links);
    return items;
  }

  /** A list of terms, people or images, filtered, ordered and paged as WordPress does. */
  function collect<T extends { id: number; slug?: string; name?: string }>(
    all: T[],
    query: WordPressQuery,
    counts: Map<number, number> | null,
  ): { items: T[]; total: number; paging: { page: number; perPage: number } } {
    const paging = query.paging();
    const include = query.integers('include');
    const exclude = query.integers('exclude');
    const slugs = query.strings('slug');
    const words = query.string('search')?.toLowerCase() ?? null;
    const order = query.oneOf('order', ['asc', 'desc']) ?? 'asc';
    const orderby = query.oneOf('orderby', ['id', 'include', 'name', 'slug', 'count']) ?? 'name';
    const hideEmpty = query.boolean('hide_empty') ?? false;
    query.check();
    const names = new Intl.Collator('ar');
    const key = (item: T) => item.name ?? '';
    let items = all.filter(
      (item) =>
        (!include || include.includes(item.id)) &&
        (!exclude || !exclude.includes(item.id)) &&
        (!slugs || (item.slug !== undefined && slugs.includes(item.slug))) &&
        (!words || key(item).toLowerCase().includes(words) || item.slug?.includes(words)) &&
        (!hideEmpty || (counts?.get(item.id) ?? 0) > 0),
    );
    const compare: Record<string, (a: T, b: T) => number> = {
      id: (a, b) => a.id - b.id,
      include: (a, b) => (include?.indexOf(a.id) ?? 0) - (include?.indexOf(b.id) ?? 0),
      name: (a, b) => names.compare(key(a), key(b)),
      slug: (a, b) => (a.slug ?? '').localeCompare(b.slug ?? ''),
      count: (a, b) => (counts?.get(a.id) ?? 0) - (counts?.get(b.id) ?? 0),
    };
    items = items.sort(compare[orderby]);
    if (order === 'desc') items.reverse();
    const total = items.length;
    const start = (paging.page - 1) * paging.perPage;
    return { items: items.slice(start, start + paging.perPage), total, paging };
  }

  /** Sections or tags, and how many published posts each has (WordPress's `count`). */
  async function withCounts<T extends { id: number }>(
    listings: Promise<{ item: T; count: number }[]>,
  ): Promise<{ items: T[]; counts: Map<number, number> }> {
    const listed = await listings;
    return {
      items: listed.map(({ item }) => item),
      counts: new Map(listed.map(({ item, count }) => [item.id, count])),
    };
  }

  /** Posts with what `_embed` asks for: their authors, featured images and terms. */
  async function embedded(posts: FeedArticle[], present: WordPressPresenter) {
    return posts.map((article) => {
      const post = present.post(article);
      return {
        ...post,
        _embedded: {
          author: article.authors.map((person) => present.user(person)),
          ...(article.featuredImage
            ? { 'wp:featuredmedia': [present.media(article.featuredImage)] }
            : {}),
          'wp:term': [
            // The counts are not part of an embedded term: 0 stands for them, then goes.
            article.section ? [present.embeddedTerm(present.category(article.section, 0))] : [],
            article.tags.map((tag) => present.embeddedTerm(present.tag(tag, 0))),
          ],
        },
      };
    });
  }

  app.get('/', async (_request, reply) => discovery(reply));
  app.get('/wp/v2', async (_request, reply) => discovery(reply, 'wp/v2'));

  async function discovery(reply: FastifyReply, namespace?: string) {
    const settings = await reader.getSettings();
    const route = (path: string) => ({
      namespace: 'wp/v2',
      methods: ['GET'],
      endpoints: [{ methods: ['GET'], args: {} }],
      _links: { self: [{ href: url(`/wp-json${path}`) }] },
    });
    const collections = ['posts', 'pages', 'categories', 'tags', 'users', 'media'];
    const routes = Object.fromEntries(
      collections.flatMap((name) => [
        [`/wp/v2/${name}`, route(`/wp/v2/${name}`)],
        [`/wp/v2/${name}/(?P<id>[\\d]+)`, route(`/wp/v2/${name}/(?P<id>[\\d]+)`)],
      ]),
    );
    reply.header('cache-control', 'public, max-age=300');
    if (namespace) return { namespace, routes };
    return {
      name: settings.siteName[settings.locale],
      description: settings.tagline[settings.locale],
      url: config.publicUrl,
      home: config.publicUrl,
      gmt_offset: 0,
      timezone_string: settings.timeZone,
      namespaces: ['wp/v2'],
      authentication: {},
      routes: { '/': route('/'), '/wp/v2': route('/wp/v2'), ...routes },
      _links: { help: [{ href: 'https://developer.wordpress.org/rest-api/' }] },
    };
  }

  app.get('/wp/v2/posts', async (request, reply) => {
    const query = new WordPressQuery(request.query, postParams);
    const paging = query.paging();
    const words = query.string('search');
    const categories = query.integers('categories');
    const tags = query.integers('tags');
    const authors = query.integers('author');
    const after = query.date('after');
    const before = query.date('before');
    const slugs = query.strings('slug');
    const include = query.integers('include');
    const exclude = query.integers('exclude');
    const order = query.oneOf('order', ['asc', 'desc']) ?? 'desc';
    const orderby = query.oneOf('orderby', [...Object.keys(postOrders), 'include', 'relevance']);
    const status = query.oneOf('status', ['publish']);
    const sticky = query.boolean('sticky');
    const embed = query.has('_embed');
    query.check();
    void status;
    const present = await presenter();
    const filter: PublishedFilter = {
      ...(categories ? { sectionIds: categories } : {}),
      ...(tags ? { tagIds: tags } : {}),
      ...(authors ? { personIds: authors } : {}),
      ...(after ? { publishedAfter: after.toISOString() } : {}),
      ...(before ? { publishedBefore: before.toISOString() } : {}),
      ...(slugs ? { slugs } : {}),
      ...(include ? { ids: include } : {}),
      ...(exclude ? { excludeIds: exclude } : {}),
      // Midad has no sticky posts: asking for them finds none.
      ...(sticky === true ? { ids: [] } : {}),
    };
    let posts: FeedArticle[];
    let total: number;
    if (words !== null && words.trim() !== '') {
      const settings = await reader.getSettings();
      const results = await search.search({
        q: words,
        language: settings.locale,
        page: paging.page,
        perPage: paging.perPage,
        order: orderby === 'date' ? 'newest' : 'relevance',
        ...(categories ? { sectionIds: categories } : {}),
        ...(authors?.length === 1 && authors[0] !== undefined ? { personId: authors[0] } : {}),
        ...(after ? { from: after.toISOString() } : {}),
        ...(before ? { to: before.toISOString() } : {}),
      });
      posts = await reader.completeStories(
        results.items.map((result) => result.article),
        true,
      );
      total = results.listed;
    } else {
      const by = orderby === 'include' && include ? 'include' : postOrders[orderby ?? 'date'];
      const found = await reader.stories(
        filter,
        { limit: paging.perPage, offset: (paging.page - 1) * paging.perPage },
        true,
        by === 'include' ? undefined : { by: by ?? 'publishedAt', direction: order },
      );
      posts =
        by === 'include' && include
          ? [...found.articles].sort((a, b) => include.indexOf(a.id) - include.indexOf(b.id))
          : found.articles;
      total = found.total;
    }
    const items = embed ? await embedded(posts, present) : posts.map((p) => present.post(p));
    return sendPage(request, reply, items, total, paging);
  });

  app.get<{ Params: { id: string } }>('/wp/v2/posts/:id', async (request, reply) => {
    const query = new WordPressQuery(request.query, ['_embed', 'password']);
    const embed = query.has('_embed');
    query.check();
    const id = /^[1-9]\d{0,9}$/.test(request.params.id) ? Number(request.params.id) : null;
    const found = id === null ? null : await reader.publishedArticle(id);
    if (!found) throw notFound('post');
    const present = await presenter();
    reply.header('cache-control', 'public, max-age=60');
    return embed ? (await embedded([found.article], present))[0] : present.post(found.article);
  });

  // Midad has no pages apart from articles: the collection is empty, as on a new WordPress.
  app.get('/wp/v2/pages', async (request, reply) => {
    const query = new WordPressQuery(request.query, [...postParams, 'parent', 'menu_order']);
    const paging = query.paging();
    query.check();
    return sendPage(request, reply, [], 0, paging);
  });
  app.get('/wp/v2/pages/:id', async () => {
    throw notFound('post');
  });

  app.get('/wp/v2/categories', async (request, reply) => {
    const query = new WordPressQuery(request.query, termParams);
    const post = query.integer('post');
    const parent = query.has('parent') ? query.integer('parent', { min: 0 }) : null;
    const [{ items: sections, counts }, present] = await Promise.all([
      withCounts(reader.publishedListings('section')),
      presenter(),
    ]);
    let all: Section[] = sections;
    if (post !== null) {
      const found = await reader.publishedArticle(post);
      all = found?.article.section
        ? sections.filter((s) => s.id === found.article.section?.id)
        : [];
    }
    if (parent !== null) all = all.filter((s) => (s.parentId ?? 0) === parent);
    const { items, total, paging } = collect(all, query, counts);
    return sendPage(
      request,
      reply,
      items.map((section) => present.category(section, counts.get(section.id) ?? 0)),
      total,
      paging,
    );
  });

  app.get<{ Params: { id: string } }>('/wp/v2/categories/:id', async (request, reply) => {
    new WordPressQuery(request.query, []).check();
    const [{ items: sections, counts }, present] = await Promise.all([
      withCounts(reader.publishedListings('section')),
      presenter(),
    ]);
    const section = sections.find((s) => String(s.id) === request.params.id);
    if (!section) throw notFound('term');
    reply.header('cache-control', 'public, max-age=60');
    return present.category(section, counts.get(section.id) ?? 0);
  });

  app.get('/wp/v2/tags', async (request, reply) => {
    const query = new WordPressQuery(request.query, termParams);
    const post = query.integer('post');
    const [{ items: tags, counts }, present] = await Promise.all([
      withCounts(reader.publishedTags()),
      presenter(),
    ]);
    let all: Tag[] = tags;
    if (post !== null) {
      const found = await reader.publishedArticle(post);
      const ids = new Set(found?.article.tags.map((tag) => tag.id) ?? []);
      all = tags.filter((tag) => ids.has(tag.id));
    }
    const { items, total, paging } = collect(all, query, counts);
    return sendPage(
      request,
      reply,
      items.map((tag) => present.tag(tag, counts.get(tag.id) ?? 0)),
      total,
      paging,
    );
  });

  app.get<{ Params: { id: string } }>('/wp/v2/tags/:id', async (request, reply) => {
    new WordPressQuery(request.query, []).check();
    const [{ items: tags, counts }, present] = await Promise.all([
      withCounts(reader.publishedTags()),
      presenter(),
    ]);
    const tag = tags.find((t) => String(t.id) === request.params.id);
    if (!tag) throw notFound('term');
    reply.header('cache-control', 'public, max-age=60');
    return present.tag(tag, counts.get(tag.id) ?? 0);
  });

  // Users are the people with bylines on published articles, and only what WordPress shows
  // anyone: no e-mail address, no role, no account.
  app.get('/wp/v2/users', async (request, reply) => {
    const query = new WordPressQuery(request.query, userParams);
    const [people, present] = await Promise.all([reader.publishedPeople(), presenter()]);
    const { items, total, paging } = collect<Person>(people, query, null);
    return sendPage(
      request,
      reply,
      items.map((person) => present.user(person)),
      total,
      paging,
    );
  });

  app.get<{ Params: { id: string } }>('/wp/v2/users/:id', async (request, reply) => {
    new WordPressQuery(request.query, []).check();
    const [people, present] = await Promise.all([reader.publishedPeople(), presenter()]);
    const person = people.find((p) => String(p.id) === request.params.id);
    if (!person) throw notFound('user');
    reply.header('cache-control', 'public, max-age=60');
    return present.user(person);
  });

  // Media are the images published articles show as their featured image: an image still in
  // the library, or only in a draft, is no one's business yet.
  app.get('/wp/v2/media', async (request, reply) => {
    const query = new WordPressQuery(request.query, mediaParams);
    const paging = query.paging();
    const mediaType = query.oneOf('media_type', ['image', 'video', 'audio', 'text', 'application']);
    const include = query.integers('include');
    const exclude = query.integers('exclude');
    const order = query.oneOf('order', ['asc', 'desc']) ?? 'desc';
    query.oneOf('orderby', ['date', 'id']);
    query.check();
    const [found, present] = await Promise.all([
      reader.publishedImages({
        limit: paging.perPage,
        offset: (paging.page - 1) * paging.perPage,
        direction: order,
        ...(include ? { ids: include } : {}),
        ...(exclude ? { excludeIds: exclude } : {}),
        ...(mediaType !== null && mediaType !== 'image' ? { ids: [] } : {}),
      }),
      presenter(),
    ]);
    return sendPage(
      request,
      reply,
      found.items.map((image) => present.media(image)),
      found.total,
      paging,
    );
  });

  app.get<{ Params: { id: string } }>('/wp/v2/media/:id', async (request, reply) => {
    new WordPressQuery(request.query, []).check();
    const id = /^[1-9]\d{0,9}$/.test(request.params.id) ? Number(request.params.id) : null;
    const [found, present] = await Promise.all([
      id === null
        ? null
        : reader.publishedImages({ limit: 1, offset: 0, direction: 'asc', ids: [id] }),
      presenter(),
    ]);
    const image = found?.items[0];
    if (!image) throw notFound('media');
    reply.header('cache-control', 'public, max-age=60');
    return present.media(image);
  });
}
