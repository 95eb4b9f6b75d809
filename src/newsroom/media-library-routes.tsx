/**
 * The media library's page at `/admin/media`: the newsroom frame around the element the
 * browser code mounts on, with what it needs (the session's CSRF token, the site's time zone,
 * whether this user may change everyone's images). Uploads, edits and deletes go through the
 * admin API's media routes and their rules.
 */
import type { FastifyInstance } from 'fastify';
import { can } from '../core/permissions.js';
import { localeTag, t } from '../i18n/index.js';
import { clientBundle } from './client-bundle.js';
import { mediaConfigAttribute, type MediaLibraryConfig } from './editor-config.js';
import type { Pages } from './pages.js';
import { isMember, signInPath } from './sessions.js';
import { Layout } from './views/layout.js';
import { visitOf } from './visit.js';

export async function mediaLibraryRoutes(
  app: FastifyInstance,
  { pages }: { pages: Pages },
): Promise<void> {
  app.get('/media', async (request, reply) => {
    const visit = await visitOf(request);
    if (!isMember(visit)) return reply.redirect(signInPath(visit), 303);
    const { member, language } = visit;
    const config: MediaLibraryConfig = {
      language,
      localeTag: localeTag(visit.locale),
      csrfToken: member.session.csrfToken,
      timeZone: visit.settings.timeZone,
      userId: member.actor.userId,
      canManageAll: can(member.actor, 'media.manage'),
    };
    const { scripts } = await clientBundle();
    const title = t(language, 'editor.library.pageTitle');
    return pages.send(
      reply,
      <Layout context={pages.context(request, visit)} title={title}>
        <h1>{title}</h1>
        <div id="media-library" {...{ [mediaConfigAttribute]: JSON.stringify(config) }}>
          <noscript>
            <p class="alert">{t(language, 'editor.needsScript')}</p>
          </noscript>
          <p class="editor-loading">{t(language, 'editor.loading')}</p>
        </div>
        <script type="module" src={scripts.media} />
      </Layout>,
    );
  });
}
