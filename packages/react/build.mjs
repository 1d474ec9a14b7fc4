// Builds @aukio/react: ES modules with the source module structure preserved (Vite library mode),
// declarations (tsc), and dist/styles.css with the tokens and every component's CSS in @layer aukio.
import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync, statSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const src = join(root, 'src');
const dist = join(root, 'dist');
rmSync(dist, { recursive: true, force: true });

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const external = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];

await build({
  root,
  configFile: false,
  logLevel: 'warn',
  plugins: [react()],
  build: {
    outDir: dist,
    emptyOutDir: false,
    sourcemap: true,
    minify: false,
    cssCodeSplit: false,
    lib: { entry: join(src, 'index.ts'), formats: ['es'] },
    rollupOptions: {
      external: (id) => external.some((dep) => id === dep || id.startsWith(`${dep}/`)),
      output: { preserveModules: true, preserveModulesRoot: src, entryFileNames: '[name].js' },
    },
  },
});

// CSS: resolve the @import chain of src/styles.css into one file. Imports marked layer(aukio) are wrapped
// in @layer aukio; the tokens' own plain imports of their theme files are inlined as they are.
function inlineCss(file) {
  const css = readFileSync(file, 'utf8');
  return css.replace(/@import\s+['"]([^'"]+)['"](\s+layer\(aukio\))?;/g, (_, spec, layered) => {
    const path = spec.startsWith('.') ? join(file, '..', spec) : fileURLToPath(import.meta.resolve(spec));
    const body = inlineCss(path);
    return layered ? `@layer aukio {\n${body}\n}` : body;
  });
}
writeFileSync(join(dist, 'styles.css'), inlineCss(join(src, 'styles.css')));

// Declarations.
execFileSync('npx', ['tsc', '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });

const count = (dir) => readdirSync(dir).reduce((n, f) => n + (statSync(join(dir, f)).isDirectory() ? count(join(dir, f)) : f.endsWith('.js') ? 1 : 0), 0);
console.log(`@aukio/react: ${count(dist)} modules, styles.css ${(statSync(join(dist, 'styles.css')).size / 1024).toFixed(1)} kB`);
