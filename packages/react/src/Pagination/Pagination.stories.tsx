import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { Pagination } from './Pagination';
import { InteractionCells, StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';

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
} satisfies Meta<typeof Pagination>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Links: Story = {
  play: async ({ canvasElement }) => {
    const nav = within(canvasElement).getByRole('navigation', { name: 'Sivutus' });
    await expectCurrent(nav, { role: 'link', name: 'Sivu 3' }, 'Sivu 3 / 10');
    await userEvent.tab();
    await expect(within(nav).getByRole('link', { name: 'Edellinen' })).toHaveFocus();
  },
};
export const FirstPage: Story = { args: { page: 1 } };
export const LastPage: Story = { args: { page: 10 } };
export const FewPages: Story = { args: { page: 2, pageCount: 4 } };
export const ManyPages: Story = { args: { page: 48, pageCount: 120 } };
/** One page: nothing is rendered (a designed empty state: no navigation is needed). */
export const OnePage: Story = { args: { page: 1, pageCount: 1 } };

function WithButtons() {
  const [page, setPage] = useState(1);
  return (
    <div className="aukio-story-stack">
      <p>Näytetään sivu {page}.</p>
      <Pagination page={page} pageCount={7} onPageChange={setPage} aria-label="Hakutulosten sivutus" />
    </div>
  );
}
export const Buttons: Story = {
  args: { href: undefined },
  render: () => <WithButtons />,
  play: async ({ canvasElement }) => {
    const nav = within(canvasElement).getByRole('navigation', { name: 'Hakutulosten sivutus' });
    const next = within(nav).getByRole('button', { name: 'Seuraava' });
    next.focus();
    await userEvent.keyboard('{Enter}');
    await expectCurrent(nav, { role: 'button', name: 'Sivu 2' }, 'Sivu 2 / 7');
    await expect(next).toHaveFocus();
    await userEvent.keyboard(' ');
    await expectCurrent(nav, { role: 'button', name: 'Sivu 3' }, 'Sivu 3 / 7');
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
  render: (args) => (
    <StateGrid>
      <InteractionCells label="Page 3 of 10" target=".aukio-pagination__step">
        {(cell) => <Pagination {...args} aria-label={`Sivutus (${cell})`} />}
      </InteractionCells>
      <StateCell label="First page">
        <Pagination {...storyArgs(args, FirstPage)} aria-label="Sivutus (first page)" />
      </StateCell>
      <StateCell label="Last page">
        <Pagination {...storyArgs(args, LastPage)} aria-label="Sivutus (last page)" />
      </StateCell>
      <StateCell label="Many pages">
        <Pagination {...storyArgs(args, ManyPages)} aria-label="Sivutus (many pages)" />
      </StateCell>
      <StateCell label="Swedish" locale="sv">
        <Pagination {...args} />
      </StateCell>
      <StateCell label="Long text" wide>
        <Pagination {...storyArgs(args, LongText)} aria-label="Sivutus (long text)" />
      </StateCell>
    </StateGrid>
  ),
};
