/**
 * The newsroom's stylesheet as one content-hashed file, cached immutably like the site's:
 * the site's own @font-face rules for its Arabic interface font (so the font files the site
 * already serves are reused, with their unicode ranges), then the newsroom's rules.
 */
import { createHash } from 'node:crypto';
import type { SiteAssets } from '../site/assets.js';
import { newsroomCss } from './assets/newsroom-css.js';
import { newsroomPrefix } from './paths.js';

export interface NewsroomStylesheet {
  href: string;
  body: Buffer;
}

/** The interface font of the site, the one the newsroom is set in. */
const interfaceFont = "'IBM Plex Sans Arabic'";

export function buildStylesheet(assets: SiteAssets): NewsroomStylesheet {
  const siteCss = assets.files.get(assets.stylesheetHref)?.body.toString('utf8') ?? '';
  // The site writes each @font-face rule on a line of its own (`assets.ts`, `fontFaceRule`).
  const fontFaces = siteCss
    .split('\n')
    .filter((line) => line.startsWith('@font-face{') && line.includes(interfaceFont));
  const body = Buffer.from([...fontFaces, compact(newsroomCss)].join('\n'), 'utf8');
  const hash = createHash('sha256').update(body).digest('hex').slice(0, 12);
  return { href: `${newsroomPrefix}/assets/newsroom.${hash}.css`, body };
}

function compact(css: string): string {
  return css
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}
