// Helpers shared by the examples' end-to-end tests (examples/*/test): console watching and keyboard-only moves.
import type { Page } from 'playwright';

/** Collects console errors and warnings and page errors: hydration mismatches and CSP violations end up here. */
export function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.text()} ${m.location().url}`.trim());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  return problems;
}

/**
 * Presses Tab (or Shift+Tab) until the focused element matches the selector (and, with `text`, has that text).
 * Keyboard only.
 */
export async function tabTo(page: Page, selector: string, { back = false, max = 40, text }: { back?: boolean; max?: number; text?: string } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const reached = await page.evaluate(
      ([s, t]) => {
        const el = document.activeElement;
        return !!el?.matches(s) && (t === null || el.textContent?.trim() === t);
      },
      [selector, text ?? null] as const,
    );
    if (reached) return;
  }
  throw new Error(`Tab never reached ${selector}${text ? ` "${text}"` : ''}`);
}

/** Waits until the page's React has hydrated (the app marks <html data-hydrated="true"> from an effect). */
export const hydrated = (page: Page) => page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true');
