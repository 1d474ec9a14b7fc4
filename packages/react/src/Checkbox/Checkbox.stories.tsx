import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { TextInput } from '../TextInput';
import { Checkbox } from './Checkbox';
import { InteractionCells, StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';

const meta = {
  title: 'Components/Checkbox',
  component: Checkbox,
  args: { label: 'Haluan muistutuksen tekstiviestinä', name: 'reminder', value: 'yes' },
  // The example texts in the toolbar's language (.storybook/translations.tsx).
  parameters: {
    translations: {
      'Haluan muistutuksen tekstiviestinä': { sv: 'Jag vill ha en påminnelse som sms', en: 'I want a reminder by text message' },
      'Lähetämme muistutuksen päivää ennen varattua aikaa.': {
        sv: 'Vi skickar påminnelsen dagen före den bokade tiden.',
        en: 'We send the reminder the day before your appointment.',
      },
      'Valitse kaikki': { sv: 'Välj alla', en: 'Select all' },
      'Hyväksyn käyttöehdot': { sv: 'Jag godkänner användarvillkoren', en: 'I accept the terms of use' },
      'Hyväksy käyttöehdot, jotta voit jatkaa': { sv: 'Godkänn användarvillkoren för att fortsätta', en: 'Accept the terms of use to continue' },
      'Ottakaa minuun yhteyttä puhelimitse': { sv: 'Kontakta mig per telefon', en: 'Contact me by phone' },
    },
  },
} satisfies Meta<typeof Checkbox>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const box = within(canvasElement).getByRole('checkbox', { name: 'Haluan muistutuksen tekstiviestinä' });
    await userEvent.tab();
    await expect(box).toHaveFocus();
    await userEvent.keyboard(' ');
    await expect(box).toBeChecked();
    await userEvent.click(within(canvasElement).getByText('Haluan muistutuksen tekstiviestinä'));
    await expect(box).not.toBeChecked();
  },
};
export const Checked: Story = { args: { defaultChecked: true } };
export const WithHint: Story = { args: { hint: 'Lähetämme muistutuksen päivää ennen varattua aikaa.' } };
export const Indeterminate: Story = { args: { label: 'Valitse kaikki', indeterminate: true } };
export const Disabled: Story = { args: { disabled: true } };
export const DisabledChecked: Story = { args: { disabled: true, defaultChecked: true } };
export const Error: Story = {
  args: {
    label: 'Hyväksyn käyttöehdot',
    name: 'terms',
    required: true,
    necessityIndicator: 'required',
    error: 'Hyväksy käyttöehdot, jotta voit jatkaa',
  },
};
export const Conditional: Story = {
  args: {
    label: 'Ottakaa minuun yhteyttä puhelimitse',
    conditional: <TextInput label="Puhelinnumero" type="tel" autoComplete="tel" width="20" />,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const box = canvas.getByRole('checkbox', { name: 'Ottakaa minuun yhteyttä puhelimitse' });
    await expect(canvas.queryByRole('textbox')).toBeNull();
    await userEvent.tab();
    await userEvent.keyboard(' ');
    await expect(box).toBeChecked();
    await userEvent.tab();
    await expect(canvas.getByRole('textbox', { name: /Puhelinnumero/ })).toHaveFocus();
  },
};
export const ConditionalOpen: Story = {
  args: {
    label: 'Ottakaa minuun yhteyttä puhelimitse',
    defaultChecked: true,
    conditional: <TextInput label="Puhelinnumero" type="tel" autoComplete="tel" width="20" />,
  },
};
export const LongText: Story = {
  args: {
    label:
      'Annan suostumukseni siihen, että kaupunki saa tarkistaa tulotietoni Kansaneläkelaitokselta ja Verohallinnolta asiakasmaksun määräämistä varten',
    hint: 'Jos et anna suostumusta, sinun täytyy toimittaa tositteet tuloistasi itse kahden viikon kuluessa hakemuksen jättämisestä.',
    error: 'Anna suostumus tai valitse, että toimitat tositteet itse, jotta voimme käsitellä hakemuksesi',
  },
};
export const Swedish: Story = {
  args: { label: 'Jag godkänner användarvillkoren', error: 'Godkänn användarvillkoren för att fortsätta' },
  globals: { locale: 'sv' },
};
export const English: Story = {
  args: { label: 'I accept the terms of use', error: 'Accept the terms of use to continue' },
  globals: { locale: 'en' },
};

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  render: (args) => (
    <StateGrid>
      <InteractionCells label="Unchecked" states={['focus']}>
        <Checkbox {...args} />
      </InteractionCells>
      <InteractionCells label="Checked" states={['focus']}>
        <Checkbox {...storyArgs(args, Checked)} />
      </InteractionCells>
      <StateCell label="Indeterminate">
        <Checkbox {...storyArgs(args, Indeterminate)} />
      </StateCell>
      <StateCell label="With hint">
        <Checkbox {...storyArgs(args, WithHint)} />
      </StateCell>
      <StateCell label="Disabled">
        <Checkbox {...storyArgs(args, Disabled)} />
      </StateCell>
      <StateCell label="Disabled, checked">
        <Checkbox {...storyArgs(args, DisabledChecked)} />
      </StateCell>
      <InteractionCells label="Error, required" states={['focus']}>
        <Checkbox {...storyArgs(args, Error)} />
      </InteractionCells>
      <StateCell label="Checked, with a revealed field">
        <Checkbox {...storyArgs(args, ConditionalOpen)} />
      </StateCell>
      <StateCell label="Swedish, error" locale="sv">
        <Checkbox {...storyArgs(args, Swedish)} />
      </StateCell>
      <StateCell label="Long text" wide>
        <Checkbox {...storyArgs(args, LongText)} />
      </StateCell>
    </StateGrid>
  ),
};
