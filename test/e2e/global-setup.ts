// Browser tests: make sure Debian's Chromium is there, then build the app twice (A, and B as the "new version") and the server once.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { BUILD_A, BUILD_B, CHROMIUM, TEMPLATE_DATA, buildApp, buildServer, startServer } from './harness';

function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  console.log('Installing Chromium from Debian for the browser tests…');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-core', 'fonts-noto-cjk'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

export default async function setup(): Promise<void> {
  ensureChromium();
  buildApp(BUILD_A, 'e2e-a');
  buildApp(BUILD_B, 'e2e-b');
  buildServer();
  // A first start migrates and publishes the seed packs (seconds); done once here, every file's server copies the result.
  rmSync(TEMPLATE_DATA, { recursive: true, force: true });
  mkdirSync(TEMPLATE_DATA, { recursive: true });
  const server = await startServer({ dataDir: TEMPLATE_DATA });
  await server.stop();
}
