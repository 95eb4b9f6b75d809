/**
 * Oil and gas scenes (1600×900): an oil field at sunset and a pipeline across the desert.
 */
import type { Point } from './svg.js';
import {
  terracotta,
  teal,
  radial,
  topDown,
  cylinder,
  fadeOut,
  blur,
  rect,
  polygon,
  line,
  circle,
  ellipse,
  mix,
  lattice,
} from './svg.js';
import { backdrop, castShadow, ridge, sun, widePicture } from './scenery.js';

const silhouette = '#241a24';

/** An oil drum, its top rim at `y`, filled with the gradient `fill`. */
function barrel(x: number, y: number, fill: string): string {
  return [
    rect(x, y, 92, 122, `url(#${fill})`, 'rx="10"'),
    rect(x, y + 30, 92, 7, '#000', 'opacity="0.2"'),
    rect(x, y + 86, 92, 7, '#000', 'opacity="0.2"'),
    ellipse(x + 46, y + 2, 46, 11, fill === 'barrelTeal' ? '#4f8d88' : '#dd8b60'),
    ellipse(x + 46, y + 2, 34, 7, '#000', 'opacity="0.15"'),
  ].join('');
}

/** A drilling derrick in silhouette: the lattice tower, its crown block and the rig floor. */
function derrick(): string[] {
  return [
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
  ];
}

/** A pump jack in silhouette: the A-frame, the walking beam with its horse head, the crank. */
function pumpJack(): string[] {
  return [
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
  ];
}

export function oilFieldAtSunset(): string {
  return widePicture(
    [
      topDown('sky', '#3b3150', '#f3c47e', [0.45, '#94526a'], [0.75, '#d97c4e']),
      radial('sun', [
        [0, '#fff3d2'],
        [0.7, '#f9d28b'],
        [1, '#f2ad5f'],
      ]),
      fadeOut('glow', '#ffd99a', 0.6),
      topDown('ground', '#3d2935', '#1b141a'),
      cylinder('barrelRust', ['#7a3322', '#c4663f', '#d98a5c', '#6a2c1e']),
      cylinder('barrelTeal', ['#1c4644', teal, '#4a8f89', '#173b39']),
      blur('soft', 12),
    ],
    [
      rect(0, 0, 1600, 700, 'url(#sky)'),
      circle(1080, 610, 380, 'url(#glow)'),
      circle(1080, 610, 120, 'url(#sun)'),
      ridge(
        '650 C 180 610 360 618 540 640 S 880 606 1090 632 S 1440 600 1600 628',
        700,
        '#5d3b4c',
        0.85,
      ),
      ridge('676 C 260 650 520 662 800 672 S 1300 650 1600 668', 900, 'url(#ground)'),
      ...derrick(),
      ...pumpJack(),
      // Barrels.
      castShadow(1390, 872, 230, 20, 0.35),
      barrel(1220, 756, 'barrelRust'),
      barrel(1320, 756, 'barrelTeal'),
      barrel(1420, 756, 'barrelRust'),
      barrel(1270, 632, 'barrelRust'),
      barrel(1370, 632, 'barrelRust'),
      barrel(1530, 770, 'barrelTeal'),
    ],
  );
}

/** The pipe's top and bottom edges at its near end (off the left edge) and on the horizon. */
const pipeNear: readonly [Point, Point] = [
  [-40, 600],
  [-40, 760],
];
const pipeFar: readonly [Point, Point] = [
  [1240, 522],
  [1240, 532],
];

/** A trestle under the pipe: two splayed legs and a foot on the sand. */
function trestle(bottom: Point, thickness: number): string[] {
  const footY = bottom[1] + thickness * 0.55;
  const legWidth = Math.max(1.5, thickness * 0.08);
  return [
    line(
      [bottom[0] - thickness * 0.25, bottom[1]],
      [bottom[0] - thickness * 0.3, footY],
      '#5b5048',
      legWidth,
    ),
    line(
      [bottom[0] + thickness * 0.25, bottom[1]],
      [bottom[0] + thickness * 0.3, footY],
      '#5b5048',
      legWidth,
    ),
    line(
      [bottom[0] - thickness * 0.4, footY],
      [bottom[0] + thickness * 0.4, footY],
      '#5b5048',
      Math.max(1.5, thickness * 0.1),
    ),
  ];
}

/** Joints around the pipe and trestles under it, closer together as they recede. */
function jointsAndTrestles(): { joints: string[]; trestles: string[] } {
  const joints: string[] = [];
  const trestles: string[] = [];
  for (let i = 1; i < 14; i++) {
    const t = 1 - 1 / (1 + i * 0.32);
    const top = mix(pipeNear[0], pipeFar[0], t);
    const bottom = mix(pipeNear[1], pipeFar[1], t);
    const thickness = bottom[1] - top[1];
    joints.push(line(top, bottom, '#6d7880', Math.max(1.5, thickness * 0.09)));
    trestles.push(...trestle(bottom, thickness));
  }
  return { joints, trestles };
}

/** The pipe, a cylinder in perspective: bands along it, shaded from lit top to dark belly. */
function pipeBody(): string[] {
  const band = (from: number, to: number, fill: string) =>
    polygon(
      [
        mix(pipeNear[0], pipeNear[1], from),
        mix(pipeFar[0], pipeFar[1], from),
        mix(pipeFar[0], pipeFar[1], to),
        mix(pipeNear[0], pipeNear[1], to),
      ],
      fill,
    );
  return [
    band(0, 0.12, '#b9c3c8'),
    band(0.12, 0.3, '#e9eef0'),
    band(0.3, 0.55, '#aeb9bf'),
    band(0.55, 0.8, '#86939b'),
    band(0.8, 1, '#5f6b74'),
  ];
}

export function desertPipeline(): string {
  const { joints, trestles } = jointsAndTrestles();
  return widePicture(
    [
      topDown('sky', '#9db6c6', '#f4d7a6', [0.75, '#efdcb8']),
      topDown('duneA', '#e7c795', '#d4a96e'),
      topDown('duneB', '#d8ab6c', '#b88651'),
      fadeOut('sun', '#fff1d0'),
    ],
    [
      backdrop('sky'),
      ...sun(1180, 250, 220, 60, '#fff2d2'),
      // Pumping station on the horizon.
      rect(1300, 480, 60, 46, '#9a8f86'),
      rect(1370, 462, 44, 64, '#8b8078'),
      ellipse(1450, 500, 36, 10, '#a39a92'),
      rect(1414, 500, 72, 26, '#a39a92'),
      line([1330, 480], [1330, 430], '#8b8078', 6),
      ridge('540 C 240 500 480 520 760 530 S 1300 500 1600 520', 620, 'url(#duneA)'),
      ridge('640 C 320 560 700 600 980 610 S 1400 580 1600 600', 900, 'url(#duneB)'),
      ridge('760 C 300 700 640 730 900 760 S 1380 740 1600 720', 900, '#a87748', 0.75),
      ...trestles,
      ...pipeBody(),
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
