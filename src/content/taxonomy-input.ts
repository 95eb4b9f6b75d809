/** The shapes sections, tags, people and site settings are written in (TypeBox). */
import { Type, type Static } from 'typebox';
import { digitStyles, monthStyles } from '../text/language.js';
import { Id, LanguageSchema } from './article-input.js';
import { feedContents } from './types.js';

const nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);
const optionalText = (maxLength: number) => Type.Optional(nullable(Type.String({ maxLength })));

const sectionFields = {
  name: Type.String({ minLength: 1, maxLength: 100 }),
  slug: optionalText(100),
  description: optionalText(500),
  language: Type.Optional(LanguageSchema),
  parentId: Type.Optional(nullable(Id)),
  position: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000 })),
};
export const SectionCreateSchema = Type.Object(sectionFields, { additionalProperties: false });
export const SectionUpdateSchema = Type.Object(
  Type.Partial(Type.Object(sectionFields)).properties,
  {
    additionalProperties: false,
  },
);
export type SectionCreateInput = Static<typeof SectionCreateSchema>;
export type SectionUpdateInput = Static<typeof SectionUpdateSchema>;

/** A section moves one place among its siblings: towards the start of the menu, or the end. */
export const sectionMoveDirections = ['up', 'down'] as const;
export type SectionMoveDirection = (typeof sectionMoveDirections)[number];
export const SectionMoveSchema = Type.Object(
  { direction: Type.Enum([...sectionMoveDirections], { description: 'up or down' }) },
  { additionalProperties: false },
);

const tagFields = {
  name: Type.String({ minLength: 1, maxLength: 100 }),
  slug: optionalText(100),
  language: Type.Optional(LanguageSchema),
};
export const TagCreateSchema = Type.Object(tagFields, { additionalProperties: false });
export const TagUpdateSchema = Type.Object(
  { name: Type.Optional(tagFields.name), slug: tagFields.slug },
  { additionalProperties: false },
);
export type TagCreateInput = Static<typeof TagCreateSchema>;
export type TagUpdateInput = Static<typeof TagUpdateSchema>;

/** The tag that takes over another's articles and address. */
export const TagMergeSchema = Type.Object({ into: Id }, { additionalProperties: false });

export const PersonLinkSchema = Type.Object(
  {
    label: Type.String({ minLength: 1, maxLength: 60 }),
    url: Type.String({ minLength: 1, maxLength: 2000 }),
  },
  { additionalProperties: false },
);
const personFields = {
  name: Type.String({ minLength: 1, maxLength: 120 }),
  slug: optionalText(120),
  jobTitle: optionalText(120),
  bio: optionalText(2000),
  avatarImageId: Type.Optional(nullable(Id)),
  links: Type.Optional(Type.Array(PersonLinkSchema, { maxItems: 10 })),
  language: Type.Optional(LanguageSchema),
};
export const PersonCreateSchema = Type.Object(personFields, { additionalProperties: false });
export const PersonUpdateSchema = Type.Object(Type.Partial(Type.Object(personFields)).properties, {
  additionalProperties: false,
});
export type PersonCreateInput = Static<typeof PersonCreateSchema>;
export type PersonUpdateInput = Static<typeof PersonUpdateSchema>;

const inBothLanguages = (maxLength: number) =>
  Type.Object(
    {
      ar: Type.Optional(Type.String({ minLength: 1, maxLength })),
      en: Type.Optional(Type.String({ minLength: 1, maxLength })),
    },
    { additionalProperties: false },
  );
export const SettingsUpdateSchema = Type.Object(
  {
    siteName: Type.Optional(inBothLanguages(100)),
    tagline: Type.Optional(inBothLanguages(200)),
    locale: Type.Optional(LanguageSchema),
    monthStyle: Type.Optional(
      Type.Enum([...monthStyles], { description: 'levantine, egyptian or both' }),
    ),
    digits: Type.Optional(Type.Enum([...digitStyles], { description: 'arabic-indic or western' })),
    timeZone: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    feedContent: Type.Optional(
      Type.Enum([...feedContents], { description: 'full (the whole text) or excerpt' }),
    ),
  },
  { additionalProperties: false },
);
export type SettingsUpdateInput = Static<typeof SettingsUpdateSchema>;
