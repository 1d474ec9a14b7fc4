// The Foundations doc blocks as stories, so the story tests check them (axe, contrast, keyboard) like components.
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { BasePalette, ColourPalette, FocusExamples, MotionDemo, Radii, SpacingScale, TargetSizes, TypeScaleSamples, TypeScaleTable } from './foundations';

const meta = {
  title: 'Foundations/Doc blocks',
  // The Foundations pages show these blocks; the stories exist for the tests, so they stay out of the sidebar.
  tags: ['!dev', '!autodocs'],
  parameters: { layout: 'padded' },
} satisfies Meta;
export default meta;
type Story = StoryObj<typeof meta>;


export const TypeScale: Story = {
  render: () => (
    <>
      <TypeScaleTable />
      <TypeScaleSamples textSize={100} />
      <TypeScaleSamples textSize={200} />
    </>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // Body text: 18 px at 100 %, 36 px at 200 % (the table is computed from the tokens).
    const row = canvas.getByText('--aukio-font-size-body').closest('tr')!;
    await expect(row).toHaveTextContent('18 px');
    await expect(row).toHaveTextContent('36 px');
  },
};

export const SpacingAndShape: Story = {
  render: () => (
    <>
      <SpacingScale />
      <Radii />
    </>
  ),
};

export const Focus: Story = {
  render: () => <FocusExamples />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    const button = canvas.getByRole('button', { name: 'Tallenna' });
    await expect(button).toHaveFocus();
    const style = getComputedStyle(button);
    await expect(style.outlineStyle).toBe('solid');
    await expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(3);
    await userEvent.tab();
    await userEvent.tab();
    await expect(canvas.getByRole('link', { name: 'Lue lisää' })).toHaveFocus();
    await userEvent.tab();
    await expect(canvas.getByRole('checkbox', { name: 'Muista valintani' })).toHaveFocus();
  },
};

export const Motion: Story = {
  render: () => <MotionDemo />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // Where the table is wider than the page, its scroll region comes first (focusable, so it can be scrolled
    // from the keyboard); where it fits, it adds no tab stop. Then the demo.
    await userEvent.tab();
    const region = canvas.queryByRole('region', { name: 'Motion' });
    if (region) {
      await expect(region).toHaveFocus();
      await userEvent.tab();
    }
    const toggle = canvas.getByRole('button', { name: 'Näytä esimerkki' });
    await expect(toggle).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(canvas.getByText(/Tämä paneeli liukuu/)).toBeVisible();
  },
};

export const Targets: Story = {
  render: () => <TargetSizes />,
  play: async ({ canvasElement }) => {
    const root = document.documentElement;
    const scale = parseFloat(getComputedStyle(root).fontSize) / 16;
    const min = canvasElement.querySelector('.aukio-fd-target__box--min')!.getBoundingClientRect();
    const primary = canvasElement.querySelector('.aukio-fd-target__box--primary')!.getBoundingClientRect();
    await expect(Math.round(min.width / scale)).toBe(24);
    await expect(Math.round(primary.width / scale)).toBe(44);
    const button = within(canvasElement).getByRole('button');
    await expect(button.getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
  },
};

// The colour tables are the largest blocks (axe checks the contrast of every cell): last, after the browser is warm.
export const ColoursLight: Story = { render: () => <ColourPalette theme="light" /> };
export const ColoursDark: Story = { render: () => <ColourPalette theme="dark" /> };
export const ColoursHighContrast: Story = { render: () => <ColourPalette theme="high-contrast" /> };
export const Palette: Story = { render: () => <BasePalette /> };
