// Development-only checks. Every call site is guarded by `isDev`. Bundlers replace process.env.NODE_ENV
// with "production" in production builds (Vite, webpack, esbuild, Next.js all do), `isDev` folds to
// false, and the checks and their messages are removed. Measured in scripts/size-budget.mjs.

declare const process: { env: { NODE_ENV?: string } };

export const isDev: boolean = process.env.NODE_ENV !== 'production';

const warned = new Set<string>();

/** Logs a console warning once per key. */
export function warnOnce(key: string, message: string): void {
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(`[Aukio] ${message}`);
}

/** For tests: forget which warnings were given. */
export function resetWarnings(): void {
  warned.clear();
}

function textOf(el: Element | null): string {
  return (el?.textContent ?? '').trim();
}

/** A deliberately small approximation of accessible name computation, enough to catch a missing name. */
export function hasAccessibleName(el: HTMLElement): boolean {
  if ((el.getAttribute('aria-label') ?? '').trim()) return true;
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const doc = el.ownerDocument;
    if (labelledBy.split(/\s+/).some((id) => textOf(doc.getElementById(id)))) return true;
  }
  const labels = (el as HTMLInputElement).labels;
  if (labels && Array.from(labels).some((l) => textOf(l))) return true;
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) {
    return Boolean((el.getAttribute('title') ?? '').trim());
  }
  if (textOf(el)) return true;
  if (el.querySelector('img[alt]:not([alt=""]), svg[aria-label], [role="img"][aria-label]')) return true;
  return Boolean((el.getAttribute('title') ?? '').trim());
}
