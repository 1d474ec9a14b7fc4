// Finds a Chromium for Playwright and the story tests: $CHROMIUM_PATH, then /usr/bin/chromium, then
// Playwright's own cache. With --ensure, installs Debian's chromium with apt-get when none is found and we
// are root on Debian; anywhere else it stops with a message saying how to get one. TypeScript with erasable
// syntax only, so Node runs it as it is (`node scripts/chromium.ts --ensure`) and its types are its own.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { findChromium } from '../packages/a11y/src/chromium.ts';

// One finder: the one @aukio/a11y ships to teams (the repository's tests use the same).
export { chromiumArgs, chromiumLaunchOptions, findChromium } from '../packages/a11y/src/chromium.ts';

function ensure(): void {
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
