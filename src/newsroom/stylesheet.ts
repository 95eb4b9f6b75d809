/**
 * The newsroom's stylesheet as one content-hashed file, cached immutably like the site's:
 * the site's own @font-face rules for its Arabic interface font (so the font files the site
 * already serves are reused, with their unicode ranges), then the newsroom's rules.
 */
import { compactCss, contentHash, type SiteAssets } from '../site/assets.js';
import { newsroomCss } from './assets/newsroom-css.js';
import { newsroomPrefix } from './paths.js';

export interface NewsroomStylesheet {
  href: string;
  body: Buffer;
}

/** The interface font of the site, the one the newsroom is set in. */
const interfaceFont = 'IBM Plex Sans Arabic';

export function buildStylesheet(assets: SiteAssets): NewsroomStylesheet {
  const fontFaces = assets.fontFaces.get(interfaceFont) ?? [];
  const body = Buffer.from(compactCss([...fontFaces, newsroomCss].join('\n')), 'utf8');
  return { href: `${newsroomPrefix}/assets/newsroom.${contentHash(body)}.css`, body };
}
