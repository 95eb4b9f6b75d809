/** Debian packages the benchmarks need, installed with apt-get when their binary is missing. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { BenchError } from './children.js';

export function ensureDebianPackage(packageName: string, binary: string): void {
  if (existsSync(binary)) return;
  console.log(`${binary} is missing: running \`apt-get install -y ${packageName}\``);
  const aptGet = (...args: string[]) =>
    spawnSync('apt-get', args, {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      timeout: 300_000,
    }).status;
  // A fresh container has no package lists yet; fetch them once and try again.
  const installed =
    aptGet('install', '-y', packageName) === 0 ||
    (aptGet('update') === 0 && aptGet('install', '-y', packageName) === 0);
  if (!installed || !existsSync(binary)) {
    throw new BenchError(
      `could not install ${packageName} with \`apt-get install -y ${packageName}\` (this needs ` +
        `root on Debian); install it yourself and run the benchmark again.`,
    );
  }
}
