/**
 * The load: wrk (Debian's package; installed with apt-get when missing), one thread and 32
 * connections, with a Lua `done` hook that prints wrk's exact figures as JSON. wrk is written
 * in C and needs a fraction of a core for these rates, so the figures are the server's, not
 * the client's. On a machine of two or more cores the servers run on CPU 0 and wrk on CPU 1
 * (`taskset`), so each server has exactly one core.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ensureDebianPackage } from './apt.js';
import { BenchError } from './children.js';

export const connections = 32;
const wrkBinary = '/usr/bin/wrk';
const tasksetBinary = '/usr/bin/taskset';

export interface LoadResult {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Bytes read per response, headers included. */
  bytesPerResponse: number;
  responses: number;
}

/** Whether servers and client get a core each: two cores or more, and taskset. */
export const pinned = os.cpus().length >= 2 && existsSync(tasksetBinary);

/** The command line that runs `command` on the servers' core (CPU 0), when pinning. */
export function onServerCore(command: string, args: string[]): [string, string[]] {
  return pinned ? [tasksetBinary, ['-c', '0', command, ...args]] : [command, args];
}

export function ensureWrk(): void {
  ensureDebianPackage('wrk', wrkBinary);
}

/** wrk's Lua: a `request` hook when there are many paths, and a `done` hook printing JSON. */
function script(paths: readonly string[] | undefined): string {
  const requests =
    paths === undefined
      ? ''
      : `local paths = {${paths.map((p) => JSON.stringify(p)).join(',')}}
request = function()
  return wrk.format(nil, paths[math.random(#paths)])
end
`;
  return `${requests}
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '\\nRESULT {"requests":%d,"durationUs":%d,"bytes":%d,"p50Us":%d,"p99Us":%d,' ..
    '"socketErrors":%d,"non2xx":%d,"timeouts":%d}\\n',
    summary.requests, summary.duration, summary.bytes,
    latency:percentile(50), latency:percentile(99),
    e.connect + e.read + e.write, e.status, e.timeout))
end
`;
}

let scripts = 0;

export interface LoadOptions {
  headers?: Record<string, string>;
  /** Paths to ask for at random, on the URL's host (one URL otherwise). */
  paths?: readonly string[];
}

async function wrk(url: string, seconds: number, options: LoadOptions): Promise<LoadResult> {
  scripts += 1;
  const scriptPath = path.join(os.tmpdir(), `midad-bench-wrk-${process.pid}-${scripts}.lua`);
  writeFileSync(scriptPath, script(options.paths));
  const args = [
    '-t1',
    `-c${connections}`,
    `-d${seconds}s`,
    '--timeout',
    '10s',
    '-s',
    scriptPath,
    ...Object.entries(options.headers ?? {}).flatMap(([name, value]) => [
      '-H',
      `${name}: ${value}`,
    ]),
    url,
  ];
  const [command, commandArgs] = pinned
    ? [tasksetBinary, ['-c', '1', wrkBinary, ...args]]
    : [wrkBinary, args];
  const child = spawn(command, commandArgs, { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), (seconds + 30) * 1000);
  const [status] = (await once(child, 'exit')) as [number | null];
  clearTimeout(timer);
  rmSync(scriptPath, { force: true });
  const line = /^RESULT (\{.*\})$/m.exec(stdout)?.[1];
  if (status !== 0 || line === undefined) {
    throw new BenchError(`wrk failed on ${url}: ${stderr || stdout}`);
  }
  const r = JSON.parse(line) as {
    requests: number;
    durationUs: number;
    bytes: number;
    p50Us: number;
    p99Us: number;
    socketErrors: number;
    non2xx: number;
    timeouts: number;
  };
  if (r.socketErrors > 0 || r.non2xx > 0 || r.timeouts > 0 || r.requests === 0) {
    throw new BenchError(
      `${url}: ${r.requests} responses, ${r.non2xx} not 2xx/3xx, ${r.socketErrors} socket ` +
        `errors, ${r.timeouts} timeouts; the figures would mean nothing`,
    );
  }
  return {
    requestsPerSecond: r.requests / (r.durationUs / 1e6),
    p50Ms: r.p50Us / 1000,
    p99Ms: r.p99Us / 1000,
    bytesPerResponse: r.bytes / r.requests,
    responses: r.requests,
  };
}

/** Two seconds of load first, so the run does not measure V8 compiling the render path. */
export async function warmUp(url: string, options: LoadOptions = {}): Promise<void> {
  await wrk(url, 2, options);
}

export function measure(url: string, seconds: number, options: LoadOptions = {}) {
  return wrk(url, seconds, options);
}
