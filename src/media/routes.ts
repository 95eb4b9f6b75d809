/**
 * Images at the widths and formats the layout asks for: `/media/<id>/<width>.<avif|webp|jpg>`.
 * Only the widths pages offer are made, so no one can make the server resize at will.
 */
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { type ImageFormat, widthsFor } from './urls.js';
import { derivativeMime } from './media-store.js';

const extensionFormats: Record<string, ImageFormat> = { avif: 'avif', webp: 'webp', jpg: 'jpeg' };

/** An address that breaks these is an image that does not exist (the site's 404 page). */
const schema = {
  params: Type.Object({
    id: Type.String({ pattern: '^[1-9][0-9]{0,9}$' }),
    file: Type.String({ pattern: '^[1-9][0-9]{1,4}\\.(avif|webp|jpg)$' }),
  }),
};

export async function mediaRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Params: { id: string; file: string } }>(
    '/media/:id/:file',
    { schema },
    async (request, reply) => {
      const fileMatch = /^(\d+)\.(\w+)$/.exec(request.params.file);
      if (!fileMatch) return reply.callNotFound();
      const media = await app.midad.reader.image(Number(request.params.id));
      const width = Number(fileMatch[1]);
      const format = extensionFormats[fileMatch[2] ?? ''];
      if (!media || !format || !widthsFor(media).includes(width)) return reply.callNotFound();
      const bytes = await app.midad.mediaStore.derivative(media, width, format);
      return reply
        .header('cache-control', 'public, max-age=31536000, immutable')
        .type(derivativeMime[format])
        .send(bytes);
    },
  );
}
