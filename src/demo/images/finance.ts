/**
 * Money and banking scenes (1600×900): coins and banknotes, a bank facade and gold bars.
 */
import type { Point } from './svg.js';
import {
  ochre,
  amber,
  sage,
  seededRandom,
  topDown,
  leftRight,
  diagonal,
  cylinder,
  centreOut,
  fadeOut,
  blur,
  rect,
  polygon,
  polyline,
  line,
  circle,
  ellipse,
} from './svg.js';
import { backdrop, castShadow, widePicture } from './scenery.js';

export function coinsAndBanknotes(): string {
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
  return widePicture(
    [
      centreOut('bg', '#f8f1e4', '#dccbad', [0.5, 0.4, 0.8]),
      diagonal('note', '#9bb7a0', '#6f917c'),
      diagonal('noteDark', '#7fa08b', '#557662'),
      cylinder('goldSide', ['#9a6f2c', '#d8a650', '#f0cd82', '#8c6224'], [0.3, 0.55]),
      diagonal('goldTop', '#f6dc9c', '#cf9a45'),
      cylinder('silverSide', ['#7d878e', '#cfd5d8', '#eef1f2', '#727b82']),
      diagonal('silverTop', '#f4f6f7', '#aab3b9'),
      fadeOut('shadow', '#5b4630', 0.4),
    ],
    [
      backdrop('bg'),
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

/** The portico's eight fluted columns, each with its base and capital. */
function porticoColumns(): string[] {
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
  return columns;
}

/** Arched windows with their sills, two storeys on each wing. */
function wingWindows(): string[] {
  const windows: string[] = [];
  for (const wx of [150, 230, 1370, 1450]) {
    for (const wy of [520, 640]) {
      windows.push(rect(wx - 22, wy, 44, 74, '#556477', 'rx="22" opacity="0.85"'));
      windows.push(rect(wx - 28, wy + 74, 56, 8, '#e3dbc9'));
    }
  }
  return windows;
}

/** Round trees on either side of the bank. */
function facadeTrees(): string[] {
  return [
    ...[
      [60, 700, 90],
      [1540, 700, 90],
      [20, 760, 70],
      [1580, 760, 70],
    ].map(([tx, ty, r]) => circle(tx ?? 0, ty ?? 0, r ?? 0, sage, 'opacity="0.95"')),
    circle(90, 740, 60, '#7a9784'),
    circle(1510, 740, 60, '#7a9784'),
  ];
}

export function bankFacade(): string {
  const dentils: string[] = [];
  for (let x = 334; x < 1266; x += 22) dentils.push(rect(x, 366, 12, 12, '#cfc5b0'));
  return widePicture(
    [
      topDown('sky', '#a9c0cf', '#eee6d6'),
      leftRight('column', '#fbf7ee', '#b8ad97', [0.55, '#e4dbc8']),
      topDown('wall', '#c9bea7', '#b3a78f'),
      topDown('stone', '#ece4d2', '#d8ceb8'),
      blur('cloud', 18),
    ],
    [
      backdrop('sky'),
      ellipse(300, 150, 220, 40, '#ffffff', 'opacity="0.6" filter="url(#cloud)"'),
      ellipse(1250, 110, 260, 46, '#ffffff', 'opacity="0.5" filter="url(#cloud)"'),
      // Wings.
      rect(90, 470, 220, 300, 'url(#stone)'),
      rect(1290, 470, 220, 300, 'url(#stone)'),
      rect(80, 456, 240, 16, '#f1ebdd'),
      rect(1280, 456, 240, 16, '#f1ebdd'),
      ...wingWindows(),
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
      ...porticoColumns(),
      rect(290, 750, 1020, 26, '#e7dfcd'),
      rect(250, 776, 1100, 28, '#ddd4c1'),
      rect(210, 804, 1180, 30, '#d2c8b3'),
      rect(0, 834, 1600, 66, '#a99f8b'),
      ...facadeTrees(),
    ],
  );
}

/** A gold bar lying on its base, its front face at `y`. */
function goldBar(x: number, y: number): string {
  return [
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
}

/** A four-pointed glint of light. */
function sparkle(x: number, y: number, r: number): string {
  return `<path d="M ${x} ${y - r} Q ${x + r * 0.12} ${y - r * 0.12} ${x + r} ${y} Q ${x + r * 0.12} ${y + r * 0.12} ${x} ${y + r} Q ${x - r * 0.12} ${y + r * 0.12} ${x - r} ${y} Q ${x - r * 0.12} ${y - r * 0.12} ${x} ${y - r} Z" fill="#fff6d8" opacity="0.9"/>`;
}

export function goldBars(): string {
  const chart: Point[] = [];
  const rand = seededRandom(61);
  let level = 620;
  for (let x = 0; x <= 1600; x += 40) {
    level -= rand() * 14 - 4;
    chart.push([x, level]);
  }
  return widePicture(
    [
      centreOut('bg', '#36333d', '#141318', [0.5, 0.45, 0.75]),
      topDown('barTop', '#fbe4a4', '#e2b55e'),
      topDown('barFront', '#e0ab4f', '#9c6a24', [0.5, '#c48a34']),
      topDown('floor', '#2a2830', '#111015'),
      fadeOut('spot', '#f3cf84', 0.35),
      blur('soft', 14),
    ],
    [
      backdrop('bg'),
      polyline(chart, amber, 3, 'opacity="0.18"'),
      rect(0, 700, 1600, 200, 'url(#floor)'),
      ellipse(800, 560, 620, 300, 'url(#spot)'),
      castShadow(800, 790, 560, 40, 0.55),
      goldBar(330, 700),
      goldBar(650, 700),
      goldBar(970, 700),
      goldBar(490, 578),
      goldBar(810, 578),
      goldBar(650, 456),
      sparkle(760, 430, 26),
      sparkle(1120, 560, 18),
      sparkle(560, 556, 14),
    ],
  );
}
