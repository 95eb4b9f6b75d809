/**
 * nginx as the yardstick: Debian's build, one worker, serving the saved pages from disk.
 * Installs nginx-light with apt-get when it is missing.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ensureDebianPackage } from './apt.js';

export const nginxBinary = '/usr/sbin/nginx';

export function ensureNginx(): void {
  ensureDebianPackage('nginx-light', nginxBinary);
}

/** `nginx -V` prints to stderr: the version line and the configure arguments. */
function nginxBuildInfo(): string {
  const result = spawnSync(nginxBinary, ['-V'], { encoding: 'utf8', timeout: 10_000 });
  return result.stderr;
}

export function nginxVersion(): string {
  return nginxBuildInfo().split('\n')[0]?.replace('nginx version: ', '') ?? 'unknown';
}

export interface NginxSite {
  /** Working directory for the pid file and temporary files. */
  prefix: string;
  webRoot: string;
  port: number;
}

/**
 * The whole nginx configuration. `/` serves index.html and `/article` serves article.html,
 * both as `text/html; charset=utf-8` like Midad. Temporary paths point into the prefix so the
 * run writes nothing outside it (only for the modules this nginx was built with: naming a
 * missing module's directive is a start-up error).
 */
export function nginxConfig({ prefix, webRoot, port }: NginxSite): string {
  const built = nginxBuildInfo();
  const tempPaths = ['proxy', 'fastcgi', 'uwsgi', 'scgi']
    .filter((module) => !built.includes(`--without-http_${module}_module`))
    .map((module) => `  ${module}_temp_path ${path.join(prefix, `${module}_temp`)};`);
  return `# Written by bench/pages.ts for one run.
daemon off;
master_process on;
# Midad is one Node process, so nginx gets one worker.
worker_processes 1;
pid ${path.join(prefix, 'nginx.pid')};
error_log stderr warn;

events {
  worker_connections 1024;
}

http {
  access_log off;
  types {}
  default_type text/html;
  charset utf-8;
  sendfile on;
  # Node keeps a connection for any number of requests; nginx closes it after 1000 by default.
  keepalive_requests 1000000;
  client_body_temp_path ${path.join(prefix, 'client_body_temp')};
${tempPaths.join('\n')}

  server {
    listen 127.0.0.1:${port};
    root ${webRoot};
    location = / {
      try_files /index.html =404;
    }
    location = /article {
      try_files /article.html =404;
    }
  }
}
`;
}
