/** Reading rendered HTML in tests the way a reader or a crawler would. */

/** What a reader sees (and the tab title): the HTML without scripts, styles and tags. */
export function visibleText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/gi, ' ')
    .replace(/<style[\s\S]*?<\/style>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[a-z]+;|&#\d+;|&#x[0-9a-f]+;/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The parsed JSON-LD blocks of a page. */
export function jsonLdBlocks(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
    (match) => JSON.parse(match[1] ?? 'null') as Record<string, unknown>,
  );
}

/** The content of `<meta property|name="key">`, or null. */
export function metaContent(html: string, key: string): string | null {
  const tag = html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`));
  return tag?.[1] ?? null;
}

/** The href of `<link rel="rel">` in the head, or null. */
export function linkHref(html: string, rel: string): string | null {
  return html.match(new RegExp(`<link rel="${rel}" href="([^"]*)"`))?.[1] ?? null;
}

/** The text of <title>, entities decoded for the few the renderer writes. */
export function pageTitleText(html: string): string {
  const raw = html.match(/<title>([\s\S]*?)<\/title>/)?.[1] ?? '';
  return raw
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
}

/** The `lang` and `dir` of the `<html>` element. */
export function htmlAttributes(html: string): { lang?: string; dir?: string } {
  const attributes = /<html([^>]*)>/.exec(html)?.[1] ?? '';
  return {
    lang: /lang="([^"]+)"/.exec(attributes)?.[1],
    dir: /dir="([^"]+)"/.exec(attributes)?.[1],
  };
}
