/**
 * Shared drawing helpers for the demo's pictures: the two image sizes, the muted editorial
 * palette, a seeded random generator (never Math.random, so every drawing is the same on every
 * run), gradient and filter definitions, shape primitives and the SVG document wrapper.
 */
export type Point = readonly [number, number];
export type Stop = readonly [offset: number, color: string, opacity?: number];

export const wide = { width: 1600, height: 900 } as const;
export const square = { width: 400, height: 400 } as const;

/** A muted editorial palette shared by every drawing. */
export const ink = '#1d2b3a';
export const navy = '#23364d';
export const slate = '#4a5d73';
export const mist = '#c9d3d9';
export const cream = '#f3ece0';
export const ochre = '#d6a24e';
export const amber = '#e8b96a';
export const terracotta = '#c0673f';
export const teal = '#2e6e6a';
export const sage = '#8fa896';
export const plum = '#5a3f55';

// ── drawing helpers ─────────────────────────────────────────────────────────

/** Mulberry32: a tiny seeded generator, so every drawing is the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const num = (value: number): string => String(Math.round(value * 10) / 10);
export const points = (list: readonly Point[]): string =>
  list.map(([x, y]) => `${num(x)},${num(y)}`).join(' ');

export function stops(list: readonly Stop[]): string {
  return list
    .map(
      ([offset, color, opacity = 1]) =>
        `<stop offset="${offset}" stop-color="${color}" stop-opacity="${opacity}"/>`,
    )
    .join('');
}

export function linear(id: string, list: readonly Stop[], [x1, y1, x2, y2] = [0, 0, 0, 1]): string {
  return `<linearGradient id="${id}" x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}">${stops(list)}</linearGradient>`;
}

export function radial(id: string, list: readonly Stop[], [cx, cy, r] = [0.5, 0.5, 0.5]): string {
  return `<radialGradient id="${id}" cx="${cx}" cy="${cy}" r="${r}">${stops(list)}</radialGradient>`;
}

// ── gradient shorthands ────────────────────────────────────────────────────
// Each runs from one colour (offset 0) to another (offset 1), through any `between` stops.

type Direction = [x1: number, y1: number, x2: number, y2: number];

function ramp(
  id: string,
  direction: Direction,
  first: string,
  last: string,
  between: readonly Stop[],
): string {
  return linear(id, [[0, first], ...between, [1, last]], direction);
}

/** From top to bottom: skies, walls, floors and grounds. */
export function topDown(id: string, top: string, bottom: string, ...between: Stop[]): string {
  return ramp(id, [0, 0, 0, 1], top, bottom, between);
}

/** From the top-left corner to the bottom-right: paper, notes, chips and cards. */
export function diagonal(id: string, from: string, to: string, ...between: Stop[]): string {
  return ramp(id, [0, 0, 1, 1], from, to, between);
}

/** From left to right: columns, bottles and roofs lit from one side. */
export function leftRight(id: string, left: string, right: string, ...between: Stop[]): string {
  return ramp(id, [0, 0, 1, 0], left, right, between);
}

/**
 * Light across a cylinder standing upright (coin edges, barrels, silos): a dark edge, the lit
 * body, a highlight and the far edge in shadow, from left to right.
 */
export function cylinder(
  id: string,
  [edge, body, highlight, farEdge]: readonly [string, string, string, string],
  [bodyAt, highlightAt]: readonly [number, number] = [0.4, 0.6],
): string {
  return leftRight(id, edge, farEdge, [bodyAt, body], [highlightAt, highlight]);
}

/** Two colours from the centre out, within the circle `[cx, cy, r]` (fractions of the box). */
export function centreOut(
  id: string,
  inner: string,
  outer: string,
  within?: [cx: number, cy: number, r: number],
): string {
  return radial(
    id,
    [
      [0, inner],
      [1, outer],
    ],
    within,
  );
}

/** One colour fading to nothing from the centre out: sun halos, glows, spotlights, shadows. */
export function fadeOut(id: string, color: string, opacity = 1, from = 0): string {
  return radial(id, [
    [from, color, opacity],
    [1, color, 0],
  ]);
}

export function blur(id: string, deviation: number): string {
  return `<filter id="${id}" x="-50%" y="-50%" width="200%" height="200%"><feGaussianBlur stdDeviation="${deviation}"/></filter>`;
}

export function rect(x: number, y: number, w: number, h: number, fill: string, extra = ''): string {
  return `<rect x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}" fill="${fill}" ${extra}/>`;
}

export function polygon(list: readonly Point[], fill: string, extra = ''): string {
  return `<polygon points="${points(list)}" fill="${fill}" ${extra}/>`;
}

export function line(a: Point, b: Point, stroke: string, width: number, extra = ''): string {
  return `<line x1="${num(a[0])}" y1="${num(a[1])}" x2="${num(b[0])}" y2="${num(b[1])}" stroke="${stroke}" stroke-width="${num(width)}" ${extra}/>`;
}

export function polyline(
  list: readonly Point[],
  stroke: string,
  width: number,
  extra = '',
): string {
  return `<polyline points="${points(list)}" fill="none" stroke="${stroke}" stroke-width="${num(width)}" ${extra}/>`;
}

export function circle(cx: number, cy: number, r: number, fill: string, extra = ''): string {
  return `<circle cx="${num(cx)}" cy="${num(cy)}" r="${num(r)}" fill="${fill}" ${extra}/>`;
}

export function ellipse(
  cx: number,
  cy: number,
  rx: number,
  ry: number,
  fill: string,
  extra = '',
): string {
  return `<ellipse cx="${num(cx)}" cy="${num(cy)}" rx="${num(rx)}" ry="${num(ry)}" fill="${fill}" ${extra}/>`;
}

export const lerp = (a: number, b: number, t: number): number => a + (b - a) * t;
export const mix = (a: Point, b: Point, t: number): Point => [
  lerp(a[0], b[0], t),
  lerp(a[1], b[1], t),
];

export function svgDocument(width: number, height: number, defs: string[], body: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<defs>${defs.join('')}</defs>`,
    ...body,
    '</svg>',
  ].join('\n');
}

/** Lattice between two rails, as drawn on derricks, cranes and pylons. */
export function lattice(
  railA: readonly [Point, Point],
  railB: readonly [Point, Point],
  bays: number,
  stroke: string,
  width: number,
): string {
  const parts: string[] = [
    line(railA[0], railA[1], stroke, width * 1.6),
    line(railB[0], railB[1], stroke, width * 1.6),
  ];
  for (let i = 0; i <= bays; i++) {
    const a = mix(railA[0], railA[1], i / bays);
    const b = mix(railB[0], railB[1], i / bays);
    parts.push(line(a, b, stroke, width));
    if (i < bays) {
      const nextA = mix(railA[0], railA[1], (i + 1) / bays);
      const nextB = mix(railB[0], railB[1], (i + 1) / bays);
      parts.push(line(a, nextB, stroke, width * 0.8), line(b, nextA, stroke, width * 0.8));
    }
  }
  return `<g stroke-linecap="round">${parts.join('')}</g>`;
}
