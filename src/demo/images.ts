/**
 * The demo's pictures, drawn by code: 1600×900 editorial illustrations and 400×400 portrait
 * avatars, as self-contained SVG (no text, fonts or external references) that sharp rasterizes.
 * Drawing is deterministic: variety comes from a seeded generator, never from Math.random, so
 * the same demo always produces the same bytes (and the same content-addressed files).
 *
 * Images used by the English edition are separate entries (keys starting with `en-`) that reuse
 * a drawing with English alt text, caption and credit.
 */
import type { DemoImage } from './types.js';

type Point = readonly [number, number];
type Stop = readonly [offset: number, color: string, opacity?: number];

const wide = { width: 1600, height: 900 } as const;
const square = { width: 400, height: 400 } as const;

/** A muted editorial palette shared by every drawing. */
const ink = '#1d2b3a';
const navy = '#23364d';
const slate = '#4a5d73';
const mist = '#c9d3d9';
const cream = '#f3ece0';
const ochre = '#d6a24e';
const amber = '#e8b96a';
const terracotta = '#c0673f';
const teal = '#2e6e6a';
const sage = '#8fa896';
const plum = '#5a3f55';

// ── drawing helpers ─────────────────────────────────────────────────────────

/** Mulberry32: a tiny seeded generator, so every drawing is the same on every run. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const num = (value: number): string => String(Math.round(value * 10) / 10);
const points = (list: readonly Point[]): string =>
  list.map(([x, y]) => `${num(x)},${num(y)}`).join(' ');

function stops(list: readonly Stop[]): string {
  return list
    .map(
      ([offset, color, opacity = 1]) =>
        `<stop offset="${offset}" stop-color="${color}" stop-opacity="${opacity}"/>`,
    )
    .join('');
}

function linear(id: string, list: readonly Stop[], [x1, y1, x2, y2] = [0, 0, 0, 1]): string {
  return `<linearGradient id="${id}" x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}">${stops(list)}</linearGradient>`;
}

function radial(id: string, list: readonly Stop[], [cx, cy, r] = [0.5, 0.5, 0.5]): string {
  return `<radialGradient id="${id}" cx="${cx}" cy="${cy}" r="${r}">${stops(list)}</radialGradient>`;
}

function blur(id: string, deviation: number): string {
  return `<filter id="${id}" x="-50%" y="-50%" width="200%" height="200%"><feGaussianBlur stdDeviation="${deviation}"/></filter>`;
}

function rect(x: number, y: number, w: number, h: number, fill: string, extra = ''): string {
  return `<rect x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}" fill="${fill}" ${extra}/>`;
}

function polygon(list: readonly Point[], fill: string, extra = ''): string {
  return `<polygon points="${points(list)}" fill="${fill}" ${extra}/>`;
}

function line(a: Point, b: Point, stroke: string, width: number, extra = ''): string {
  return `<line x1="${num(a[0])}" y1="${num(a[1])}" x2="${num(b[0])}" y2="${num(b[1])}" stroke="${stroke}" stroke-width="${num(width)}" ${extra}/>`;
}

function circle(cx: number, cy: number, r: number, fill: string, extra = ''): string {
  return `<circle cx="${num(cx)}" cy="${num(cy)}" r="${num(r)}" fill="${fill}" ${extra}/>`;
}

function ellipse(cx: number, cy: number, rx: number, ry: number, fill: string, extra = ''): string {
  return `<ellipse cx="${num(cx)}" cy="${num(cy)}" rx="${num(rx)}" ry="${num(ry)}" fill="${fill}" ${extra}/>`;
}

const lerp = (a: number, b: number, t: number): number => a + (b - a) * t;
const mix = (a: Point, b: Point, t: number): Point => [lerp(a[0], b[0], t), lerp(a[1], b[1], t)];

function svgDocument(width: number, height: number, defs: string[], body: string[]): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<defs>${defs.join('')}</defs>`,
    ...body,
    '</svg>',
  ].join('\n');
}

/** Lattice between two rails, as drawn on derricks, cranes and pylons. */
function lattice(
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

// ── editorial illustrations (1600×900) ──────────────────────────────────────

function oilFieldAtSunset(): string {
  const silhouette = '#241a24';
  const barrel = (x: number, y: number, fill: string) =>
    [
      rect(x, y, 92, 122, `url(#${fill})`, 'rx="10"'),
      rect(x, y + 30, 92, 7, '#000', 'opacity="0.2"'),
      rect(x, y + 86, 92, 7, '#000', 'opacity="0.2"'),
      ellipse(x + 46, y + 2, 46, 11, fill === 'barrelTeal' ? '#4f8d88' : '#dd8b60'),
      ellipse(x + 46, y + 2, 34, 7, '#000', 'opacity="0.15"'),
    ].join('');
  return svgDocument(
    wide.width,
    wide.height,
    [
      linear('sky', [
        [0, '#3b3150'],
        [0.45, '#94526a'],
        [0.75, '#d97c4e'],
        [1, '#f3c47e'],
      ]),
      radial('sun', [
        [0, '#fff3d2'],
        [0.7, '#f9d28b'],
        [1, '#f2ad5f'],
      ]),
      radial('glow', [
        [0, '#ffd99a', 0.6],
        [1, '#ffd99a', 0],
      ]),
      linear('ground', [
        [0, '#3d2935'],
        [1, '#1b141a'],
      ]),
      linear(
        'barrelRust',
        [
          [0, '#7a3322'],
          [0.4, '#c4663f'],
          [0.6, '#d98a5c'],
          [1, '#6a2c1e'],
        ],
        [0, 0, 1, 0],
      ),
      linear(
        'barrelTeal',
        [
          [0, '#1c4644'],
          [0.4, teal],
          [0.6, '#4a8f89'],
          [1, '#173b39'],
        ],
        [0, 0, 1, 0],
      ),
      blur('soft', 12),
    ],
    [
      rect(0, 0, 1600, 700, 'url(#sky)'),
      circle(1080, 610, 380, 'url(#glow)'),
      circle(1080, 610, 120, 'url(#sun)'),
      `<path d="M0 650 C 180 610 360 618 540 640 S 880 606 1090 632 S 1440 600 1600 628 L 1600 700 L 0 700 Z" fill="#5d3b4c" opacity="0.85"/>`,
      `<path d="M0 676 C 260 650 520 662 800 672 S 1300 650 1600 668 L 1600 900 L 0 900 Z" fill="url(#ground)"/>`,
      // Derrick.
      lattice(
        [
          [170, 700],
          [282, 170],
        ],
        [
          [430, 700],
          [318, 170],
        ],
        9,
        silhouette,
        5,
      ),
      rect(266, 136, 68, 36, silhouette),
      line([300, 136], [300, 96], silhouette, 6),
      rect(140, 600, 320, 14, silhouette),
      rect(440, 626, 140, 76, silhouette),
      // Pump jack.
      rect(820, 716, 400, 16, silhouette),
      line([940, 716], [1010, 520], silhouette, 16),
      line([1080, 716], [1010, 520], silhouette, 16),
      polygon(
        [
          [830, 548],
          [1200, 500],
          [1203, 522],
          [833, 570],
        ],
        silhouette,
      ),
      `<path d="M 850 536 L 800 540 Q 752 590 790 660 L 818 652 Q 790 596 856 570 Z" fill="${silhouette}"/>`,
      line([790, 660], [790, 706], silhouette, 4),
      rect(770, 698, 40, 20, silhouette),
      line([1196, 512], [1168, 650], silhouette, 12),
      `<path d="M 1110 650 A 62 62 0 0 1 1230 650 Z" fill="${silhouette}"/>`,
      rect(1120, 650, 100, 66, silhouette),
      circle(1010, 526, 12, '#3d2935'),
      // Barrels.
      ellipse(1390, 872, 230, 20, '#000', 'opacity="0.35" filter="url(#soft)"'),
      barrel(1220, 756, 'barrelRust'),
      barrel(1320, 756, 'barrelTeal'),
      barrel(1420, 756, 'barrelRust'),
      barrel(1270, 632, 'barrelRust'),
      barrel(1370, 632, 'barrelRust'),
      barrel(1530, 770, 'barrelTeal'),
    ],
  );
}

function marketCandles(): string {
  const rand = seededRandom(7);
  const count = 40;
  const [left, right, top, bottom] = [120, 1480, 120, 610];
  const step = (right - left) / count;
  const candles: { open: number; close: number; high: number; low: number; volume: number }[] = [];
  let price = 100;
  for (let i = 0; i < count; i++) {
    const open = price;
    const close = open + (rand() - 0.42) * 7;
    candles.push({
      open,
      close,
      high: Math.max(open, close) + rand() * 3.5,
      low: Math.min(open, close) - rand() * 3.5,
      volume: 0.25 + rand() * 0.75,
    });
    price = close;
  }
  const lowest = Math.min(...candles.map((c) => c.low));
  const highest = Math.max(...candles.map((c) => c.high));
  const y = (value: number) => bottom - ((value - lowest) / (highest - lowest)) * (bottom - top);
  const x = (i: number) => left + step * (i + 0.5);

  const grid: string[] = [];
  for (let gy = 90; gy <= 840; gy += 75)
    grid.push(line([60, gy], [1540, gy], '#ffffff', 1, 'opacity="0.07"'));
  for (let gx = 120; gx <= 1480; gx += 136)
    grid.push(line([gx, 60], [gx, 840], '#ffffff', 1, 'opacity="0.05"'));

  const average = candles.map((_, i) => {
    const window = candles.slice(Math.max(0, i - 5), i + 1);
    return window.reduce((sum, c) => sum + c.close, 0) / window.length;
  });
  const trend = average.map((value, i): Point => [x(i), y(value)]);
  const area: Point[] = [...trend, [x(count - 1), bottom], [x(0), bottom]];
  const last = candles[count - 1]?.close ?? price;

  const bars = candles.map((c, i) => {
    const isUp = c.close >= c.open;
    const color = isUp ? '#5fae97' : '#d9714e';
    const bodyTop = y(Math.max(c.open, c.close));
    const bodyHeight = Math.max(3, Math.abs(y(c.open) - y(c.close)));
    return [
      line([x(i), y(c.high)], [x(i), y(c.low)], color, 2.5),
      rect(x(i) - step * 0.3, bodyTop, step * 0.6, bodyHeight, color, 'rx="2"'),
      rect(
        x(i) - step * 0.32,
        820 - c.volume * 130,
        step * 0.64,
        c.volume * 130,
        color,
        'opacity="0.35"',
      ),
    ].join('');
  });

  return svgDocument(
    wide.width,
    wide.height,
    [
      linear(
        'bg',
        [
          [0, '#13202e'],
          [1, '#203549'],
        ],
        [0, 0, 1, 1],
      ),
      linear('area', [
        [0, amber, 0.28],
        [1, amber, 0],
      ]),
      radial('vignette', [
        [0.6, '#000', 0],
        [1, '#000', 0.35],
      ]),
      blur('glow', 6),
    ],
    [
      rect(0, 0, 1600, 900, 'url(#bg)'),
      ...grid,
      line([60, 660], [1540, 660], '#ffffff', 1.5, 'opacity="0.15"'),
      polygon(area, 'url(#area)'),
      ...bars,
      `<polyline points="${points(trend)}" fill="none" stroke="${amber}" stroke-width="5" stroke-linejoin="round"/>`,
      line([left, y(last)], [1500, y(last)], amber, 2, 'stroke-dasharray="10 8" opacity="0.7"'),
      rect(1500, y(last) - 16, 64, 32, amber, 'rx="6"'),
      circle(
        x(count - 1),
        y(average[count - 1] ?? last),
        16,
        amber,
        'opacity="0.6" filter="url(#glow)"',
      ),
      circle(x(count - 1), y(average[count - 1] ?? last), 7, '#fff4dc'),
      rect(0, 0, 1600, 900, 'url(#vignette)'),
    ],
  );
}

function towerCrane(
  x: number,
  baseY: number,
  topY: number,
  reach: number,
  direction: 1 | -1,
): string {
  const color = ochre;
  const dark = '#8a6526';
  const jibEnd = x + direction * reach;
  const tailEnd = x - direction * reach * 0.32;
  const trolley = x + direction * reach * 0.62;
  const hookY = topY + (baseY - topY) * 0.45;
  return [
    lattice(
      [
        [x - 14, baseY],
        [x - 14, topY],
      ],
      [
        [x + 14, baseY],
        [x + 14, topY],
      ],
      Math.round((baseY - topY) / 30),
      color,
      2.5,
    ),
    lattice(
      [
        [x, topY],
        [jibEnd, topY],
      ],
      [
        [x, topY - 22],
        [jibEnd, topY - 12],
      ],
      Math.round(reach / 34),
      color,
      2.2,
    ),
    lattice(
      [
        [x, topY],
        [tailEnd, topY],
      ],
      [
        [x, topY - 18],
        [tailEnd, topY - 14],
      ],
      5,
      color,
      2.2,
    ),
    polygon(
      [
        [x - 14, topY - 20],
        [x, topY - 110],
        [x + 14, topY - 20],
      ],
      'none',
      `stroke="${color}" stroke-width="4"`,
    ),
    line([x, topY - 110], [x + direction * reach * 0.7, topY - 18], color, 2),
    line([x, topY - 110], [tailEnd, topY - 16], color, 2),
    rect(Math.min(tailEnd, tailEnd + direction * 60), topY + 2, 60, 34, '#7b7f80'),
    rect(x + (direction === 1 ? 14 : -46), topY + 4, 32, 28, dark, 'rx="3"'),
    rect(trolley - 12, topY + 1, 24, 8, dark),
    line([trolley, topY + 8], [trolley, hookY], '#3b3f45', 2),
    rect(trolley - 80, hookY, 160, 14, terracotta),
  ].join('');
}

function skylineWithCranes(): string {
  const rand = seededRandom(11);
  const layer = (
    baseY: number,
    minH: number,
    maxH: number,
    fill: string,
    windows: string | null,
    lit = 0,
  ) => {
    const parts: string[] = [];
    let x = -20;
    while (x < 1620) {
      const w = 70 + rand() * 110;
      const h = minH + rand() * (maxH - minH);
      parts.push(rect(x, baseY - h, w, h + 2, fill));
      if (windows !== null) {
        for (let wy = baseY - h + 18; wy < baseY - 20; wy += 28) {
          for (let wx = x + 12; wx < x + w - 16; wx += 20) {
            const isLit = rand() < lit;
            parts.push(
              rect(wx, wy, 9, 13, isLit ? amber : windows, `opacity="${isLit ? 0.9 : 0.35}"`),
            );
          }
        }
      }
      x += w + rand() * 14;
    }
    return parts.join('');
  };
  const skeleton: string[] = [];
  for (let fy = 760; fy >= 420; fy -= 40) skeleton.push(line([880, fy], [1140, fy], '#6a5546', 5));
  for (let fx = 880; fx <= 1140; fx += 52) skeleton.push(line([fx, 760], [fx, 420], '#6a5546', 6));
  return svgDocument(
    wide.width,
    wide.height,
    [
      linear('sky', [
        [0, '#8ea7ba'],
        [0.6, '#d8d3c5'],
        [1, '#f0dec0'],
      ]),
      radial('sun', [
        [0, '#fbebc8'],
        [1, '#fbebc8', 0],
      ]),
    ],
    [
      rect(0, 0, 1600, 900, 'url(#sky)'),
      circle(1280, 300, 180, 'url(#sun)'),
      circle(1280, 300, 60, '#f8e6c2', 'opacity="0.9"'),
      layer(720, 160, 380, '#aab5bc', null),
      layer(770, 120, 300, '#7c8d9b', mist),
      rect(880, 600, 260, 160, '#8f7763'),
      ...skeleton,
      towerCrane(1010, 770, 250, 520, -1),
      towerCrane(360, 780, 330, 380, 1),
      layer(830, 60, 200, '#34465a', '#8b9aa8', 0.25),
      rect(0, 828, 1600, 72, '#273545'),
      rect(0, 828, 1600, 4, '#4a5d73'),
    ],
  );
}

function coinsAndBanknotes(): string {
  const note = (angle: number, shade: string) =>
    `<g transform="rotate(${angle} 800 760)">${[
      rect(470, 250, 660, 310, shade, 'rx="16" stroke="#4d6b5b" stroke-width="2"'),
      rect(496, 276, 608, 258, 'none', 'rx="10" stroke="#eef2e6" stroke-width="3" opacity="0.55"'),
      circle(990, 405, 86, '#eef2e6', 'opacity="0.35"'),
      circle(990, 405, 64, 'none', 'stroke="#eef2e6" stroke-width="3" opacity="0.6"'),
      ...[0, 1, 2, 3, 4].map(
        (i) =>
          `<path d="M 520 ${330 + i * 34} q 50 -26 100 0 t 100 0 t 100 0 t 100 0" fill="none" stroke="#eef2e6" stroke-width="2" opacity="0.35"/>`,
      ),
      circle(540, 300, 12, '#eef2e6', 'opacity="0.5"'),
      circle(1060, 510, 12, '#eef2e6', 'opacity="0.5"'),
    ].join('')}</g>`;
  const stack = (cx: number, baseY: number, count: number, metal: 'gold' | 'silver') => {
    const parts = [ellipse(cx + 10, baseY + 22, 130, 30, 'url(#shadow)')];
    for (let i = 0; i < count; i++) {
      const cy = baseY - i * 15;
      parts.push(
        rect(cx - 96, cy - 15, 192, 15, `url(#${metal}Side)`),
        ellipse(cx, cy, 96, 30, `url(#${metal}Side)`),
        ellipse(cx, cy - 15, 96, 30, `url(#${metal}Side)`, 'stroke="#000" stroke-opacity="0.12"'),
      );
    }
    const topY = baseY - count * 15;
    parts.push(
      ellipse(cx, topY, 96, 30, `url(#${metal}Top)`),
      ellipse(cx, topY, 76, 22, 'none', 'stroke="#fff" stroke-width="3" opacity="0.45"'),
      ellipse(cx, topY, 30, 9, '#fff', 'opacity="0.25"'),
    );
    return parts.join('');
  };
  return svgDocument(
    wide.width,
    wide.height,
    [
      radial(
        'bg',
        [
          [0, '#f8f1e4'],
          [1, '#dccbad'],
        ],
        [0.5, 0.4, 0.8],
      ),
      linear(
        'note',
        [
          [0, '#9bb7a0'],
          [1, '#6f917c'],
        ],
        [0, 0, 1, 1],
      ),
      linear(
        'noteDark',
        [
          [0, '#7fa08b'],
          [1, '#557662'],
        ],
        [0, 0, 1, 1],
      ),
      linear(
        'goldSide',
        [
          [0, '#9a6f2c'],
          [0.3, '#d8a650'],
          [0.55, '#f0cd82'],
          [1, '#8c6224'],
        ],
        [0, 0, 1, 0],
      ),
      linear(
        'goldTop',
        [
          [0, '#f6dc9c'],
          [1, '#cf9a45'],
        ],
        [0, 0, 1, 1],
      ),
      linear(
        'silverSide',
        [
          [0, '#7d878e'],
          [0.4, '#cfd5d8'],
          [0.6, '#eef1f2'],
          [1, '#727b82'],
        ],
        [0, 0, 1, 0],
      ),
      linear(
        'silverTop',
        [
          [0, '#f4f6f7'],
          [1, '#aab3b9'],
        ],
        [0, 0, 1, 1],
      ),
      radial('shadow', [
        [0, '#5b4630', 0.4],
        [1, '#5b4630', 0],
      ]),
    ],
    [
      rect(0, 0, 1600, 900, 'url(#bg)'),
      note(-24, 'url(#noteDark)'),
      note(-11, 'url(#note)'),
      note(3, 'url(#noteDark)'),
      note(16, 'url(#note)'),
      stack(360, 810, 9, 'gold'),
      stack(580, 850, 15, 'gold'),
      stack(880, 860, 7, 'silver'),
      stack(1130, 840, 12, 'gold'),
      stack(1360, 820, 5, 'silver'),
    ],
  );
}

function windTurbine(x: number, baseY: number, height: number, angle: number): string {
  const s = height / 300;
  const hubY = baseY - height;
  const length = 185 * s;
  const blade = (rotation: number) =>
    `<path transform="translate(${num(x)} ${num(hubY)}) rotate(${rotation})" d="M 0 0 C ${num(9 * s)} ${num(-0.2 * length)} ${num(5 * s)} ${num(-0.7 * length)} ${num(1 * s)} ${num(-length)} L ${num(-1.5 * s)} ${num(-length)} C ${num(-3 * s)} ${num(-0.6 * length)} ${num(-5 * s)} ${num(-0.2 * length)} 0 0 Z" fill="#f7f6f1" stroke="#c3cbc8" stroke-width="1"/>`;
  return [
    polygon(
      [
        [x - 7 * s, baseY],
        [x + 7 * s, baseY],
        [x + 3 * s, hubY],
        [x - 3 * s, hubY],
      ],
      '#f3f2ec',
    ),
    polygon(
      [
        [x + 1 * s, baseY],
        [x + 7 * s, baseY],
        [x + 3 * s, hubY],
        [x + 1 * s, hubY],
      ],
      '#d4d8d4',
    ),
    rect(x - 10 * s, hubY - 7 * s, 30 * s, 14 * s, '#e9e9e3', `rx="${num(5 * s)}"`),
    blade(angle),
    blade(angle + 120),
    blade(angle + 240),
    circle(x, hubY, 6 * s, '#fbfbf7', 'stroke="#c3cbc8"'),
  ].join('');
}

function solarPanelRow(y: number, scale: number, offset: number): string {
  const panels: string[] = [];
  const w = 200 * scale;
  const h = 74 * scale;
  const gap = 18 * scale;
  for (let x = offset; x < 1640; x += w + gap) {
    const quad: Point[] = [
      [x + 14 * scale, y],
      [x + w + 14 * scale, y],
      [x + w, y + h],
      [x, y + h],
    ];
    const cells: string[] = [];
    for (let c = 1; c < 6; c++) {
      cells.push(
        line(
          mix(quad[0] as Point, quad[1] as Point, c / 6),
          mix(quad[3] as Point, quad[2] as Point, c / 6),
          '#8fb0cc',
          1.2,
          'opacity="0.45"',
        ),
      );
    }
    for (let r = 1; r < 3; r++) {
      cells.push(
        line(
          mix(quad[0] as Point, quad[3] as Point, r / 3),
          mix(quad[1] as Point, quad[2] as Point, r / 3),
          '#8fb0cc',
          1.2,
          'opacity="0.45"',
        ),
      );
    }
    panels.push(
      line([x + w * 0.25, y + h], [x + w * 0.25, y + h + 26 * scale], '#6f6a5e', 4 * scale),
      line([x + w * 0.75, y + h], [x + w * 0.75, y + h + 26 * scale], '#6f6a5e', 4 * scale),
      polygon(quad, 'url(#panel)', `stroke="#dfe5e8" stroke-width="${num(2.5 * scale)}"`),
      ...cells,
      polygon(
        [
          [x + 14 * scale + w * 0.55, y],
          [x + 14 * scale + w * 0.8, y],
          [x + w * 0.45, y + h],
          [x + w * 0.2, y + h],
        ],
        '#ffffff',
        'opacity="0.08"',
      ),
    );
  }
  return `<g>${ellipse(800, y + h + 24 * scale, 900, 10 * scale, '#6b5d42', 'opacity="0.25"')}${panels.join('')}</g>`;
}

function solarAndWindFarm(): string {
  return svgDocument(
    wide.width,
    wide.height,
    [
      linear('sky', [
        [0, '#93b8c8'],
        [0.7, '#e3e6da'],
        [1, '#f1e8d4'],
      ]),
      radial('sun', [
        [0, '#fff6dd'],
        [1, '#fff6dd', 0],
      ]),
      linear('field', [
        [0, '#d8c79f'],
        [1, '#bfa978'],
      ]),
      linear(
        'panel',
        [
          [0, '#35597d'],
          [1, '#1a2f4a'],
        ],
        [0, 0, 1, 1],
      ),
    ],
    [
      rect(0, 0, 1600, 900, 'url(#sky)'),
      circle(250, 170, 200, 'url(#sun)'),
      circle(250, 170, 56, '#fff4d6'),
      `<path d="M0 520 C 200 470 420 480 640 505 S 1080 450 1300 480 S 1520 470 1600 478 L 1600 620 L 0 620 Z" fill="#b9c7b4"/>`,
      windTurbine(760, 512, 170, 18),
      windTurbine(960, 492, 250, 64),
      windTurbine(1180, 478, 300, 35),
      windTurbine(1420, 486, 230, 82),
      `<path d="M0 560 C 260 530 560 545 820 560 S 1300 540 1600 552 L 1600 640 L 0 640 Z" fill="#9fb29b"/>`,
      rect(0, 600, 1600, 300, 'url(#field)'),
      solarPanelRow(618, 0.5, -30),
      solarPanelRow(692, 0.75, -80),
      solarPanelRow(792, 1.1, -140),
    ],
  );
}

function containerPort(): string {
  const rand = seededRandom(23);
  const colors = [terracotta, teal, ochre, slate, sage, '#8a4f3c', '#3f6f8f'];
  const containers = (
    x0: number,
    x1: number,
    baseY: number,
    tiers: number,
    w: number,
    h: number,
  ) => {
    const parts: string[] = [];
    for (let t = 0; t < tiers; t++) {
      for (let x = x0; x + w <= x1; x += w + 3) {
        if (t > 0 && rand() < 0.12) continue;
        const y = baseY - (t + 1) * (h + 2);
        const color = colors[Math.floor(rand() * colors.length)] ?? slate;
        parts.push(rect(x, y, w, h, color));
        for (let rx = x + 6; rx < x + w - 3; rx += 7)
          parts.push(line([rx, y + 3], [rx, y + h - 3], '#000', 1, 'opacity="0.15"'));
      }
    }
    return parts.join('');
  };
  /** A ship-to-shore crane seen from the side: two legs on the quay, a boom over the ship. */
  const gantry = (legX: number, topY: number, boomEnd: number, trolleyX: number, color: string) => {
    const backX = legX + 170;
    return [
      line([legX, 646], [legX, topY], color, 16),
      line([backX, 646], [backX, topY], color, 16),
      line([legX, 520], [backX, 520], color, 10),
      line([legX, 520], [backX, topY + 20], color, 6),
      line([backX, 520], [legX, topY + 20], color, 6),
      rect(legX - 150, topY - 22, boomEnd - legX + 150, 24, color),
      polygon(
        [
          [legX, topY - 22],
          [legX + 85, topY - 160],
          [backX, topY - 22],
        ],
        'none',
        `stroke="${color}" stroke-width="10" stroke-linejoin="round"`,
      ),
      line([legX + 85, topY - 160], [boomEnd - 30, topY - 20], color, 4),
      line([legX + 85, topY - 160], [legX + 360, topY - 20], color, 4),
      line([legX + 85, topY - 160], [legX - 140, topY - 20], color, 4),
      rect(legX - 130, topY - 64, 110, 42, '#e6e2da'),
      rect(legX + 180, topY + 2, 44, 30, '#e6e2da'),
      rect(trolleyX - 22, topY + 2, 44, 14, '#3a3a3a'),
      line([trolleyX - 12, topY + 16], [trolleyX - 34, 424], '#3a3a3a', 2),
      line([trolleyX + 12, topY + 16], [trolleyX + 34, 424], '#3a3a3a', 2),
      rect(trolleyX - 44, 424, 88, 12, '#3a3a3a'),
    ].join('');
  };
  const waves: string[] = [];
  for (let i = 0; i < 70; i++) {
    const x = rand() * 1600;
    const y = 705 + rand() * 190;
    waves.push(
      line(
        [x, y],
        [x + 30 + rand() * 60, y],
        '#d6e4e6',
        2,
        `opacity="${num(0.15 + rand() * 0.25)}"`,
      ),
    );
  }
  return svgDocument(
    wide.width,
    wide.height,
    [
      linear('sky', [
        [0, '#a9bfcb'],
        [1, '#efe7d9'],
      ]),
      linear('sea', [
        [0, '#6b929f'],
        [1, '#284b5b'],
      ]),
      linear('hull', [
        [0, '#2c3e55'],
        [1, '#1a2536'],
      ]),
      linear('seaFront', [
        [0, '#55808e'],
        [1, '#284b5b'],
      ]),
    ],
    [
      rect(0, 0, 1600, 900, 'url(#sky)'),
      `<path d="M0 600 L 90 560 L 140 600 L 260 540 L 300 600 L 1600 600 L 1600 640 L 0 640 Z" fill="#b8c4c9"/>`,
      rect(0, 630, 1600, 270, 'url(#sea)'),
      polygon(
        [
          [0, 640],
          [720, 640],
          [720, 700],
          [0, 700],
        ],
        '#8c8880',
      ),
      rect(0, 636, 720, 8, '#b3ada2'),
      containers(20, 300, 640, 3, 62, 30),
      // Ship.
      `<path d="M 690 600 L 1560 600 L 1520 706 L 740 706 Z" fill="url(#hull)"/>`,
      rect(736, 680, 790, 12, '#8e3b2a'),
      containers(760, 1390, 600, 5, 58, 30),
      rect(1400, 420, 100, 180, '#e8e4dc'),
      rect(1390, 410, 120, 16, '#d2cdc3'),
      ...[445, 485, 525].map((wy) => rect(1410, wy, 80, 14, '#2c3e55', 'opacity="0.8"')),
      rect(1450, 360, 30, 50, terracotta),
      gantry(330, 250, 1200, 1010, terracotta),
      gantry(560, 290, 1380, 1260, '#b35b37'),
      rect(0, 700, 1600, 200, 'url(#seaFront)'),
      ...waves,
    ],
  );
}

function microchip(): string {
  const rand = seededRandom(31);
  const traces: string[] = [];
  const pads: string[] = [];
  const pins: string[] = [];
  const [x0, y0, size] = [610, 260, 380];
  const count = 9;
  for (let i = 0; i < count; i++) {
    const t = x0 + 40 + (i * (size - 80)) / (count - 1);
    const u = y0 + 40 + (i * (size - 80)) / (count - 1);
    // Pins on the four sides.
    pins.push(
      rect(t - 7, y0 - 30, 14, 30, 'url(#pin)'),
      rect(t - 7, y0 + size, 14, 30, 'url(#pin)'),
      rect(x0 - 30, u - 7, 30, 14, 'url(#pin)'),
      rect(x0 + size, u - 7, 30, 14, 'url(#pin)'),
    );
    const routes: Point[][] = [
      [
        [t, y0 - 30],
        [t, y0 - 60 - rand() * 60],
        [t + (rand() - 0.5) * 260, 40 + rand() * 90],
      ],
      [
        [t, y0 + size + 30],
        [t, y0 + size + 60 + rand() * 50],
        [t + (rand() - 0.5) * 260, 780 + rand() * 90],
      ],
      [
        [x0 - 30, u],
        [x0 - 80 - rand() * 120, u],
        [60 + rand() * 220, u + (rand() - 0.5) * 200],
      ],
      [
        [x0 + size + 30, u],
        [x0 + size + 80 + rand() * 120, u],
        [1320 + rand() * 220, u + (rand() - 0.5) * 200],
      ],
    ];
    for (const route of routes) {
      const isBright = rand() < 0.18;
      const color = isBright ? amber : '#5fb3a3';
      traces.push(
        `<polyline points="${points(route)}" fill="none" stroke="${color}" stroke-width="${isBright ? 4 : 3}" stroke-linejoin="round" opacity="${isBright ? 0.95 : 0.5}"${isBright ? ' filter="url(#glow)"' : ''}/>`,
      );
      const end = route[route.length - 1] as Point;
      pads.push(
        circle(
          end[0],
          end[1],
          isBright ? 9 : 7,
          'none',
          `stroke="${color}" stroke-width="3" opacity="${isBright ? 1 : 0.6}"`,
        ),
      );
    }
  }
  const dieGrid: string[] = [];
  for (let g = 1; g < 8; g++) {
    dieGrid.push(
      line(
        [x0 + 90 + g * 25, y0 + 90],
        [x0 + 90 + g * 25, y0 + size - 90],
        '#7fc4b6',
        1,
        'opacity="0.25"',
      ),
    );
    dieGrid.push(
      line(
        [x0 + 90, y0 + 90 + g * 25],
        [x0 + size - 90, y0 + 90 + g * 25],
        '#7fc4b6',
        1,
        'opacity="0.25"',
      ),
    );
  }
  return svgDocument(
    wide.width,
    wide.height,
    [
      radial(
        'bg',
        [
          [0, '#1f4d4a'],
          [1, '#0b1b1d'],
        ],
        [0.5, 0.5, 0.75],
      ),
      linear(
        'chip',
        [
          [0, '#334349'],
          [1, '#141c20'],
        ],
        [0, 0, 1, 1],
      ),
      linear(
        'die',
        [
          [0, '#2f7a73'],
          [1, '#163f3c'],
        ],
        [0, 0, 1, 1],
      ),
      linear(
        'pin',
        [
          [0, '#e3e6e8'],
          [1, '#8c979d'],
        ],
        [0, 0, 1, 1],
      ),
      blur('glow', 4),
      radial('halo', [
        [0.45, '#3fa392', 0.4],
        [1, '#3fa392', 0],
      ]),
      `<pattern id="dots" width="40" height="40" patternUnits="userSpaceOnUse"><circle cx="20" cy="20" r="1.6" fill="#7fc4b6" opacity="0.18"/></pattern>`,
    ],
    [
      rect(0, 0, 1600, 900, 'url(#bg)'),
      rect(0, 0, 1600, 900, 'url(#dots)'),
      ...traces,
      ...pads,
      circle(x0 + size / 2, y0 + size / 2, size * 0.85, 'url(#halo)'),
      ...pins,
      rect(x0, y0, size, size, 'url(#chip)', 'rx="18" stroke="#62767d" stroke-width="3"'),
      rect(x0 + 80, y0 + 80, size - 160, size - 160, 'url(#die)', 'rx="8"'),
      ...dieGrid,
      rect(
        x0 + 80,
        y0 + 80,
        size - 160,
        size - 160,
        'none',
        'rx="8" stroke="#9fd8cb" stroke-width="2" opacity="0.6"',
      ),
      circle(x0 + 36, y0 + 36, 10, '#0f1619', 'stroke="#62767d" stroke-width="2"'),
    ],
  );
}

function bankFacade(): string {
  const columns: string[] = [];
  for (let i = 0; i < 8; i++) {
    const cx = 390 + i * 117;
    columns.push(
      rect(cx - 28, 420, 56, 330, 'url(#column)'),
      line([cx - 12, 424], [cx - 12, 744], '#9c927e', 2, 'opacity="0.5"'),
      line([cx, 424], [cx, 744], '#9c927e', 2, 'opacity="0.5"'),
      line([cx + 12, 424], [cx + 12, 744], '#9c927e', 2, 'opacity="0.5"'),
      rect(cx - 36, 734, 72, 16, '#ddd4c1'),
      rect(cx - 38, 404, 76, 18, '#e9e1cf'),
      rect(cx - 44, 396, 88, 10, '#f1ebdd'),
    );
  }
  const dentils: string[] = [];
  for (let x = 334; x < 1266; x += 22) dentils.push(rect(x, 366, 12, 12, '#cfc5b0'));
  const wingWindows: string[] = [];
  for (const wx of [150, 230, 1370, 1450]) {
    for (const wy of [520, 640]) {
      wingWindows.push(rect(wx - 22, wy, 44, 74, '#556477', 'rx="22" opacity="0.85"'));
      wingWindows.push(rect(wx - 28, wy + 74, 56, 8, '#e3dbc9'));
    }
  }
  return svgDocument(
    wide.width,
    wide.height,
    [
      linear('sky', [
        [0, '#a9c0cf'],
        [1, '#eee6d6'],
      ]),
      linear(
        'column',
        [
          [0, '#fbf7ee'],
          [0.55, '#e4dbc8'],
          [1, '#b8ad97'],
        ],
        [0, 0, 1, 0],
      ),
      linear('wall', [
        [0, '#c9bea7'],
        [1, '#b3a78f'],
      ]),
      linear('stone', [
        [0, '#ece4d2'],
        [1, '#d8ceb8'],
      ]),
      blur('cloud', 18),
    ],
    [
      rect(0, 0, 1600, 900, 'url(#sky)'),
      ellipse(300, 150, 220, 40, '#ffffff', 'opacity="0.6" filter="url(#cloud)"'),
      ellipse(1250, 110, 260, 46, '#ffffff', 'opacity="0.5" filter="url(#cloud)"'),
      // Wings.
      rect(90, 470, 220, 300, 'url(#stone)'),
      rect(1290, 470, 220, 300, 'url(#stone)'),
      rect(80, 456, 240, 16, '#f1ebdd'),
      rect(1280, 456, 240, 16, '#f1ebdd'),
      ...wingWindows,
      // Portico.
      rect(330, 410, 940, 340, 'url(#wall)'),
      `<path d="M 740 750 L 740 560 A 60 60 0 0 1 860 560 L 860 750 Z" fill="#3b4656"/>`,
      line([800, 510], [800, 750], '#2a3340', 3),
      rect(320, 340, 960, 56, 'url(#stone)'),
      ...dentils,
      polygon(
        [
          [300, 342],
          [800, 196],
          [1300, 342],
        ],
        '#efe8d8',
      ),
      polygon(
        [
          [370, 330],
          [800, 214],
          [1230, 330],
        ],
        '#ddd3bf',
      ),
      circle(800, 290, 30, ochre, 'opacity="0.85"'),
      circle(800, 290, 20, 'none', 'stroke="#f6e8c8" stroke-width="3"'),
      ...columns,
      rect(290, 750, 1020, 26, '#e7dfcd'),
      rect(250, 776, 1100, 28, '#ddd4c1'),
      rect(210, 804, 1180, 30, '#d2c8b3'),
      rect(0, 834, 1600, 66, '#a99f8b'),
      // Trees.
      ...[
        [60, 700, 90],
        [1540, 700, 90],
        [20, 760, 70],
        [1580, 760, 70],
      ].map(([tx, ty, r]) => circle(tx ?? 0, ty ?? 0, r ?? 0, sage, 'opacity="0.95"')),
      circle(90, 740, 60, '#7a9784'),
      circle(1510, 740, 60, '#7a9784'),
    ],
  );
}

function wheatFieldAndSilos(): string {
  const rand = seededRandom(41);
  const silo = (x: number, w: number, topY: number) => {
    const ribs: string[] = [];
    for (let ry = topY + 24; ry < 660; ry += 26)
      ribs.push(line([x, ry], [x + w, ry], '#000', 1.5, 'opacity="0.12"'));
    return [
      rect(x, topY, w, 660 - topY, 'url(#silo)'),
      ...ribs,
      polygon(
        [
          [x - 6, topY + 2],
          [x + w / 2, topY - 54],
          [x + w + 6, topY + 2],
        ],
        'url(#roof)',
      ),
    ].join('');
  };
  const stalks: string[] = [];
  for (let i = 0; i < 190; i++) {
    const x = rand() * 1640 - 20;
    const baseY = 720 + rand() * 200;
    const height = 90 + rand() * 150 * ((baseY - 700) / 200);
    const sway = (rand() - 0.5) * 60;
    const topX = x + sway;
    const topY = baseY - height;
    const color = ['#c48b2f', '#d9a441', '#e6bf6c', '#b37a26'][Math.floor(rand() * 4)] ?? ochre;
    stalks.push(
      `<path d="M ${num(x)} ${num(baseY)} Q ${num(x + sway * 0.2)} ${num(baseY - height * 0.6)} ${num(topX)} ${num(topY)}" fill="none" stroke="${color}" stroke-width="2.5"/>`,
    );
    const angle = Math.atan2(sway, height) * (180 / Math.PI);
    const grains: string[] = [];
    grains.push(ellipse(0, -60, 3, 7, color));
    for (let g = 0; g < 7; g++) {
      const gy = -g * 8;
      grains.push(
        ellipse(-3.5, gy, 3.4, 7, color, `transform="rotate(-22 -3.5 ${gy})"`),
        ellipse(3.5, gy - 4, 3.4, 7, color, `transform="rotate(22 3.5 ${gy - 4})"`),
      );
    }
    stalks.push(
      `<g transform="translate(${num(topX)} ${num(topY)}) rotate(${num(angle)})">${grains.join('')}</g>`,
    );
  }
  return svgDocument(
    wide.width,
    wide.height,
    [
      linear('sky', [
        [0, '#98b7c6'],
        [1, '#f2e4c6'],
      ]),
      linear(
        'silo',
        [
          [0, '#8c979c'],
          [0.35, '#e6e9e8'],
          [0.6, '#c5cccf'],
          [1, '#7f8a90'],
        ],
        [0, 0, 1, 0],
      ),
      linear(
        'roof',
        [
          [0, '#a9b2b6'],
          [1, '#6f7a80'],
        ],
        [0, 0, 1, 0],
      ),
      linear('field', [
        [0, '#e2b65c'],
        [1, '#b97f2c'],
      ]),
      radial('sun', [
        [0, '#fff4d8'],
        [1, '#fff4d8', 0],
      ]),
    ],
    [
      rect(0, 0, 1600, 900, 'url(#sky)'),
      circle(420, 200, 190, 'url(#sun)'),
      circle(420, 200, 52, '#fff3d4'),
      `<path d="M0 600 C 300 570 600 590 900 585 S 1400 570 1600 590 L 1600 660 L 0 660 Z" fill="#a9ad83"/>`,
      rect(1398, 250, 72, 410, '#9aa3a7'),
      rect(1390, 236, 88, 20, '#7b858a'),
      line([1434, 300], [1620, 600], '#7b858a', 10),
      silo(980, 120, 330),
      silo(1110, 120, 300),
      silo(1240, 120, 330),
      line([1040, 276], [1300, 276], '#7b858a', 5),
      rect(0, 640, 1600, 260, 'url(#field)'),
      ...[660, 690, 720].map((ry) => line([0, ry], [1600, ry], '#f1d389', 3, 'opacity="0.35"')),
      ...stalks,
    ],
  );
}

function desertPipeline(): string {
  const near: Point[] = [
    [-40, 600],
    [-40, 760],
  ];
  const far: Point[] = [
    [1240, 522],
    [1240, 532],
  ];
  const joints: string[] = [];
  const supports: string[] = [];
  for (let i = 1; i < 14; i++) {
    const t = 1 - 1 / (1 + i * 0.32);
    const top = mix(near[0] as Point, far[0] as Point, t);
    const bottom = mix(near[1] as Point, far[1] as Point, t);
    const thickness = bottom[1] - top[1];
    joints.push(line(top, bottom, '#6d7880', Math.max(1.5, thickness * 0.09)));
    const footY = bottom[1] + thickness * 0.55;
    supports.push(
      line(
        [bottom[0] - thickness * 0.25, bottom[1]],
        [bottom[0] - thickness * 0.3, footY],
        '#5b5048',
        Math.max(1.5, thickness * 0.08),
      ),
      line(
        [bottom[0] + thickness * 0.25, bottom[1]],
        [bottom[0] + thickness * 0.3, footY],
        '#5b5048',
        Math.max(1.5, thickness * 0.08),
      ),
      line(
        [bottom[0] - thickness * 0.4, footY],
        [bottom[0] + thickness * 0.4, footY],
        '#5b5048',
        Math.max(1.5, thickness * 0.1),
      ),
    );
  }
  // A cylinder in perspective: bands across its thickness, shaded from lit top to dark belly.
  const band = (from: number, to: number, fill: string) =>
    polygon(
      [
        mix(near[0] as Point, near[1] as Point, from),
        mix(far[0] as Point, far[1] as Point, from),
        mix(far[0] as Point, far[1] as Point, to),
        mix(near[0] as Point, near[1] as Point, to),
      ],
      fill,
    );
  const pipe = [
    band(0, 0.12, '#b9c3c8'),
    band(0.12, 0.3, '#e9eef0'),
    band(0.3, 0.55, '#aeb9bf'),
    band(0.55, 0.8, '#86939b'),
    band(0.8, 1, '#5f6b74'),
  ];
  return svgDocument(
    wide.width,
    wide.height,
    [
      linear('sky', [
        [0, '#9db6c6'],
        [0.75, '#efdcb8'],
        [1, '#f4d7a6'],
      ]),
      linear('duneA', [
        [0, '#e7c795'],
        [1, '#d4a96e'],
      ]),
      linear('duneB', [
        [0, '#d8ab6c'],
        [1, '#b88651'],
      ]),
      radial('sun', [
        [0, '#fff1d0'],
        [1, '#fff1d0', 0],
      ]),
    ],
    [
      rect(0, 0, 1600, 900, 'url(#sky)'),
      circle(1180, 250, 220, 'url(#sun)'),
      circle(1180, 250, 60, '#fff2d2'),
      // Pumping station on the horizon.
      rect(1300, 480, 60, 46, '#9a8f86'),
      rect(1370, 462, 44, 64, '#8b8078'),
      ellipse(1450, 500, 36, 10, '#a39a92'),
      rect(1414, 500, 72, 26, '#a39a92'),
      line([1330, 480], [1330, 430], '#8b8078', 6),
      `<path d="M0 540 C 240 500 480 520 760 530 S 1300 500 1600 520 L 1600 620 L 0 620 Z" fill="url(#duneA)"/>`,
      `<path d="M0 640 C 320 560 700 600 980 610 S 1400 580 1600 600 L 1600 900 L 0 900 Z" fill="url(#duneB)"/>`,
      `<path d="M0 760 C 300 700 640 730 900 760 S 1380 740 1600 720 L 1600 900 L 0 900 Z" fill="#a87748" opacity="0.75"/>`,
      ...supports,
      ...pipe,
      ...joints,
      // Valve on top of the pipe, in the foreground.
      rect(224, 560, 32, 30, '#5b5048'),
      line([240, 560], [240, 500], '#5b5048', 8),
      ellipse(240, 496, 46, 14, 'none', `stroke="${terracotta}" stroke-width="9"`),
      line([196, 496], [284, 496], terracotta, 6),
      circle(240, 496, 9, '#8e3b2a'),
    ],
  );
}

function phonePayment(): string {
  const arcs = [0, 1, 2, 3].map((i) => {
    const r = 70 + i * 55;
    return `<path d="M ${num(900 + r * Math.cos(-0.6))} ${num(440 + r * Math.sin(-0.6))} A ${r} ${r} 0 0 1 ${num(900 + r * Math.cos(0.6))} ${num(440 + r * Math.sin(0.6))}" fill="none" stroke="${amber}" stroke-width="${10 - i * 1.5}" stroke-linecap="round" opacity="${num(0.9 - i * 0.18)}"/>`;
  });
  const keys: string[] = [];
  for (let r = 0; r < 4; r++)
    for (let c = 0; c < 3; c++)
      keys.push(rect(1226 + c * 46, 520 + r * 36, 34, 24, '#3b4a57', 'rx="6"'));
  return svgDocument(
    wide.width,
    wide.height,
    [
      linear(
        'bg',
        [
          [0, '#2f6f6b'],
          [1, '#1b3445'],
        ],
        [0, 0, 1, 1],
      ),
      linear('screen', [
        [0, '#f5efe3'],
        [1, '#e4d8c3'],
      ]),
      linear(
        'card',
        [
          [0, '#e3b769'],
          [1, '#c0873a'],
        ],
        [0, 0, 1, 1],
      ),
      linear('terminal', [
        [0, '#e8e6e1'],
        [1, '#b9b6ae'],
      ]),
      blur('shadow', 22),
    ],
    [
      rect(0, 0, 1600, 900, 'url(#bg)'),
      circle(300, 160, 260, '#ffffff', 'opacity="0.04"'),
      circle(1400, 820, 320, '#ffffff', 'opacity="0.04"'),
      // Phone.
      `<g transform="rotate(-9 620 460)">${[
        rect(
          470,
          170,
          310,
          600,
          '#000',
          'rx="44" opacity="0.35" filter="url(#shadow)" transform="translate(18 24)"',
        ),
        rect(470, 170, 310, 600, ink, 'rx="44"'),
        rect(488, 196, 274, 548, 'url(#screen)', 'rx="30"'),
        rect(585, 208, 80, 14, ink, 'rx="7"'),
        circle(625, 300, 38, teal),
        `<path d="M 607 300 l 12 12 l 24 -26" fill="none" stroke="#f5efe3" stroke-width="7" stroke-linecap="round" stroke-linejoin="round"/>`,
        rect(540, 370, 170, 22, '#c7b89d', 'rx="11"'),
        rect(570, 406, 110, 16, '#d8ccb5', 'rx="8"'),
        rect(516, 460, 218, 120, 'url(#card)', 'rx="14"'),
        rect(536, 496, 40, 30, '#f3d99b', 'rx="5"'),
        rect(536, 548, 120, 10, '#f6e3b4', 'rx="5" opacity="0.8"'),
        rect(516, 612, 218, 50, terracotta, 'rx="25"'),
        rect(516, 680, 218, 12, '#d8ccb5', 'rx="6"'),
      ].join('')}</g>`,
      ...arcs,
      // Payment terminal.
      rect(
        1190,
        300,
        210,
        420,
        '#000',
        'rx="30" opacity="0.3" filter="url(#shadow)" transform="translate(14 20)"',
      ),
      rect(1190, 300, 210, 420, 'url(#terminal)', 'rx="30"'),
      rect(1214, 330, 162, 150, '#1f3a44', 'rx="12"'),
      circle(1295, 405, 36, 'none', `stroke="${amber}" stroke-width="6" opacity="0.9"`),
      `<path d="M 1280 405 l 10 10 l 20 -22" fill="none" stroke="${amber}" stroke-width="6" stroke-linecap="round" stroke-linejoin="round"/>`,
      ...keys,
      rect(1240, 680, 110, 14, '#9a968d', 'rx="7"'),
    ],
  );
}

function dataCenter(): string {
  const rand = seededRandom(53);
  const [vx, vy, focal] = [800, 430, 640];
  const project = (x: number, y: number, z: number): Point => [
    vx + (x / z) * focal,
    vy - (y / z) * focal,
  ];
  const racks: string[] = [];
  const leds: string[] = [];
  for (const side of [-1, 1]) {
    for (let z = 2.2; z < 26; z += 1.7) {
      const z2 = z + 1.5;
      const face: Point[] = [
        project(side * 2.6, 2.4, z),
        project(side * 2.6, 2.4, z2),
        project(side * 2.6, -1.6, z2),
        project(side * 2.6, -1.6, z),
      ];
      racks.push(polygon(face, 'url(#rack)', 'stroke="#0b1420" stroke-width="2"'));
      for (let row = 0; row < 11; row++) {
        const y = 2.1 - row * 0.34;
        for (let col = 0; col < 4; col++) {
          if (rand() < 0.35) continue;
          const [px, py] = project(side * 2.58, y, z + 0.2 + col * 0.3);
          const color = rand() < 0.15 ? amber : rand() < 0.5 ? '#5fd0b8' : '#4f9ad8';
          leds.push(
            circle(px, py, Math.max(1, 9 / z), color, `opacity="${num(0.6 + rand() * 0.4)}"`),
          );
        }
      }
    }
  }
  const floor: string[] = [];
  for (let x = -2.4; x <= 2.4; x += 0.8)
    floor.push(line(project(x, -1.6, 2), project(x, -1.6, 40), '#5d7d95', 1.5, 'opacity="0.3"'));
  for (let z = 2.5; z < 30; z *= 1.25)
    floor.push(
      line(project(-2.6, -1.6, z), project(2.6, -1.6, z), '#5d7d95', 1.5, 'opacity="0.25"'),
    );
  const trays: string[] = [];
  for (const x of [-1.2, 1.2])
    trays.push(line(project(x, 2.4, 2), project(x, 2.4, 40), '#7a93a8', 5, 'opacity="0.4"'));
  return svgDocument(
    wide.width,
    wide.height,
    [
      linear('room', [
        [0, '#0e1926'],
        [0.5, '#1a2c40'],
        [1, '#0c1520'],
      ]),
      linear('rack', [
        [0, '#1c2a3a'],
        [1, '#121c28'],
      ]),
      radial('end', [
        [0, '#8fd3ea', 0.9],
        [1, '#8fd3ea', 0],
      ]),
      linear('floor', [
        [0, '#2b4257'],
        [1, '#0f1b27'],
      ]),
      blur('bloom', 3),
    ],
    [
      rect(0, 0, 1600, 900, 'url(#room)'),
      polygon(
        [
          project(-2.6, -1.6, 2),
          project(2.6, -1.6, 2),
          project(2.6, -1.6, 40),
          project(-2.6, -1.6, 40),
        ],
        'url(#floor)',
      ),
      ...floor,
      ellipse(vx, vy + 20, 260, 200, 'url(#end)'),
      ...trays,
      ...racks,
      `<g filter="url(#bloom)">${leds.join('')}</g>`,
      `<g>${leds.join('')}</g>`,
    ],
  );
}

function goldBars(): string {
  const bar = (x: number, y: number) =>
    [
      polygon(
        [
          [x + 28, y],
          [x + 272, y],
          [x + 252, y - 44],
          [x + 48, y - 44],
        ],
        'url(#barTop)',
      ),
      polygon(
        [
          [x, y + 78],
          [x + 300, y + 78],
          [x + 272, y],
          [x + 28, y],
        ],
        'url(#barFront)',
      ),
      polygon(
        [
          [x + 70, y + 56],
          [x + 230, y + 56],
          [x + 216, y + 18],
          [x + 84, y + 18],
        ],
        'none',
        'stroke="#fff0c2" stroke-width="3" opacity="0.45"',
      ),
    ].join('');
  const sparkle = (x: number, y: number, r: number) =>
    `<path d="M ${x} ${y - r} Q ${x + r * 0.12} ${y - r * 0.12} ${x + r} ${y} Q ${x + r * 0.12} ${y + r * 0.12} ${x} ${y + r} Q ${x - r * 0.12} ${y + r * 0.12} ${x - r} ${y} Q ${x - r * 0.12} ${y - r * 0.12} ${x} ${y - r} Z" fill="#fff6d8" opacity="0.9"/>`;
  const chart: Point[] = [];
  const rand = seededRandom(61);
  let level = 620;
  for (let x = 0; x <= 1600; x += 40) {
    level -= rand() * 14 - 4;
    chart.push([x, level]);
  }
  return svgDocument(
    wide.width,
    wide.height,
    [
      radial(
        'bg',
        [
          [0, '#36333d'],
          [1, '#141318'],
        ],
        [0.5, 0.45, 0.75],
      ),
      linear('barTop', [
        [0, '#fbe4a4'],
        [1, '#e2b55e'],
      ]),
      linear('barFront', [
        [0, '#e0ab4f'],
        [0.5, '#c48a34'],
        [1, '#9c6a24'],
      ]),
      linear('floor', [
        [0, '#2a2830'],
        [1, '#111015'],
      ]),
      radial('spot', [
        [0, '#f3cf84', 0.35],
        [1, '#f3cf84', 0],
      ]),
      blur('soft', 14),
    ],
    [
      rect(0, 0, 1600, 900, 'url(#bg)'),
      `<polyline points="${points(chart)}" fill="none" stroke="${amber}" stroke-width="3" opacity="0.18"/>`,
      rect(0, 700, 1600, 200, 'url(#floor)'),
      ellipse(800, 560, 620, 300, 'url(#spot)'),
      ellipse(800, 790, 560, 40, '#000', 'opacity="0.55" filter="url(#soft)"'),
      bar(330, 700),
      bar(650, 700),
      bar(970, 700),
      bar(490, 578),
      bar(810, 578),
      bar(650, 456),
      sparkle(760, 430, 26),
      sparkle(1120, 560, 18),
      sparkle(560, 556, 14),
    ],
  );
}

function pylon(x: number, baseY: number, height: number): { svg: string; arms: Point[] } {
  const s = height / 400;
  const color = '#1f1e2b';
  const top = baseY - height;
  const armYs = [top + 60 * s, top + 140 * s, top + 220 * s];
  const arms: Point[] = [];
  const parts = [
    lattice(
      [
        [x - 60 * s, baseY],
        [x - 12 * s, top],
      ],
      [
        [x + 60 * s, baseY],
        [x + 12 * s, top],
      ],
      9,
      color,
      2.2 * s,
    ),
  ];
  armYs.forEach((armY, i) => {
    const span = (i === 1 ? 110 : 85) * s;
    parts.push(
      polygon(
        [
          [x - span, armY],
          [x + span, armY],
          [x + 16 * s, armY + 16 * s],
          [x - 16 * s, armY + 16 * s],
        ],
        'none',
        `stroke="${color}" stroke-width="${num(3 * s)}"`,
      ),
    );
    arms.push([x - span, armY + 26 * s], [x + span, armY + 26 * s]);
    parts.push(
      line([x - span, armY], [x - span, armY + 26 * s], color, 2 * s),
      line([x + span, armY], [x + span, armY + 26 * s], color, 2 * s),
    );
  });
  parts.push(
    polygon(
      [
        [x - 12 * s, top],
        [x, top - 30 * s],
        [x + 12 * s, top],
      ],
      color,
    ),
  );
  return { svg: parts.join(''), arms };
}

function powerLines(): string {
  const towers = [
    pylon(260, 820, 620),
    pylon(820, 700, 340),
    pylon(1170, 640, 190),
    pylon(1390, 610, 105),
  ];
  const cables: string[] = [];
  for (let i = 0; i + 1 < towers.length; i++) {
    const from = towers[i]?.arms ?? [];
    const to = towers[i + 1]?.arms ?? [];
    from.forEach((a, k) => {
      const b = to[k];
      if (b === undefined) return;
      const sag = Math.abs(b[0] - a[0]) * 0.12;
      cables.push(
        `<path d="M ${num(a[0])} ${num(a[1])} Q ${num((a[0] + b[0]) / 2)} ${num((a[1] + b[1]) / 2 + sag)} ${num(b[0])} ${num(b[1])}" fill="none" stroke="#1f1e2b" stroke-width="2" opacity="0.85"/>`,
      );
    });
  }
  for (const a of towers[0]?.arms ?? []) {
    cables.push(
      `<path d="M ${num(a[0])} ${num(a[1])} Q ${num(a[0] - 200)} ${num(a[1] + 90)} -20 ${num(a[1] + 40)}" fill="none" stroke="#1f1e2b" stroke-width="2.5"/>`,
    );
  }
  return svgDocument(
    wide.width,
    wide.height,
    [
      linear('sky', [
        [0, '#2c3b55'],
        [0.5, '#7b5a6c'],
        [0.78, '#d48a5e'],
        [1, '#f1c487'],
      ]),
      radial('sun', [
        [0, '#ffe6b0'],
        [0.5, '#f7c17a', 0.8],
        [1, '#f7c17a', 0],
      ]),
      linear('land', [
        [0, '#3c3340'],
        [1, '#19161e'],
      ]),
    ],
    [
      rect(0, 0, 1600, 900, 'url(#sky)'),
      circle(1060, 600, 260, 'url(#sun)'),
      circle(1060, 600, 70, '#ffe9bd'),
      `<path d="M0 610 C 300 590 600 600 900 612 S 1400 596 1600 606 L 1600 660 L 0 660 Z" fill="#5c4656" opacity="0.8"/>`,
      `<path d="M0 640 C 400 620 800 630 1600 618 L 1600 900 L 0 900 Z" fill="url(#land)"/>`,
      ...[700, 750, 810, 880].map((y) =>
        line([0, y], [1600, y - 30], '#4a3e4c', 2, 'opacity="0.6"'),
      ),
      ...towers.map((t) => t.svg),
      ...cables,
    ],
  );
}

function apartmentBlocks(): string {
  const rand = seededRandom(71);
  const block = (x: number, w: number, h: number, face: string, side: string) => {
    const base = 800;
    const topY = base - h;
    const parts = [
      polygon(
        [
          [x + w, topY],
          [x + w + 44, topY - 22],
          [x + w + 44, base - 22],
          [x + w, base],
        ],
        side,
      ),
      polygon(
        [
          [x, topY],
          [x + 44, topY - 22],
          [x + w + 44, topY - 22],
          [x + w, topY],
        ],
        '#f1e9da',
      ),
      rect(x, topY, w, h, face),
    ];
    for (let fy = topY + 26; fy < base - 60; fy += 54) {
      for (let fx = x + 18; fx < x + w - 40; fx += 52) {
        parts.push(rect(fx, fy, 30, 32, 'url(#glass)', 'rx="2"'));
        if (rand() < 0.18) parts.push(rect(fx + 3, fy + 3, 24, 26, amber, 'opacity="0.8"'));
        if (rand() < 0.3)
          parts.push(
            rect(fx - 6, fy + 18, 42, 16, '#ffffff', 'opacity="0.55"'),
            rect(fx - 6, fy + 18, 42, 3, '#6b6258', 'opacity="0.6"'),
          );
      }
      parts.push(rect(x - 4, fy + 36, w + 8, 6, '#ffffff', 'opacity="0.35"'));
    }
    parts.push(rect(x + w / 2 - 20, base - 56, 40, 56, '#4a4440'));
    // Water tanks on the roof, as on many of the region's apartment blocks.
    for (let tx = x + 30; tx < x + w - 30; tx += 70) {
      parts.push(
        rect(tx, topY - 34, 26, 26, '#e8e4dc'),
        ellipse(tx + 13, topY - 34, 13, 5, '#f7f4ee'),
      );
    }
    return parts.join('');
  };
  const tree = (x: number, y: number, r: number) =>
    [
      rect(x - 5, y, 10, 60, '#6b5442'),
      circle(x, y - r * 0.3, r, '#7a9784'),
      circle(x - r * 0.5, y, r * 0.7, sage),
      circle(x + r * 0.5, y, r * 0.7, '#6f8f7a'),
    ].join('');
  return svgDocument(
    wide.width,
    wide.height,
    [
      linear('sky', [
        [0, '#b6cfdb'],
        [1, '#f2eadb'],
      ]),
      linear('glass', [
        [0, '#4f6b82'],
        [1, '#2c4257'],
      ]),
    ],
    [
      rect(0, 0, 1600, 900, 'url(#sky)'),
      ...[60, 300, 620, 980, 1300].map((bx, i) =>
        rect(bx, 380 + (i % 2) * 60, 200, 420, '#c9cfd0', 'opacity="0.6"'),
      ),
      block(40, 330, 460, '#e3cfa8', '#c4ab80'),
      block(430, 280, 560, '#d9a27f', '#b9825f'),
      block(770, 360, 400, '#efe4cf', '#d3c4a8'),
      block(1190, 330, 500, '#c7cdb8', '#a8af97'),
      rect(0, 800, 1600, 26, '#cfc6b6'),
      rect(0, 826, 1600, 74, '#5d6670'),
      ...[0, 1, 2, 3, 4, 5, 6, 7].map((i) =>
        rect(60 + i * 200, 858, 90, 8, '#e8e2d4', 'opacity="0.8"'),
      ),
      tree(380, 760, 48),
      tree(740, 770, 40),
      tree(1150, 760, 50),
      tree(1560, 770, 44),
    ],
  );
}

function shoppingBasket(): string {
  const weave: string[] = [];
  for (let y = 560; y < 800; y += 28)
    weave.push(
      line(
        [470 + (y - 560) * 0.25, y],
        [1130 - (y - 560) * 0.25, y],
        '#8a5a2b',
        4,
        'opacity="0.5"',
      ),
    );
  for (let x = 500; x < 1120; x += 40)
    weave.push(line([x, 552], [800 + (x - 800) * 0.8, 812], '#8a5a2b', 3, 'opacity="0.35"'));
  const tag = (x: number, y: number, angle: number, color: string) =>
    `<g transform="rotate(${angle} ${x} ${y})">${[
      line([x, y - 60], [x, y], '#7b6a55', 2),
      `<path d="M ${x - 34} ${y} L ${x + 34} ${y} L ${x + 34} ${y + 74} L ${x} ${y + 96} L ${x - 34} ${y + 74} Z" fill="${color}"/>`,
      circle(x, y + 16, 7, cream),
      rect(x - 20, y + 40, 40, 6, cream, 'opacity="0.7" rx="3"'),
      rect(x - 14, y + 54, 28, 6, cream, 'opacity="0.7" rx="3"'),
    ].join('')}</g>`;
  return svgDocument(
    wide.width,
    wide.height,
    [
      radial(
        'bg',
        [
          [0, '#f7efe1'],
          [1, '#e2d2b6'],
        ],
        [0.5, 0.4, 0.8],
      ),
      linear('basket', [
        [0, '#d69a55'],
        [1, '#a8692e'],
      ]),
      linear('bread', [
        [0, '#e9b772'],
        [1, '#b97834'],
      ]),
      radial(
        'tomato',
        [
          [0, '#e9795a'],
          [1, '#a63a25'],
        ],
        [0.35, 0.35, 0.7],
      ),
      linear(
        'bottle',
        [
          [0, '#e8c45e'],
          [1, '#c39a33'],
        ],
        [0, 0, 1, 0],
      ),
      blur('soft', 16),
      linear(
        'arrow',
        [
          [0, terracotta, 0.05],
          [1, terracotta, 0.35],
        ],
        [0, 1, 1, 0],
      ),
    ],
    [
      rect(0, 0, 1600, 900, 'url(#bg)'),
      `<path d="M 160 760 L 520 520 L 760 600 L 1200 260 L 1170 230 L 1330 190 L 1290 350 L 1260 320 L 770 690 L 530 610 L 200 820 Z" fill="url(#arrow)"/>`,
      ellipse(800, 830, 360, 34, '#6b4a2a', 'opacity="0.3" filter="url(#soft)"'),
      // Handle behind the goods.
      `<path d="M 520 560 C 540 250 1060 250 1080 560" fill="none" stroke="#9a6330" stroke-width="22" stroke-linecap="round"/>`,
      // Goods.
      `<g transform="rotate(-28 700 470)">${ellipse(700, 470, 190, 52, 'url(#bread)')}${[0, 1, 2, 3].map((i) => `<path d="M ${600 + i * 60} 450 q 20 12 36 30" stroke="#f7dba6" stroke-width="6" fill="none" stroke-linecap="round"/>`).join('')}</g>`,
      rect(900, 330, 70, 220, 'url(#bottle)', 'rx="18"'),
      rect(918, 290, 34, 50, '#c39a33', 'rx="6"'),
      rect(914, 276, 42, 18, teal, 'rx="4"'),
      rect(906, 420, 58, 70, cream, 'opacity="0.8" rx="6"'),
      polygon(
        [
          [1000, 400],
          [1090, 400],
          [1090, 560],
          [1000, 560],
        ],
        '#f3f1ea',
      ),
      polygon(
        [
          [1000, 400],
          [1045, 350],
          [1090, 400],
        ],
        '#dcd8ce',
      ),
      rect(1000, 450, 90, 40, '#6f9bb8'),
      ...[
        [600, 540, 58],
        [690, 560, 52],
        [560, 590, 44],
      ].map(([cx, cy, r]) =>
        circle(cx ?? 0, cy ?? 0, r ?? 0, sage, 'stroke="#6b8a72" stroke-width="3"'),
      ),
      circle(800, 540, 50, 'url(#tomato)'),
      circle(860, 566, 44, 'url(#tomato)'),
      circle(780, 530, 10, '#fff', 'opacity="0.35"'),
      `<path d="M 790 494 q 10 -18 22 -2" stroke="#4f7a43" stroke-width="6" fill="none"/>`,
      // Basket.
      `<path d="M 450 540 L 1150 540 L 1100 790 Q 1090 820 1050 820 L 550 820 Q 510 820 500 790 Z" fill="url(#basket)"/>`,
      ...weave,
      rect(440, 528, 720, 34, '#b87b3b', 'rx="17"'),
      tag(1220, 420, 12, terracotta),
      tag(380, 380, -10, teal),
    ],
  );
}

function barChart(): string {
  const values = [8.9, 8.1, 7.4, 6.6, 5.9, 5.1, 4.6, 4.2, 3.8, 3.6, 3.4, 2.9];
  const [left, bottom, width, top] = [180, 740, 1240, 160];
  const step = width / values.length;
  const y = (value: number) => bottom - (value / 10) * (bottom - top);
  const bars = values.map((value, i) => {
    const isLast = i === values.length - 1;
    return rect(
      left + i * step + step * 0.18,
      y(value),
      step * 0.64,
      bottom - y(value),
      isLast ? 'url(#barHot)' : 'url(#bar)',
      'rx="8"',
    );
  });
  const trend = values.map((value, i): Point => [left + i * step + step / 2, y(value) - 26]);
  const grid: string[] = [];
  for (let v = 0; v <= 10; v += 2)
    grid.push(line([140, y(v)], [1460, y(v)], slate, 1.5, `opacity="${v === 0 ? 0.6 : 0.15}"`));
  return svgDocument(
    wide.width,
    wide.height,
    [
      linear('bg', [
        [0, '#f6f0e5'],
        [1, '#ebe1cf'],
      ]),
      linear('bar', [
        [0, '#5f8f8a'],
        [1, '#2e6e6a'],
      ]),
      linear('barHot', [
        [0, '#e08a5e'],
        [1, terracotta],
      ]),
    ],
    [
      rect(0, 0, 1600, 900, 'url(#bg)'),
      rect(100, 100, 1400, 720, '#ffffff', 'opacity="0.55" rx="24"'),
      ...grid,
      ...bars,
      `<polyline points="${points(trend)}" fill="none" stroke="${navy}" stroke-width="4" stroke-dasharray="2 10" stroke-linecap="round"/>`,
      ...trend.map(([cx, cy]) => circle(cx, cy, 7, navy)),
      ...values.map((_, i) =>
        rect(left + i * step + step * 0.3, 770, step * 0.4, 8, slate, 'opacity="0.35" rx="4"'),
      ),
    ],
  );
}

// ── portraits (400×400) ─────────────────────────────────────────────────────

interface Portrait {
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

function portrait(p: Portrait): () => string {
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
      body.push(
        rect(178, 232, 44, 58, p.skin, 'rx="14"'),
        rect(178, 232, 44, 24, '#000', 'opacity="0.12" rx="10"'),
        `<path d="M 172 282 L 200 326 L 228 282 Z" fill="#ffffff" opacity="0.85"/>`,
        ellipse(139, 186, 10, 16, p.skin),
        ellipse(261, 186, 10, 16, p.skin),
      );
    }
    body.push(ellipse(200, 180, isHijab ? 56 : 60, isHijab ? 70 : 74, p.skin));
    body.push(`<path d="${hairFront[p.style]}" fill="${p.hair}"/>`);
    if (p.hasBeard === true) {
      body.push(
        `<path d="M 140 182 C 140 252 170 276 200 276 C 230 276 260 252 260 182 C 254 214 236 230 200 230 C 164 230 146 214 140 182 Z" fill="${p.hair}"/>`,
        `<path d="M 174 224 Q 200 210 226 224 Q 200 232 174 224 Z" fill="${p.hair}"/>`,
      );
    }
    if (p.hasGlasses === true) {
      body.push(
        circle(177, 178, 18, '#ffffff', `opacity="0.12" stroke="${ink}" stroke-width="4"`),
        circle(223, 178, 18, '#ffffff', `opacity="0.12"`),
        circle(223, 178, 18, 'none', `stroke="${ink}" stroke-width="4"`),
        circle(177, 178, 18, 'none', `stroke="${ink}" stroke-width="4"`),
        line([195, 178], [205, 178], ink, 4),
      );
    }
    return svgDocument(
      square.width,
      square.height,
      [
        linear(
          'bg',
          [
            [0, p.background[0]],
            [1, p.background[1]],
          ],
          [0, 0, 1, 1],
        ),
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

// ── the catalogue ───────────────────────────────────────────────────────────

const creditAr = 'رسم توضيحي: مداد';
const creditEn = 'Illustration: Midad';

interface Drawing {
  key: string;
  svg: () => string;
  ar: { alt: string; caption: string };
  en?: { alt: string; caption: string };
}

const illustrations: Drawing[] = [
  {
    key: 'oil-field-sunset',
    svg: oilFieldAtSunset,
    ar: {
      alt: 'حقل نفط عند الغروب: برج حفر ومضخة نفط داكنان أمام شمس برتقالية كبيرة، وبراميل حمراء وزرقاء مكدسة في المقدمة.',
      caption: 'يوازن المنتجون بين الحصص والإيرادات فيما تتحرك أسعار الخام في نطاق ضيق.',
    },
    en: {
      alt: 'An oil field at sunset: a drilling derrick and a pump jack in silhouette against a large orange sun, with red and blue barrels stacked in the foreground.',
      caption:
        'Producers are weighing market share against revenue as crude trades in a narrow range.',
    },
  },
  {
    key: 'market-candles',
    svg: marketCandles,
    ar: {
      alt: 'رسم بياني لأسعار سهم على خلفية زرقاء داكنة: شموع يابانية خضراء وحمراء، وخط متوسط متحرك ذهبي يتجه صعوداً، وأعمدة لأحجام التداول في الأسفل.',
      caption: 'تتبع الأسواق المالية قرارات الفائدة ونتائج الشركات جلسة بجلسة.',
    },
  },
  {
    key: 'skyline-cranes',
    svg: skylineWithCranes,
    ar: {
      alt: 'أفق مدينة عند الأصيل تتوسطه رافعتان برجيتان صفراوان، ومبنى قيد الإنشاء يظهر هيكله الخرساني، وأمامه أبنية مضاءة النوافذ.',
      caption: 'مشاريع البناء وإعادة الإعمار من أكبر مصادر فرص العمل في المدن.',
    },
  },
  {
    key: 'coins-banknotes',
    svg: coinsAndBanknotes,
    ar: {
      alt: 'أكوام من العملات المعدنية الذهبية والفضية بارتفاعات مختلفة أمام أوراق نقدية خضراء مفرودة على شكل مروحة.',
      caption: 'تتنافس العملات والأدوات المالية على رؤوس أموال تبحث عن العائد والأمان.',
    },
  },
  {
    key: 'solar-wind-farm',
    svg: solarAndWindFarm,
    ar: {
      alt: 'صفوف من الألواح الشمسية الزرقاء في سهل رملي، وخلفها توربينات رياح بيضاء على تلال خضراء تحت سماء صافية.',
      caption: 'تتوسع المنطقة في الطاقة الشمسية وطاقة الرياح لتلبية طلب متزايد على الكهرباء.',
    },
    en: {
      alt: 'Rows of blue solar panels on sandy ground, with white wind turbines on green hills behind them under a clear sky.',
      caption:
        'The region is adding solar and wind capacity to meet fast-growing demand for power.',
    },
  },
  {
    key: 'container-port',
    svg: containerPort,
    ar: {
      alt: 'ميناء حاويات: سفينة شحن محملة بحاويات ملونة راسية بجوار الرصيف، ورافعتان عملاقتان تمتد ذراعاهما فوقها.',
      caption: 'الموانئ والممرات اللوجستية حلقة أساسية في خطط مضاعفة الصادرات.',
    },
  },
  {
    key: 'microchip',
    svg: microchip,
    ar: {
      alt: 'رقاقة إلكترونية مربعة في وسط لوحة دوائر خضراء داكنة، تخرج من أطرافها مسارات نحاسية تضيء بعضها باللون الذهبي.',
      caption: 'الرقائق الإلكترونية في قلب سباق الذكاء الاصطناعي وسلاسل الإمداد الصناعية.',
    },
  },
  {
    key: 'bank-facade',
    svg: bankFacade,
    ar: {
      alt: 'واجهة مصرف على الطراز الكلاسيكي بثمانية أعمدة حجرية ومثلث علوي ودرج عريض، يحيط بها جناحان ونوافذ مقوسة وأشجار.',
      caption: 'تنعكس قرارات السياسة النقدية على كلفة الاقتراض وعائد الودائع معاً.',
    },
  },
  {
    key: 'wheat-silos',
    svg: wheatFieldAndSilos,
    ar: {
      alt: 'حقل قمح ذهبي تتمايل سنابله في المقدمة، وخلفه ثلاث صوامع معدنية للحبوب وبرج رافع تحت سماء مشمسة.',
      caption: 'المخزون الاستراتيجي من الحبوب خط الدفاع الأول عن الأمن الغذائي.',
    },
  },
  {
    key: 'desert-pipeline',
    svg: desertPipeline,
    ar: {
      alt: 'خط أنابيب فضي ممدود على دعامات عبر كثبان صحراوية حتى الأفق، مع صمام أحمر في المقدمة ومحطة ضخ صغيرة في البعيد.',
      caption: 'تنقل خطوط الأنابيب الغاز من الحقول الداخلية إلى محطات الكهرباء والمصانع.',
    },
  },
  {
    key: 'phone-payment',
    svg: phonePayment,
    ar: {
      alt: 'هاتف ذكي يعرض بطاقة دفع وعلامة تأكيد، تنطلق منه موجات ذهبية نحو جهاز دفع في متجر، على خلفية خضراء مزرقة.',
      caption: 'الدفع اللاتلامسي عبر الهواتف هو أسرع وسائل الدفع نمواً في متاجر التجزئة.',
    },
  },
  {
    key: 'data-center',
    svg: dataCenter,
    ar: {
      alt: 'ممر طويل داخل مركز بيانات تصطف على جانبيه خزائن خوادم داكنة تتلألأ فيها أضواء صغيرة زرقاء وخضراء، وينتهي بضوء أزرق خافت.',
      caption: 'تحتاج مراكز البيانات إلى كهرباء مستقرة وتبريد فعال على مدار الساعة.',
    },
  },
  {
    key: 'gold-bars',
    svg: goldBars,
    ar: {
      alt: 'ست سبائك ذهبية مكدسة على شكل هرم فوق سطح داكن، تحت إضاءة دافئة مع لمعات ضوئية صغيرة.',
      caption: 'يجتذب الذهب المستثمرين والمصارف المركزية كلما تراجعت أسعار الفائدة.',
    },
  },
  {
    key: 'power-lines',
    svg: powerLines,
    ar: {
      alt: 'أبراج لنقل الكهرباء متتالية تمتد بينها الأسلاك نحو الأفق، في ظلال داكنة أمام سماء الغروب البرتقالية.',
      caption: 'يفرض نمو الطلب على الكهرباء استثمارات كبيرة في شبكات النقل.',
    },
  },
  {
    key: 'apartment-blocks',
    svg: apartmentBlocks,
    ar: {
      alt: 'أربع عمارات سكنية متوسطة الارتفاع بألوان رملية وترابية، على أسطحها خزانات مياه، وأمامها شارع وأشجار.',
      caption: 'يبقى تملك المسكن في المدن الكبرى رهيناً بالأسعار وكلفة التمويل معاً.',
    },
  },
  {
    key: 'shopping-basket',
    svg: shoppingBasket,
    ar: {
      alt: 'سلة تسوق من الخوص فيها رغيف خبز وزجاجة زيت وعلبة حليب وطماطم وخضار، وبطاقتا أسعار معلقتان، وخلفها سهم يتجه صعوداً.',
      caption: 'تباطؤ التضخم لا يعني انخفاض الأسعار التي تدفعها الأسر كل يوم.',
    },
    en: {
      alt: 'A wicker shopping basket holding a loaf of bread, a bottle of oil, a milk carton, tomatoes and greens, with two price tags and a rising arrow behind it.',
      caption: 'Slower inflation does not mean lower prices at the checkout.',
    },
  },
  {
    key: 'bar-chart',
    svg: barChart,
    ar: {
      alt: 'رسم بياني من اثني عشر عموداً تتناقص أطوالها تدريجياً من اليمين إلى اليسار، آخرها باللون البرتقالي، مع خط منقط يتبع اتجاهها الهابط.',
      caption: 'مسار هابط لمؤشر على مدى اثني عشر شهراً، على سبيل التوضيح.',
    },
  },
];

interface Person {
  key: string;
  portrait: Portrait;
  ar?: { alt: string; caption: string };
  en?: { alt: string; caption: string };
}

const portraits: Person[] = [
  {
    key: 'avatar-layla-haddad',
    portrait: {
      background: ['#d9825a', '#a5532f'],
      skin: '#d9a17e',
      hair: '#3b2f3a',
      clothing: '#f0e2cf',
      style: 'hijab',
    },
    ar: {
      alt: 'صورة رمزية مرسومة لليلى حداد: رأس وكتفان بحجاب بنفسجي داكن على خلفية برتقالية ترابية.',
      caption: 'ليلى حداد، محررة شؤون الطاقة.',
    },
  },
  {
    key: 'avatar-karim-alsaadi',
    portrait: {
      background: ['#4f8f89', '#24504d'],
      skin: '#c68e6a',
      hair: '#2a211c',
      clothing: navy,
      style: 'short',
      hasBeard: true,
    },
    ar: {
      alt: 'صورة رمزية مرسومة لكريم السعدي: رجل بشعر قصير ولحية خفيفة وسترة زرقاء داكنة على خلفية خضراء مزرقة.',
      caption: 'كريم السعدي، محرر الأسواق المالية.',
    },
  },
  {
    key: 'avatar-nour-mansour',
    portrait: {
      background: ['#a9bfa8', '#6f8f76'],
      skin: '#e0b08f',
      hair: '#4b5e74',
      clothing: '#f3ece0',
      style: 'hijab',
    },
    ar: {
      alt: 'صورة رمزية مرسومة لنور الهدى منصور: رأس وكتفان بحجاب أزرق رمادي على خلفية خضراء هادئة.',
      caption: 'نور الهدى منصور، مراسلة الشؤون المصرفية.',
    },
  },
  {
    key: 'avatar-samer-alattar',
    portrait: {
      background: ['#5d7894', '#2b3f57'],
      skin: '#b97f5c',
      hair: '#1f1b1a',
      clothing: '#c0673f',
      style: 'short',
      hasGlasses: true,
    },
    ar: {
      alt: 'صورة رمزية مرسومة لسامر العطار: رجل بشعر قصير ونظارة مستديرة وقميص برتقالي ترابي على خلفية زرقاء.',
      caption: 'سامر العطار، محرر التكنولوجيا والاقتصاد الرقمي.',
    },
  },
  {
    key: 'avatar-hala-alkhatib',
    portrait: {
      background: ['#e6c27c', '#b98a3e'],
      skin: '#d8a27f',
      hair: '#3a2822',
      clothing: teal,
      style: 'long',
    },
    ar: {
      alt: 'صورة رمزية مرسومة لهالة الخطيب: امرأة بشعر طويل داكن وسترة خضراء مزرقة على خلفية ذهبية.',
      caption: 'هالة الخطيب، رئيسة قسم الاقتصاد.',
    },
  },
  {
    key: 'avatar-mazen-alqasem',
    portrait: {
      background: ['#8a6f8c', plum],
      skin: '#c99572',
      hair: '#8c8c8c',
      clothing: '#2f3b45',
      style: 'receding',
      hasBeard: true,
      hasGlasses: true,
    },
    ar: {
      alt: 'صورة رمزية مرسومة لمازن القاسم: رجل بشعر ولحية رماديين ونظارة وسترة داكنة على خلفية بنفسجية.',
      caption: 'مازن القاسم، كاتب عمود في مداد.',
    },
  },
  {
    key: 'avatar-reem-alshami',
    portrait: {
      background: ['#c98b7a', '#8e4e45'],
      skin: '#e3b894',
      hair: '#5a3626',
      clothing: '#f0e2cf',
      style: 'bob',
    },
    ar: {
      alt: 'صورة رمزية مرسومة لريم الشامي: امرأة بشعر بني قصير حتى الذقن وقميص فاتح على خلفية وردية ترابية.',
      caption: 'ريم الشامي، كاتبة عمود في مداد.',
    },
  },
  {
    key: 'en-avatar-daniel-hart',
    portrait: {
      background: ['#7d96a8', '#3f5567'],
      skin: '#e7c0a2',
      hair: '#8a5a35',
      clothing: '#6f4f3a',
      style: 'short',
    },
    en: {
      alt: 'Illustrated portrait of Daniel Hart: a man with short brown hair and a brown jacket on a grey-blue background.',
      caption: 'Daniel Hart, Energy Correspondent.',
    },
  },
  {
    key: 'en-avatar-amira-saleh',
    portrait: {
      background: ['#9fc2b9', '#4f7f75'],
      skin: '#b98262',
      hair: '#1f1a1c',
      clothing: '#c0673f',
      style: 'long',
      hasGlasses: true,
    },
    en: {
      alt: 'Illustrated portrait of Amira Saleh: a woman with long dark hair, round glasses and a terracotta top on a sea-green background.',
      caption: 'Amira Saleh, Economics Editor, English Edition.',
    },
  },
];

export const demoImages: DemoImage[] = [
  ...illustrations.map((d) => ({ key: d.key, ...d.ar, credit: creditAr, ...wide, svg: d.svg })),
  ...illustrations.flatMap((d) =>
    d.en === undefined
      ? []
      : [{ key: `en-${d.key}`, ...d.en, credit: creditEn, ...wide, svg: d.svg }],
  ),
  ...portraits.map((p) => {
    const text = p.ar ?? p.en;
    if (text === undefined) throw new Error(`portrait ${p.key} has no description`);
    return {
      key: p.key,
      ...text,
      credit: p.ar === undefined ? creditEn : creditAr,
      ...square,
      svg: portrait(p.portrait),
    };
  }),
];
