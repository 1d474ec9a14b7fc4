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
import { countChangedPixels, decodePng } from './png.js';
import { isAdvisory, levelOf } from './wcag.js';

/**
 * A finding of a browser check: the criterion it actually tests and its level; `advisory` when the level is
 * beyond AA (AAA), which is shown but never fails CI by default nor enters a statement as a failure.
 * @typedef {{ check: string, criterion: string, level: 'A' | 'AA' | 'AAA', advisory: boolean, target: string, message: string }} Violation
 * @typedef {import('playwright').Page} Page
 */

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

/**
 * Runs in the page: installs `window.__aukioDescribe(el)`, a short CSS path of an element for reports. A real
 * function handed to `page.evaluate` (not source text revived with `new Function`, which a page's
 * Content-Security-Policy without 'unsafe-eval' blocks); each check installs it before use.
 */
function installDescribe() {
  const w = /** @type {any} */ (window);
  if (typeof w.__aukioDescribe === 'function') return;
  /** @param {Element} e */
  const part = (e) => {
    let s = e.localName;
    if (e.id && !/^aukio_?r|^:r|^«r/.test(e.id)) return s + '#' + CSS.escape(e.id);
    const cls = [...e.classList].filter((c) => !c.includes('__') || c.startsWith('aukio-')).slice(0, 2);
    if (cls.length) s += '.' + cls.map((c) => CSS.escape(c)).join('.');
    const name = (e.getAttribute('aria-label') || e.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 30);
    return name && ['a', 'button', 'label', 'summary', 'input', 'p', 'span'].includes(e.localName) ? s + '("' + name + '")' : s;
  };
  /** @param {Element} el */
  w.__aukioDescribe = (el) => {
    const path = [];
    for (let e = /** @type {Element | null} */ (el); e && e !== document.body && path.length < 3; e = e.parentElement) path.unshift(part(e));
    return path.join(' > ') || el.localName;
  };
}

/** @param {Page} page */
const withDescribe = (page) => page.evaluate(installDescribe);

/** The level of a criterion and whether a finding of it is advisory (beyond AA). */
const finding = (/** @type {string} */ criterion) => ({ criterion, level: levelOf(criterion) ?? 'AA', advisory: isAdvisory([criterion]) });

/**
 * WCAG 1.4.10 Reflow, at `width` x `height` CSS px (default 320 x 256, the criterion's two sizes; 320 CSS px is
 * a 1280 px window at 400 % zoom):
 * - the page must not scroll sideways; content that scrolls inside its own container (a wide table in an
 *   `overflow: auto` wrapper) is allowed;
 * - no content may be cut off: an element that hides its overflow (`overflow: hidden | clip`) must not be
 *   smaller than its content, and a fixed or sticky element taller than the window must scroll itself (the
 *   rest of it cannot be reached).
 * @param {Page} page
 * @param {{ width?: number, height?: number }} [options]
 * @returns {Promise<Violation[]>}
 */
export async function checkReflow(page, { width = 320, height = 256 } = {}) {
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
 * Runs in the page (after `installDescribe`): sideways scrolling, and content cut off by hidden overflow or
 * by a fixed box taller than the window.
 */
function reflowInPage() {
  const describe = /** @type {(el: Element) => string} */ (/** @type {any} */ (window).__aukioDescribe);
  const root = document.scrollingElement || document.documentElement;
  const viewport = root.clientWidth;
  /** @param {Element} el */
  const scrollsItself = (el) => {
    for (let e = el.parentElement; e && e !== document.body; e = e.parentElement) {
      const o = getComputedStyle(e).overflowX;
      if (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') return true;
    }
    return false;
  };
  /** @type {{ scrollWidth: number, viewport: number, offenders: string[] } | null} */
  let scroll = null;
  if (root.scrollWidth > viewport + 1) {
    const offenders = [];
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.right <= viewport + 1 || scrollsItself(el)) continue;
      const parent = el.parentElement;
      // Report the outermost element that sticks out, not every descendant.
      if (parent && parent !== document.body && parent.getBoundingClientRect().right > viewport + 1 && !scrollsItself(parent)) continue;
      offenders.push(`${describe(el)} (right edge at ${Math.round(r.right)} px)`);
    }
    // Text wider than its box (a long word at a large text size) widens the page without widening the box.
    if (offenders.length === 0) {
      for (const el of document.body.querySelectorAll('*')) {
        if (el.scrollWidth <= el.clientWidth + 1 || getComputedStyle(el).overflowX !== 'visible' || scrollsItself(el)) continue;
        const inner = [...el.children].some((c) => c.scrollWidth > c.clientWidth + 1 || c.getBoundingClientRect().right > viewport + 1);
        if (!inner) offenders.push(`${describe(el)} (text overflows its box by ${el.scrollWidth - el.clientWidth} px)`);
      }
    }
    scroll = { scrollWidth: root.scrollWidth, viewport, offenders: offenders.slice(0, 5) };
  }

  /** Hidden on purpose: visually hidden text (1 px boxes, clip-path inset(50%), clip rect(0 0 0 0)), or not shown at all. */
  const hiddenOnPurpose = (/** @type {HTMLElement} */ el, /** @type {CSSStyleDeclaration} */ cs, /** @type {DOMRect} */ r) =>
    r.width <= 2 || r.height <= 2 || cs.clipPath.startsWith('inset(50%') || /rect\(0(px)?,? 0(px)?,? 0(px)?,? 0(px)?\)/.test(cs.clip) || cs.visibility === 'hidden' || (el.checkVisibility && !el.checkVisibility({ opacityProperty: true, visibilityProperty: true }));
  /** Whether an element holds something a person needs: text, an image, or a control. */
  const hasContent = (/** @type {Element} */ el) => !!el.textContent?.trim() || !!el.querySelector('img,svg,video,canvas,input,select,textarea,button,a[href]');
  /** @type {{ target: string, what: string }[]} */
  const clipped = [];
  const rootClips = [document.documentElement, document.body].some((e) => ['hidden', 'clip'].includes(getComputedStyle(e).overflowX));
  if (rootClips && !scroll) {
    // The page hides its sideways overflow: what sticks out past the right edge cannot be reached at all.
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      const cs = getComputedStyle(el);
      if (r.right <= viewport + 1 || r.width === 0 || scrollsItself(el) || cs.position === 'fixed' || hiddenOnPurpose(/** @type {HTMLElement} */ (el), cs, r) || !hasContent(el)) continue;
      const parent = el.parentElement;
      if (parent && parent !== document.body && parent.getBoundingClientRect().right > viewport + 1) continue;
      clipped.push({ target: describe(el), what: `${Math.round(r.right - viewport)} px cut off at the right edge of the page (overflow hidden on the page)` });
    }
  }
  for (const node of document.body.querySelectorAll('*')) {
    const el = /** @type {HTMLElement} */ (node);
    const cs = getComputedStyle(el);
    const clipX = cs.overflowX === 'hidden' || cs.overflowX === 'clip';
    const clipY = cs.overflowY === 'hidden' || cs.overflowY === 'clip';
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    if ((clipX || clipY) && hasContent(el) && !hiddenOnPurpose(el, cs, r)) {
      const overX = clipX ? el.scrollWidth - el.clientWidth : 0;
      const overY = clipY ? el.scrollHeight - el.clientHeight : 0;
      if (overX > 1) clipped.push({ target: describe(el), what: `${overX} px of its content cut off at the side (overflow: ${cs.overflowX})` });
      else if (overY > 1) clipped.push({ target: describe(el), what: `${overY} px of its content cut off at the bottom (overflow: ${cs.overflowY})` });
    }
    if ((cs.position === 'fixed' || cs.position === 'sticky') && r.height > innerHeight + 1 && hasContent(el) && !hiddenOnPurpose(el, cs, r)) {
      const scrolls = ['auto', 'scroll'].includes(cs.overflowY) && el.scrollHeight > el.clientHeight;
      if (!scrolls) clipped.push({ target: describe(el), what: `${cs.position} box ${Math.round(r.height)} px tall in a ${innerHeight} px window; ${Math.round(r.height - innerHeight)} px of it cannot be scrolled into view` });
    }
  }
  return { scroll, clipped: clipped.slice(0, 10) };
}

/**
 * WCAG 1.4.12 Text Spacing: with line height 1.5, paragraph spacing 2em, letter spacing 0.12em and word
 * spacing 0.16em, no text may be cut off by an element that hides its overflow.
 * @param {Page} page
 * @returns {Promise<Violation[]>}
 */
export async function checkTextSpacing(page) {
  // A constructed style sheet, not a <style> element: a page with a strict Content-Security-Policy
  // (style-src 'self') blocks injected <style> elements but not sheets built through the CSSOM.
  await page.evaluate((css) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    /** @type {any} */ (window).__aukioTextSpacing = sheet;
  }, textSpacingCss);
  try {
    await page.waitForTimeout(50);
    await withDescribe(page);
    const found = await page.evaluate(() => {
        const describe = /** @type {(el: Element) => string} */ (/** @type {any} */ (window).__aukioDescribe);
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
      const sheet = /** @type {any} */ (window).__aukioTextSpacing;
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
      delete (/** @type {any} */ (window).__aukioTextSpacing);
    });
  }
}

/**
 * WCAG 2.5.8 Target Size (Minimum): every target at least `min` (24) CSS px in both directions, unless it is a
 * link inside a sentence (inline exception) or a 24 px circle around it touches no other target (spacing
 * exception). A native checkbox or radio counts together with its label, which operates it too.
 * @param {Page} page
 * @param {{ min?: number }} [options]
 * @returns {Promise<Violation[]>}
 */
export async function checkTargetSize(page, { min = 24 } = {}) {
  await withDescribe(page);
  const found = await page.evaluate(
    ({ selector, min: minSize }) => {
      const describe = /** @type {(el: Element) => string} */ (/** @type {any} */ (window).__aukioDescribe);
      const targets = [];
      for (const el of document.body.querySelectorAll(selector)) {
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
      const inline = (el) => {
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

/** @type {WeakMap<Page, Promise<import('playwright').CDPSession | null>>} */
const cdpSessions = new WeakMap();

/**
 * A PNG of a part of the viewport. In Chromium straight through the DevTools protocol (several times faster
 * than `page.screenshot`, which also waits for fonts and restyles the page each time); elsewhere
 * `page.screenshot`. Motion is already off: the audit emulates `prefers-reduced-motion: reduce`.
 * @param {Page} page
 * @param {{ x: number, y: number, width: number, height: number }} clip  viewport coordinates
 * @param {{ x: number, y: number }} scroll  the page's scroll offset (the protocol takes document coordinates)
 * @returns {Promise<Buffer>}
 */
async function capture(page, clip, scroll) {
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

/**
 * Focus indicators: moves through the page with Tab and, for every element that gets focus, compares a
 * screenshot of it focused with one unfocused.
 * - WCAG 2.4.7 Focus Visible (AA): fewer than `minVisible` pixels change at all: a failure.
 * - WCAG 2.4.13 Focus Appearance (AAA): fewer pixels than a 2 CSS px thick perimeter of the element change by a
 *   contrast of `minContrast` (3:1): reported as advisory, never as a 2.4.7 failure.
 * @param {Page} page
 * @param {{ maxElements?: number, label?: string, within?: string, tolerance?: number, minContrast?: number, minVisible?: number }} [options]
 *   `within`: only check elements inside this selector (e.g. `#storybook-root`).
 * @returns {Promise<Violation[]>}
 */
export async function checkFocusVisible(page, { maxElements = 30, label = '', within, tolerance = 24, minContrast = 3, minVisible = 4 } = {}) {
  const violations = [];
  await page.evaluate(() => {
    if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur();
    window.scrollTo(0, 0);
  });
  await withDescribe(page);
  const seen = new Set();
  for (let i = 0; i < maxElements; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(
      ({ within: scope }) => {
        const describe = /** @type {(el: Element) => string} */ (/** @type {any} */ (window).__aukioDescribe);
        const el = document.activeElement;
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
    await page.evaluate((key) => document.querySelector(`[data-aukio-focus-check="${key}"]`)?.blur(), info.key);
    const unfocused = await shot();
    await page.evaluate((key) => {
      const el = document.querySelector(`[data-aukio-focus-check="${key}"]`);
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
    for (const el of document.querySelectorAll('[data-aukio-focus-check]')) {
      delete el.dataset.aukioFocusCheck;
      el.style.removeProperty('caret-color');
    }
    if (document.activeElement && document.activeElement !== document.body) document.activeElement.blur();
  });
  return violations;
}
