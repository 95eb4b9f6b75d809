/** One autocannon run against one URL, checked for errors, with sub-millisecond percentiles. */
import autocannon from 'autocannon';
import { BenchError } from './children.js';

export const connections = 10;

export interface LoadResult {
  /** autocannon's mean of its per-second request counts. */
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Bytes read per response, headers included. */
  bytesPerResponse: number;
  responses: number;
}

/** Nearest-rank percentile of sorted values. */
function percentile(sorted: Float64Array, fraction: number): number {
  return sorted[Math.max(0, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN;
}

function run(
  options: autocannon.Options,
  onResponseTime: (ms: number) => void,
): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(options, (error: unknown, result) => {
      if (error)
        reject(error instanceof Error ? error : new Error('autocannon failed', { cause: error }));
      else resolve(result);
    });
    instance.on('response', (_client, _statusCode, _bytes, responseTime) =>
      onResponseTime(responseTime),
    );
  });
}

function assertClean(label: string, result: autocannon.Result): void {
  if (result.errors > 0 || result.timeouts > 0 || result.non2xx > 0 || result['2xx'] === 0) {
    throw new BenchError(
      `${label}: ${result['2xx']} responses 2xx, ${result.non2xx} not 2xx, ` +
        `${result.errors} errors, ${result.timeouts} timeouts; the figures would mean nothing`,
    );
  }
}

/** A few hundred requests first, so the run does not measure V8 compiling the render path. */
export async function warmUp(label: string, url: string): Promise<void> {
  const result = await run({ url, connections, amount: 200 }, () => {});
  assertClean(`${label} (warm-up)`, result);
}

export async function measure(
  label: string,
  url: string,
  durationSeconds: number,
): Promise<LoadResult> {
  // autocannon's own histogram keeps whole milliseconds; nginx answers in less than one, so
  // the percentiles come from every response time as autocannon measured it.
  const times: number[] = [];
  const result = await run({ url, connections, pipelining: 1, duration: durationSeconds }, (ms) =>
    times.push(ms),
  );
  assertClean(label, result);
  const sorted = Float64Array.from(times).sort();
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: percentile(sorted, 0.5),
    p99Ms: percentile(sorted, 0.99),
    bytesPerResponse: result.throughput.total / result.requests.total,
    responses: result.requests.total,
  };
}
