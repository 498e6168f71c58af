// A throwaway PostgreSQL on loopback for the server tests (vitest global setup) and the benchmark.
// Enabled by WAYMARK_TEST_PG=1 or in CI (CI=…); installs Debian's postgresql when it is missing.
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string | null;
  }
}

export interface TestPostgres {
  /** postgres://… of an empty database, owned by the superuser */
  url: string;
  /** the cluster's data folder (for tests that read what is on disk) */
  dataDir: string;
  stop(): Promise<void>;
}

export function wantPostgres(env: Record<string, string | undefined> = process.env): boolean {
  if (env.WAYMARK_TEST_PG === '0') return false;
  return env.WAYMARK_TEST_PG === '1' || Boolean(env.CI);
}

function findBinDir(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] && join(root, versions[0], 'bin');
}

function installPostgres(): string {
  if (process.getuid?.() !== 0) throw new Error('PostgreSQL is not installed and installing it needs root: apt-get install -y postgresql');
  execFileSync('apt-get', ['update'], { stdio: 'ignore' });
  execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'postgresql'], {
    stdio: 'ignore',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  const bin = findBinDir();
  if (!bin) throw new Error('apt-get installed postgresql but no initdb was found');
  return bin;
}

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });
}

/** initdb refuses to run as root, so as root every PostgreSQL command runs as the postgres user. */
function runAsOwner(bin: string, args: string[]): void {
  const asRoot = process.getuid?.() === 0;
  const [cmd, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  execFileSync(cmd, argv, { stdio: 'ignore' });
}

/** durable=false turns fsync off: fine for tests, not for the benchmark's figures. `settings` are more `-c` options. */
export async function startPostgres(options: { durable?: boolean; settings?: readonly string[] } = {}): Promise<TestPostgres> {
  const bin = findBinDir() ?? installPostgres();
  const dir = mkdtempSync(join(tmpdir(), 'waymark-pg-'));
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  const port = await freePort();
  runAsOwner(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
  const fast = options.durable ? '' : ' -c fsync=off -c synchronous_commit=off -c full_page_writes=off';
  const extra = (options.settings ?? []).map((setting) => ` -c ${setting}`).join('');
  const serverOptions = `-k ${dir} -h 127.0.0.1 -p ${port} -c max_connections=200${fast}${extra}`;
  runAsOwner(join(bin, 'pg_ctl'), ['-D', data, '-l', join(dir, 'log'), '-w', '-t', '60', '-o', serverOptions, 'start']);
  const admin = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:${port}/postgres` });
  await admin.connect();
  await admin.query('CREATE DATABASE waymark');
  await admin.end();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/waymark`,
    dataDir: data,
    stop: async () => {
      try {
        runAsOwner(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** Vitest global setup for the server project: one cluster for the whole run. */
export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  if (!wantPostgres()) {
    project.provide('databaseUrl', null);
    return undefined;
  }
  const server = await startPostgres();
  project.provide('databaseUrl', server.url);
  return () => server.stop();
}
