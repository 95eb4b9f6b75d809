/**
 * The processes the benchmark starts (Midad, nginx), and the waits around them. Every child
 * started here is remembered so one call stops them all, whatever way the run ends.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import net from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

const children = new Set<{ name: string; process: ChildProcess }>();

/** A failure the run cannot continue past; main() prints its message on one line. */
export class BenchError extends Error {
  override name = 'BenchError';
}

export function startChild(
  name: string,
  command: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv; quiet?: boolean } = {},
): ChildProcess {
  const { quiet = false, ...spawnOptions } = options;
  const output = quiet ? 'ignore' : 'inherit';
  const child = spawn(command, args, { ...spawnOptions, stdio: ['ignore', output, output] });
  children.add({ name, process: child });
  child.on('error', (error) => console.error(`bench: ${name} failed to start: ${error.message}`));
  return child;
}

function hasExited(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null;
}

/** SIGTERM, then SIGKILL if it has not gone after five seconds. */
export async function stopChild(child: ChildProcess): Promise<void> {
  for (const entry of children) if (entry.process === child) children.delete(entry);
  if (hasExited(child) || child.pid === undefined) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timeout = sleep(5000).then(() => 'timeout' as const);
  if ((await Promise.race([exited, timeout])) === 'timeout') child.kill('SIGKILL');
}

/** Stops every child still running. */
export async function stopChildren(): Promise<void> {
  await Promise.all([...children].map(({ process: child }) => stopChild(child)));
  children.clear();
}

/** A TCP port on loopback that nothing listens on right now. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  await once(server, 'close');
  if (address === null || typeof address === 'string') throw new BenchError('no free port');
  return address.port;
}

/** Polls `url` until it answers 200, failing early if `child` exits first. */
export async function waitUntilServing(
  name: string,
  child: ChildProcess,
  url: string,
  timeoutMs: number,
): Promise<Response> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (hasExited(child)) {
      throw new BenchError(
        `${name} exited (code ${child.exitCode ?? child.signalCode}) before it served ${url}`,
      );
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
      if (response.status === 200) return response;
      await response.arrayBuffer();
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  throw new BenchError(`${name} did not answer 200 at ${url} within ${timeoutMs / 1000} s`);
}
