// Browser tests: make sure Debian's Chromium is there, then build the app twice (A, and B as the "new version") and the server once.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { BUILD_A, BUILD_B, CHROMIUM, buildApp, buildServer } from './harness';

function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  console.log('Installing Chromium from Debian for the browser tests…');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-core', 'fonts-noto-cjk'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

export default function setup(): void {
  ensureChromium();
  buildApp(BUILD_A, 'e2e-a');
  buildApp(BUILD_B, 'e2e-b');
  buildServer();
}
