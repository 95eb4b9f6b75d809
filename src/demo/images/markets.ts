/**
 * Market and price scenes (1600×900): a candlestick chart, a falling bar chart and a shopping
 * basket.
 */
import type { Point } from './svg.js';
import {
  navy,
  slate,
  cream,
  amber,
  terracotta,
  teal,
  sage,
  seededRandom,
  linear,
  radial,
  topDown,
  diagonal,
  leftRight,
  centreOut,
  blur,
  rect,
  polygon,
  polyline,
  line,
  circle,
  ellipse,
} from './svg.js';
import { backdrop, castShadow, widePicture } from './scenery.js';

interface Candle {
  open: number;
  close: number;
  high: number;
  low: number;
  volume: number;
}

/** A random walk of daily prices from 100, drifting upwards. */
function randomCandles(seed: number, count: number): Candle[] {
  const rand = seededRandom(seed);
  const candles: Candle[] = [];
  let price = 100;
  for (let i = 0; i < count; i++) {
    const open = price;
    const close = open + (rand() - 0.42) * 7;
    candles.push({
      open,
      close,
      high: Math.max(open, close) + rand() * 3.5,
      low: Math.min(open, close) - rand() * 3.5,
      volume: 0.25 + rand() * 0.75,
    });
    price = close;
  }
  return candles;
}

/** Faint horizontal and vertical rules behind the chart. */
function chartGrid(): string[] {
  const grid: string[] = [];
  for (let gy = 90; gy <= 840; gy += 75)
    grid.push(line([60, gy], [1540, gy], '#ffffff', 1, 'opacity="0.07"'));
  for (let gx = 120; gx <= 1480; gx += 136)
    grid.push(line([gx, 60], [gx, 840], '#ffffff', 1, 'opacity="0.05"'));
  return grid;
}

/** One candle: its wick, its body and its volume bar along the bottom. */
function candle(c: Candle, x: number, width: number, y: (value: number) => number): string {
  const color = c.close >= c.open ? '#5fae97' : '#d9714e';
  const bodyTop = y(Math.max(c.open, c.close));
  const bodyHeight = Math.max(3, Math.abs(y(c.open) - y(c.close)));
  const volume = c.volume * 130;
  return [
    line([x, y(c.high)], [x, y(c.low)], color, 2.5),
    rect(x - width * 0.3, bodyTop, width * 0.6, bodyHeight, color, 'rx="2"'),
    rect(x - width * 0.32, 820 - volume, width * 0.64, volume, color, 'opacity="0.35"'),
  ].join('');
}

export function marketCandles(): string {
  const count = 40;
  const candles = randomCandles(7, count);
  const [left, right, top, bottom] = [120, 1480, 120, 610];
  const step = (right - left) / count;
  const lowest = Math.min(...candles.map((c) => c.low));
  const highest = Math.max(...candles.map((c) => c.high));
  const y = (value: number) => bottom - ((value - lowest) / (highest - lowest)) * (bottom - top);
  const x = (i: number) => left + step * (i + 0.5);

  const average = candles.map((_, i) => {
    const window = candles.slice(Math.max(0, i - 5), i + 1);
    return window.reduce((sum, c) => sum + c.close, 0) / window.length;
  });
  const trend = average.map((value, i): Point => [x(i), y(value)]);
  const area: Point[] = [...trend, [x(count - 1), bottom], [x(0), bottom]];
  const last = candles[count - 1]?.close ?? 100;
  const end: Point = [x(count - 1), y(average[count - 1] ?? last)];

  return widePicture(
    [
      diagonal('bg', '#13202e', '#203549'),
      linear('area', [
        [0, amber, 0.28],
        [1, amber, 0],
      ]),
      radial('vignette', [
        [0.6, '#000', 0],
        [1, '#000', 0.35],
      ]),
      blur('glow', 6),
    ],
    [
      backdrop('bg'),
      ...chartGrid(),
      line([60, 660], [1540, 660], '#ffffff', 1.5, 'opacity="0.15"'),
      polygon(area, 'url(#area)'),
      ...candles.map((c, i) => candle(c, x(i), step, y)),
      polyline(trend, amber, 5, 'stroke-linejoin="round"'),
      line([left, y(last)], [1500, y(last)], amber, 2, 'stroke-dasharray="10 8" opacity="0.7"'),
      rect(1500, y(last) - 16, 64, 32, amber, 'rx="6"'),
      circle(...end, 16, amber, 'opacity="0.6" filter="url(#glow)"'),
      circle(...end, 7, '#fff4dc'),
      backdrop('vignette'),
    ],
  );
}

export function barChart(): string {
  const values = [8.9, 8.1, 7.4, 6.6, 5.9, 5.1, 4.6, 4.2, 3.8, 3.6, 3.4, 2.9];
  const [left, bottom, width, top] = [180, 740, 1240, 160];
  const step = width / values.length;
  const y = (value: number) => bottom - (value / 10) * (bottom - top);
  const bars = values.map((value, i) => {
    const isLast = i === values.length - 1;
    return rect(
      left + i * step + step * 0.18,
      y(value),
      step * 0.64,
      bottom - y(value),
      isLast ? 'url(#barHot)' : 'url(#bar)',
      'rx="8"',
    );
  });
  const trend = values.map((value, i): Point => [left + i * step + step / 2, y(value) - 26]);
  const grid: string[] = [];
  for (let v = 0; v <= 10; v += 2)
    grid.push(line([140, y(v)], [1460, y(v)], slate, 1.5, `opacity="${v === 0 ? 0.6 : 0.15}"`));
  return widePicture(
    [
      topDown('bg', '#f6f0e5', '#ebe1cf'),
      topDown('bar', '#5f8f8a', '#2e6e6a'),
      topDown('barHot', '#e08a5e', terracotta),
    ],
    [
      backdrop('bg'),
      rect(100, 100, 1400, 720, '#ffffff', 'opacity="0.55" rx="24"'),
      ...grid,
      ...bars,
      polyline(trend, navy, 4, 'stroke-dasharray="2 10" stroke-linecap="round"'),
      ...trend.map(([cx, cy]) => circle(cx, cy, 7, navy)),
      ...values.map((_, i) =>
        rect(left + i * step + step * 0.3, 770, step * 0.4, 8, slate, 'opacity="0.35" rx="4"'),
      ),
    ],
  );
}

/** The wicker of the basket: rows across, and ribs fanning down towards the bottom. */
function basketWeave(): string[] {
  const weave: string[] = [];
  for (let y = 560; y < 800; y += 28)
    weave.push(
      line(
        [470 + (y - 560) * 0.25, y],
        [1130 - (y - 560) * 0.25, y],
        '#8a5a2b',
        4,
        'opacity="0.5"',
      ),
    );
  for (let x = 500; x < 1120; x += 40)
    weave.push(line([x, 552], [800 + (x - 800) * 0.8, 812], '#8a5a2b', 3, 'opacity="0.35"'));
  return weave;
}

/** A price tag hanging on its string from (x, y - 60). */
function priceTag(x: number, y: number, angle: number, color: string): string {
  return `<g transform="rotate(${angle} ${x} ${y})">${[
    line([x, y - 60], [x, y], '#7b6a55', 2),
    `<path d="M ${x - 34} ${y} L ${x + 34} ${y} L ${x + 34} ${y + 74} L ${x} ${y + 96} L ${x - 34} ${y + 74} Z" fill="${color}"/>`,
    circle(x, y + 16, 7, cream),
    rect(x - 20, y + 40, 40, 6, cream, 'opacity="0.7" rx="3"'),
    rect(x - 14, y + 54, 28, 6, cream, 'opacity="0.7" rx="3"'),
  ].join('')}</g>`;
}

/** What fills the basket: a loaf, a bottle, a carton, greens and tomatoes. */
function groceries(): string[] {
  return [
    `<g transform="rotate(-28 700 470)">${ellipse(700, 470, 190, 52, 'url(#bread)')}${[0, 1, 2, 3].map((i) => `<path d="M ${600 + i * 60} 450 q 20 12 36 30" stroke="#f7dba6" stroke-width="6" fill="none" stroke-linecap="round"/>`).join('')}</g>`,
    rect(900, 330, 70, 220, 'url(#bottle)', 'rx="18"'),
    rect(918, 290, 34, 50, '#c39a33', 'rx="6"'),
    rect(914, 276, 42, 18, teal, 'rx="4"'),
    rect(906, 420, 58, 70, cream, 'opacity="0.8" rx="6"'),
    polygon(
      [
        [1000, 400],
        [1090, 400],
        [1090, 560],
        [1000, 560],
      ],
      '#f3f1ea',
    ),
    polygon(
      [
        [1000, 400],
        [1045, 350],
        [1090, 400],
      ],
      '#dcd8ce',
    ),
    rect(1000, 450, 90, 40, '#6f9bb8'),
    ...[
      [600, 540, 58],
      [690, 560, 52],
      [560, 590, 44],
    ].map(([cx, cy, r]) =>
      circle(cx ?? 0, cy ?? 0, r ?? 0, sage, 'stroke="#6b8a72" stroke-width="3"'),
    ),
    circle(800, 540, 50, 'url(#tomato)'),
    circle(860, 566, 44, 'url(#tomato)'),
    circle(780, 530, 10, '#fff', 'opacity="0.35"'),
    `<path d="M 790 494 q 10 -18 22 -2" stroke="#4f7a43" stroke-width="6" fill="none"/>`,
  ];
}

export function shoppingBasket(): string {
  return widePicture(
    [
      centreOut('bg', '#f7efe1', '#e2d2b6', [0.5, 0.4, 0.8]),
      topDown('basket', '#d69a55', '#a8692e'),
      topDown('bread', '#e9b772', '#b97834'),
      centreOut('tomato', '#e9795a', '#a63a25', [0.35, 0.35, 0.7]),
      leftRight('bottle', '#e8c45e', '#c39a33'),
      blur('soft', 16),
      linear(
        'arrow',
        [
          [0, terracotta, 0.05],
          [1, terracotta, 0.35],
        ],
        [0, 1, 1, 0],
      ),
    ],
    [
      backdrop('bg'),
      `<path d="M 160 760 L 520 520 L 760 600 L 1200 260 L 1170 230 L 1330 190 L 1290 350 L 1260 320 L 770 690 L 530 610 L 200 820 Z" fill="url(#arrow)"/>`,
      castShadow(800, 830, 360, 34, 0.3, '#6b4a2a'),
      // Handle behind the goods.
      `<path d="M 520 560 C 540 250 1060 250 1080 560" fill="none" stroke="#9a6330" stroke-width="22" stroke-linecap="round"/>`,
      ...groceries(),
      // Basket.
      `<path d="M 450 540 L 1150 540 L 1100 790 Q 1090 820 1050 820 L 550 820 Q 510 820 500 790 Z" fill="url(#basket)"/>`,
      ...basketWeave(),
      rect(440, 528, 720, 34, '#b87b3b', 'rx="17"'),
      priceTag(1220, 420, 12, terracotta),
      priceTag(380, 380, -10, teal),
    ],
  );
}
