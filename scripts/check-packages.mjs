// publint and @arethetypeswrong/cli over every package, as a consuming team's tools would see them.
// attw checks the JavaScript entry points (CSS and JSON subpaths carry no types) under the esm-only
// profile: the packages are ES modules only, for Node >= 22.12 and bundlers.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const packages = ['packages/tokens', 'packages/a11y', 'packages/react'];
let failed = 0;
const run = (cmd, args) => {
  const r = spawnSync('npx', [cmd, ...args], { encoding: 'utf8' });
  return { ok: r.status === 0, out: `${r.stdout}${r.stderr}` };
};

for (const dir of packages) {
  const pkg = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'));
  const lint = run('publint', [dir, '--strict']);
  const entrypoints = Object.keys(pkg.exports).filter((k) => !/\.(css|json|js)$/.test(k)); // files, not typed modules
  const types = run('attw', ['--pack', dir, '--profile', 'esm-only', '--no-emoji', '--no-color', '--format', 'ascii', '--entrypoints', ...entrypoints]);
  const status = `${lint.ok ? 'publint ok' : 'publint FAILED'}, ${types.ok ? `attw ok (${entrypoints.length} entry points)` : 'attw FAILED'}`;
  console.log(`${pkg.name}: ${status}`);
  if (!lint.ok) console.log(lint.out);
  if (!types.ok) console.log(types.out);
  if (!lint.ok || !types.ok) failed++;
}
process.exit(failed ? 1 : 0);
