/**
 * /api/v1/admin/media: the media library. Images are uploaded as multipart/form-data (one
 * `file`, with its `alt`, `caption` and `credit`), listed newest first and searched by their
 * descriptions and file names, described again, given a new image (a new version, at new
 * addresses) and deleted while no article shows them. The file is read into memory within the
 * upload limit; the media service checks and stores it before it writes the entry.
 */
import multipart, { type MultipartFile } from '@fastify/multipart';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type, type TSchema } from 'typebox';
import { ValidationError } from '../../errors.js';
import { mediaDescriptionFields, MediaUpdateSchema } from '../../media/media-input.js';
import type { UploadedFile } from '../../media/media-service.js';
import { maxUploadBytes } from '../../media/media-store.js';
import { sendJsonError } from '../json-errors.js';
import { actorOf } from './authentication.js';
import { presentMedia } from './presenters.js';
import { errorResponses, IdParams, NoContent, page } from './schemas.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The file a multipart request carried in its `file` field, if any. */
    upload: UploadedFile | null;
  }
}

const tags = ['media'];
const nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Moment = Type.String({ format: 'date-time', description: 'ISO-8601, UTC' });

const MediaSchema = Type.Object({
  id: Type.Integer(),
  version: Type.Integer({ description: 'raised when the image changes; its addresses carry it' }),
  src: Type.String({ description: 'the JPEG at 640 pixels wide, or the widest there is' }),
  srcset: Type.String({ description: 'the JPEG at every width the site offers' }),
  mime: Type.String({ description: 'the stored original’s type' }),
  width: Type.Integer(),
  height: Type.Integer(),
  byteSize: Type.Integer({ description: 'the stored original’s size' }),
  alt: Type.String(),
  caption: nullable(Type.String()),
  credit: nullable(Type.String()),
  originalName: nullable(Type.String({ description: 'the uploaded file’s name' })),
  uploadedBy: nullable(Type.Object({ id: Type.Integer(), name: Type.String() })),
  createdAt: Moment,
  updatedAt: Moment,
});

const FileField = Type.String({
  contentMediaType: 'application/octet-stream',
  description: 'the image: JPEG, PNG, WebP, AVIF or GIF, at most 20 MB',
});
const UploadSchema = Type.Object(
  { file: FileField, ...mediaDescriptionFields },
  { additionalProperties: false },
);
const ReplaceSchema = Type.Object({ file: FileField }, { additionalProperties: false });

/**
 * Keeps the bytes of the `file` field for the route; the body holds the file's name in its
 * place, so the schema sees every field. A file in any other field is read and dropped, and
 * the schema names the field as unknown.
 */
async function keepUpload(this: FastifyRequest, part: MultipartFile): Promise<void> {
  const bytes = await part.toBuffer();
  if (part.fieldname === 'file') this.upload = { bytes, fileName: part.filename };
  part.value = part.filename;
}

/** The multipart limits, told as the rules they are. */
function asUploadError(error: unknown): unknown {
  switch ((error as { code?: unknown }).code) {
    case 'FST_REQ_FILE_TOO_LARGE':
      return ValidationError.of('file', 'file_too_large', {
        megabytes: maxUploadBytes / 1024 / 1024,
      });
    case 'FST_FILES_LIMIT':
      return ValidationError.of('file', 'too_many', { limit: 1 });
    case 'FST_FIELDS_LIMIT':
    case 'FST_PARTS_LIMIT':
      return ValidationError.of('request', 'too_many', { limit: partsLimit });
    default:
      return error;
  }
}

const partsLimit = 8;

const uploaded = (request: FastifyRequest): UploadedFile =>
  request.upload ?? { bytes: null, fileName: null };

export async function mediaLibraryRoutes(parent: FastifyInstance): Promise<void> {
  parent.decorateRequest('upload', null);
  // Nobody's upload is read into memory before they are known.
  parent.addHook('preParsing', async (request) => {
    actorOf(request);
  });
  parent.setErrorHandler((error, request, reply) =>
    sendJsonError(asUploadError(error), request, reply),
  );
  await parent.register(multipart, {
    attachFieldsToBody: 'keyValues',
    onFile: keepUpload,
    // Room for a few unknown fields, which the schema then names; 64 KB per field, so no
    // text the schema would refuse is silently cut to a size it would take.
    limits: {
      fileSize: maxUploadBytes,
      files: 1,
      fields: partsLimit - 1,
      parts: partsLimit,
      fieldSize: 64 * 1024,
    },
  });
  const app = parent.withTypeProvider<TypeBoxTypeProvider>();
  const { media } = app.midad;

  app.get(
    '/media',
    {
      schema: {
        tags,
        summary:
          'The library, newest first; `q` finds entries whose alt text, caption, credit or ' +
          'file name holds each of its words, however hamzas, tashkeel or ة/ه are written',
        querystring: Type.Object(
          {
            q: Type.Optional(Type.String({ maxLength: 200 })),
            page: Type.Optional(Type.Integer({ minimum: 1, maximum: 100_000, default: 1 })),
            perPage: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 30 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: page(MediaSchema), ...errorResponses },
      },
    },
    async (request) => {
      const result = await media.library(actorOf(request), {
        ...(request.query.q ? { q: request.query.q } : {}),
        page: request.query.page ?? 1,
        perPage: request.query.perPage ?? 30,
      });
      return { ...result, items: result.items.map(presentMedia) };
    },
  );

  app.post(
    '/media',
    {
      schema: {
        tags,
        summary:
          'Upload an image (multipart/form-data): stored without its metadata (EXIF, GPS); ' +
          'the same file uploaded twice makes two entries that share the stored bytes',
        consumes: ['multipart/form-data'],
        body: UploadSchema,
        response: { 201: MediaSchema, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { alt, caption, credit } = request.body;
      const item = await media.upload(actorOf(request), uploaded(request), {
        alt,
        ...(caption === undefined ? {} : { caption }),
        ...(credit === undefined ? {} : { credit }),
      });
      return reply.code(201).send(presentMedia(item));
    },
  );

  app.get(
    '/media/:id',
    { schema: { tags, params: IdParams, response: { 200: MediaSchema, ...errorResponses } } },
    async (request) => presentMedia(await media.item(actorOf(request), request.params.id)),
  );

  app.patch(
    '/media/:id',
    {
      schema: {
        tags,
        summary:
          'Change the alt text, caption or credit (editors: any entry; others: their own); ' +
          'the image and its addresses stay the same',
        params: IdParams,
        body: MediaUpdateSchema,
        response: { 200: MediaSchema, ...errorResponses },
      },
    },
    async (request) =>
      presentMedia(await media.describe(actorOf(request), request.params.id, request.body)),
  );

  app.put(
    '/media/:id/file',
    {
      schema: {
        tags,
        summary:
          'Replace the image (multipart/form-data, one `file`), keeping its descriptions: ' +
          'a new version at new addresses; the old addresses redirect to them',
        params: IdParams,
        consumes: ['multipart/form-data'],
        body: ReplaceSchema,
        response: { 200: MediaSchema, ...errorResponses },
      },
    },
    async (request) =>
      presentMedia(await media.replaceFile(actorOf(request), request.params.id, uploaded(request))),
  );

  app.delete(
    '/media/:id',
    {
      schema: {
        tags,
        summary:
          'Delete an entry (409 in_use while an article shows it); its bytes go when no ' +
          'other entry shares them',
        params: IdParams,
        response: { 204: NoContent, ...errorResponses },
      },
    },
    async (request, reply) => {
      await media.delete(actorOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );
}
