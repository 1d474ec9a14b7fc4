import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Card } from './Card';
import { InteractionCells, StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';

const Illustration = () => (
  <svg viewBox="0 0 320 120" aria-hidden="true" focusable="false">
    <rect width="320" height="120" fill="#eaf1fb" />
    <circle cx="60" cy="60" r="32" fill="#0b4597" />
    <rect x="120" y="40" width="160" height="40" rx="8" fill="#b9bec7" />
  </svg>
);

const meta = {
  title: 'Components/Card',
  component: Card,
  args: {
    title: 'Asukaspysäköinti',
    headingLevel: 2,
    children: <p>Asukaspysäköintitunnuksella voit pysäköidä oman alueesi kadunvarsipaikoille.</p>,
  },
} satisfies Meta<typeof Card>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const WithFooter: Story = { args: { footer: 'Päivitetty 1.1.2026' } };
/** The whole card is clickable; the one link is in the heading. Tab reaches it once. */
export const Linked: Story = {
  args: { href: '#asukaspysakointi', media: <Illustration />, footer: 'Hinta alkaen 180 € / vuosi' },
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    await expect(within(canvasElement).getByRole('link', { name: 'Asukaspysäköinti' })).toHaveFocus();
  },
};
export const WithMedia: Story = { args: { media: <Illustration /> } };
export const LongText: Story = {
  args: {
    href: '#pitka',
    title: 'Asukaspysäköintitunnuksen hakeminen, uusiminen, muuttaminen ja peruuttaminen kantakaupungissa',
    children: <p>Pitkä_sana_ilman_välilyöntejä_asukaspysäköintitunnushakemuksenliitetiedosto_2026.pdf ja muuta tekstiä.</p>,
  },
};
export const Swedish: Story = {
  args: { title: 'Invånarparkering', href: '#sv', children: <p>Parkera på gatan i ditt område.</p> },
  globals: { locale: 'sv' },
};
export const English: Story = {
  args: { title: 'Resident parking', href: '#en', children: <p>Park on the street in your area.</p> },
  globals: { locale: 'en' },
};

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  render: (args) => (
    <StateGrid>
      <StateCell label="Default">
        <Card {...args} />
      </StateCell>
      <StateCell label="With footer">
        <Card {...storyArgs(args, WithFooter)} />
      </StateCell>
      <StateCell label="With media">
        <Card {...storyArgs(args, WithMedia)} />
      </StateCell>
      <InteractionCells label="Linked" target="a">
        <Card {...storyArgs(args, Linked)} />
      </InteractionCells>
      <StateCell label="Swedish, linked" locale="sv">
        <Card {...storyArgs(args, Swedish)} />
      </StateCell>
      <StateCell label="Long text" wide>
        <Card {...storyArgs(args, LongText)} />
      </StateCell>
    </StateGrid>
  ),
};
