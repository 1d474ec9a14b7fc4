import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Card } from './Card';
import { InteractionCells, StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';
import { elementTexts, storyTexts } from '../../test/storyTexts';

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
  // The children are elements: their texts in the toolbar's language through elementTexts.
  render: (args, context) => <Card {...args} children={elementTexts(args.children, storyTexts(context))} />,
  // The example texts in the toolbar's language (packages/react/test/storyTexts.ts).
  parameters: {
    translations: {
      Asukaspysäköinti: { sv: 'Invånarparkering', en: 'Resident parking' },
      'Asukaspysäköintitunnuksella voit pysäköidä oman alueesi kadunvarsipaikoille.': {
        sv: 'Med ett invånarparkeringstillstånd kan du parkera på gatan i ditt eget område.',
        en: 'With a resident parking permit you can park on the street in your own area.',
      },
      'Päivitetty 1.1.2026': { sv: 'Uppdaterad 1.1.2026', en: 'Updated 1 Jan 2026' },
      'Hinta alkaen 180 € / vuosi': { sv: 'Pris från 180 € / år', en: 'Price from €180 / year' },
      'Asukaspysäköintitunnuksen hakeminen, uusiminen, muuttaminen ja peruuttaminen kantakaupungissa': {
        sv: 'Ansöka om, förnya, ändra och säga upp invånarparkeringstillstånd i innerstaden',
        en: 'Applying for, renewing, changing and cancelling a resident parking permit in the inner city',
      },
      'Pitkä_sana_ilman_välilyöntejä_asukaspysäköintitunnushakemuksenliitetiedosto_2026.pdf ja muuta tekstiä.': {
        sv: 'Ett_långt_ord_utan_mellanslag_bilagatillansökanominvånarparkeringstillstånd_2026.pdf och annan text.',
        en: 'A_long_word_without_spaces_residentparkingpermitapplicationattachment_2026.pdf and other text.',
      },
    },
  },
} satisfies Meta<typeof Card>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const WithFooter: Story = { args: { footer: 'Päivitetty 1.1.2026' } };
/** The whole card is clickable; the one link is in the heading. Tab reaches it once. */
export const Linked: Story = {
  args: { href: '#asukaspysakointi', media: <Illustration />, footer: 'Hinta alkaen 180 € / vuosi' },
  play: async ({ canvasElement, ...context }) => {
    await userEvent.tab();
    await expect(within(canvasElement).getByRole('link', { name: storyTexts(context)('Asukaspysäköinti') })).toHaveFocus();
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
  // Each cell's texts in the toolbar's language (its children elements too); the Swedish cell's in Swedish.
  render: (args, context) => {
    const t = storyTexts(context);
    const own = (cellArgs: typeof args) => ({ ...t(cellArgs), children: elementTexts(cellArgs.children, t) });
    return (
      <StateGrid>
        <StateCell label="Default">
          <Card {...own(args)} />
        </StateCell>
        <StateCell label="With footer">
          <Card {...own(storyArgs(args, WithFooter))} />
        </StateCell>
        <StateCell label="With media">
          <Card {...own(storyArgs(args, WithMedia))} />
        </StateCell>
        <InteractionCells label="Linked" target="a">
          <Card {...own(storyArgs(args, Linked))} />
        </InteractionCells>
        <StateCell label="Swedish, linked" locale="sv">
          <Card {...storyArgs(args, Swedish)} />
        </StateCell>
        <StateCell label="Long text" wide>
          <Card {...own(storyArgs(args, LongText))} />
        </StateCell>
      </StateGrid>
    );
  },
};
