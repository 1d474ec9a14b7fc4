// Installs Orca and the programs around it on Debian/Ubuntu when running as root (CI containers), the way
// the repository's setup installs Chromium. Anywhere else it only says what is missing.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { screenReaderUnavailable } from './screen-reader.ts';

/** The Debian packages the harness needs (Chromium comes from the `chromium` package). */
export const screenReaderPackages = ['orca', 'xvfb', 'dbus-x11', 'xdotool', 'python3-pyatspi', 'at-spi2-core'];

/**
 * Returns undefined when the screen reader can run (installing it first if it is missing and this is Debian
 * as root), otherwise the reason it cannot, for a one-line skip message.
 */
export function ensureScreenReader(options: { chromiumPath?: string; install?: boolean } = {}): string | undefined {
  const reason = screenReaderUnavailable(options);
  if (!reason || options.install === false) return reason;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const isDebian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
  if (!isRoot || !isDebian) return `${reason} (on Debian/Ubuntu: apt-get install --no-install-recommends ${screenReaderPackages.join(' ')} chromium)`;
  console.log(`screen reader: ${reason}; installing ${screenReaderPackages.join(' ')} with apt-get`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...screenReaderPackages, ...(reason.includes('chromium') ? ['chromium'] : [])], { stdio: 'inherit', env });
  } catch (error) {
    return `${reason}; apt-get failed: ${(error as Error).message.split('\n')[0]}`;
  }
  return screenReaderUnavailable(options);
}
