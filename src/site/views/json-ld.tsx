/**
 * Structured data for search engines. This is the ONE place the site writes raw HTML
 * (`dangerouslySetInnerHTML`): JSON inside a script element, with `<`, `>` and `&`
 * escaped as \u003c, \u003e and \u0026 so no value can close the script.
 */

/** JSON for a `<script type="application/ld+json">` body. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026');
}

export function JsonLdScript({ data }: { data: unknown }) {
  return (
    <script
      type="application/ld+json"
      // The only raw HTML in the site's views: see serializeJsonLd above.
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }}
    />
  );
}
