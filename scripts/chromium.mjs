// Finds a Chromium for Playwright and the story tests: $CHROMIUM_PATH, then /usr/bin/chromium, then
// Playwright's own cache. With --ensure, installs Debian's chromium with apt-get when none is found and we
// are root on Debian; anywhere else it stops with a message saying how to get one.
import { existsSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { homedir } from 'node:os';
import { join } from 'node:path';

function playwrightCache() {
  const root = process.env.PLAYWRIGHT_BROWSERS_PATH || join(homedir(), '.cache', 'ms-playwright');
  if (!existsSync(root)) return undefined;
  for (const dir of readdirSync(root).filter((d) => d.startsWith('chromium')).sort().reverse()) {
    for (const rel of ['chrome-linux/chrome', 'chrome-linux64/chrome', 'chrome-mac/Chromium.app/Contents/MacOS/Chromium', 'chrome-win/chrome.exe']) {
      const p = join(root, dir, rel);
      if (existsSync(p)) return p;
    }
  }
  return undefined;
}

/** @returns {string | undefined} */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return playwrightCache();
}

/** Flags for a headless Chromium as root on a closed network (see docs/contributing.md). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function chromiumLaunchOptions() {
  const executablePath = findChromium();
  return executablePath ? { executablePath, args: chromiumArgs } : { args: chromiumArgs };
}

function ensure() {
  const found = findChromium();
  if (found) {
    console.log(`chromium: ${found}`);
    return;
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const isDebian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
  if (isRoot && isDebian) {
    console.log('chromium: none found; installing Debian package "chromium" with apt-get');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    const after = findChromium();
    if (after) {
      console.log(`chromium: ${after}`);
      return;
    }
  }
  console.error(
    'No Chromium found for the browser tests.\n' +
      '  Set CHROMIUM_PATH to a Chromium or Chrome executable, or\n' +
      '  on Debian/Ubuntu: sudo apt-get install chromium, or\n' +
      '  where downloads are allowed: npx playwright install chromium',
  );
  process.exit(1);
}

if (process.argv.includes('--ensure')) ensure();
