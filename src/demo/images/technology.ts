/**
 * Technology scenes (1600×900): a microchip, a phone payment and a data center.
 */
import type { Point } from './svg.js';
import {
  ink,
  amber,
  terracotta,
  teal,
  seededRandom,
  num,
  topDown,
  diagonal,
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
import { backdrop, widePicture } from './scenery.js';

/** The chip's package: its top-left corner and its size. */
const [chipX, chipY, chipSize] = [610, 260, 380];
/** Pins on each side of the package. */
const pinCount = 9;

/** The i-th pin's place along the top and bottom sides (t) and the left and right sides (u). */
function pinAt(i: number): { t: number; u: number } {
  const along = 40 + (i * (chipSize - 80)) / (pinCount - 1);
  return { t: chipX + along, u: chipY + along };
}

/** The pins on the four sides of the package. */
function chipPins(): string[] {
  const pins: string[] = [];
  for (let i = 0; i < pinCount; i++) {
    const { t, u } = pinAt(i);
    pins.push(
      rect(t - 7, chipY - 30, 14, 30, 'url(#pin)'),
      rect(t - 7, chipY + chipSize, 14, 30, 'url(#pin)'),
      rect(chipX - 30, u - 7, 30, 14, 'url(#pin)'),
      rect(chipX + chipSize, u - 7, 30, 14, 'url(#pin)'),
    );
  }
  return pins;
}

/** Routes from the i-th pin on each side out towards the edges of the board. */
function traceRoutes(i: number, rand: () => number): Point[][] {
  const { t, u } = pinAt(i);
  return [
    [
      [t, chipY - 30],
      [t, chipY - 60 - rand() * 60],
      [t + (rand() - 0.5) * 260, 40 + rand() * 90],
    ],
    [
      [t, chipY + chipSize + 30],
      [t, chipY + chipSize + 60 + rand() * 50],
      [t + (rand() - 0.5) * 260, 780 + rand() * 90],
    ],
    [
      [chipX - 30, u],
      [chipX - 80 - rand() * 120, u],
      [60 + rand() * 220, u + (rand() - 0.5) * 200],
    ],
    [
      [chipX + chipSize + 30, u],
      [chipX + chipSize + 80 + rand() * 120, u],
      [1320 + rand() * 220, u + (rand() - 0.5) * 200],
    ],
  ];
}

/** Circuit traces from every pin, a few of them glowing, each ending in a round pad. */
function tracesAndPads(rand: () => number): { traces: string[]; pads: string[] } {
  const traces: string[] = [];
  const pads: string[] = [];
  for (let i = 0; i < pinCount; i++) {
    for (const route of traceRoutes(i, rand)) {
      const isBright = rand() < 0.18;
      const color = isBright ? amber : '#5fb3a3';
      traces.push(
        polyline(
          route,
          color,
          isBright ? 4 : 3,
          `stroke-linejoin="round" opacity="${isBright ? 0.95 : 0.5}"${isBright ? ' filter="url(#glow)"' : ''}`,
        ),
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
  return { traces, pads };
}

/** The fine grid etched on the die. */
function dieGrid(): string[] {
  const grid: string[] = [];
  for (let g = 1; g < 8; g++) {
    grid.push(
      line(
        [chipX + 90 + g * 25, chipY + 90],
        [chipX + 90 + g * 25, chipY + chipSize - 90],
        '#7fc4b6',
        1,
        'opacity="0.25"',
      ),
    );
    grid.push(
      line(
        [chipX + 90, chipY + 90 + g * 25],
        [chipX + chipSize - 90, chipY + 90 + g * 25],
        '#7fc4b6',
        1,
        'opacity="0.25"',
      ),
    );
  }
  return grid;
}

export function microchip(): string {
  const { traces, pads } = tracesAndPads(seededRandom(31));
  return widePicture(
    [
      centreOut('bg', '#1f4d4a', '#0b1b1d', [0.5, 0.5, 0.75]),
      diagonal('chip', '#334349', '#141c20'),
      diagonal('die', '#2f7a73', '#163f3c'),
      diagonal('pin', '#e3e6e8', '#8c979d'),
      blur('glow', 4),
      fadeOut('halo', '#3fa392', 0.4, 0.45),
      `<pattern id="dots" width="40" height="40" patternUnits="userSpaceOnUse"><circle cx="20" cy="20" r="1.6" fill="#7fc4b6" opacity="0.18"/></pattern>`,
    ],
    [
      backdrop('bg'),
      backdrop('dots'),
      ...traces,
      ...pads,
      circle(chipX + chipSize / 2, chipY + chipSize / 2, chipSize * 0.85, 'url(#halo)'),
      ...chipPins(),
      rect(
        chipX,
        chipY,
        chipSize,
        chipSize,
        'url(#chip)',
        'rx="18" stroke="#62767d" stroke-width="3"',
      ),
      rect(chipX + 80, chipY + 80, chipSize - 160, chipSize - 160, 'url(#die)', 'rx="8"'),
      ...dieGrid(),
      rect(
        chipX + 80,
        chipY + 80,
        chipSize - 160,
        chipSize - 160,
        'none',
        'rx="8" stroke="#9fd8cb" stroke-width="2" opacity="0.6"',
      ),
      circle(chipX + 36, chipY + 36, 10, '#0f1619', 'stroke="#62767d" stroke-width="2"'),
    ],
  );
}

/** A rounded rectangle's shadow, offset and blurred by the scene's `shadow` filter. */
function dropShadow(
  x: number,
  y: number,
  w: number,
  h: number,
  { radius, opacity, offset: [dx, dy] }: { radius: number; opacity: number; offset: Point },
): string {
  const look = `rx="${radius}" opacity="${opacity}" filter="url(#shadow)"`;
  return rect(x, y, w, h, '#000', `${look} transform="translate(${dx} ${dy})"`);
}

export function phonePayment(): string {
  const arcs = [0, 1, 2, 3].map((i) => {
    const r = 70 + i * 55;
    return `<path d="M ${num(900 + r * Math.cos(-0.6))} ${num(440 + r * Math.sin(-0.6))} A ${r} ${r} 0 0 1 ${num(900 + r * Math.cos(0.6))} ${num(440 + r * Math.sin(0.6))}" fill="none" stroke="${amber}" stroke-width="${10 - i * 1.5}" stroke-linecap="round" opacity="${num(0.9 - i * 0.18)}"/>`;
  });
  const keys: string[] = [];
  for (let r = 0; r < 4; r++)
    for (let c = 0; c < 3; c++)
      keys.push(rect(1226 + c * 46, 520 + r * 36, 34, 24, '#3b4a57', 'rx="6"'));
  return widePicture(
    [
      diagonal('bg', '#2f6f6b', '#1b3445'),
      topDown('screen', '#f5efe3', '#e4d8c3'),
      diagonal('card', '#e3b769', '#c0873a'),
      topDown('terminal', '#e8e6e1', '#b9b6ae'),
      blur('shadow', 22),
    ],
    [
      backdrop('bg'),
      circle(300, 160, 260, '#ffffff', 'opacity="0.04"'),
      circle(1400, 820, 320, '#ffffff', 'opacity="0.04"'),
      // Phone.
      `<g transform="rotate(-9 620 460)">${[
        dropShadow(470, 170, 310, 600, { radius: 44, opacity: 0.35, offset: [18, 24] }),
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
      dropShadow(1190, 300, 210, 420, { radius: 30, opacity: 0.3, offset: [14, 20] }),
      rect(1190, 300, 210, 420, 'url(#terminal)', 'rx="30"'),
      rect(1214, 330, 162, 150, '#1f3a44', 'rx="12"'),
      circle(1295, 405, 36, 'none', `stroke="${amber}" stroke-width="6" opacity="0.9"`),
      `<path d="M 1280 405 l 10 10 l 20 -22" fill="none" stroke="${amber}" stroke-width="6" stroke-linecap="round" stroke-linejoin="round"/>`,
      ...keys,
      rect(1240, 680, 110, 14, '#9a968d', 'rx="7"'),
    ],
  );
}

/** The data hall in perspective: the vanishing point and the focal length. */
const [vx, vy, focal] = [800, 430, 640];

/** Where a point of the hall (x across, y up, z into the distance) falls on the picture. */
function project(x: number, y: number, z: number): Point {
  return [vx + (x / z) * focal, vy - (y / z) * focal];
}

/** Status lights on the face of the rack at depth `z`, some left dark. */
function rackLeds(side: number, z: number, rand: () => number): string[] {
  const leds: string[] = [];
  for (let row = 0; row < 11; row++) {
    const y = 2.1 - row * 0.34;
    for (let col = 0; col < 4; col++) {
      if (rand() < 0.35) continue;
      const [px, py] = project(side * 2.58, y, z + 0.2 + col * 0.3);
      const color = rand() < 0.15 ? amber : rand() < 0.5 ? '#5fd0b8' : '#4f9ad8';
      leds.push(circle(px, py, Math.max(1, 9 / z), color, `opacity="${num(0.6 + rand() * 0.4)}"`));
    }
  }
  return leds;
}

/** Two rows of server racks down either side of the aisle, with their lights. */
function racksAndLeds(rand: () => number): { racks: string[]; leds: string[] } {
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
      leds.push(...rackLeds(side, z, rand));
    }
  }
  return { racks, leds };
}

/** Floor tiles receding down the aisle. */
function aisleTiles(): string[] {
  const tiles: string[] = [];
  for (let x = -2.4; x <= 2.4; x += 0.8)
    tiles.push(line(project(x, -1.6, 2), project(x, -1.6, 40), '#5d7d95', 1.5, 'opacity="0.3"'));
  for (let z = 2.5; z < 30; z *= 1.25)
    tiles.push(
      line(project(-2.6, -1.6, z), project(2.6, -1.6, z), '#5d7d95', 1.5, 'opacity="0.25"'),
    );
  return tiles;
}

export function dataCenter(): string {
  const { racks, leds } = racksAndLeds(seededRandom(53));
  const trays: string[] = [];
  for (const x of [-1.2, 1.2])
    trays.push(line(project(x, 2.4, 2), project(x, 2.4, 40), '#7a93a8', 5, 'opacity="0.4"'));
  return widePicture(
    [
      topDown('room', '#0e1926', '#0c1520', [0.5, '#1a2c40']),
      topDown('rack', '#1c2a3a', '#121c28'),
      fadeOut('end', '#8fd3ea', 0.9),
      topDown('floor', '#2b4257', '#0f1b27'),
      blur('bloom', 3),
    ],
    [
      backdrop('room'),
      polygon(
        [
          project(-2.6, -1.6, 2),
          project(2.6, -1.6, 2),
          project(2.6, -1.6, 40),
          project(-2.6, -1.6, 40),
        ],
        'url(#floor)',
      ),
      ...aisleTiles(),
      ellipse(vx, vy + 20, 260, 200, 'url(#end)'),
      ...trays,
      ...racks,
      `<g filter="url(#bloom)">${leds.join('')}</g>`,
      `<g>${leds.join('')}</g>`,
    ],
  );
}
