import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { DateInput } from './DateInput';
import { InteractionCells, StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';

const meta = {
  title: 'Components/DateInput',
  component: DateInput,
  args: { legend: 'Syntymäaika', name: 'dob', hint: 'Esimerkiksi 27 3 1990', autoCompleteBirthday: true },
} satisfies Meta<typeof DateInput>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('textbox', { name: 'Päivä' }));
    await userEvent.keyboard('27');
    await userEvent.tab();
    await userEvent.keyboard('3');
    await userEvent.tab();
    await userEvent.keyboard('1990');
    await expect(canvas.getByRole('textbox', { name: 'Vuosi' })).toHaveFocus();
    await expect(canvas.getByRole('textbox', { name: 'Kuukausi' })).toHaveValue('3');
  },
};
/** Leaving the group with the month empty: the message names the month and only the month is marked. */
export const MissingPart: Story = {
  args: { defaultValue: { day: '27', month: '', year: '1990' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('textbox', { name: 'Vuosi' }));
    await userEvent.tab();
    await expect(canvas.getByText('Päivämäärässä on oltava kuukausi')).toBeInTheDocument();
    await expect(canvas.getByRole('textbox', { name: 'Kuukausi' })).toHaveAttribute('aria-invalid', 'true');
    await expect(canvas.getByRole('textbox', { name: 'Päivä' })).not.toHaveAttribute('aria-invalid');
  },
};
export const ImpossibleDate: Story = {
  args: { legend: 'Muuttopäivä', name: 'move', autoCompleteBirthday: false, hint: undefined, defaultValue: { day: '31', month: '2', year: '2026' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('textbox', { name: 'Vuosi' }));
    await userEvent.tab();
    await expect(canvas.getByText(/31\.2\.2026 ei ole olemassa oleva päivämäärä/)).toBeInTheDocument();
    await expect(canvas.getByRole('textbox', { name: 'Päivä' })).toHaveAttribute('aria-invalid', 'true');
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
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('textbox', { name: 'Vuosi' }));
    await userEvent.tab();
    await expect(canvas.getByText('Päivämäärän on oltava välillä 1.1.2026–31.12.2026')).toBeInTheDocument();
  },
};
export const AppError: Story = { args: { defaultValue: '2030-01-01', error: 'Syntymäajan on oltava menneisyydessä' } };
export const Required: Story = { args: { required: true, necessityIndicator: 'required' } };
export const LegendAsHeading: Story = { args: { legendAs: 'h1', legendSize: 'l', legend: 'Milloin muutit nykyiseen osoitteeseesi?', hint: undefined, autoCompleteBirthday: false } };
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
  render: (args) => (
    <StateGrid>
      <InteractionCells label="Default" states={['focus']}>
        <DateInput {...args} />
      </InteractionCells>
      <StateCell label="Filled, required">
        <DateInput {...storyArgs(args, Required)} defaultValue="1990-03-27" />
      </StateCell>
      <StateCell label="Error">
        <DateInput {...storyArgs(args, AppError)} />
      </StateCell>
      <StateCell label="Disabled">
        <DateInput {...storyArgs(args, Disabled)} />
      </StateCell>
      <StateCell label="Swedish" locale="sv">
        <DateInput {...storyArgs(args, Swedish)} />
      </StateCell>
      <StateCell label="Long text, one part missing" wide>
        <DateInput {...storyArgs(args, LongText)} />
      </StateCell>
    </StateGrid>
  ),
};
