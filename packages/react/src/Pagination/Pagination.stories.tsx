import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { Pagination } from './Pagination';

const href = (p: number) => `#sivu-${p}`;

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
    await expect(within(nav).getByRole('link', { name: 'Sivu 3' })).toHaveAttribute('aria-current', 'page');
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
    await expect(within(nav).getByRole('button', { name: 'Sivu 2' })).toHaveAttribute('aria-current', 'page');
    await expect(next).toHaveFocus();
    await userEvent.keyboard(' ');
    await expect(within(nav).getByRole('button', { name: 'Sivu 3' })).toHaveAttribute('aria-current', 'page');
  },
};
export const LongText: Story = { args: { page: 1234, pageCount: 98765 } };
export const Swedish: Story = {
  globals: { locale: 'sv' },
  play: async ({ canvasElement }) => {
    const nav = within(canvasElement).getByRole('navigation', { name: 'Sidnavigering' });
    await expect(within(nav).getByRole('link', { name: 'Sida 3' })).toHaveAttribute('aria-current', 'page');
  },
};
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const nav = within(canvasElement).getByRole('navigation', { name: 'Pagination' });
    await expect(within(nav).getByRole('link', { name: 'Page 3' })).toHaveAttribute('aria-current', 'page');
  },
};
