import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { useState } from 'react';
import { NumberInput, type NumberInputProps } from './NumberInput';
import { InteractionCells, StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';

const meta = {
  title: 'Components/NumberInput',
  component: NumberInput,
  args: { label: 'Kuukausivuokra', name: 'rent', suffix: '€', hint: 'Esimerkiksi 850,50' },
  // The example texts in the toolbar's language (.storybook/translations.tsx).
  parameters: {
    translations: {
      Kuukausivuokra: { sv: 'Månadshyra', en: 'Monthly rent' },
      'Esimerkiksi 850,50': { sv: 'Till exempel 850,50', en: 'For example 850.50' },
      'Lasten määrä': { sv: 'Antal barn', en: 'Number of children' },
      Henkilömäärä: { sv: 'Antal personer', en: 'Number of people' },
      'Enintään 10 henkilöä': { sv: 'Högst 10 personer', en: 'At most 10 people' },
      Työaika: { sv: 'Arbetstid', en: 'Working time' },
      tuntia: { sv: 'timmar', en: 'hours' },
      'Puolen tunnin tarkkuudella': { sv: 'Med en halv timmes noggrannhet', en: 'To the nearest half hour' },
      'Kirjoita kuukausivuokra': { sv: 'Skriv månadshyran', en: 'Enter the monthly rent' },
      'Viime kuun vuokra': { sv: 'Förra månadens hyra', en: "Last month's rent" },
    },
  },
} satisfies Meta<typeof NumberInput>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox', { name: 'Kuukausivuokra (valinnainen)' });
    await userEvent.click(input);
    await userEvent.keyboard('1 234,50');
    await expect(input).toHaveValue('1 234,50');
  },
};
export const Numeric: Story = {
  args: { label: 'Lasten määrä', name: 'children', inputMode: 'numeric', suffix: undefined, hint: undefined, width: '4', min: 0, max: 20 },
};
/** Typing text and leaving the field: the text stays and the message says how to fix it. */
export const InvalidText: Story = {
  args: { defaultValue: 'kahdeksansataa' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('textbox', { name: /Kuukausivuokra/ });
    await userEvent.click(input);
    await userEvent.tab();
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveValue('kahdeksansataa');
    await expect(canvas.getByText('Kirjoita luku numeroina, esimerkiksi 1 234,5')).toBeInTheDocument();
  },
};
export const OutOfRange: Story = {
  args: { label: 'Henkilömäärä', name: 'people', inputMode: 'numeric', min: 1, max: 10, suffix: undefined, hint: 'Enintään 10 henkilöä', defaultValue: '12', width: '4' },
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox', { name: /Henkilömäärä/ });
    await userEvent.click(input);
    await userEvent.tab();
    await expect(input).toHaveAccessibleDescription('Enintään 10 henkilöä Virhe: Kirjoita luku väliltä 1–10');
  },
};
export const Step: Story = {
  args: { label: 'Työaika', name: 'hours', step: 0.5, suffix: 'tuntia', hint: 'Puolen tunnin tarkkuudella', defaultValue: '7,25' },
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox', { name: /Työaika/ });
    await userEvent.click(input);
    await userEvent.tab();
    await expect(input).toHaveAttribute('aria-invalid', 'true');
  },
};
export const AppError: Story = { args: { error: 'Kirjoita kuukausivuokra', required: true } };
export const Disabled: Story = { args: { disabled: true, defaultValue: '850,50' } };
export const LongText: Story = {
  args: {
    label: 'Asunnon kuukausittaiset kokonaisasumismenot mukaan lukien vastike, vesimaksu ja lämmityskustannukset',
    hint: 'Jos asumismenosi vaihtelevat kuukausittain, kirjoita viimeisen kahdentoista kuukauden keskiarvo ja liitä hakemukseen tositteet.',
    error: 'Kirjoita luku numeroina, esimerkiksi 1 234,5',
    defaultValue: 'noin tuhat euroa kuukaudessa',
    suffix: '€ kuukaudessa',
    width: 'full',
  },
};
export const Swedish: Story = {
  args: { label: 'Månadshyra', hint: 'Till exempel 850,50', defaultValue: 'åttahundra' },
  globals: { locale: 'sv' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('textbox'));
    await userEvent.tab();
    await expect(canvas.getByText('Skriv ett tal med siffror, till exempel 1 234,5')).toBeInTheDocument();
  },
};
export const English: Story = {
  args: { label: 'Monthly rent', hint: 'For example 850.50', defaultValue: 'eight hundred' },
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('textbox'));
    await userEvent.tab();
    await expect(canvas.getByText('Enter a number using digits, for example 1,234.5')).toBeInTheDocument();
  },
};

function ControlledRent(args: NumberInputProps) {
  const [rent, setRent] = useState<number | null>(null);
  return (
    <>
      <NumberInput {...args} value={rent} onValueChange={(value) => setRent(value)} />
      <button type="button" onClick={() => setRent(850.5)}>
        Viime kuun vuokra
      </button>
    </>
  );
}

/**
 * Controlled by the number (`value`, `onValueChange`): what is typed stays while it reads as the app's number
 * ("1," on the way to "1,5"); a number from the app replaces it, written in the locale.
 */
export const Controlled: Story = {
  render: (args) => <ControlledRent {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('textbox', { name: /Kuukausivuokra/ });
    await userEvent.click(input);
    await userEvent.keyboard('1,');
    await expect(input).toHaveValue('1,');
    await userEvent.click(canvas.getByRole('button', { name: 'Viime kuun vuokra' }));
    await expect(input).toHaveValue('850,5');
  },
};

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  render: (args) => (
    <StateGrid>
      <InteractionCells label="Default" states={['focus']}>
        <NumberInput {...args} />
      </InteractionCells>
      <StateCell label="Numeric, narrow">
        <NumberInput {...storyArgs(args, Numeric)} />
      </StateCell>
      <StateCell label="Error">
        <NumberInput {...storyArgs(args, AppError)} />
      </StateCell>
      <StateCell label="Disabled">
        <NumberInput {...storyArgs(args, Disabled)} />
      </StateCell>
      <StateCell label="Swedish" locale="sv">
        <NumberInput {...storyArgs(args, { args: { label: 'Månadshyra', hint: 'Till exempel 850,50' } })} />
      </StateCell>
      <StateCell label="Long text" wide>
        <NumberInput {...storyArgs(args, LongText)} />
      </StateCell>
    </StateGrid>
  ),
};
