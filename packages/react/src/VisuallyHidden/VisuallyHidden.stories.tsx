import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { VisuallyHidden } from './VisuallyHidden';
import { InteractionCells, StateCell, StateGrid } from '../../test/visual/StateGrid';
import { storyTexts } from '../../test/storyTexts';

const meta = {
  title: 'Components/VisuallyHidden',
  component: VisuallyHidden,
  // The example texts in the toolbar's language (packages/react/test/storyTexts.ts).
  parameters: {
    translations: {
      Muuta: { sv: 'Ändra', en: 'Change' },
      sähköpostiosoitetta: { sv: 'e-postadressen', en: 'email address' },
      Hakutulokset: { sv: 'Sökresultat', en: 'Search results' },
      '12 pysäköintialuetta löytyi.': { sv: '12 parkeringsområden hittades.', en: '12 parking areas found.' },
      'Hinta 30 €': { sv: 'Pris 30 €', en: 'Price €30' },
      'kuukaudessa, sisältää arvonlisäveron ja laskutetaan kolmen kuukauden jaksoissa hakemuksen hyväksymisen jälkeen': {
        sv: 'i månaden, inklusive mervärdesskatt, faktureras i perioder om tre månader efter att ansökan har godkänts',
        en: 'a month, including VAT, billed every three months after the application is approved',
      },
    },
  },
} satisfies Meta<typeof VisuallyHidden>;
export default meta;
type Story = StoryObj<typeof meta>;

export const InButton: Story = {
  render: (_args, context) => {
    const t = storyTexts(context);
    return (
      <button type="button" className="aukio-button" data-variant="secondary" data-size="medium">
        {`${t('Muuta')} `}
        <VisuallyHidden>{t('sähköpostiosoitetta')}</VisuallyHidden>
      </button>
    );
  },
  play: async ({ canvasElement, ...context }) => {
    const t = storyTexts(context);
    await expect(within(canvasElement).getByRole('button')).toHaveAccessibleName(`${t('Muuta')} ${t('sähköpostiosoitetta')}`);
  },
};
export const HiddenHeading: Story = {
  render: (_args, context) => {
    const t = storyTexts(context);
    return (
      <section aria-labelledby="tulokset">
        <VisuallyHidden as="h2" id="tulokset">
          {t('Hakutulokset')}
        </VisuallyHidden>
        <p>{t('12 pysäköintialuetta löytyi.')}</p>
      </section>
    );
  },
};
export const LongText: Story = {
  render: (_args, context) => {
    const t = storyTexts(context);
    return (
      <p>
        {t('Hinta 30 €')}
        <VisuallyHidden>
          {t('kuukaudessa, sisältää arvonlisäveron ja laskutetaan kolmen kuukauden jaksoissa hakemuksen hyväksymisen jälkeen')}
        </VisuallyHidden>
      </p>
    );
  },
};
export const Swedish: Story = {
  globals: { locale: 'sv' },
  render: () => (
    <p>
      Pris 30 € <VisuallyHidden>per månad</VisuallyHidden>
    </p>
  ),
};
export const English: Story = {
  globals: { locale: 'en' },
  render: () => (
    <p>
      Price 30 € <VisuallyHidden>per month</VisuallyHidden>
    </p>
  ),
};

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  render: (args, context) => (
    <StateGrid>
      <InteractionCells label="Hidden text in a button">{InButton.render?.(args, context)}</InteractionCells>
      <StateCell label="Hidden heading">{HiddenHeading.render?.(args, context)}</StateCell>
      <StateCell label="Swedish" locale="sv">
        {Swedish.render?.(args, context)}
      </StateCell>
      <StateCell label="Long hidden text" wide>
        {LongText.render?.(args, context)}
      </StateCell>
    </StateGrid>
  ),
};
