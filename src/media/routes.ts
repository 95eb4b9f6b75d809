/**
 * Images at the widths and formats the layout asks for:
 * `/media/<id>/v<version>/<width>.<avif|webp|jpg>`, cached for ever, since a changed image
 * has a new version. An address of an older version, or of the unversioned form pages used
 * before (`/media/<id>/<width>.<ext>`), is answered with a 301 to the current one. Only the
 * widths pages offer are made, so no one can make the server resize at will; and the three
 * crops structured data names (`16x9.jpg`, `4x3.jpg`, `1x1.jpg`).
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { Type } from 'typebox';
import { derivativeMime } from './media-store.js';
import { cropOfFile, cropUrl, formatOfExtension, mediaUrl, widthsFor } from './urls.js';

const id = Type.String({ pattern: '^[1-9][0-9]{0,9}$' });
const file = Type.String({
  pattern: '^([1-9][0-9]{1,4}\\.(avif|webp|jpg)|(16x9|4x3|1x1)\\.jpg)$',
});

/** An address that breaks these is an image that does not exist (the site's 404 page). */
const versionedSchema = {
  params: Type.Object({ id, version: Type.String({ pattern: '^v[1-9][0-9]{0,8}$' }), file }),
};
const unversionedSchema = { params: Type.Object({ id, file }) };

const year = 365 * 24 * 60 * 60;

function parseFile(name: string) {
  const [width = '', extension = ''] = name.split('.');
  const format = formatOfExtension(extension);
  return format ? { width: Number(width), format } : null;
}

export async function mediaRoutes(app: FastifyInstance): Promise<void> {
  /** The image asked for, or null; `version` null for an unversioned address. */
  async function find(params: { id: string; file: string }, version: number | null) {
    const requested = parseFile(params.file);
    const media = await app.midad.reader.image(Number(params.id));
    if (!media || !requested || !widthsFor(media).includes(requested.width)) return null;
    if (version !== null && version > media.version) return null;
    return { media, ...requested };
  }

  function redirect(reply: FastifyReply, location: string) {
    // The current address changes with the next version; older ones then chain to it.
    return reply.header('cache-control', 'public, max-age=86400').redirect(location, 301);
  }

  app.get<{ Params: { id: string; version: string; file: string } }>(
    '/media/:id/:version/:file',
    { schema: versionedSchema },
    async (request, reply) => {
      const version = Number(request.params.version.slice(1));
      const ratio = cropOfFile(request.params.file);
      if (ratio) {
        const media = await app.midad.reader.image(Number(request.params.id));
        if (!media || version > media.version) return reply.callNotFound();
        if (version < media.version) return redirect(reply, cropUrl(media, ratio));
        return reply
          .header('cache-control', `public, max-age=${year}, immutable`)
          .type(derivativeMime.jpeg)
          .send(await app.midad.mediaStore.crop(media, ratio));
      }
      const found = await find(request.params, version);
      if (!found) return reply.callNotFound();
      const { media, width, format } = found;
      if (version < media.version) return redirect(reply, mediaUrl(media, width, format));
      const bytes = await app.midad.mediaStore.derivative(media, width, format);
      return reply
        .header('cache-control', `public, max-age=${year}, immutable`)
        .type(derivativeMime[format])
        .send(bytes);
    },
  );

  app.get<{ Params: { id: string; file: string } }>(
    '/media/:id/:file',
    { schema: unversionedSchema },
    async (request, reply) => {
      const found = await find(request.params, null);
      if (!found) return reply.callNotFound();
      return redirect(reply, mediaUrl(found.media, found.width, found.format));
    },
  );
}
