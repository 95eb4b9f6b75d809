/**
 * City scenes (1600×900): a skyline with tower cranes and a row of apartment blocks.
 */
import {
  mist,
  ochre,
  amber,
  terracotta,
  sage,
  seededRandom,
  topDown,
  fadeOut,
  rect,
  polygon,
  line,
  circle,
  ellipse,
  lattice,
} from './svg.js';
import { backdrop, sun, widePicture } from './scenery.js';

/**
 * A lattice arm of a tower crane, level along `y` from the mast at `x` out to `end`: its top
 * chord is `rise` above at the mast and `tipRise` above at the end.
 */
function craneArm(
  [x, end]: readonly [number, number],
  y: number,
  [rise, tipRise]: readonly [number, number],
  bays: number,
): string {
  return lattice(
    [
      [x, y],
      [end, y],
    ],
    [
      [x, y - rise],
      [end, y - tipRise],
    ],
    bays,
    ochre,
    2.2,
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
  const arm = (end: number, rise: number, tipRise: number, bays: number) =>
    craneArm([x, end], topY, [rise, tipRise], bays);
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
    arm(jibEnd, 22, 12, Math.round(reach / 34)),
    arm(tailEnd, 18, 14, 5),
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
  return widePicture(
    [topDown('sky', '#8ea7ba', '#f0dec0', [0.6, '#d8d3c5']), fadeOut('sun', '#fbebc8')],
    [
      backdrop('sky'),
      ...sun(1280, 300, 180, 60, '#f8e6c2', 'opacity="0.9"'),
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

/** Windows up the face of a block, some lit, some under an awning, with a ledge each floor. */
function blockWindows(
  rand: () => number,
  x: number,
  w: number,
  topY: number,
  base: number,
): string[] {
  const parts: string[] = [];
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
  return parts;
}

/** An apartment block standing on the pavement: side wall, roof, face, windows, door, tanks. */
function apartmentBlock(
  rand: () => number,
  [x, w, h]: readonly [number, number, number],
  face: string,
  side: string,
): string {
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
    ...blockWindows(rand, x, w, topY, base),
    rect(x + w / 2 - 20, base - 56, 40, 56, '#4a4440'),
  ];
  // Water tanks on the roof, as on many of the region's apartment blocks.
  for (let tx = x + 30; tx < x + w - 30; tx += 70) {
    parts.push(
      rect(tx, topY - 34, 26, 26, '#e8e4dc'),
      ellipse(tx + 13, topY - 34, 13, 5, '#f7f4ee'),
    );
  }
  return parts.join('');
}

/** A street tree: a trunk under three round clumps of leaves. */
function streetTree(x: number, y: number, r: number): string {
  return [
    rect(x - 5, y, 10, 60, '#6b5442'),
    circle(x, y - r * 0.3, r, '#7a9784'),
    circle(x - r * 0.5, y, r * 0.7, sage),
    circle(x + r * 0.5, y, r * 0.7, '#6f8f7a'),
  ].join('');
}

export function apartmentBlocks(): string {
  const rand = seededRandom(71);
  return widePicture(
    [topDown('sky', '#b6cfdb', '#f2eadb'), topDown('glass', '#4f6b82', '#2c4257')],
    [
      backdrop('sky'),
      ...[60, 300, 620, 980, 1300].map((bx, i) =>
        rect(bx, 380 + (i % 2) * 60, 200, 420, '#c9cfd0', 'opacity="0.6"'),
      ),
      apartmentBlock(rand, [40, 330, 460], '#e3cfa8', '#c4ab80'),
      apartmentBlock(rand, [430, 280, 560], '#d9a27f', '#b9825f'),
      apartmentBlock(rand, [770, 360, 400], '#efe4cf', '#d3c4a8'),
      apartmentBlock(rand, [1190, 330, 500], '#c7cdb8', '#a8af97'),
      rect(0, 800, 1600, 26, '#cfc6b6'),
      rect(0, 826, 1600, 74, '#5d6670'),
      ...[0, 1, 2, 3, 4, 5, 6, 7].map((i) =>
        rect(60 + i * 200, 858, 90, 8, '#e8e2d4', 'opacity="0.8"'),
      ),
      streetTree(380, 760, 48),
      streetTree(740, 770, 40),
      streetTree(1150, 760, 50),
      streetTree(1560, 770, 44),
    ],
  );
}
