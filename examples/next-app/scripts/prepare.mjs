// Installs and builds the Next.js example the way a team would before the packages are published: the built
// @aukio/tokens and @aukio/react are packed with `npm pack` into vendor/, `npm ci` installs them with Next and
// React from this folder's own lockfile (not a workspace of the repository), then `next build`.
// Run from anywhere; `npm run test:next` at the root runs this and then the tests. Prints how long each step took.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const app = fileURLToPath(new URL('..', import.meta.url));
const repo = fileURLToPath(new URL('../../..', import.meta.url));
const vendor = `${app}vendor`;
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const times = [];

function step(name, cmd, args, cwd) {
  const t0 = Date.now();
  execFileSync(cmd, args, { cwd, env, stdio: ['ignore', 'inherit', 'inherit'] });
  times.push(`${name} ${((Date.now() - t0) / 1000).toFixed(0)} s`);
}

// The packages as built by `npm run build` (the stage before in `npm test`); built here when missing, or always
// with --rebuild (after changing the packages' source).
const built = existsSync(`${repo}packages/tokens/dist/index.js`) && existsSync(`${repo}packages/react/dist/server.js`);
if (!built || process.argv.includes('--rebuild')) step('build packages', 'npm', ['run', '--silent', 'build', '-w', '@aukio/tokens', '-w', '@aukio/react'], repo);

rmSync(vendor, { recursive: true, force: true });
mkdirSync(vendor);
step('npm pack', 'npm', ['pack', '--silent', '-w', '@aukio/tokens', '-w', '@aukio/react', '--pack-destination', vendor], repo);
const tarballs = readdirSync(vendor).sort();
if (tarballs.join() !== 'aukio-react-0.1.0.tgz,aukio-tokens-0.1.0.tgz') throw new Error(`unexpected tarballs: ${tarballs.join(', ')}`);

step('npm ci', 'npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], app);
step('next build', 'npx', ['next', 'build'], app);
console.log(`next-app prepared: ${times.join(', ')}`);
