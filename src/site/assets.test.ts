import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { loadSiteAssets } from './assets.js';
import { renderIcon } from './icons.js';

describe('loadSiteAssets', () => {
  it('serves one content-hashed stylesheet with the site CSS and its fonts', async () => {
    const assets = await loadSiteAssets();
    expect(assets.stylesheetHref).toMatch(/^\/assets\/site\.[0-9a-f]{12}\.css$/);
    const stylesheet = assets.files.get(assets.stylesheetHref);
    expect(stylesheet?.contentType).toBe('text/css; charset=utf-8');
    const css = stylesheet?.body.toString('utf8') ?? '';
    expect(css).toContain('prefers-color-scheme: dark');
    expect(css).toContain('@media print');

    const fontUrls = [...css.matchAll(/url\(([^)]+\.woff2)\)/g)].map((m) => m[1]);
    expect(fontUrls).toHaveLength(16);
    for (const url of fontUrls) {
      expect(assets.files.get(url ?? '')?.contentType).toBe('font/woff2');
    }
    expect(css).toMatch(/font-family:'Noto Naskh Arabic';font-style:normal;font-weight:400/);
    expect(css).toMatch(/font-family:'IBM Plex Sans Arabic';font-style:normal;font-weight:500/);
  });

  it('serves the icon drawn from icon.svg at the sizes browsers ask for (else: npm run icons)', async () => {
    const assets = await loadSiteAssets();
    for (const [href, size] of [
      ['/favicon.ico', 32],
      ['/apple-touch-icon.png', 180],
    ] as const) {
      const icon = assets.files.get(href);
      expect(icon?.contentType).toBe('image/png');
      expect(icon?.body.equals(await renderIcon(size)), href).toBe(true);
    }
    expect(assets.files.get('/favicon.svg')?.contentType).toBe('image/svg+xml');
  });

  it('gives the same URLs for the same bytes', async () => {
    const [first, second] = await Promise.all([loadSiteAssets(), loadSiteAssets()]);
    expect(second.stylesheetHref).toBe(first.stylesheetHref);
    expect([...second.files.keys()]).toEqual([...first.files.keys()]);
  });
});

describe('site.css', () => {
  it('is small and uses logical properties only, so RTL and LTR share it', async () => {
    const css = await readFile(new URL('./assets/site.css', import.meta.url), 'utf8');
    expect(Buffer.byteLength(css)).toBeLessThan(25 * 1024);
    const rules = css.replace(/\/\*[\s\S]*?\*\//g, '');
    expect(rules).not.toMatch(/(margin|padding|border)-(left|right)\b/);
    expect(rules).not.toMatch(/(^|[\s;{])(left|right)\s*:/m);
    expect(rules).not.toMatch(/text-align:\s*(left|right)/);
    expect(rules).not.toMatch(/float:\s*(left|right)/);
  });
});
