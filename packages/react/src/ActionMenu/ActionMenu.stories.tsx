import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { ActionMenu } from './ActionMenu';

const noop = () => {};
const items = (
  <>
    <ActionMenu.Item onSelect={noop}>Muokkaa</ActionMenu.Item>
    <ActionMenu.Item onSelect={noop}>Kopioi</ActionMenu.Item>
    <ActionMenu.Item onSelect={noop} disabled>
      Arkistoi
    </ActionMenu.Item>
    <ActionMenu.Item onSelect={noop}>Poista</ActionMenu.Item>
  </>
);

const meta = {
  title: 'Components/ActionMenu',
  component: ActionMenu,
  args: { label: 'Toiminnot', children: items },
  decorators: [(Story) => <div className="aukio-story-page">{<Story />}</div>],
} satisfies Meta<typeof ActionMenu>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Closed: Story = {};

/** Opened with Down Arrow; arrows, Home, End and type-ahead move; Escape closes and focus returns. */
export const Keyboard: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: 'Toiminnot' });
    await userEvent.tab();
    await expect(button).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    await expect(canvas.getByRole('menuitem', { name: 'Muokkaa' })).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}');
    await expect(canvas.getByRole('menuitem', { name: 'Poista' })).toHaveFocus();
    await userEvent.keyboard('{Home}k');
    await expect(canvas.getByRole('menuitem', { name: 'Kopioi' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await expect(button).toHaveFocus();
    await expect(button).toHaveAttribute('aria-expanded', 'false');
  },
};

/** Open, so the story's axe check runs on the open menu. */
export const Open: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    canvas.getByRole('button', { name: 'Toiminnot' }).focus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('menu', { name: 'Toiminnot' })).toBeVisible();
    await expect(canvas.getByRole('menuitem', { name: 'Muokkaa' })).toHaveFocus();
  },
};

export const AlignEnd: Story = {
  args: { align: 'end', variant: 'tertiary' },
  decorators: [(Story) => <div className="aukio-story-row">{<Story />}</div>],
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Toiminnot' }));
  },
};

export const LongText: Story = {
  args: {
    label: 'Hakemuksen toiminnot ja lisävaihtoehdot',
    children: (
      <>
        <ActionMenu.Item onSelect={noop}>Lataa asukaspysäköintitunnushakemus PDF-tiedostona</ActionMenu.Item>
        <ActionMenu.Item onSelect={noop}>Siirrä hakemus toiselle käsittelijälle</ActionMenu.Item>
      </>
    ),
  },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: /Hakemuksen toiminnot/ }));
  },
};

export const Swedish: Story = {
  args: {
    label: 'Åtgärder',
    children: (
      <>
        <ActionMenu.Item onSelect={noop}>Redigera</ActionMenu.Item>
        <ActionMenu.Item onSelect={noop}>Radera</ActionMenu.Item>
      </>
    ),
  },
  globals: { locale: 'sv' },
};

export const English: Story = {
  args: {
    label: 'Actions',
    children: (
      <>
        <ActionMenu.Item onSelect={noop}>Edit</ActionMenu.Item>
        <ActionMenu.Item onSelect={noop}>Delete</ActionMenu.Item>
      </>
    ),
  },
  globals: { locale: 'en' },
};
