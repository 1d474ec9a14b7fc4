import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { Pagination } from './Pagination';
import { InteractionCells, StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';
import { builtInTexts, storyTexts } from '../../test/storyTexts';

const href = (p: number) => `#sivu-${p}`;

/**
 * The current page as the resident sees it: the marked page number on wide screens, or the "Sivu 3 / 10" line
 * that replaces the numbers on narrow ones (the 320 CSS px / 200 % text story run).
 */
async function expectCurrent(nav: HTMLElement, control: { role: 'link' | 'button'; name: string }, status: string) {
  const number = within(nav).queryByRole(control.role, { name: control.name });
  if (number) await expect(number).toHaveAttribute('aria-current', 'page');
  else await expect(within(nav).getByText(status)).toBeVisible();
}

const meta = {
  title: 'Components/Pagination',
  component: Pagination,
  args: { page: 3, pageCount: 10, href },
  // The example texts in the toolbar's language (packages/react/test/storyTexts.ts).
  parameters: {
    translations: {
      'Näytetään sivu': { sv: 'Visar sida', en: 'Showing page' },
      'Hakutulosten sivutus': { sv: 'Sökresultatens sidnavigering', en: 'Search results pagination' },
    },
  },
} satisfies Meta<typeof Pagination>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Links: Story = {
  play: async ({ canvasElement, ...context }) => {
    const b = builtInTexts(context);
    const nav = within(canvasElement).getByRole('navigation', { name: b('pagination.label') });
    await expectCurrent(nav, { role: 'link', name: b('pagination.page', { page: 3 }) }, b('pagination.status', { page: 3, count: 10 }));
    await userEvent.tab();
    await expect(within(nav).getByRole('link', { name: b('pagination.previous') })).toHaveFocus();
  },
};
export const FirstPage: Story = { args: { page: 1 } };
export const LastPage: Story = { args: { page: 10 } };
export const FewPages: Story = { args: { page: 2, pageCount: 4 } };
export const ManyPages: Story = { args: { page: 48, pageCount: 120 } };
/** One page: nothing is rendered (a designed empty state: no navigation is needed). */
export const OnePage: Story = { args: { page: 1, pageCount: 1 } };

/** The demo's texts come in as strings (made with storyTexts in the render function). */
function WithButtons({ showing, label }: { showing: string; label: string }) {
  const [page, setPage] = useState(1);
  return (
    <div className="aukio-story-stack">
      <p>
        {`${showing} `}
        {page}.
      </p>
      <Pagination page={page} pageCount={7} onPageChange={setPage} aria-label={label} />
    </div>
  );
}
export const Buttons: Story = {
  args: { href: undefined },
  render: (_args, context) => {
    const t = storyTexts(context);
    return <WithButtons showing={t('Näytetään sivu')} label={t('Hakutulosten sivutus')} />;
  },
  play: async ({ canvasElement, ...context }) => {
    const b = builtInTexts(context);
    const nav = within(canvasElement).getByRole('navigation', { name: storyTexts(context)('Hakutulosten sivutus') });
    const next = within(nav).getByRole('button', { name: b('pagination.next') });
    next.focus();
    await userEvent.keyboard('{Enter}');
    await expectCurrent(nav, { role: 'button', name: b('pagination.page', { page: 2 }) }, b('pagination.status', { page: 2, count: 7 }));
    await expect(next).toHaveFocus();
    await userEvent.keyboard(' ');
    await expectCurrent(nav, { role: 'button', name: b('pagination.page', { page: 3 }) }, b('pagination.status', { page: 3, count: 7 }));
  },
};
export const LongText: Story = { args: { page: 1234, pageCount: 98765 } };
export const Swedish: Story = {
  globals: { locale: 'sv' },
  play: async ({ canvasElement }) => {
    const nav = within(canvasElement).getByRole('navigation', { name: 'Sidnavigering' });
    await expectCurrent(nav, { role: 'link', name: 'Sida 3' }, 'Sida 3 av 10');
  },
};
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const nav = within(canvasElement).getByRole('navigation', { name: 'Pagination' });
    await expectCurrent(nav, { role: 'link', name: 'Page 3' }, 'Page 3 of 10');
  },
};

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  // Each navigation landmark has a name of its own (axe: landmark-unique).
  render: (args, context) => (
    <StateGrid>
      <InteractionCells label="Page 3 of 10" target=".aukio-pagination__step">
        {(cell) => <Pagination {...args} aria-label={`${builtInTexts(context)('pagination.label')} (${cell})`} />}
      </InteractionCells>
      <StateCell label="First page">
        <Pagination {...storyArgs(args, FirstPage)} aria-label={`${builtInTexts(context)('pagination.label')} (first page)`} />
      </StateCell>
      <StateCell label="Last page">
        <Pagination {...storyArgs(args, LastPage)} aria-label={`${builtInTexts(context)('pagination.label')} (last page)`} />
      </StateCell>
      <StateCell label="Many pages">
        <Pagination {...storyArgs(args, ManyPages)} aria-label={`${builtInTexts(context)('pagination.label')} (many pages)`} />
      </StateCell>
      <StateCell label="Swedish" locale="sv">
        <Pagination {...args} />
      </StateCell>
      <StateCell label="Long text" wide>
        <Pagination {...storyArgs(args, LongText)} aria-label={`${builtInTexts(context)('pagination.label')} (long text)`} />
      </StateCell>
    </StateGrid>
  ),
};
