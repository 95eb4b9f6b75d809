/**
 * The newsroom's stylesheet as one content-hashed file, cached immutably like the site's:
 * the site's own @font-face rules for its Arabic interface and reading fonts (so the font
 * files the site already serves are reused, with their unicode ranges), then the newsroom's
 * rules. The editor sets an article's body in the reading font, as readers will see it.
 */
import { compactCss, contentHash, type SiteAssets } from '../site/assets.js';
import { deskCss } from './assets/desk-css.js';
import { editorCss } from './assets/editor-css.js';
import { manageCss } from './assets/manage-css.js';
import { newsroomCss } from './assets/newsroom-css.js';
import { newsroomPrefix } from './paths.js';

/** The newsroom's rules, one module per area, in cascade order. */
const areas: readonly string[] = [newsroomCss, deskCss, editorCss, manageCss];

export interface NewsroomStylesheet {
  href: string;
  body: Buffer;
}

/** The site's interface font, the one the newsroom is set in, and its reading font. */
const fonts = ['IBM Plex Sans Arabic', 'Noto Naskh Arabic'];

export function buildStylesheet(assets: SiteAssets): NewsroomStylesheet {
  const fontFaces = fonts.flatMap((family) => assets.fontFaces.get(family) ?? []);
  const body = Buffer.from(compactCss([...fontFaces, ...areas].join('\n')), 'utf8');
  return { href: `${newsroomPrefix}/assets/newsroom.${contentHash(body)}.css`, body };
}
