// Page-side code (see describe.ts): what WCAG 1.4.10 Reflow checks in the page.
import './describe.ts';

export interface ReflowFound {
  /** The page scrolls sideways: how wide it is, and the elements that stick out. */
  scroll: { scrollWidth: number; viewport: number; offenders: string[] } | null;
  /** Content cut off: the element and how. */
  clipped: { target: string; what: string }[];
}

/**
 * Runs in the page (after `installDescribe`): sideways scrolling, and content cut off by hidden overflow or
 * by a fixed box taller than the window.
 */
export function reflowInPage(): ReflowFound {
  const describe = window.__aukioDescribe!;
  const root = document.scrollingElement || document.documentElement;
  const viewport = root.clientWidth;
  const scrollsItself = (el: Element) => {
    for (let e = el.parentElement; e && e !== document.body; e = e.parentElement) {
      const o = getComputedStyle(e).overflowX;
      if (o === 'auto' || o === 'scroll' || o === 'hidden' || o === 'clip') return true;
    }
    return false;
  };
  let scroll: { scrollWidth: number, viewport: number, offenders: string[] } | null = null;
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
  const hiddenOnPurpose = (el: HTMLElement, cs: CSSStyleDeclaration, r: DOMRect) =>
    r.width <= 2 || r.height <= 2 || cs.clipPath.startsWith('inset(50%') || /rect\(0(px)?,? 0(px)?,? 0(px)?,? 0(px)?\)/.test(cs.clip) || cs.visibility === 'hidden' || (el.checkVisibility && !el.checkVisibility({ opacityProperty: true, visibilityProperty: true }));
  /** Whether an element holds something a person needs: text, an image, or a control. */
  const hasContent = (el: Element) => !!el.textContent?.trim() || !!el.querySelector('img,svg,video,canvas,input,select,textarea,button,a[href]');
  const clipped: { target: string, what: string }[] = [];
  const rootClips = [document.documentElement, document.body].some((e) => ['hidden', 'clip'].includes(getComputedStyle(e).overflowX));
  if (rootClips && !scroll) {
    // The page hides its sideways overflow: what sticks out past the right edge cannot be reached at all.
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      const cs = getComputedStyle(el);
      if (r.right <= viewport + 1 || r.width === 0 || scrollsItself(el) || cs.position === 'fixed' || hiddenOnPurpose((el as HTMLElement), cs, r) || !hasContent(el)) continue;
      const parent = el.parentElement;
      if (parent && parent !== document.body && parent.getBoundingClientRect().right > viewport + 1) continue;
      clipped.push({ target: describe(el), what: `${Math.round(r.right - viewport)} px cut off at the right edge of the page (overflow hidden on the page)` });
    }
  }
  for (const node of document.body.querySelectorAll('*')) {
    const el = (node as HTMLElement);
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
      // Only content that really lies outside the window is lost: text or a control below or above it (a
      // popup in the top layer places itself and is not part of the box).
      const outside = [...el.querySelectorAll<HTMLElement>('*')].filter((c) => {
        if (c.matches(':popover-open, :modal') || c.closest(':popover-open, :modal')) return false;
        const own = [...c.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim()) || c.matches('input, select, textarea, button, a[href], img');
        if (!own) return false;
        const b = c.getBoundingClientRect();
        return b.height > 0 && (b.bottom > innerHeight + 1 || b.top < -1);
      });
      if (!scrolls && outside.length) {
        clipped.push({ target: describe(el), what: `${cs.position} box ${Math.round(r.height)} px tall in a ${innerHeight} px window; ${describe(outside[0]!)} and ${outside.length - 1} more cannot be scrolled into view` });
      }
    }
  }
  return { scroll, clipped: clipped.slice(0, 10) };
}
