/**
 * Technology scenes (1600×900): a microchip, a phone payment and a data center.
 */
import type { Point } from './svg.js';
import {
  wide,
  ink,
  amber,
  terracotta,
  teal,
  seededRandom,
  num,
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

export function microchip(): string {
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

export function phonePayment(): string {
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

export function dataCenter(): string {
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
