import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { sampleCategories } from './fixtures';
import { PersonalDataOverview } from './PersonalDataOverview';
import { StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';
import { builtInTexts, cellLanguage, storyArgsIn, storyTexts } from '../../test/storyTexts';

const meta = {
  title: 'Components/PersonalDataOverview',
  component: PersonalDataOverview,
  args: {
    categories: sampleCategories,
    onRequest: () => new Promise<void>((resolve) => setTimeout(resolve, 300)),
  },
  // The example texts in the toolbar's language (packages/react/test/storyTexts.ts); the values (names, addresses,
  // dates) stay as they are.
  parameters: {
    translations: {
      Yhteystiedot: { sv: 'Kontaktuppgifter', en: 'Contact details' },
      Nimi: { sv: 'Namn', en: 'Name' },
      Osoite: { sv: 'Adress', en: 'Address' },
      Sähköposti: { sv: 'E-post', en: 'Email' },
      Väestötietojärjestelmä: { sv: 'Befolkningsdatasystemet', en: 'Population register' },
      'Itse antamasi tiedot': { sv: 'Uppgifter du själv har gett', en: 'Details you gave yourself' },
      'Asiointi ja yhteydenpito': { sv: 'Ärenden och kontakt', en: 'Services and contact' },
      'Lakisääteinen velvoite (EU:n yleinen tietosuoja-asetus 6 art. 1 c)': {
        sv: 'Rättslig förpliktelse (EU:s allmänna dataskyddsförordning art. 6.1 c)',
        en: 'Legal obligation (EU General Data Protection Regulation Art. 6(1)(c))',
      },
      '2 vuotta asiakkuuden päättymisestä': { sv: '2 år efter att kundrelationen upphört', en: '2 years after you stop being a customer' },
      Pysäköintitunnukset: { sv: 'Parkeringstillstånd', en: 'Parking permits' },
      Rekisteritunnus: { sv: 'Registreringsnummer', en: 'Registration number' },
      'Tunnus voimassa': { sv: 'Tillståndet gäller', en: 'Permit valid' },
      'Liikenneasioiden rekisteri': { sv: 'Trafikregistret', en: 'Transport register' },
      'Asukaspysäköintitunnuksen myöntäminen': { sv: 'Beviljande av invånarparkeringstillstånd', en: 'Granting resident parking permits' },
      Pysäköinninvalvonta: { sv: 'Parkeringsövervakning', en: 'Parking control' },
      'Yleisen edun mukainen tehtävä': { sv: 'Uppgift av allmänt intresse', en: 'Task in the public interest' },
      '5 vuotta tunnuksen päättymisestä': { sv: '5 år efter att tillståndet upphört', en: '5 years after the permit ends' },
      'Varhaiskasvatuksen asiakkuuteen ja palvelutarpeen arviointiin liittyvät yhteystiedot': {
        sv: 'Kontaktuppgifter för kundrelationen inom småbarnspedagogiken och bedömningen av servicebehovet',
        en: 'Contact details for early childhood education and assessing service needs',
      },
      Sähköpostiosoite: { sv: 'E-postadress', en: 'Email address' },
    },
  },
} satisfies Meta<typeof PersonalDataOverview>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** A category opened with the keyboard. */
export const Expanded: Story = {
  play: async ({ canvasElement, ...context }) => {
    const trigger = within(canvasElement).getByRole('button', { name: storyTexts(context)('Pysäköintitunnukset') });
    trigger.focus();
    await userEvent.keyboard('{Enter}');
    await expect(trigger).toHaveAttribute('aria-expanded', 'true');
    await expect(within(canvasElement).getByText('ABC-123')).toBeVisible();
  },
};

export const Downloads: Story = {
  play: async ({ canvasElement, ...context }) => {
    const link = await within(canvasElement).findByRole('link', { name: builtInTexts(context)('personalData.downloadCsv') });
    await expect(link).toHaveAttribute('download', 'personal-data.csv');
    await expect(link.getAttribute('href')).toMatch(/^blob:/);
  },
};

/** Keyboard only: a copy request sent. */
export const RequestSent: Story = {
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const b = builtInTexts(context);
    canvas.getByRole('radio', { name: b('personalData.type.copy') }).focus();
    await userEvent.keyboard(' ');
    canvas.getByRole('button', { name: b('personalData.requestSubmit') }).focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(canvas.getByText(b('personalData.requestSent'))).toBeVisible());
  },
};

export const MissingRequestType: Story = {
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const b = builtInTexts(context);
    canvas.getByRole('button', { name: b('personalData.requestSubmit') }).focus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('link', { name: b('personalData.typeError') })).toBeVisible();
  },
};

export const RequestFailed: Story = {
  args: { onRequest: () => Promise.reject(new Error('503')) },
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const b = builtInTexts(context);
    canvas.getByRole('radio', { name: b('personalData.type.deletion') }).focus();
    await userEvent.keyboard(' ');
    canvas.getByRole('button', { name: b('personalData.requestSubmit') }).focus();
    await userEvent.keyboard('{Enter}');
    await expect(await canvas.findByText(b('personalData.requestFailed'))).toBeVisible();
  },
};

export const Empty: Story = { args: { categories: [] } };
export const LongText: Story = {
  args: {
    categories: [
      {
        ...sampleCategories[0]!,
        title: 'Varhaiskasvatuksen asiakkuuteen ja palvelutarpeen arviointiin liittyvät yhteystiedot',
        items: [{ label: 'Sähköpostiosoite', value: 'maija.meikalainen.pitkasahkopostiosoitteenomistaja@esimerkkilankaupunki.fi' }],
      },
    ],
  },
  play: async ({ canvasElement, ...context }) => {
    const title = storyTexts(context)('Varhaiskasvatuksen asiakkuuteen ja palvelutarpeen arviointiin liittyvät yhteystiedot');
    within(canvasElement).getByRole('button', { name: title }).focus();
    await userEvent.keyboard('{Enter}');
  },
};
export const Swedish: Story = { globals: { locale: 'sv' } };
export const English: Story = { globals: { locale: 'en' } };

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  // Landmark names must differ on a page (axe: landmark-unique): the request form is named by its heading and
  // each category's panel by the category, which is the app's own text in every language. So one overview with
  // categories, and an empty one in English (in Finnish when the toolbar shows English: cellLanguage). The
  // buttons' states are Button's and Accordion's.
  render: (args, context) => {
    const [en, enName] = cellLanguage(context, 'en');
    return (
      <StateGrid>
        <StateCell label="Categories closed" wide>
          <PersonalDataOverview {...args} />
        </StateCell>
        <StateCell label={`Empty, ${enName}`} locale={en} wide>
          <PersonalDataOverview {...storyArgs(storyArgsIn(args, context, en), Empty)} />
        </StateCell>
      </StateGrid>
    );
  },
};
