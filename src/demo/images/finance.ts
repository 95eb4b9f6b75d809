/**
 * Money and banking scenes (1600×900): coins and banknotes, a bank facade and gold bars.
 */
import type { Point } from './svg.js';
import {
  wide,
  ochre,
  amber,
  sage,
  seededRandom,
  points,
  linear,
  radial,
  blur,
  rect,
  polygon,
  line,
  circle,
  ellipse,
  svgDocument,
} from './svg.js';

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

export function bankFacade(): string {
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

export function goldBars(): string {
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
