/**
 * The `Link` header of a page of a list (RFC 8288), as the JSON APIs send it: the previous and
 * next pages' absolute addresses, each the request's own with only `page` changed.
 */
import { absoluteUrl, pagePath } from '../site/paths.js';

export function pageLinks(
  publicUrl: string,
  requestUrl: string,
  page: number,
  totalPages: number,
): string | null {
  const [path = '', query = ''] = requestUrl.split('?');
  const params = new URLSearchParams(query);
  params.delete('page');
  const base = params.size > 0 ? `${path}?${params.toString()}` : path;
  const link = (to: number, rel: string) =>
    `<${absoluteUrl(publicUrl, pagePath(base, to))}>; rel="${rel}"`;
  const links = [
    ...(page > 1 ? [link(page - 1, 'prev')] : []),
    ...(page < totalPages ? [link(page + 1, 'next')] : []),
  ];
  return links.length > 0 ? links.join(', ') : null;
}
