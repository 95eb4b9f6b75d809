/**
 * XML text for feeds and sitemaps. Everything Midad writes into XML passes through `xmlText`:
 * markup characters escaped, and the characters XML 1.0 forbids (control characters a
 * pasted or imported text may carry, lone surrogates) dropped, so that no stored text can
 * make a feed that parsers reject. Arabic and every other letter go out as themselves, in
 * UTF-8, never as numeric references.
 */

const forbidden =
  // eslint-disable-next-line no-control-regex -- these are the characters XML 1.0 forbids
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** `text` as XML character data or an attribute's value (either quote). */
export function xmlText(text: string): string {
  return text.replace(forbidden, '').replace(/[&<>"']/g, (c) => entities[c] ?? c);
}

export type XmlAttributes = Record<string, string | number | null | undefined>;

/**
 * One element: `<name a="…">children</name>`, or `<name a="…"/>` without children. Children
 * are markup already (made by `element`); text goes through `xmlText` first. Attributes
 * whose value is null or undefined are left out.
 */
export function element(name: string, attributes: XmlAttributes, ...children: string[]): string {
  const attrs = Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] != null)
    .map(([key, value]) => ` ${key}="${xmlText(String(value))}"`)
    .join('');
  const inner = children.join('');
  return inner === '' ? `<${name}${attrs}/>` : `<${name}${attrs}>${inner}</${name}>`;
}

/** An element holding only text: `<name>text</name>`; nothing when the text is null. */
export function textElement(name: string, text: string | null | undefined, attributes = {}) {
  if (text == null || text === '') return '';
  return element(name, attributes, xmlText(text));
}

export const xmlDeclaration = '<?xml version="1.0" encoding="UTF-8"?>\n';

/** A moment as RFC 3339 / W3C datetime, in UTC to the second: `2026-06-02T08:00:00Z`. */
export function isoSeconds(date: Date | string): string {
  return new Date(date).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
