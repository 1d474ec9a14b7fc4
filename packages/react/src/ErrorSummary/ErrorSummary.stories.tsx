import type { Meta, StoryObj } from '@storybook/react-vite';
import { useId } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { DateInput } from '../DateInput';
import { TextInput } from '../TextInput';
import { ErrorSummary } from './ErrorSummary';
import { InteractionCells, StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';

const meta = {
  title: 'Components/ErrorSummary',
  component: ErrorSummary,
  args: {
    errors: [
      { fieldId: 'email', message: 'Kirjoita sähköpostiosoite oikeassa muodossa, esimerkiksi nimi@esimerkki.fi' },
      { fieldId: 'dob-month', message: 'Päivämäärässä on oltava kuukausi' },
    ],
  },
  render: function Render(args) {
    // Ids from useId, so two copies of a story on one page (the fuzz test) never share an id.
    const prefix = `story${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
    const errors = args.errors.map((e) => ({ ...e, fieldId: `${prefix}-${e.fieldId}` }));
    return (
      <div className="aukio-story-stack">
        <ErrorSummary {...args} errors={errors} />
        <TextInput id={`${prefix}-email`} label="Sähköposti" type="email" defaultValue="aino@" error={args.errors[0]?.message} />
        <DateInput
          id={`${prefix}-dob`}
          legend="Syntymäaika"
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
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const summary = canvas.getByRole('heading', { name: 'Tarkista seuraavat kohdat' }).parentElement!;
    await waitFor(() => expect(summary).toHaveFocus());
    await userEvent.tab();
    await expect(canvas.getByRole('link', { name: /Kirjoita sähköpostiosoite/ })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('textbox', { name: /Sähköposti/ })).toHaveFocus();
    await userEvent.click(canvas.getByRole('link', { name: 'Päivämäärässä on oltava kuukausi' }));
    await expect(canvas.getByRole('textbox', { name: 'Kuukausi' })).toHaveFocus();
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
  render: (args) => (
    <StateGrid>
      <InteractionCells label="Two errors" target="a">
        {() => meta.render(storyArgs(args, { args: { autoFocus: false } }))}
      </InteractionCells>
      <StateCell label="Own title and description" wide>
        {meta.render(storyArgs(args, CustomTitle, { args: { autoFocus: false } }))}
      </StateCell>
      <StateCell label="Swedish" locale="sv" wide>
        {meta.render(storyArgs(args, Swedish, { args: { autoFocus: false } }))}
      </StateCell>
      <StateCell label="Long text" wide>
        {meta.render(storyArgs(args, LongText, { args: { autoFocus: false } }))}
      </StateCell>
    </StateGrid>
  ),
};
