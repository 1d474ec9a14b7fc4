// The screen reader a test talks to: opens pages in the one Chromium window, presses real keys (xdotool,
// XTEST: Orca hears them as a person's keys), waits until Orca is quiet and returns what it said.
import { spawnSync } from 'node:child_process';
import { openSync, readSync, closeSync, fstatSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright';
import { findTools, startDesktop, type Desktop, type Tools } from './desktop.ts';

export interface Utterance {
  /** Milliseconds after the key was pressed. */
  ms: number;
  text: string;
}

export interface Timing {
  /** Silence that counts as "Orca has finished" (ms). */
  quietMs: number;
  /** Always wait at least this long after a key, for late live-region announcements (ms). */
  minMs: number;
  /** Give up waiting for silence after this long (ms). */
  maxMs: number;
}

/** Generous by default: the machines this runs on are often busy with builds. */
export const defaultTiming: Timing = { quietMs: 700, minMs: 900, maxMs: 4000 };

export interface ScreenReaderOptions {
  /** The Chromium to drive (default: $CHROMIUM_PATH, then chromium on PATH). */
  chromiumPath?: string;
  /** Window size in CSS px (default 1280×1024). */
  width?: number;
  height?: number;
  timing?: Partial<Timing>;
}

export interface OpenOptions {
  /** A CSS selector that exists once the page is ready (e.g. Storybook's `#storybook-root > *`). */
  ready?: string;
  /**
   * Start the keyboard at the top of the page (default true): focus set during the load (autofocus, a
   * Storybook play function) is dropped, so the first Tab reaches the first focusable element.
   */
  fromTop?: boolean;
}

export interface ScreenReader {
  /** Orca and Chromium versions, for reports and conformance records. */
  versions: { orca: string; chromium: string };
  /** The Playwright page of the window (read state with it; do not press keys with it: Orca would not hear them). */
  page: Page;
  /** Loads `url` in the same window and waits until Orca has finished speaking about the load. */
  open: (url: string, options?: OpenOptions) => Promise<Utterance[]>;
  /** Presses one key (xdotool names: `Tab`, `shift+Tab`, `Return`, `space`, `Escape`, `Down`, `a`). */
  press: (key: string, timing?: Partial<Timing>) => Promise<Utterance[]>;
  /** Types text character by character. */
  type: (text: string, timing?: Partial<Timing>) => Promise<Utterance[]>;
  /** Waits for silence without pressing anything; returns what was said meanwhile. */
  listen: (timing?: Partial<Timing>) => Promise<Utterance[]>;
  /** A short description of the focused element (`tag#id[role] "name"`), for focus-return checks. */
  focused: () => Promise<string>;
  /**
   * Texts of live regions (aria-live, role status or log) inserted into the page together with their text
   * since the last call: many screen readers say nothing for them, although Orca 43 often does.
   */
  insertedLiveRegions: () => Promise<string[]>;
  stop: () => Promise<void>;
}

/** Why the screen reader cannot run here (a missing program), or undefined when it can. */
export function screenReaderUnavailable(options: { chromiumPath?: string } = {}): string | undefined {
  if (process.platform !== 'linux') return `Orca runs on Linux only (this is ${process.platform})`;
  const { missing } = findTools(options.chromiumPath);
  return missing.length ? `not installed: ${missing.join(', ')}` : undefined;
}

function version(command: string, args: string[]): string {
  const r = spawnSync(command, args, { encoding: 'utf8' });
  return (r.stdout ?? '').replace(/\s+/g, ' ').trim();
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

// Moves the sequential focus starting point to the top of the page: focuses a marker element there (a
// span "Start", tabindex -1, left in place). Orca moves its focus and caret to it, so the next Tab to the
// first focusable element is a change Orca reads, even when a play function had focused that element or it
// is the first thing in the document (Orca then takes it as already presented and says nothing).
const markerId = 'aukio-screen-reader-start';

function focusTop(id: string): void {
  const active = document.activeElement;
  if (active instanceof HTMLElement && active !== document.body) active.blur();
  const marker = document.createElement('span');
  marker.id = id;
  marker.tabIndex = -1;
  marker.textContent = 'Start';
  document.body.prepend(marker);
  marker.focus();
}

// Runs in every page before its scripts: records live regions that arrive already holding text.
function watchLiveRegions(): void {
  const w = window as unknown as { __aukioInsertedLive?: string[] };
  w.__aukioInsertedLive = [];
  const live = (el: Element) => {
    const politeness = el.getAttribute('aria-live');
    if (politeness === 'off') return false;
    const role = el.getAttribute('role');
    return politeness === 'polite' || politeness === 'assertive' || role === 'status' || role === 'log';
  };
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) {
        if (!(node instanceof Element)) continue;
        const regions = [node, ...Array.from(node.querySelectorAll('*'))].filter(live);
        for (const region of regions) {
          const text = region.textContent?.trim();
          if (text) w.__aukioInsertedLive?.push(text);
        }
      }
    }
  }).observe(document, { childList: true, subtree: true });
}

/** Reads the speech file from where it was last read. */
function speechReader(file: string) {
  let offset = 0;
  let rest = '';
  return (): { t: number; text: string }[] => {
    const fd = openSync(file, 'r');
    try {
      const size = fstatSync(fd).size;
      if (size <= offset) return [];
      const buffer = Buffer.alloc(size - offset);
      readSync(fd, buffer, 0, buffer.length, offset);
      offset = size;
      const lines = (rest + buffer.toString('utf8')).split('\n');
      rest = lines.pop() ?? '';
      return lines.filter(Boolean).map((line) => JSON.parse(line) as { t: number; text: string });
    } finally {
      closeSync(fd);
    }
  };
}

/** Starts a private desktop with Orca and a Chromium window. Throws when a program is missing. */
export async function startScreenReader(options: ScreenReaderOptions = {}): Promise<ScreenReader> {
  const { tools, missing } = findTools(options.chromiumPath);
  if (!tools) throw new Error(`screen reader: not installed: ${missing.join(', ')}`);
  const timing = { ...defaultTiming, ...options.timing };
  const desktop = await startDesktop({ tools, url: 'about:blank', width: options.width, height: options.height });
  let browser: Browser | undefined;
  try {
    browser = await chromium.connectOverCDP(`http://127.0.0.1:${desktop.chromiumPort}`);
    const page = await firstPage(browser);
    await page.context().addInitScript(watchLiveRegions);
    const window = await windowId(tools, desktop);
    const sr = makeScreenReader({ tools, desktop, browser, page, window, timing });
    // Orca drops the first focus move in the first document it sees: spend it on a page of our own.
    await sr.open(`data:text/html,${encodeURIComponent('<!doctype html><title>Ready</title><button>Ready</button><button>Set</button>')}`);
    await sr.press('Tab');
    await sr.press('Tab');
    return sr;
  } catch (error) {
    await browser?.close().catch(() => undefined);
    await desktop.stop();
    throw error;
  }
}

async function firstPage(browser: Browser): Promise<Page> {
  const end = Date.now() + 15_000;
  for (;;) {
    const page = browser.contexts().flatMap((c) => c.pages())[0];
    if (page) return page;
    if (Date.now() > end) throw new Error('screen reader: Chromium opened no window');
    await sleep(100);
  }
}

async function windowId(tools: Tools, desktop: Desktop): Promise<string> {
  const end = Date.now() + 15_000;
  for (;;) {
    const r = spawnSync(tools.xdotool, ['search', '--onlyvisible', '--class', 'chromium'], { env: desktop.env, encoding: 'utf8' });
    const id = (r.stdout ?? '').split('\n').filter(Boolean).pop();
    if (id) return id;
    if (Date.now() > end) throw new Error('screen reader: no visible Chromium window on the X display');
    await sleep(100);
  }
}

function makeScreenReader(s: { tools: Tools; desktop: Desktop; browser: Browser; page: Page; window: string; timing: Timing }): ScreenReader {
  const { tools, desktop, page, window } = s;
  const read = speechReader(desktop.speechFile);
  const xdotool = (args: string[]) => {
    const r = spawnSync(tools.xdotool, args, { env: desktop.env, encoding: 'utf8', timeout: 10_000 });
    if (r.status !== 0) throw new Error(`screen reader: xdotool ${args.join(' ')} failed: ${r.stderr}`);
  };

  /** Collects speech until `quietMs` of silence (after at least `minMs`), or `maxMs`. */
  const collect = async (since: number, t: Partial<Timing> = {}): Promise<Utterance[]> => {
    const { quietMs, minMs, maxMs } = { ...s.timing, ...t };
    const heard: Utterance[] = [];
    let last = since;
    for (;;) {
      await sleep(50);
      for (const u of read()) {
        const at = u.t * 1000;
        heard.push({ ms: Math.max(0, Math.round(at - since)), text: u.text.trim() });
        last = Math.max(last, at);
      }
      const now = Date.now();
      if (now - since >= maxMs) break;
      if (now - since >= minMs && now - last >= quietMs) break;
    }
    return heard.filter((u) => u.text);
  };

  const focusWindow = () => xdotool(['windowfocus', '--sync', window]);
  const takeInserted = () =>
    page.evaluate(() => {
      const w = window as unknown as { __aukioInsertedLive?: string[] };
      return w.__aukioInsertedLive?.splice(0) ?? [];
    });

  return {
    versions: { orca: version(tools.orca, ['--version']), chromium: s.browser.version() },
    page,
    async open(url, options = {}) {
      read();
      const since = Date.now();
      await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
      if (options.ready) await page.waitForSelector(options.ready, { state: 'attached', timeout: 30_000 });
      focusWindow();
      const heard = await collect(since, { minMs: 1200, quietMs: 900, maxMs: 8000 });
      if (options.fromTop !== false) {
        // The marker is focused after the load speech, and its "Start" waited for (Orca lags under load),
        // so neither leaks into the first key's transcript.
        await page.evaluate(focusTop, markerId);
        const end = Date.now() + 4000;
        while (Date.now() < end && !heard.some((u) => /^Start\b/.test(u.text))) heard.push(...(await collect(Date.now(), { minMs: 200, quietMs: 200, maxMs: 500 })));
        heard.push(...(await collect(Date.now(), { minMs: 400, quietMs: 400, maxMs: 2000 })));
      }
      // Orca ignores focus moves while it thinks the document is loading: wait for its "Finished loading".
      const loading = () => {
        const texts = heard.map((u) => u.text);
        return texts.findLastIndex((t) => /^Loading\b/.test(t)) > texts.findLastIndex((t) => /^Finished loading\b/.test(t));
      };
      for (let i = 0; i < 10 && loading(); i++) heard.push(...(await collect(Date.now(), { minMs: 500, quietMs: 500, maxMs: 1000 })));
      await takeInserted();
      return heard;
    },
    async press(key, t) {
      read();
      const since = Date.now();
      xdotool(['key', '--clearmodifiers', key]);
      return collect(since, t);
    },
    async type(text, t) {
      read();
      const since = Date.now();
      xdotool(['type', '--delay', '80', text]);
      return collect(since, t);
    },
    async listen(t) {
      return collect(Date.now(), t);
    },
    focused: () =>
      page.evaluate(() => {
        const el = document.activeElement;
        if (!el) return '';
        const role = el.getAttribute('role');
        const name = el.getAttribute('aria-label') ?? el.textContent?.replace(/\s+/g, ' ').trim().slice(0, 60) ?? '';
        return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${role ? `[${role}]` : ''} "${name}"`;
      }),
    insertedLiveRegions: takeInserted,
    async stop() {
      await s.browser.close().catch(() => undefined);
      await desktop.stop();
    },
  };
}
