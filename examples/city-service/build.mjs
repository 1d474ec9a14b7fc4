// Builds the browser bundle (dist/client.js) and the server's render module (dist/app.js) with esbuild.
// Both consume @aukio/react from its built dist through the package's public entry.
import { build } from 'esbuild';
import { copyFile, mkdir } from 'node:fs/promises';

const here = new URL('.', import.meta.url);
const common = {
  bundle: true,
  jsx: 'automatic',
  logLevel: 'warning',
  absWorkingDir: here.pathname,
  define: { 'process.env.NODE_ENV': '"production"' },
};

await mkdir(new URL('dist/', here), { recursive: true });
await Promise.all([
  build({ ...common, entryPoints: ['src/client.tsx'], outfile: 'dist/client.js', platform: 'browser', format: 'esm', minify: true, target: 'es2022' }),
  // Dependencies stay imports for Node to resolve (react, react-dom, @aukio/react).
  build({ ...common, entryPoints: ['src/app.tsx', 'src/steps.ts'], outdir: 'dist', platform: 'node', format: 'esm', packages: 'external', target: 'node22' }),
  copyFile(new URL('src/app.css', here), new URL('dist/app.css', here)),
  copyFile(new URL('src/analytics.js', here), new URL('dist/analytics.js', here)),
]);
console.log('city-service: built dist/client.js, dist/app.js');
