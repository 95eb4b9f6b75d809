/**
 * Electricity scenes (1600×900): a solar and wind farm, and transmission lines on pylons.
 */
import type { Point } from './svg.js';
import {
  num,
  radial,
  topDown,
  diagonal,
  fadeOut,
  rect,
  polygon,
  line,
  circle,
  ellipse,
  mix,
  lattice,
} from './svg.js';
import { backdrop, ridge, sun, widePicture } from './scenery.js';

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

/** Lines dividing a panel into `parts`: from points along edge `a` to the same points along `b`. */
function divide(a: readonly [Point, Point], b: readonly [Point, Point], parts: number): string[] {
  const lines: string[] = [];
  for (let i = 1; i < parts; i++) {
    lines.push(
      line(
        mix(a[0], a[1], i / parts),
        mix(b[0], b[1], i / parts),
        '#8fb0cc',
        1.2,
        'opacity="0.45"',
      ),
    );
  }
  return lines;
}

function solarPanelRow(y: number, scale: number, offset: number): string {
  const panels: string[] = [];
  const w = 200 * scale;
  const h = 74 * scale;
  const gap = 18 * scale;
  for (let x = offset; x < 1640; x += w + gap) {
    const quad: [Point, Point, Point, Point] = [
      [x + 14 * scale, y],
      [x + w + 14 * scale, y],
      [x + w, y + h],
      [x, y + h],
    ];
    const [nw, ne, se, sw] = quad;
    const cells = [...divide([nw, ne], [sw, se], 6), ...divide([nw, sw], [ne, se], 3)];
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

export function solarAndWindFarm(): string {
  return widePicture(
    [
      topDown('sky', '#93b8c8', '#f1e8d4', [0.7, '#e3e6da']),
      fadeOut('sun', '#fff6dd'),
      topDown('field', '#d8c79f', '#bfa978'),
      diagonal('panel', '#35597d', '#1a2f4a'),
    ],
    [
      backdrop('sky'),
      ...sun(250, 170, 200, 56, '#fff4d6'),
      ridge(
        '520 C 200 470 420 480 640 505 S 1080 450 1300 480 S 1520 470 1600 478',
        620,
        '#b9c7b4',
      ),
      windTurbine(760, 512, 170, 18),
      windTurbine(960, 492, 250, 64),
      windTurbine(1180, 478, 300, 35),
      windTurbine(1420, 486, 230, 82),
      ridge('560 C 260 530 560 545 820 560 S 1300 540 1600 552', 640, '#9fb29b'),
      rect(0, 600, 1600, 300, 'url(#field)'),
      solarPanelRow(618, 0.5, -30),
      solarPanelRow(692, 0.75, -80),
      solarPanelRow(792, 1.1, -140),
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

export function powerLines(): string {
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
  return widePicture(
    [
      topDown('sky', '#2c3b55', '#f1c487', [0.5, '#7b5a6c'], [0.78, '#d48a5e']),
      radial('sun', [
        [0, '#ffe6b0'],
        [0.5, '#f7c17a', 0.8],
        [1, '#f7c17a', 0],
      ]),
      topDown('land', '#3c3340', '#19161e'),
    ],
    [
      backdrop('sky'),
      ...sun(1060, 600, 260, 70, '#ffe9bd'),
      ridge('610 C 300 590 600 600 900 612 S 1400 596 1600 606', 660, '#5c4656', 0.8),
      ridge('640 C 400 620 800 630 1600 618', 900, 'url(#land)'),
      ...[700, 750, 810, 880].map((y) =>
        line([0, y], [1600, y - 30], '#4a3e4c', 2, 'opacity="0.6"'),
      ),
      ...towers.map((t) => t.svg),
      ...cables,
    ],
  );
}
