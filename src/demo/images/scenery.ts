/**
 * Scenery shared by the wide (1600×900) scenes: the document itself, a backdrop over the whole
 * picture, a sun with its halo, bands of land along the horizon and shadows cast on the ground.
 */
import { circle, ellipse, rect, svgDocument, wide } from './svg.js';

/** A complete 1600×900 SVG document. */
export function widePicture(defs: string[], body: string[]): string {
  return svgDocument(wide.width, wide.height, defs, body);
}

/** A rectangle over the whole picture, filled with the gradient or pattern `id`. */
export function backdrop(id: string): string {
  return rect(0, 0, wide.width, wide.height, `url(#${id})`);
}

/** A sun: a wide halo filled with the scene's `sun` gradient, behind a bright disc. */
export function sun(
  x: number,
  y: number,
  halo: number,
  disc: number,
  fill: string,
  extra = '',
): string[] {
  return [circle(x, y, halo, 'url(#sun)'), circle(x, y, disc, fill, extra)];
}

/**
 * A band of land across the whole width: `outline` is the path from the left edge (after
 * `M0 `) to the right edge, and the band is closed straight down to `bottom`.
 */
export function ridge(outline: string, bottom: number, fill: string, opacity?: number): string {
  const fade = opacity === undefined ? '' : ` opacity="${opacity}"`;
  return `<path d="M0 ${outline} L ${wide.width} ${bottom} L 0 ${bottom} Z" fill="${fill}"${fade}/>`;
}

/** A shadow cast on the ground, blurred by the scene's `soft` filter. */
export function castShadow(
  cx: number,
  cy: number,
  rx: number,
  ry: number,
  opacity: number,
  color = '#000',
): string {
  return ellipse(cx, cy, rx, ry, color, `opacity="${opacity}" filter="url(#soft)"`);
}
