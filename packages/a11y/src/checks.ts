// Browser checks for what axe does not test. Each takes a Playwright `Page` showing the content to check
// (a Storybook story, or a page of a city service) and returns a list of violations; an empty list passes.
//
//   checkReflow        WCAG 1.4.10  at 320 x 256 CSS px: no horizontal page scroll, no content cut off by
//                      hidden overflow or by a fixed box taller than the window
//   checkTextSpacing   WCAG 1.4.12  no clipped text with the text-spacing overrides applied
//   checkFocusVisible  WCAG 2.4.7 (AA): focusing an element changes something visible; WCAG 2.4.13 (AAA,
//                      advisory): the change covers at least a 2 CSS px perimeter at 3:1 contrast between the
//                      states. Compares screenshots focused and unfocused
//   checkTargetSize    WCAG 2.5.8  targets at least 24 x 24 CSS px, with the inline and spacing exceptions
//
// Teams run them the same way as the library: see scripts/visual-checks.mjs in the Aukio repository.
import { countChangedPixels, decodePng } from './png.ts';
import { installDescribe } from './page/describe.ts';
import { reflowInPage } from './page/reflow.ts';
import { isAdvisory, levelOf } from './wcag.ts';

export type Violation = { check: string, criterion: string, level: 'A' | 'AA' | 'AAA', advisory: boolean, target: string, message: string };
export type Page = import('playwright').Page;

/** The WCAG 1.4.12 overrides, as the W3C's text-spacing test bookmarklets apply them. */
export const textSpacingCss = `*, *::before, *::after {
  line-height: 1.5 !important;
  letter-spacing: 0.12em !important;
  word-spacing: 0.16em !important;
}
p { margin-block-end: 2em !important; }`;

/** Elements a pointer or keyboard can operate. */
export const interactiveSelector = [
  'a[href]',
  'area[href]',
  'button',
  'input:not([type="hidden"])',
  'select',
  'textarea',
  'summary',
  '[role="button"]',
  '[role="link"]',
  '[role="checkbox"]',
  '[role="radio"]',
  '[role="switch"]',
  '[role="tab"]',
  '[role="menuitem"]',
  '[role="option"]',
  '[tabindex]:not([tabindex="-1"])',
  '[contenteditable="true"]',
].join(',');

const withDescribe = (page: Page) => page.evaluate(installDescribe);

/** The level of a criterion and whether a finding of it is advisory (beyond AA). */
const finding = (criterion: string) => ({ criterion, level: levelOf(criterion) ?? 'AA', advisory: isAdvisory([criterion]) });

/**
 * WCAG 1.4.10 Reflow, at `width` x `height` CSS px (default 320 x 256, the criterion's two sizes; 320 CSS px is
 * a 1280 px window at 400 % zoom):
 * - the page must not scroll sideways; content that scrolls inside its own container (a wide table in an
 *   `overflow: auto` wrapper) is allowed;
 * - no content may be cut off: an element that hides its overflow (`overflow: hidden | clip`) must not be
 *   smaller than its content, and a fixed or sticky element taller than the window must scroll itself (the
 *   rest of it cannot be reached).
 */
export async function checkReflow(page: Page, { width = 320, height = 256 }: { width?: number, height?: number } = {}): Promise<Violation[]> {
  const before = page.viewportSize();
  await page.setViewportSize({ width, height });
  try {
    await page.waitForTimeout(50);
    await withDescribe(page);
    const found = await page.evaluate(reflowInPage);
    const out = [];
    if (found.scroll) {
      const f = found.scroll;
      out.push({
        check: 'reflow',
        ...finding('1.4.10'),
        target: f.offenders[0]?.split(' (')[0] ?? 'page',
        message: `page is ${f.scrollWidth} px wide at ${width} CSS px viewport (${f.viewport} px): ${f.offenders.join('; ') || 'no single element found'}`,
      });
    }
    for (const c of found.clipped) {
      out.push({ check: 'reflow', ...finding('1.4.10'), target: c.target, message: `${c.target}: ${c.what} at ${width} x ${height} CSS px` });
    }
    return out;
  } finally {
    if (before) await page.setViewportSize(before);
  }
}

/**
 * WCAG 1.4.12 Text Spacing: with line height 1.5, paragraph spacing 2em, letter spacing 0.12em and word
 * spacing 0.16em, no text may be cut off by an element that hides its overflow.
 */
export async function checkTextSpacing(page: Page): Promise<Violation[]> {
  // A constructed style sheet, not a <style> element: a page with a strict Content-Security-Policy
  // (style-src 'self') blocks injected <style> elements but not sheets built through the CSSOM.
  await page.evaluate((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    window.__aukioTextSpacing = sheet;
  }, textSpacingCss);
  try {
    await page.waitForTimeout(50);
    await withDescribe(page);
    const found = await page.evaluate(() => {
        const describe = window.__aukioDescribe!;
        const out = [];
        for (const el of document.body.querySelectorAll('*')) {
          if (!el.textContent || !el.textContent.trim()) continue;
          const cs = getComputedStyle(el);
          const clipX = cs.overflowX === 'hidden' || cs.overflowX === 'clip';
          const clipY = cs.overflowY === 'hidden' || cs.overflowY === 'clip';
          if (!clipX && !clipY && cs.textOverflow !== 'ellipsis') continue;
          const r = el.getBoundingClientRect();
          // Visually hidden text (1 px boxes, clip-path inset(50%)) is meant to be clipped.
          if (r.width <= 2 || r.height <= 2 || cs.clipPath.startsWith('inset(50%') || cs.visibility === 'hidden') continue;
          if (el.checkVisibility && !el.checkVisibility()) continue;
          const overX = el.scrollWidth - el.clientWidth;
          const overY = el.scrollHeight - el.clientHeight;
          if ((clipX || cs.textOverflow === 'ellipsis') && overX > 1) out.push(`${describe(el)}: ${overX} px of text cut off at the side`);
          else if (clipY && overY > 1) out.push(`${describe(el)}: ${overY} px of text cut off at the bottom`);
        }
        return out;
      });
    return found.map((message) => ({ check: 'text-spacing', ...finding('1.4.12'), target: message.split(':')[0], message }));
  } finally {
    await page.evaluate(() => {
      const sheet = window.__aukioTextSpacing;
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
      delete window.__aukioTextSpacing;
    });
  }
}

/**
 * WCAG 2.5.8 Target Size (Minimum): every target at least `min` (24) CSS px in both directions, unless it is a
 * link inside a sentence (inline exception) or a 24 px circle around it touches no other target (spacing
 * exception). A native checkbox or radio counts together with its label, which operates it too.
 */
export async function checkTargetSize(page: Page, { min = 24 }: { min?: number } = {}): Promise<Violation[]> {
  await withDescribe(page);
  const found = await page.evaluate(
    ({ selector, min: minSize }) => {
      const describe = window.__aukioDescribe!;
      type Target = HTMLElement & { disabled?: boolean; labels?: NodeListOf<HTMLLabelElement> | null };
      const targets: { el: Target; r: DOMRect; box: { left: number; top: number; right: number; bottom: number } }[] = [];
      for (const el of document.body.querySelectorAll<Target>(selector)) {
        if (el.disabled || el.getAttribute('aria-disabled') === 'true' || el.closest('[inert]')) continue;
        if (el.checkVisibility && !el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
        const cs = getComputedStyle(el);
        if (cs.pointerEvents === 'none') continue;
        const r = el.getBoundingClientRect();
        if (r.width <= 2 || r.height <= 2) continue; // visually hidden until focused
        // A label that operates the control is part of its target.
        let box = { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
        for (const label of el.labels ?? []) {
          const l = label.getBoundingClientRect();
          if (l.width === 0) continue;
          box = { left: Math.min(box.left, l.left), top: Math.min(box.top, l.top), right: Math.max(box.right, l.right), bottom: Math.max(box.bottom, l.bottom) };
        }
        // A target nested in another target (an icon inside a button) is the same target.
        if (el.parentElement && el.parentElement.closest(selector)) continue;
        targets.push({ el, r, box });
      }
      const inline = (el: HTMLElement) => {
        if (el.localName !== 'a' || getComputedStyle(el).display !== 'inline') return false;
        // Inside a sentence: its block has text outside the link.
        let block = el.parentElement;
        while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
        if (!block) return false;
        const all = block.textContent.replace(/\s+/g, ' ').trim();
        const own = el.textContent.replace(/\s+/g, ' ').trim();
        return all.length > own.length + 1;
      };
      const small = targets.filter((t) => t.box.right - t.box.left < minSize - 0.5 || t.box.bottom - t.box.top < minSize - 0.5);
      const out = [];
      for (const t of small) {
        if (inline(t.el)) continue;
        const cx = (t.r.left + t.r.right) / 2;
        const cy = (t.r.top + t.r.bottom) / 2;
        const radius = minSize / 2;
        const hits = targets.some((o) => {
          if (o === t) return false;
          if (small.includes(o)) {
            const ox = (o.r.left + o.r.right) / 2;
            const oy = (o.r.top + o.r.bottom) / 2;
            return Math.hypot(cx - ox, cy - oy) < minSize;
          }
          const nx = Math.max(o.r.left, Math.min(cx, o.r.right));
          const ny = Math.max(o.r.top, Math.min(cy, o.r.bottom));
          return Math.hypot(cx - nx, cy - ny) < radius;
        });
        if (!hits) continue;
        out.push(`${describe(t.el)}: ${Math.round(t.box.right - t.box.left)} x ${Math.round(t.box.bottom - t.box.top)} px, too close to another target`);
      }
      return out;
    },
    { selector: interactiveSelector, min },
  );
  return found.map((message) => ({ check: 'target-size', ...finding('2.5.8'), target: message.split(':')[0], message }));
}

const cdpSessions: WeakMap<Page, Promise<import('playwright').CDPSession | null>> = new WeakMap();

/**
 * A PNG of a part of the viewport. In Chromium straight through the DevTools protocol (several times faster
 * than `page.screenshot`, which also waits for fonts and restyles the page each time); elsewhere
 * `page.screenshot`. Motion is already off: the audit emulates `prefers-reduced-motion: reduce`.
 * @param clip  viewport coordinates
 * @param scroll  the page's scroll offset (the protocol takes document coordinates)
 */
async function capture(page: Page, clip: { x: number, y: number, width: number, height: number }, scroll: { x: number, y: number }): Promise<Buffer> {
  let session = cdpSessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page).catch(() => null);
    cdpSessions.set(page, session);
  }
  const cdp = await session;
  if (cdp) {
    const { data } = await cdp.send('Page.captureScreenshot', { format: 'png', clip: { ...clip, x: clip.x + scroll.x, y: clip.y + scroll.y, scale: 1 } });
    return Buffer.from(data, 'base64');
  }
  return page.screenshot({ clip, caret: 'hide' });
}

/** What the focus check learns in the page about the focused element. */
interface FocusInfo {
  outside?: false;
  key: string;
  name: string;
  width: number;
  height: number;
  area: { x: number; y: number; width: number; height: number };
  scrollX: number;
  scrollY: number;
}

/**
 * Focus indicators: moves through the page with Tab and, for every element that gets focus, compares a
 * screenshot of it focused with one unfocused.
 * - WCAG 2.4.7 Focus Visible (AA): fewer than `minVisible` pixels change at all: a failure.
 * - WCAG 2.4.13 Focus Appearance (AAA): fewer pixels than a 2 CSS px thick perimeter of the element change by a
 *   contrast of `minContrast` (3:1): reported as advisory, never as a 2.4.7 failure.
 *   `within`: only check elements inside this selector (e.g. `#storybook-root`).
 */
export async function checkFocusVisible(page: Page, { maxElements = 30, label = '', within, tolerance = 24, minContrast = 3, minVisible = 4 }: { maxElements?: number, label?: string, within?: string, tolerance?: number, minContrast?: number, minVisible?: number } = {}): Promise<Violation[]> {
  const violations: Violation[] = [];
  await page.evaluate(() => {
    if (document.activeElement && document.activeElement !== document.body) (document.activeElement as HTMLElement).blur();
    window.scrollTo(0, 0);
  });
  await withDescribe(page);
  const seen = new Set();
  for (let i = 0; i < maxElements; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(
      ({ within: scope }): FocusInfo | { outside: true; key: string } | null => {
        const describe = window.__aukioDescribe!;
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body || el === document.documentElement) return null;
        if (scope && !el.closest(scope)) return { outside: true, key: describe(el) };
        if (!el.dataset.aukioFocusCheck) el.dataset.aukioFocusCheck = String(Math.random()).slice(2);
        // Tab scrolls an element only just into view; centre it so the screenshot holds its whole indicator.
        el.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
        // A blinking text caret would count as changed pixels; hide it (a style property, allowed under a strict CSP).
        el.style.setProperty('caret-color', 'transparent', 'important');
        const r = el.getBoundingClientRect();
        // Where the indicator may be drawn: the element, or, when a positioned ::before/::after draws it (a
        // whole-card link whose ring goes round the card), the box that pseudo-element covers.
        let area = { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
        for (const pseudo of ['::before', '::after']) {
          const ps = getComputedStyle(el, pseudo);
          if (ps.content === 'none' || !(ps.position === 'absolute' || ps.position === 'fixed')) continue;
          if (ps.outlineStyle === 'none' && ps.boxShadow === 'none' && ps.borderStyle === 'none') continue;
          const holder = ps.position === 'fixed' ? null : el.offsetParent;
          const b = holder ? holder.getBoundingClientRect() : { left: 0, top: 0, right: innerWidth, bottom: innerHeight };
          area = { left: Math.min(area.left, b.left), top: Math.min(area.top, b.top), right: Math.max(area.right, b.right), bottom: Math.max(area.bottom, b.bottom) };
        }
        return {
          key: el.dataset.aukioFocusCheck,
          name: describe(el),
          width: r.width,
          height: r.height,
          area: { x: area.left, y: area.top, width: area.right - area.left, height: area.bottom - area.top },
          scrollX: window.scrollX,
          scrollY: window.scrollY,
        };
      },
      { within },
    );
    if (!info || info.outside) {
      if (info?.outside && seen.size === 0 && i < 3) continue; // focus started in a toolbar before the content
      break;
    }
    if (seen.has(info.key)) break; // wrapped around
    seen.add(info.key);
    const viewport = page.viewportSize() ?? { width: 1280, height: 720 };
    const pad = 12;
    const { area } = info;
    const x = Math.max(0, Math.floor(area.x - pad));
    const y = Math.max(0, Math.floor(area.y - pad));
    const clip = {
      x,
      y,
      width: Math.max(1, Math.min(viewport.width, Math.ceil(area.x + area.width + pad)) - x),
      height: Math.max(1, Math.min(viewport.height, Math.ceil(area.y + area.height + pad)) - y),
    };
    const shot = async () => decodePng(await capture(page, clip, { x: info.scrollX, y: info.scrollY }));
    const focused = await shot();
    await page.evaluate((key) => document.querySelector<HTMLElement>(`[data-aukio-focus-check="${key}"]`)?.blur(), info.key);
    const unfocused = await shot();
    await page.evaluate((key) => {
      const el = document.querySelector<HTMLElement>(`[data-aukio-focus-check="${key}"]`);
      el?.focus({ preventScroll: true, focusVisible: true });
    }, info.key);
    const w = Math.min(info.width, clip.width);
    const h = Math.min(info.height, clip.height);
    const prefix = `${label ? `${label}: ` : ''}${info.name}`;
    // 2.4.7 (AA): focus must change something visible. Any change beyond anti-aliasing counts.
    const visible = countChangedPixels(focused, unfocused, { tolerance, minContrast: 1 });
    if (visible < minVisible) {
      violations.push({ check: 'focus-visible', ...finding('2.4.7'), target: info.name, message: `${prefix}: focusing it changes ${visible} px; nothing shows where the focus is` });
      continue;
    }
    // 2.4.13 (AAA, advisory): the change covers at least the area of a 2 CSS px perimeter, at 3:1 between the states.
    const changed = countChangedPixels(focused, unfocused, { tolerance, minContrast });
    const needed = Math.round(4 * (w + h));
    if (changed < needed) {
      violations.push({
        check: 'focus-visible',
        ...finding('2.4.13'),
        target: info.name,
        message: `${prefix}: focus changes ${changed} px by ${minContrast}:1, needs ${needed} (2 px perimeter of ${Math.round(w)} x ${Math.round(h)}) for 2.4.13 Focus Appearance (AAA, advisory)`,
      });
    }
  }
  await page.evaluate(() => {
    for (const el of document.querySelectorAll<HTMLElement>('[data-aukio-focus-check]')) {
      delete el.dataset.aukioFocusCheck;
      el.style.removeProperty('caret-color');
    }
    if (document.activeElement && document.activeElement !== document.body) (document.activeElement as HTMLElement).blur();
  });
  return violations;
}
