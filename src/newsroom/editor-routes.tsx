/**
 * The article editor's pages: `/admin/articles/new` and `/admin/articles/:id` send the page
 * frame with the editor's configuration (the article as the admin API presents it, the
 * sections, people and images the form offers), and the browser code does the rest through
 * the admin API. `/admin/articles/:id/preview` is the public page as readers would see it,
 * whatever the article's status, with the public site's own headers.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { DeskArticle } from '../content/article-service.js';
import { documentMediaIds } from '../content/document-schema.js';
import type { Media } from '../content/types.js';
import { MidadError } from '../errors.js';
import { localeTag } from '../i18n/index.js';
import { mediaUrl, widthsFor } from '../media/urls.js';
import { PageFrame } from '../site/page-frame.js';
import { ArticlePage } from '../site/views/article-page.js';
import { clientBundle } from './client-bundle.js';
import type { EditorArticle, EditorConfig, EditorImage } from './editor-config.js';
import type { Pages } from './pages.js';
import { isMember, signInPath, type MemberVisit } from './sessions.js';
import { EditorPage } from './views/editor-page.js';
import { visitOf } from './visit.js';

const IdParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }) });

/** The editor reads the admin API's article; this fails to compile if the two drift apart. */
const asEditorArticle = (article: DeskArticle): EditorArticle => article;

export function editorImage(media: Media): EditorImage {
  return {
    id: media.id,
    alt: media.alt,
    caption: media.caption,
    credit: media.credit,
    thumbnail: mediaUrl(media, widthsFor(media)[1] ?? widthsFor(media)[0] ?? media.width, 'webp'),
  };
}

export async function editorRoutes(
  app: FastifyInstance,
  { pages }: { pages: Pages },
): Promise<void> {
  const { articles, taxonomy, reader } = app.midad;
  const frame = new PageFrame(app.midad, app.midad.assets);

  async function member(request: FastifyRequest, reply: FastifyReply) {
    const visit = await visitOf(request);
    if (isMember(visit)) return visit;
    await reply.redirect(signInPath(visit), 303);
    return null;
  }

  async function configOf(visit: MemberVisit, article: DeskArticle | null): Promise<EditorConfig> {
    const { actor } = visit.member;
    const [sections, people] = await Promise.all([
      taxonomy.sections(actor),
      taxonomy.people(actor),
    ]);
    const tags = await Promise.all((article?.tagIds ?? []).map((id) => taxonomy.tag(actor, id)));
    const imageIds = [
      ...(article?.featuredImageId ? [article.featuredImageId] : []),
      ...(article?.body ? documentMediaIds(article.body) : []),
    ];
    const images = (await Promise.all([...new Set(imageIds)].map((id) => reader.image(id))))
      .filter((media) => media !== null)
      .map(editorImage);
    return {
      language: visit.language,
      localeTag: localeTag(visit.locale),
      csrfToken: visit.member.session.csrfToken,
      timeZone: visit.settings.timeZone,
      siteName: visit.settings.siteName[article?.language ?? visit.settings.locale],
      publicUrl: app.midad.config.publicUrl,
      defaultLanguage: visit.settings.locale,
      article: article && asEditorArticle(article),
      tagNames: tags.map((tag) => tag.name),
      sections: sections.map((s) => ({
        id: s.id,
        name: s.name,
        language: s.language,
        parentId: s.parentId,
      })),
      people: people.map((p) => ({ id: p.id, name: p.name, language: p.language })),
      images,
    };
  }

  async function sendEditor(
    request: FastifyRequest,
    reply: FastifyReply,
    visit: MemberVisit,
    article: DeskArticle | null,
  ) {
    const [config, bundle] = await Promise.all([configOf(visit, article), clientBundle()]);
    return pages.send(
      reply,
      <EditorPage
        context={pages.context(request, visit)}
        config={config}
        script={bundle.scripts.editor}
      />,
    );
  }

  app.get('/articles/new', async (request, reply) => {
    const visit = await member(request, reply);
    return visit && sendEditor(request, reply, visit, null);
  });

  app.get<{ Params: { id: number } }>(
    '/articles/:id',
    { schema: { params: IdParams } },
    async (request, reply) => {
      const visit = await member(request, reply);
      if (!visit) return reply;
      const article = await articles.get(visit.member.actor, request.params.id);
      return sendEditor(request, reply, visit, article);
    },
  );

  app.get<{ Params: { id: number } }>(
    '/articles/:id/preview',
    { schema: { params: IdParams } },
    async (request, reply) => {
      const visit = await member(request, reply);
      if (!visit) return reply;
      const found = await reader.articlePreview(visit.member.actor, request.params.id);
      if (!found) throw new MidadError('not_found');
      const { article, parentSection, related, translation } = found;
      reply.header('x-robots-tag', 'noindex, nofollow');
      return frame.send(
        reply,
        <ArticlePage
          context={await frame.context(request, article.language)}
          article={article}
          parentSection={parentSection}
          related={related}
          translation={translation}
        />,
      );
    },
  );
}
