// Page-side code: runs in the browser through Playwright's `page.evaluate`, which serialises the function's
// source. So each function here must be self-contained (no imports, no outer variables) and use only the DOM:
// the folder has its own tsconfig (tsconfig.page.json) with the DOM library and no Node types.

declare global {
  interface Window {
    /** A short CSS path of an element, for reports (installed by `installDescribe`). */
    __aukioDescribe?: (el: Element) => string;
    /** The text-spacing overrides while `checkTextSpacing` runs. */
    __aukioTextSpacing?: CSSStyleSheet;
    /** Ids of elements the keyboard-trap check has seen. */
    __aukioTrapIds?: WeakMap<Element, string> & { n?: number };
    /** axe-core, once injected. */
    axe?: { run(context: unknown, options: unknown): Promise<{ violations: AxeResult[] }> };
    /** Storybook's preview: its event channel and the story it shows. */
    __STORYBOOK_ADDONS_CHANNEL__?: { emit(event: string, data: unknown): void };
    __STORYBOOK_PREVIEW__?: { currentRender?: { id: string; phase: string } };
  }
  /** The parts of an axe-core violation the reports use. */
  interface AxeResult {
    id: string;
    impact?: string | null;
    tags: string[];
    help: string;
    helpUrl: string;
    description: string;
    nodes: { target: (string | string[])[]; html: string; failureSummary?: string }[];
  }
}

/**
 * Runs in the page: installs `window.__aukioDescribe(el)`, a short CSS path of an element for reports. A real
 * function handed to `page.evaluate` (not source text revived with `new Function`, which a page's
 * Content-Security-Policy without 'unsafe-eval' blocks); each check installs it before use.
 */
export function installDescribe(): void {
  const w = window;
  if (typeof w.__aukioDescribe === 'function') return;
  const part = (e: Element) => {
    let s = e.localName;
    if (e.id && !/^aukio_?r|^:r|^«r/.test(e.id)) return s + '#' + CSS.escape(e.id);
    const cls = [...e.classList].filter((c) => !c.includes('__') || c.startsWith('aukio-')).slice(0, 2);
    if (cls.length) s += '.' + cls.map((c) => CSS.escape(c)).join('.');
    const name = (e.getAttribute('aria-label') || e.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 30);
    return name && ['a', 'button', 'label', 'summary', 'input', 'p', 'span'].includes(e.localName) ? s + '("' + name + '")' : s;
  };
  w.__aukioDescribe = (el: Element) => {
    const path = [];
    for (let e = (el as Element | null); e && e !== document.body && path.length < 3; e = e.parentElement) path.unshift(part(e));
    return path.join(' > ') || el.localName;
  };
}
