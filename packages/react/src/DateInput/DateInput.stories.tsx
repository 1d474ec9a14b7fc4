import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { DateInput } from './DateInput';
import { InteractionCells, StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';
import { builtInTexts, storyLocale, storyTexts } from '../../test/storyTexts';
import { dateLocaleTable } from './validateDateParts';

const meta = {
  title: 'Components/DateInput',
  component: DateInput,
  args: { legend: 'Syntymäaika', name: 'dob', hint: 'Esimerkiksi 27 3 1990', autoCompleteBirthday: true },
  // The example texts in the toolbar's language (packages/react/test/storyTexts.ts).
  parameters: {
    translations: {
      Syntymäaika: { sv: 'Födelsedatum', en: 'Date of birth' },
      'Esimerkiksi 27 3 1990': { sv: 'Till exempel 27 3 1990', en: 'For example 27 3 1990' },
      Muuttopäivä: { sv: 'Flyttdag', en: 'Moving date' },
      Aloituspäivä: { sv: 'Startdatum', en: 'Start date' },
      'Vuoden 2026 aikana': { sv: 'Under år 2026', en: 'During 2026' },
      'Syntymäajan on oltava menneisyydessä': { sv: 'Födelsedatumet måste ligga bakåt i tiden', en: 'The date of birth must be in the past' },
      'Milloin muutit nykyiseen osoitteeseesi?': { sv: 'När flyttade du till din nuvarande adress?', en: 'When did you move to your current address?' },
      'Päivämäärä, jolloin vuokrasopimuksesi alkoi tai jolloin muutit asuntoon, jos vuokrasopimus on tehty aiemmin': {
        sv: 'Datum då ditt hyresavtal började eller då du flyttade in i bostaden, om hyresavtalet gjordes tidigare',
        en: 'The date your tenancy began, or the date you moved in if the tenancy agreement was made earlier',
      },
      'Löydät päivämäärän vuokrasopimuksesta. Jos et muista tarkkaa päivää, kirjoita kuukauden ensimmäinen päivä ja kerro asiasta lisätiedoissa.': {
        sv: 'Du hittar datumet i hyresavtalet. Om du inte minns den exakta dagen, skriv månadens första dag och nämn det under tilläggsuppgifter.',
        en: 'You can find the date in your tenancy agreement. If you do not remember the exact day, enter the first day of the month and say so under additional information.',
      },
      'Päivämäärässä on oltava kuukausi': { sv: 'Datumet måste innehålla en månad', en: 'The date must include a month' },
    },
  },
} satisfies Meta<typeof DateInput>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const b = builtInTexts(context);
    await userEvent.click(canvas.getByRole('textbox', { name: b('dateInput.day') }));
    await userEvent.keyboard('27');
    await userEvent.tab();
    await userEvent.keyboard('3');
    await userEvent.tab();
    await userEvent.keyboard('1990');
    await expect(canvas.getByRole('textbox', { name: b('dateInput.year') })).toHaveFocus();
    await expect(canvas.getByRole('textbox', { name: b('dateInput.month') })).toHaveValue('3');
  },
};
/** Leaving the group with the month empty: the message names the month and only the month is marked. */
export const MissingPart: Story = {
  args: { defaultValue: { day: '27', month: '', year: '1990' } },
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const b = builtInTexts(context);
    await userEvent.click(canvas.getByRole('textbox', { name: b('dateInput.year') }));
    await userEvent.tab();
    await expect(canvas.getByText(b('dateInput.missingMonth'))).toBeInTheDocument();
    await expect(canvas.getByRole('textbox', { name: b('dateInput.month') })).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getByRole('textbox', { name: b('dateInput.day') })).not.toHaveAttribute('aria-invalid');
  },
};
export const ImpossibleDate: Story = {
  args: { legend: 'Muuttopäivä', name: 'move', autoCompleteBirthday: false, hint: undefined, defaultValue: { day: '31', month: '2', year: '2026' } },
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const b = builtInTexts(context);
    await userEvent.click(canvas.getByRole('textbox', { name: b('dateInput.year') }));
    await userEvent.tab();
    const date = dateLocaleTable[storyLocale(context)].format(31, 2, 2026);
    await expect(canvas.getByText(b('dateInput.notReal', { date }))).toBeInTheDocument();
    await expect(canvas.getByRole('textbox', { name: b('dateInput.day') })).toHaveAttribute('aria-invalid', 'true');
  },
};
export const OutOfRange: Story = {
  args: {
    legend: 'Aloituspäivä',
    name: 'start',
    autoCompleteBirthday: false,
    hint: 'Vuoden 2026 aikana',
    min: '2026-01-01',
    max: '2026-12-31',
    defaultValue: { day: '1', month: '1', year: '2025' },
  },
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const b = builtInTexts(context);
    const { format } = dateLocaleTable[storyLocale(context)];
    await userEvent.click(canvas.getByRole('textbox', { name: b('dateInput.year') }));
    await userEvent.tab();
    await expect(canvas.getByText(b('dateInput.outOfRange', { min: format(1, 1, 2026), max: format(31, 12, 2026) }))).toBeInTheDocument();
  },
};
export const AppError: Story = { args: { defaultValue: '2030-01-01', error: 'Syntymäajan on oltava menneisyydessä' } };
export const Required: Story = { args: { required: true, necessityIndicator: 'required' } };
export const LegendAsHeading: Story = { args: { headingLevel: 1, legendSize: 'l', legend: 'Milloin muutit nykyiseen osoitteeseesi?', hint: undefined, autoCompleteBirthday: false } };
export const Disabled: Story = { args: { disabled: true, defaultValue: '1990-03-27' } };
export const LongText: Story = {
  args: {
    legend: 'Päivämäärä, jolloin vuokrasopimuksesi alkoi tai jolloin muutit asuntoon, jos vuokrasopimus on tehty aiemmin',
    hint: 'Löydät päivämäärän vuokrasopimuksesta. Jos et muista tarkkaa päivää, kirjoita kuukauden ensimmäinen päivä ja kerro asiasta lisätiedoissa.',
    error: 'Päivämäärässä on oltava kuukausi',
    defaultValue: { day: '1', month: '', year: '2019' },
    autoCompleteBirthday: false,
  },
};
export const Swedish: Story = {
  args: { legend: 'Födelsedatum', hint: 'Till exempel 27 3 1990', defaultValue: { day: '31', month: '2', year: '1990' } },
  globals: { locale: 'sv' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('textbox', { name: 'År' }));
    await userEvent.tab();
    await expect(canvas.getByText(/31\.2\.1990 är inte ett datum som finns/)).toBeInTheDocument();
  },
};
export const English: Story = {
  args: { legend: 'Date of birth', hint: 'For example 27 3 1990', defaultValue: { day: '27', month: '', year: '' } },
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('textbox', { name: 'Day' }));
    await userEvent.tab();
    await userEvent.tab();
    await userEvent.tab();
    await expect(canvas.getByText('The date must include a month and a year')).toBeInTheDocument();
  },
};

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  render: (args, context) => {
    const t = storyTexts(context);
    return (
      <StateGrid>
        <InteractionCells label="Default" states={['focus']}>
          <DateInput {...args} />
        </InteractionCells>
        <StateCell label="Filled, required">
          <DateInput {...t(storyArgs(args, Required))} defaultValue="1990-03-27" />
        </StateCell>
        <StateCell label="Error">
          <DateInput {...t(storyArgs(args, AppError))} />
        </StateCell>
        <StateCell label="Disabled">
          <DateInput {...t(storyArgs(args, Disabled))} />
        </StateCell>
        <StateCell label="Swedish" locale="sv">
          <DateInput {...storyArgs(args, Swedish)} />
        </StateCell>
        <StateCell label="Long text, one part missing" wide>
          <DateInput {...t(storyArgs(args, LongText))} />
        </StateCell>
      </StateGrid>
    );
  },
};
