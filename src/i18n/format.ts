/**
 * Filling one ICU message: plain text is returned as it is, anything with arguments is
 * compiled once per locale and message, then formatted. Shared by the server's `t()` and the
 * newsroom's browser code, which cannot load every catalogue.
 */
import { IntlMessageFormat } from 'intl-messageformat';

export type MessageParams = Record<string, string | number>;

const compiled = new Map<string, IntlMessageFormat>();

/** A missing argument is a bug and throws. */
export function formatMessage(
  template: string,
  tag: string,
  key: string,
  params?: MessageParams,
): string {
  if (!/[{}']/.test(template)) return template;
  const cacheKey = `${tag}\u0000${key}`;
  let format = compiled.get(cacheKey);
  if (!format) {
    format = new IntlMessageFormat(template, tag);
    compiled.set(cacheKey, format);
  }
  return String(format.format(params));
}
