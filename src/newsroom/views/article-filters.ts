/**
 * The article list's filters as its GET form sends them: the schema they are read with (from
 * the list's address, and from a workflow button's `back` field, which brings the user back to
 * the same page of the list), and the ways to write them back into an address.
 */
import { Type, type Static } from 'typebox';
import { ArticleStatusSchema, LanguageSchema } from '../../content/article-input.js';

/** The orders the list offers (the article service knows more). */
export const listSorts = ['-updated', '-created', '-published', 'title'] as const;

const idPattern = '^[1-9][0-9]{0,8}$';

/**
 * The filter form's fields as it sends them, left out when empty ("any"): they arrive in the
 * list's address and, from a workflow button, in its `back` field.
 */
export const ListFiltersSchema = Type.Object({
  q: Type.Optional(Type.String({ maxLength: 200 })),
  status: Type.Optional(ArticleStatusSchema),
  sectionId: Type.Optional(Type.String({ pattern: idPattern })),
  authorId: Type.Optional(Type.String({ pattern: idPattern })),
  language: Type.Optional(LanguageSchema),
  mine: Type.Optional(Type.Literal('1')),
  sort: Type.Optional(Type.Enum([...listSorts])),
  page: Type.Optional(Type.String({ pattern: '^[1-9][0-9]{0,4}$' })),
});
export type ListFilters = Static<typeof ListFiltersSchema>;

/** The filters as an address's query, in a fixed order, without what the page adds itself. */
export function filterFields(filters: ListFilters): Record<string, string | undefined> {
  const { q, status, sectionId, authorId, language, mine, sort, page } = filters;
  return { q, status, sectionId, authorId, language, mine, sort, page };
}

/** The filters and page as a workflow button carries them back (`back`), a query string. */
export function backOf(filters: ListFilters): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(filterFields(filters))) {
    if (value !== undefined) query.set(name, value);
  }
  return query.toString();
}
