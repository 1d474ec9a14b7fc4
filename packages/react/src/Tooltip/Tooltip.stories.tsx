import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Tooltip } from './Tooltip';

const Save = () => (
  <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
    <path d="M5 4h11l3 3v13H5zM8 4v5h7V4M8 20v-6h8v6" fill="none" stroke="currentColor" strokeWidth="2" />
  </svg>
);

const meta = {
  title: 'Components/Tooltip',
  component: Tooltip,
  args: {
    content: 'Tallentaa luonnoksen, jota voit jatkaa myöhemmin',
    children: (
      <button type="button" className="aukio-button" data-variant="secondary" aria-label="Tallenna luonnos">
        <Save />
      </button>
    ),
  },
} satisfies Meta<typeof Tooltip>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** Keyboard focus shows the tooltip; Escape hides it and focus stays on the button. */
export const OnFocus: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: 'Tallenna luonnos' });
    await userEvent.tab();
    await expect(button).toHaveFocus();
    await expect(await canvas.findByRole('tooltip')).toBeVisible();
    await expect(button).toHaveAccessibleDescription('Tallentaa luonnoksen, jota voit jatkaa myöhemmin');
    await userEvent.keyboard('{Escape}');
    await expect(canvas.getByRole('tooltip', { hidden: true })).not.toBeVisible();
    await expect(button).toHaveFocus();
    await userEvent.tab({ shift: true });
    await userEvent.tab();
    await expect(await canvas.findByRole('tooltip')).toBeVisible();
  },
};

/** Hover shows it after a short delay, and it stays while the pointer is on the tooltip itself. */
export const OnHover: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.hover(canvas.getByRole('button'));
    const tip = await canvas.findByRole('tooltip');
    await userEvent.hover(tip);
    await new Promise((r) => setTimeout(r, 200));
    await expect(tip).toBeVisible();
  },
};

export const OnLink: Story = {
  args: {
    content: 'Avautuu PDF-tiedostona (240 kt)',
    children: <a href="#hinnasto">Hinnasto 2026</a>,
  },
};

export const LongText: Story = {
  args: {
    content:
      'Tallentaa hakemuksen luonnoksena, jota voit jatkaa myöhemmin kirjautumalla asiointipalveluun. Luonnokset säilytetään kolmekymmentä päivää.',
  },
  play: async ({ canvasElement }) => {
    await userEvent.hover(within(canvasElement).getByRole('button'));
    await within(canvasElement).findByRole('tooltip');
  },
};

export const Swedish: Story = {
  args: {
    content: 'Sparar ett utkast som du kan fortsätta senare',
    children: (
      <button type="button" className="aukio-button" data-variant="secondary" aria-label="Spara utkast">
        <Save />
      </button>
    ),
  },
  globals: { locale: 'sv' },
};

export const English: Story = {
  args: {
    content: 'Saves a draft you can continue later',
    children: (
      <button type="button" className="aukio-button" data-variant="secondary" aria-label="Save draft">
        <Save />
      </button>
    ),
  },
  globals: { locale: 'en' },
};
