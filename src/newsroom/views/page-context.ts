/** What every newsroom page is rendered with, besides its own content. */
import type { Notice } from '../paths.js';
import type { Visit } from '../visit.js';

export interface PageContext {
  visit: Visit;
  stylesheetHref: string;
  /** The path the page answers at, for the language link. */
  path: string;
  /** What the page says after a redirect, if anything. */
  notice: Notice | null;
}
