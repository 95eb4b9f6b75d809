/**
 * The content API's shapes (TypeBox): the OpenAPI document at /api/v1/openapi.json is
 * generated from them and responses are serialised through them, so nothing undeclared
 * leaves the server.
 */
import { Type, type TSchema } from 'typebox';
import {
  ArticleStatusSchema,
  ArticleTypeSchema,
  LanguageSchema,
} from '../../content/article-input.js';
import { ErrorSchema } from '../admin/schemas.js';

const nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Moment = Type.String({ format: 'date-time', description: 'ISO 8601, UTC' });

export const TermSchema = Type.Object({
  id: Type.Integer(),
  slug: Type.String(),
  name: Type.String(),
  url: Type.String({ description: 'its page on the site' }),
});

export const ImageSchema = Type.Object({
  id: Type.Integer(),
  url: Type.String({ description: 'the widest JPEG the site makes of it' }),
  width: Type.Integer(),
  height: Type.Integer(),
  alt: Type.String(),
  caption: nullable(Type.String()),
  credit: nullable(Type.String()),
});

/** Every field an article can carry; `fields=` picks some. */
export const articleFieldSchemas = {
  id: Type.Integer(),
  slug: Type.String(),
  url: Type.String({ description: 'its canonical address on the site' }),
  language: LanguageSchema,
  type: ArticleTypeSchema,
  status: ArticleStatusSchema,
  title: Type.String(),
  subtitle: nullable(Type.String()),
  excerpt: nullable(Type.String()),
  publishedAt: nullable(Moment),
  updatedAt: Moment,
  section: nullable(TermSchema),
  authors: Type.Array(TermSchema),
  tags: Type.Array(TermSchema),
  featuredImage: nullable(ImageSchema),
  isBreaking: Type.Boolean(),
  isFeatured: Type.Boolean(),
  translation: nullable(
    Type.Object(
      {
        id: Type.Integer(),
        language: LanguageSchema,
        url: Type.String(),
      },
      { description: 'the same story in the other language, when it is published' },
    ),
  ),
  body: Type.Unknown({ description: 'the body as a Midad document (ProseMirror JSON)' }),
  html: Type.String({ description: 'the body as HTML, with absolute addresses' }),
};
export type ArticleField = keyof typeof articleFieldSchemas;
export const articleFields = Object.keys(articleFieldSchemas) as ArticleField[];
/** What a list carries unless `fields=` says otherwise: everything but the text. */
export const listFields = articleFields.filter((field) => field !== 'body' && field !== 'html');

export const ArticleSchema = Type.Partial(Type.Object(articleFieldSchemas), {
  description: 'an article, with the fields asked for (all but body and html in lists)',
});

export const ArticleListSchema = Type.Object({
  items: Type.Array(ArticleSchema),
  total: Type.Integer({ description: 'how many articles match' }),
  page: Type.Integer(),
  perPage: Type.Integer(),
  totalPages: Type.Integer(),
});

export const SectionSchema = Type.Object({
  ...TermSchema.properties,
  description: nullable(Type.String()),
  language: LanguageSchema,
  parentId: nullable(Type.Integer()),
});

export const TagSchema = Type.Object({ ...TermSchema.properties, language: LanguageSchema });

export const AuthorSchema = Type.Object({
  ...TermSchema.properties,
  language: LanguageSchema,
  jobTitle: nullable(Type.String()),
  bio: nullable(Type.String()),
  avatar: nullable(ImageSchema),
});

export const contentErrors = {
  400: ErrorSchema,
  401: ErrorSchema,
  404: ErrorSchema,
};
