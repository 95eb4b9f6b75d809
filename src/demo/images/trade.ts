/**
 * Trade and food scenes (1600×900): a container port and a wheat field with grain silos.
 */
import {
  slate,
  ochre,
  terracotta,
  teal,
  sage,
  seededRandom,
  num,
  topDown,
  leftRight,
  cylinder,
  fadeOut,
  rect,
  polygon,
  line,
  ellipse,
} from './svg.js';
import { backdrop, ridge, sun, widePicture } from './scenery.js';

const containerColors = [terracotta, teal, ochre, slate, sage, '#8a4f3c', '#3f6f8f'];

/** Rows of containers `tiers` high between x0 and x1, a few missing from the upper tiers. */
function containerStacks(
  rand: () => number,
  [x0, x1, baseY]: readonly [number, number, number],
  tiers: number,
  [w, h]: readonly [number, number],
): string {
  const parts: string[] = [];
  for (let t = 0; t < tiers; t++) {
    for (let x = x0; x + w <= x1; x += w + 3) {
      if (t > 0 && rand() < 0.12) continue;
      const y = baseY - (t + 1) * (h + 2);
      const color = containerColors[Math.floor(rand() * containerColors.length)] ?? slate;
      parts.push(rect(x, y, w, h, color));
      for (let rx = x + 6; rx < x + w - 3; rx += 7)
        parts.push(line([rx, y + 3], [rx, y + h - 3], '#000', 1, 'opacity="0.15"'));
    }
  }
  return parts.join('');
}

/** A ship-to-shore crane seen from the side: two legs on the quay, a boom over the ship. */
function gantry(
  legX: number,
  topY: number,
  boomEnd: number,
  trolleyX: number,
  color: string,
): string {
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
}

/** Short pale strokes scattered over the water in the foreground. */
function waves(rand: () => number): string[] {
  const strokes: string[] = [];
  for (let i = 0; i < 70; i++) {
    const x = rand() * 1600;
    const y = 705 + rand() * 190;
    strokes.push(
      line(
        [x, y],
        [x + 30 + rand() * 60, y],
        '#d6e4e6',
        2,
        `opacity="${num(0.15 + rand() * 0.25)}"`,
      ),
    );
  }
  return strokes;
}

export function containerPort(): string {
  const rand = seededRandom(23);
  // The waves draw from the generator before the containers do.
  const foreground = waves(rand);
  return widePicture(
    [
      topDown('sky', '#a9bfcb', '#efe7d9'),
      topDown('sea', '#6b929f', '#284b5b'),
      topDown('hull', '#2c3e55', '#1a2536'),
      topDown('seaFront', '#55808e', '#284b5b'),
    ],
    [
      backdrop('sky'),
      ridge('600 L 90 560 L 140 600 L 260 540 L 300 600 L 1600 600', 640, '#b8c4c9'),
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
      containerStacks(rand, [20, 300, 640], 3, [62, 30]),
      // Ship.
      `<path d="M 690 600 L 1560 600 L 1520 706 L 740 706 Z" fill="url(#hull)"/>`,
      rect(736, 680, 790, 12, '#8e3b2a'),
      containerStacks(rand, [760, 1390, 600], 5, [58, 30]),
      rect(1400, 420, 100, 180, '#e8e4dc'),
      rect(1390, 410, 120, 16, '#d2cdc3'),
      ...[445, 485, 525].map((wy) => rect(1410, wy, 80, 14, '#2c3e55', 'opacity="0.8"')),
      rect(1450, 360, 30, 50, terracotta),
      gantry(330, 250, 1200, 1010, terracotta),
      gantry(560, 290, 1380, 1260, '#b35b37'),
      rect(0, 700, 1600, 200, 'url(#seaFront)'),
      ...foreground,
    ],
  );
}

/** A grain silo: a ribbed cylinder standing on the field's edge, under a conical roof. */
function silo(x: number, w: number, topY: number): string {
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
}

/** An ear of wheat drawn upright at the origin: a tip and seven pairs of grains. */
function ear(color: string): string {
  const grains: string[] = [];
  grains.push(ellipse(0, -60, 3, 7, color));
  for (let g = 0; g < 7; g++) {
    const gy = -g * 8;
    grains.push(
      ellipse(-3.5, gy, 3.4, 7, color, `transform="rotate(-22 -3.5 ${gy})"`),
      ellipse(3.5, gy - 4, 3.4, 7, color, `transform="rotate(22 3.5 ${gy - 4})"`),
    );
  }
  return grains.join('');
}

/** Stalks of wheat, taller towards the front, each swaying and topped by its ear. */
function wheatStalks(rand: () => number): string[] {
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
    stalks.push(
      `<g transform="translate(${num(topX)} ${num(topY)}) rotate(${num(angle)})">${ear(color)}</g>`,
    );
  }
  return stalks;
}

export function wheatFieldAndSilos(): string {
  return widePicture(
    [
      topDown('sky', '#98b7c6', '#f2e4c6'),
      cylinder('silo', ['#8c979c', '#e6e9e8', '#c5cccf', '#7f8a90'], [0.35, 0.6]),
      leftRight('roof', '#a9b2b6', '#6f7a80'),
      topDown('field', '#e2b65c', '#b97f2c'),
      fadeOut('sun', '#fff4d8'),
    ],
    [
      backdrop('sky'),
      ...sun(420, 200, 190, 52, '#fff3d4'),
      ridge('600 C 300 570 600 590 900 585 S 1400 570 1600 590', 660, '#a9ad83'),
      rect(1398, 250, 72, 410, '#9aa3a7'),
      rect(1390, 236, 88, 20, '#7b858a'),
      line([1434, 300], [1620, 600], '#7b858a', 10),
      silo(980, 120, 330),
      silo(1110, 120, 300),
      silo(1240, 120, 330),
      line([1040, 276], [1300, 276], '#7b858a', 5),
      rect(0, 640, 1600, 260, 'url(#field)'),
      ...[660, 690, 720].map((ry) => line([0, ry], [1600, ry], '#f1d389', 3, 'opacity="0.35"')),
      ...wheatStalks(seededRandom(41)),
    ],
  );
}
