/**
 * Portrait avatars (400×400): head and shoulders on a gradient background, varied by skin,
 * hair style, clothing, beard and glasses.
 */
import { square, ink, linear, diagonal, rect, line, circle, ellipse, svgDocument } from './svg.js';

export interface Portrait {
  background: readonly [string, string];
  skin: string;
  hair: string;
  clothing: string;
  style: 'hijab' | 'short' | 'long' | 'bob' | 'receding';
  hasBeard?: boolean;
  hasGlasses?: boolean;
}

/** Hair drawn over the head, by style; the hijab and long hair also have a layer behind. */
const hairFront: Record<Portrait['style'], string> = {
  short:
    'M 136 176 C 128 108 160 90 200 90 C 240 90 272 108 264 176 C 260 146 244 126 200 124 C 158 126 140 146 136 176 Z',
  long: 'M 132 204 C 118 112 160 88 200 88 C 240 88 282 112 268 204 C 262 152 248 130 216 122 C 192 140 162 148 142 152 C 137 168 134 186 132 204 Z',
  bob: 'M 126 236 C 108 120 156 88 200 88 C 244 88 292 120 274 236 C 266 240 258 240 252 236 C 258 172 246 142 200 138 C 154 142 142 172 148 236 C 142 240 134 240 126 236 Z',
  receding:
    'M 136 196 C 130 150 140 122 162 110 C 154 140 152 166 150 200 Z M 264 196 C 270 150 260 122 238 110 C 246 140 248 166 250 200 Z',
  hijab: 'M 140 176 C 140 84 260 84 260 176 C 252 140 230 128 200 128 C 170 128 148 140 140 176 Z',
};

/** The neck with the shadow of the chin on it, an open collar and both ears. */
function neckAndEars(skin: string): string[] {
  return [
    rect(178, 232, 44, 58, skin, 'rx="14"'),
    rect(178, 232, 44, 24, '#000', 'opacity="0.12" rx="10"'),
    `<path d="M 172 282 L 200 326 L 228 282 Z" fill="#ffffff" opacity="0.85"/>`,
    ellipse(139, 186, 10, 16, skin),
    ellipse(261, 186, 10, 16, skin),
  ];
}

/** Round glasses: two tinted lenses in dark rims and the bridge between them. */
function glasses(): string[] {
  return [
    circle(177, 178, 18, '#ffffff', `opacity="0.12" stroke="${ink}" stroke-width="4"`),
    circle(223, 178, 18, '#ffffff', `opacity="0.12"`),
    circle(223, 178, 18, 'none', `stroke="${ink}" stroke-width="4"`),
    circle(177, 178, 18, 'none', `stroke="${ink}" stroke-width="4"`),
    line([195, 178], [205, 178], ink, 4),
  ];
}

export function portrait(p: Portrait): () => string {
  return () => {
    const isHijab = p.style === 'hijab';
    const body: string[] = [
      rect(0, 0, 400, 400, 'url(#bg)'),
      circle(200, 176, 150, '#ffffff', 'opacity="0.08"'),
      circle(330, 70, 90, '#ffffff', 'opacity="0.06"'),
    ];
    if (p.style === 'long') {
      body.push(
        `<path d="M 128 170 C 116 90 284 90 272 170 L 292 334 C 262 350 138 350 108 334 Z" fill="${p.hair}"/>`,
      );
    }
    body.push(
      `<path d="M 56 400 C 62 316 122 280 200 280 C 278 280 338 316 344 400 Z" fill="${p.clothing}"/>`,
    );
    body.push(
      `<path d="M 56 400 C 62 316 122 280 200 280 C 278 280 338 316 344 400 Z" fill="url(#shade)"/>`,
    );
    if (isHijab) {
      body.push(
        `<path d="M 200 86 C 126 86 110 150 114 208 C 116 264 140 300 118 344 C 160 366 240 366 282 344 C 260 300 284 264 286 208 C 290 150 274 86 200 86 Z" fill="${p.hair}"/>`,
        `<path d="M 150 270 C 170 300 230 300 250 270" fill="none" stroke="#ffffff" stroke-width="3" opacity="0.15"/>`,
      );
    } else {
      body.push(...neckAndEars(p.skin));
    }
    body.push(ellipse(200, 180, isHijab ? 56 : 60, isHijab ? 70 : 74, p.skin));
    body.push(`<path d="${hairFront[p.style]}" fill="${p.hair}"/>`);
    if (p.hasBeard === true) {
      body.push(
        `<path d="M 140 182 C 140 252 170 276 200 276 C 230 276 260 252 260 182 C 254 214 236 230 200 230 C 164 230 146 214 140 182 Z" fill="${p.hair}"/>`,
        `<path d="M 174 224 Q 200 210 226 224 Q 200 232 174 224 Z" fill="${p.hair}"/>`,
      );
    }
    if (p.hasGlasses === true) body.push(...glasses());
    return svgDocument(
      square.width,
      square.height,
      [
        diagonal('bg', ...p.background),
        linear(
          'shade',
          [
            [0, '#ffffff', 0.08],
            [0.5, '#000000', 0],
            [1, '#000000', 0.18],
          ],
          [0, 0, 1, 0],
        ),
      ],
      body,
    );
  };
}
