/** What `npm run bench` prints: the machine, one table, and the ratios per page. */
import os from 'node:os';
import type { LoadResult } from './load.js';

export interface Measurement {
  page: string;
  server: string;
  result: LoadResult;
}

/** Read before the load starts: other work on the machine skews every figure. */
export function loadAverageLine(): string {
  const [oneMinute = 0] = os.loadavg();
  const busy = oneMinute > 0.5 ? ' (other work is running: expect noisy figures)' : '';
  return `load average (1 min) at the start: ${oneMinute.toFixed(2)}${busy}`;
}

export function machineLines(nginx: string, database: string, loadAverage: string): string[] {
  const cpus = os.cpus();
  return [
    loadAverage,
    `cpu: ${cpus[0]?.model.trim() ?? 'unknown'}, ${cpus.length} cores`,
    `os: ${os.type()} ${os.release()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB memory`,
    `node: ${process.version}; nginx: ${nginx}; Midad database: ${database}`,
  ];
}

export function table(measurements: Measurement[]): string {
  const header = [
    'page',
    'server',
    'requests/s',
    'p50 ms',
    'p99 ms',
    'bytes/response',
    'responses',
  ];
  const rows = measurements.map(({ page, server, result }) => [
    page,
    server,
    result.requestsPerSecond.toFixed(0),
    result.p50Ms.toFixed(2),
    result.p99Ms.toFixed(2),
    result.bytesPerResponse.toFixed(0),
    String(result.responses),
  ]);
  const widths = header.map((title, i) =>
    Math.max(title.length, ...rows.map((row) => row[i]?.length ?? 0)),
  );
  // Text columns align left, numbers right.
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => (i < 2 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function ratioLine(page: string, midad: LoadResult, nginx: LoadResult): string {
  const throughput = midad.requestsPerSecond / nginx.requestsPerSecond;
  // Two decimals would round a small ratio to 0.01 or 0.00; keep two significant digits.
  const shown = throughput < 0.1 ? throughput.toPrecision(2) : throughput.toFixed(2);
  const p99 = (midad.p99Ms / nginx.p99Ms).toFixed(1);
  return `${page}: Midad/nginx requests/s = ${shown}; p99 ratio (Midad/nginx) = ${p99}`;
}
