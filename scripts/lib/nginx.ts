// Runs deploy/nginx.conf as a process of our own (tests, bench): the shipped
// file with its listen port, upstreams and paths moved into a private folder.
// Debian's nginx: `nginx -c <conf> -p <prefix> -g 'daemon off;'`. Loaded by
// Playwright too, so it imports nothing of scripts/lib (ESM-only there).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const NGINX_BINARY = process.env.NGINX_PATH ?? '/usr/sbin/nginx';

export function hasNginx(): boolean {
  return existsSync(NGINX_BINARY);
}

/** The shipped configuration, pointed at `upstreams` and listening on `port`. */
export function renderNginxConfig(options: {
  port: number;
  upstreams: number[];
  prefix: string;
}): string {
  const shipped = readFileSync(path.join(__dirname, '..', '..', 'deploy', 'nginx.conf'), 'utf8');
  const servers = options.upstreams.map((port) => `    server 127.0.0.1:${port};`).join('\n');
  return shipped
    .replace(/error_log [^;]+;/, `error_log ${options.prefix}/error.log warn;`)
    .replace(/pid [^;]+;/, `pid ${options.prefix}/nginx.pid;`)
    .replace(/(upstream tracker_app \{\n)(?:\s+server [^;]+;\n)+/, `$1${servers}\n`)
    .replace(/listen 80;/, `listen 127.0.0.1:${options.port};`)
    .replace('/var/cache/nginx/tracker', `${options.prefix}/cache`)
    .replace(
      'http {\n',
      `http {\n  client_body_temp_path ${options.prefix}/body;\n  proxy_temp_path ${options.prefix}/proxy;\n  fastcgi_temp_path ${options.prefix}/fastcgi;\n  uwsgi_temp_path ${options.prefix}/uwsgi;\n  scgi_temp_path ${options.prefix}/scgi;\n`,
    )
    .replace(
      'worker_processes auto;',
      `worker_processes 1;${process.getuid?.() === 0 ? '\nuser root;' : ''}`,
    );
}

export interface NginxProcess {
  url: string;
  stop(): Promise<void>;
}

export async function startNginx(options: {
  port: number;
  upstreams: number[];
  prefix: string;
}): Promise<NginxProcess> {
  mkdirSync(options.prefix, { recursive: true });
  const conf = path.join(options.prefix, 'nginx.conf');
  writeFileSync(conf, renderNginxConfig(options));
  const child: ChildProcess = spawn(
    NGINX_BINARY,
    ['-c', conf, '-p', options.prefix, '-g', 'daemon off;'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const url = `http://127.0.0.1:${options.port}`;
  for (let attempt = 0; attempt < 50; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${stderr}`);
    try {
      await fetch(`${url}/api/health`);
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGQUIT');
      }),
  };
}
