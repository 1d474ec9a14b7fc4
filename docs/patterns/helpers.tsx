// Shared pieces of the pattern stories: a page frame and keyboard helpers for play functions.
import type { ReactNode } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { catalogues, type AukioLocale } from '../../packages/react/src';
import './patterns.css';

export type Locale = AukioLocale;
export const languages: { locale: Locale; story: 'Finnish' | 'Swedish' | 'English' }[] = [
  { locale: 'fi', story: 'Finnish' },
  { locale: 'sv', story: 'Swedish' },
  { locale: 'en', story: 'English' },
];

/** The page a pattern is shown on: the main content of a service page. */
export function PatternPage({ children }: { children: ReactNode }) {
  return <div className="aukio-pattern-page">{children}</div>;
}

type Canvas = ReturnType<typeof within>;

/** Moves focus with Tab until `target` has it (at most 30 presses), as a keyboard user would. */
export async function tabTo(target: HTMLElement) {
  for (let i = 0; i < 30 && target.ownerDocument.activeElement !== target; i += 1) await userEvent.tab();
  await expect(target).toHaveFocus();
}

/** Submits with the keyboard: Tab to the button, press Enter. */
export async function submitWithKeyboard(canvas: Canvas, name: string | RegExp) {
  await tabTo(canvas.getByRole('button', { name }));
  await userEvent.keyboard('{Enter}');
}

/** After a failed submit: the error summary has focus and lists `messages` as links, in order. */
export async function expectErrorSummary(canvas: Canvas, locale: Locale, messages: string[]) {
  const heading = await canvas.findByRole('heading', { name: catalogues[locale]['errorSummary.title'] });
  const summary = heading.closest('[tabindex="-1"]') ?? heading.parentElement!;
  await waitFor(() => expect(summary).toHaveFocus());
  const links = within(summary as HTMLElement).getAllByRole('link');
  await expect(links.map((l) => l.textContent)).toEqual(messages);
  return links;
}
