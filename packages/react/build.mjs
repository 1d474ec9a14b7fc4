// Builds @aukio/react: ES modules with the source module structure preserved (Vite library mode),
// declarations (tsc), and dist/styles.css with the tokens and every component's CSS in @layer aukio.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { analyzeModule, checkClientDirectives } from './client-boundary.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const src = join(root, 'src');
const dist = join(root, 'dist');
rmSync(dist, { recursive: true, force: true });

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const external = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];

// One entry per component folder as well as the root, so `@aukio/react/Button` exists on its own.
const entries = [
  join(src, 'index.ts'),
  join(src, 'server.ts'), // @aukio/react/server: server-safe helpers only

  ...readdirSync(src)
    .filter((d) => /^[A-Z]/.test(d) && existsSync(join(src, d, 'index.ts')))
    .map((d) => join(src, d, 'index.ts')),
];

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
    lib: { entry: entries, formats: ['es'] },
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

// Per-component CSS entry points: base.css (tokens, utilities, field layout) once, then only the
// components a page uses, e.g. @aukio/react/Button.css.
const imports = [...readFileSync(join(src, 'styles.css'), 'utf8').matchAll(/@import\s+'([^']+)'\s+layer\(aukio\);/g)].map((m) => m[1]);
const baseParts = imports.filter((i) => !/^\.\/[A-Z]/.test(i));
writeFileSync(
  join(dist, 'base.css'),
  `@layer aukio;\n${baseParts.map((i) => `@layer aukio {\n${inlineCss(i.startsWith('.') ? join(src, i) : fileURLToPath(import.meta.resolve(i)))}\n}`).join('\n')}`,
);
for (const i of imports.filter((i) => /^\.\/[A-Z]/.test(i))) {
  const file = join(src, i);
  writeFileSync(join(dist, i), `@layer aukio {\n${inlineCss(file)}\n}\n`);
}

// 'use client' on the modules that do client work (hooks, context, event handlers, browser globals), decided
// from each module's syntax tree (client-boundary.ts), so React Server Components render the server-safe
// components on the server, call the pure helpers (validators, form readers, cookie helpers) there, and hydrate
// the rest. Bundlers drop module-level directives, so they are added back to the built files here; then the
// built files are checked again, independently, and the build fails on a module on the wrong side.
let clientModules = 0;
const builtModules = [];
(function walk(dir) {
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) walk(p);
    else if (/\.tsx?$/.test(f) && !/\.(test|stories|conformance)\.tsx?$/.test(f) && !f.endsWith('.d.ts')) {
      const out = join(dist, p.slice(src.length).replace(/\.tsx?$/, '.js'));
      if (!existsSync(out)) continue;
      let js = readFileSync(out, 'utf8');
      if (analyzeModule(readFileSync(p, 'utf8'), p).client && !js.startsWith("'use client'")) {
        js = `'use client';\n${js}`;
        writeFileSync(out, js);
        // One line was added at the top: shift the source map by one generated line.
        if (existsSync(`${out}.map`)) {
          const map = JSON.parse(readFileSync(`${out}.map`, 'utf8'));
          map.mappings = `;${map.mappings}`;
          writeFileSync(`${out}.map`, JSON.stringify(map));
        }
      }
      if (js.startsWith("'use client'")) clientModules++;
      builtModules.push({ file: out.slice(dist.length + 1), code: js });
    }
  }
})(src);
const wrongSide = checkClientDirectives(builtModules);
if (wrongSide.length) {
  console.error(`@aukio/react: modules on the wrong side of the client boundary:\n  ${wrongSide.join('\n  ')}`);
  process.exit(1);
}

// The reading-preferences script an app includes with <script src> in <head>: applies the stored
// preferences before first paint without inline script (ReadingPreferences.mdx).
copyFileSync(join(src, 'ReadingPreferences/apply-preferences.js'), join(dist, 'apply-preferences.js'));

// Every component's conformance record (written by scripts/conformance-json.mjs from <Name>.conformance.ts),
// for `aukio-a11y statement --conformance node_modules/@aukio/react/dist/conformance.json`.
copyFileSync(join(root, '../../docs/conformance.json'), join(dist, 'conformance.json'));

// Declarations, with relative specifiers made explicit ('./Button' -> './Button/index.js') so they
// resolve under Node's ESM rules (moduleResolution node16/nodenext) as well as in bundlers.
execFileSync('npx', ['tsc', '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
(function fixDts(dir) {
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) fixDts(p);
    else if (f.endsWith('.d.ts')) {
      const code = readFileSync(p, 'utf8').replace(/(from\s+|import\()(['"])(\.{1,2}(?:\/[^'"]+)?)\2/g, (whole, pre, q, spec) => {
        if (/\.(js|css)$/.test(spec)) return whole;
        const base = join(dir, spec);
        if (existsSync(`${base}.d.ts`)) return `${pre}${q}${spec}.js${q}`;
        if (existsSync(join(base, 'index.d.ts'))) return `${pre}${q}${spec}/index.js${q}`;
        return whole;
      });
      writeFileSync(p, code);
    }
  }
})(dist);

const count = (dir) => readdirSync(dir).reduce((n, f) => n + (statSync(join(dir, f)).isDirectory() ? count(join(dir, f)) : f.endsWith('.js') ? 1 : 0), 0);
console.log(
  `@aukio/react: ${count(dist)} modules (${clientModules} 'use client'), styles.css ${(statSync(join(dist, 'styles.css')).size / 1024).toFixed(1)} kB`,
);
