/**
 * City scenes (1600×900): a skyline with tower cranes and a row of apartment blocks.
 */
import {
  wide,
  mist,
  ochre,
  amber,
  terracotta,
  sage,
  seededRandom,
  linear,
  radial,
  rect,
  polygon,
  line,
  circle,
  ellipse,
  svgDocument,
  lattice,
} from './svg.js';

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

export function skylineWithCranes(): string {
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

export function apartmentBlocks(): string {
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
