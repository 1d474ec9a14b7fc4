import type { Meta, StoryObj } from '@storybook/react-vite';
import { useId } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { DateInput } from '../DateInput';
import { TextInput } from '../TextInput';
import { ErrorSummary } from './ErrorSummary';
import { InteractionCells, StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';
import { builtInTexts, storyTexts } from '../../test/storyTexts';

const meta = {
  title: 'Components/ErrorSummary',
  component: ErrorSummary,
  args: {
    errors: [
      { fieldId: 'email', message: 'Kirjoita sähköpostiosoite oikeassa muodossa, esimerkiksi nimi@esimerkki.fi' },
      { fieldId: 'dob-month', message: 'Päivämäärässä on oltava kuukausi' },
    ],
  },
  // The example texts in the toolbar's language (packages/react/test/storyTexts.ts).
  parameters: {
    translations: {
      Sähköposti: { sv: 'E-post', en: 'Email' },
      Syntymäaika: { sv: 'Födelsedatum', en: 'Date of birth' },
      'Kirjoita sähköpostiosoite oikeassa muodossa, esimerkiksi nimi@esimerkki.fi': {
        sv: 'Skriv e-postadressen i rätt format, till exempel namn@exempel.fi',
        en: 'Enter the email address in the correct format, like name@example.fi',
      },
      'Päivämäärässä on oltava kuukausi': { sv: 'Datumet måste innehålla en månad', en: 'The date must include a month' },
      'Kirjoita sähköpostiosoite': { sv: 'Skriv e-postadressen', en: 'Enter your email address' },
      'Hakemusta ei voitu lähettää': { sv: 'Ansökan kunde inte skickas', en: 'The application could not be sent' },
      'Korjaa seuraavat kohdat ja lähetä hakemus uudelleen.': {
        sv: 'Rätta följande punkter och skicka ansökan igen.',
        en: 'Correct the following and send the application again.',
      },
      'Hakemuksessa on kohtia, jotka sinun on tarkistettava ennen kuin voimme käsitellä sen': {
        sv: 'Ansökan har punkter som du måste kontrollera innan vi kan behandla den',
        en: 'The application has points you must check before we can process it',
      },
      'Kirjoita sähköpostiosoite oikeassa muodossa, esimerkiksi etunimi.sukunimi@esimerkki.fi, jotta voimme lähettää päätöksen sinulle sähköisesti': {
        sv: 'Skriv e-postadressen i rätt format, till exempel fornamn.efternamn@exempel.fi, så att vi kan skicka beslutet till dig elektroniskt',
        en: 'Enter the email address in the correct format, like firstname.lastname@example.fi, so that we can send you the decision online',
      },
    },
  },
  render: function Render(args, context) {
    const t = storyTexts(context);
    // Ids from useId, so two copies of a story on one page (the fuzz test) never share an id.
    const prefix = `story${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
    const errors = args.errors.map((e) => ({ ...e, fieldId: `${prefix}-${e.fieldId}` }));
    return (
      <div className="aukio-story-stack">
        <ErrorSummary {...args} errors={errors} />
        <TextInput id={`${prefix}-email`} label={t('Sähköposti')} type="email" defaultValue="aino@" error={args.errors[0]?.message} />
        <DateInput
          id={`${prefix}-dob`}
          legend={t('Syntymäaika')}
          defaultValue={{ day: '27', month: '', year: '1990' }}
          error={args.errors[1]?.message}
        />
      </div>
    );
  },
} satisfies Meta<typeof ErrorSummary>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The summary takes focus when it appears; each link moves focus to its field (a date: the wrong part). */
export const Default: Story = {
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const t = storyTexts(context);
    const b = builtInTexts(context);
    const summary = canvas.getByRole('heading', { name: b('errorSummary.title') }).parentElement!;
    await waitFor(() => expect(summary).toHaveFocus());
    await userEvent.tab();
    await expect(canvas.getByRole('link', { name: t('Kirjoita sähköpostiosoite oikeassa muodossa, esimerkiksi nimi@esimerkki.fi') })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('textbox', { name: new RegExp(t('Sähköposti')) })).toHaveFocus();
    await userEvent.click(canvas.getByRole('link', { name: t('Päivämäärässä on oltava kuukausi') }));
    await expect(canvas.getByRole('textbox', { name: b('dateInput.month') })).toHaveFocus();
  },
};
export const OneError: Story = { args: { errors: [{ fieldId: 'email', message: 'Kirjoita sähköpostiosoite' }] } };
export const CustomTitle: Story = {
  args: { title: 'Hakemusta ei voitu lähettää', description: 'Korjaa seuraavat kohdat ja lähetä hakemus uudelleen.' },
};
export const Empty: Story = { args: { errors: [] } };
export const LongText: Story = {
  args: {
    title: 'Hakemuksessa on kohtia, jotka sinun on tarkistettava ennen kuin voimme käsitellä sen',
    errors: [
      {
        fieldId: 'email',
        message:
          'Kirjoita sähköpostiosoite oikeassa muodossa, esimerkiksi etunimi.sukunimi@esimerkki.fi, jotta voimme lähettää päätöksen sinulle sähköisesti',
      },
      { fieldId: 'dob', message: 'Päivämäärässä on oltava kuukausi' },
    ],
  },
};
export const Swedish: Story = {
  args: {
    errors: [
      { fieldId: 'email', message: 'Skriv e-postadressen i rätt format, till exempel namn@exempel.fi' },
      { fieldId: 'dob-month', message: 'Datumet måste innehålla en månad' },
    ],
  },
  globals: { locale: 'sv' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { name: 'Kontrollera följande' })).toBeInTheDocument();
  },
};
export const English: Story = {
  args: {
    errors: [
      { fieldId: 'email', message: 'Enter an email address in the correct format, like name@example.com' },
      { fieldId: 'dob-month', message: 'The date must include a month' },
    ],
  },
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { name: 'Check the following' })).toBeInTheDocument();
  },
};

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  // Each summary with its fields (the story's own render); none takes focus, which would scroll the docs page.
  // Each cell's texts in the toolbar's language (the Swedish cell's in Swedish).
  render: (args, context) => {
    const t = storyTexts(context);
    const swedish = { ...context, globals: { ...context.globals, locale: 'sv' } };
    return (
      <StateGrid>
        <InteractionCells label="Two errors" target="a">
          {() => meta.render(storyArgs(args, { args: { autoFocus: false } }), context)}
        </InteractionCells>
        <StateCell label="Own title and description" wide>
          {meta.render(t(storyArgs(args, CustomTitle, { args: { autoFocus: false } })), context)}
        </StateCell>
        <StateCell label="Swedish" locale="sv" wide>
          {meta.render(storyArgs(args, Swedish, { args: { autoFocus: false } }), swedish)}
        </StateCell>
        <StateCell label="Long text" wide>
          {meta.render(t(storyArgs(args, LongText, { args: { autoFocus: false } })), context)}
        </StateCell>
      </StateGrid>
    );
  },
};
