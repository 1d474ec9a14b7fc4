// reports/visual/index.html: each failed screenshot with its baseline, the new screenshot and the diff side by side.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Failure {
  story: string;
  title: string;
  /** `<mode>-<width>`, the baseline's file name. */
  mode: string;
  description: string;
  message: string;
  /** Paths relative to the report. */
  expected?: string;
  actual?: string;
  diff?: string;
}

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

function figure(label: string, src: string | undefined, alt: string) {
  if (!src) return `<figure><figcaption>${label}</figcaption><p>none</p></figure>`;
  return `<figure><figcaption>${label}</figcaption><a href="${escape(src)}"><img src="${escape(src)}" alt="${escape(alt)}"></a></figure>`;
}

export function writeReport(dir: string, failures: Failure[], tolerance: { channel: number; pixels: number }) {
  const items = failures.map(
    (f) => `<section>
<h2>${escape(f.title)} — ${escape(f.description)}</h2>
<p><code>${escape(f.story)}</code>, <code>${escape(f.mode)}</code>: ${escape(f.message)}</p>
<div class="row">
${figure('Expected (baseline)', f.expected, `baseline of ${f.story} ${f.mode}`)}
${figure('Actual', f.actual, `screenshot of ${f.story} ${f.mode}`)}
${figure('Difference (changed pixels in red)', f.diff, `changed pixels of ${f.story} ${f.mode}`)}
</div>
</section>`,
  );
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Visual regression: ${failures.length} difference(s)</title>
<style>
body { font-family: system-ui, sans-serif; margin: 1rem; color: #1a1a1a; background: #fff; }
.row { display: flex; gap: 1rem; align-items: flex-start; overflow-x: auto; }
figure { margin: 0; flex: 1 1 0; min-inline-size: 12rem; }
figcaption { font-weight: 600; margin-block-end: 0.25rem; }
img { max-inline-size: 100%; border: 1px solid #767676; }
section { border-block-start: 1px solid #767676; padding-block: 0.5rem 1rem; }
</style>
</head>
<body>
<main>
<h1>Visual regression: ${failures.length} screenshot(s) differ</h1>
<p>A pixel counts as changed when a colour channel differs by more than ${tolerance.channel} of 255; an image fails when more than ${tolerance.pixels} pixels changed or its size changed. If a change is intended, record the new baselines with <code>npm run test:visual -- --update</code> and commit them.</p>
${items.join('\n')}
</main>
</body>
</html>
`;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), html);
}
