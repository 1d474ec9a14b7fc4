import { DocsContainer, type DocsContainerProps } from '@storybook/addon-docs/blocks';
import { useSyncExternalStore, type PropsWithChildren } from 'react';
import { themes } from 'storybook/theming';
import { currentGlobals, subscribeGlobals } from './globals';

const darkQuery = '(prefers-color-scheme: dark)';

/** Whether the page is drawn dark: the Dark theme, or Auto with a dark system setting. */
function isDark(theme: unknown): boolean {
  if (theme === 'dark') return true;
  return theme === 'auto' && typeof window !== 'undefined' && window.matchMedia?.(darkQuery).matches;
}

/**
 * The docs page follows the toolbar as the story view does: Storybook's own blocks (controls table, code, canvas
 * frame) take its light or dark theme, and preview.css draws the page, its text and its canvases with the
 * Aukio tokens of the theme on <html>. A `<main>` holds the page, as on any page of the site.
 */
export function AukioDocsContainer(props: PropsWithChildren<DocsContainerProps>) {
  const theme = useSyncExternalStore(subscribeGlobals, () => currentGlobals().theme ?? 'light');
  return (
    <main className="aukio-docs">
      <DocsContainer {...props} theme={isDark(theme) ? themes.dark : themes.light} />
    </main>
  );
}
