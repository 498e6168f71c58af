// Browser tests: make sure Debian's Chromium is there, then build the app twice (A, and B as the "new version").
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { BUILD_A, BUILD_B, CHROMIUM } from './harness';

function ensureChromium(): void {
  if (existsSync(CHROMIUM)) return;
  console.log('Installing Chromium from Debian for the browser tests…');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-core'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}

function build(outDir: string, buildId: string): void {
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, WAYMARK_OUT_DIR: outDir, WAYMARK_BUILD_ID: buildId },
  });
}

export default function setup(): void {
  ensureChromium();
  build(BUILD_A, 'e2e-a');
  build(BUILD_B, 'e2e-b');
}
