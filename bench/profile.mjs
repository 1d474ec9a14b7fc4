// Where the time of one mount goes, from a Chromium trace: `node bench/profile.mjs [--measures=text,checkbox]
// [--mounts=7] [--selectors]`. Uses the same pages and production bundles as bench/render.mjs; for the floor and
// Aukio each page is loaded three times, with no CSS, with an app's CSS (base.css and the components used,
// as `npm run bench` measures) and with the whole styles.css, and hds-react with its own. Per mount it prints
// the median of: the whole mount until painted and its JavaScript (render + commit, timed in the page), and from
// the trace the style recalculation, layout, and pre-paint/paint/commit inside that mount. `--selectors` also
// records Chromium's selector statistics (a slower, separate trace) and prints the selectors that took longest.
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { allCss, appCss, launch, libraries, measures, openPage } from './render.mjs';

const args = process.argv.slice(2);
const arg = (name, fallback) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const wanted = arg('measures', 'text,checkbox,table').split(',');
const mounts = Number(arg('mounts', '7'));
const selectors = args.includes('--selectors');

const lib = (key) => libraries.find((l) => l.key === key);
const variants = [
  { ...lib('floor'), key: 'floor-none', label: 'floor, no CSS', css: [] },
  { ...lib('floor'), key: 'floor-app', label: 'floor, app CSS', css: appCss },
  { ...lib('floor'), key: 'floor-all', label: 'floor, styles.css', css: allCss },
  { ...lib('aukio'), key: 'aukio-none', label: 'Aukio, no CSS', css: [] },
  { ...lib('aukio'), key: 'aukio-app', label: 'Aukio, app CSS', css: appCss },
  { ...lib('aukio'), key: 'aukio-all', label: 'Aukio, styles.css', css: allCss },
  { ...lib('hds'), key: 'hds', label: 'hds-react, own CSS' },
];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : 0;
};
const PAINT = new Set(['PrePaint', 'Paint', 'Layerize', 'Commit', 'UpdateLayer', 'CompositeLayers', 'RasterTask']);

/** Per mount (between the page's bench-mount and bench-painted marks) on the page's main thread: ms by kind. */
function readTrace(events) {
  const marks = events.filter((e) => e.cat?.includes('user_timing') && (e.name === 'bench-mount' || e.name === 'bench-painted'));
  if (!marks.length) throw new Error('no marks in the trace');
  const { pid, tid } = marks[0];
  const starts = marks.filter((e) => e.name === 'bench-mount').map((e) => e.ts).sort((a, b) => a - b);
  const ends = marks.filter((e) => e.name === 'bench-painted').map((e) => e.ts).sort((a, b) => a - b);
  const spans = starts.map((s) => [s, ends.find((e) => e > s)]).filter(([, e]) => e);
  const main = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X');
  const per = spans.map(([s, e]) => {
    const inside = main.filter((x) => x.ts >= s && x.ts + (x.dur ?? 0) <= e);
    const sum = (test) => inside.filter(test).reduce((n, x) => n + (x.dur ?? 0), 0) / 1000;
    return {
      style: sum((x) => x.name === 'UpdateLayoutTree'),
      layout: sum((x) => x.name === 'Layout'),
      paint: sum((x) => PAINT.has(x.name)),
      layouts: inside.filter((x) => x.name === 'Layout').length,
    };
  });
  const stats = new Map();
  for (const ev of events.filter((x) => x.name === 'SelectorStats' && spans.some(([s, e]) => x.ts >= s && x.ts <= e))) {
    for (const t of ev.args?.selector_stats?.selector_timings ?? []) {
      const o = stats.get(t.selector) ?? { selector: t.selector, elapsed: 0, attempts: 0, matches: 0, rejects: 0 };
      o.elapsed += t['elapsed (us)'] ?? 0;
      o.attempts += t.match_attempts ?? 0;
      o.matches += t.match_count ?? 0;
      o.rejects += t.fast_reject_count ?? 0;
      stats.set(t.selector, o);
    }
  }
  return { per, stats: [...stats.values()].sort((a, b) => b.elapsed - a.elapsed), spans: spans.length };
}

const startLoad = loadavg()[0];
const browser = await launch();
const dir = mkdtempSync(join(tmpdir(), 'aukio-profile-'));
const categories = ['devtools.timeline', 'blink.user_timing', 'blink', ...(selectors ? ['disabled-by-default-blink.debug'] : [])];
try {
  const pages = [];
  for (const v of variants) pages.push({ v, page: await openPage(browser, dir, v) });
  for (const m of measures.filter((x) => x.kind === 'mount' && wanted.includes(x.key))) {
    const taking = [];
    for (const p of pages) if (await p.page.evaluate((c) => window.bench.has(c), m.comp)) taking.push(p);
    const got = new Map(taking.map((p) => [p.v.key, { times: [], per: [], stats: new Map() }]));
    // Interleaved, as in render.mjs: one traced mount per page in turn, the order rotating each round; two
    // untraced rounds first.
    for (let r = -2; r < mounts; r++) {
      for (const p of taking.map((_, i) => taking[(i + r + 2) % taking.length])) {
        await p.page.bringToFront();
        if (r < 0) {
          await p.page.evaluate((mm) => window.bench.sample(mm), m);
          continue;
        }
        await p.page.evaluate(() => {
          window.__profile = true;
        });
        await browser.startTracing(p.page, { categories });
        const t = await p.page.evaluate((mm) => window.bench.sample(mm), m);
        const trace = JSON.parse((await browser.stopTracing()).toString());
        const { per, stats } = readTrace(trace.traceEvents ?? trace);
        const g = got.get(p.v.key);
        g.times.push(t);
        g.per.push(...per);
        for (const s of stats) {
          const o = g.stats.get(s.selector) ?? { ...s, elapsed: 0, attempts: 0, matches: 0 };
          o.elapsed += s.elapsed;
          o.attempts += s.attempts;
          o.matches += s.matches;
          g.stats.set(s.selector, o);
        }
      }
    }
    console.log(`\n${m.title} (median of ${mounts} mounts, ms)`);
    console.log('set-up'.padEnd(22), ['mount', 'script', 'style', 'layout', 'paint', 'layouts'].map((h) => h.padStart(8)).join(''));
    for (const p of taking) {
      const { times, per, stats } = got.get(p.v.key);
      const row = [median(times.map((t) => t[0])), median(times.map((t) => t[1])), median(per.map((x) => x.style)), median(per.map((x) => x.layout)), median(per.map((x) => x.paint))];
      console.log(p.v.label.padEnd(22), row.map((x) => x.toFixed(1).padStart(8)).join(''), String(median(per.map((x) => x.layouts))).padStart(7));
      // With --selectors: all selector matching in the mount's style recalculations (Chromium's own figures).
      if (selectors) console.log(`    selector matching in all: ${([...stats.values()].reduce((n, x) => n + x.elapsed, 0) / 1000 / per.length).toFixed(2)} ms per mount`);
      for (const s of [...stats.values()].sort((a, b) => b.elapsed - a.elapsed).slice(0, selectors ? 8 : 0)) {
        console.log(`    ${(s.elapsed / 1000 / per.length).toFixed(2).padStart(6)} ms/mount  attempts ${String(Math.round(s.attempts / per.length)).padStart(6)}  matches ${String(Math.round(s.matches / per.length)).padStart(5)}  ${s.selector}`);
      }
    }
  }
  console.log(`\n${cpus().length} × ${cpus()[0]?.model.trim()}, Node ${process.versions.node}, ${new Date().toISOString()}, one-minute load average ${startLoad.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end`);
} finally {
  await browser.close();
  rmSync(dir, { recursive: true, force: true });
}
