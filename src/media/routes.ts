/**
 * Images at the widths and formats the layout asks for: `/media/<id>/<width>.<avif|webp|jpg>`.
 * Only the widths pages offer are made, so no one can make the server resize at will.
 */
import type { FastifyInstance } from 'fastify';
import { type ImageFormat, widthsFor } from './urls.js';
import { derivativeMime } from './media-store.js';

const extensionFormats: Record<string, ImageFormat> = { avif: 'avif', webp: 'webp', jpg: 'jpeg' };

export async function mediaRoutes(app: FastifyInstance): Promise<void> {
  app.get<{ Params: { id: string; file: string } }>('/media/:id/:file', async (request, reply) => {
    const idMatch = /^[1-9]\d{0,9}$/.exec(request.params.id);
    const fileMatch = /^([1-9]\d{1,4})\.(avif|webp|jpg)$/.exec(request.params.file);
    if (!idMatch || !fileMatch) return reply.callNotFound();
    const media = await app.midad.reader.image(Number(request.params.id));
    const width = Number(fileMatch[1]);
    const format = extensionFormats[fileMatch[2] ?? ''];
    if (!media || !format || !widthsFor(media).includes(width)) return reply.callNotFound();
    const bytes = await app.midad.mediaStore.derivative(media, width, format);
    return reply
      .header('cache-control', 'public, max-age=31536000, immutable')
      .type(derivativeMime[format])
      .send(bytes);
  });
}
