/**
 * Electricity scenes (1600×900): a solar and wind farm, and transmission lines on pylons.
 */
import type { Point } from './svg.js';
import {
  wide,
  num,
  linear,
  radial,
  rect,
  polygon,
  line,
  circle,
  ellipse,
  mix,
  svgDocument,
  lattice,
} from './svg.js';

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

export function solarAndWindFarm(): string {
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
