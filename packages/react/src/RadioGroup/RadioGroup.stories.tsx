import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { TextInput } from '../TextInput';
import { Radio, RadioGroup } from './RadioGroup';
import { InteractionCells, StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';

const yesNo = [
  { value: 'yes', label: 'Kyllä' },
  { value: 'no', label: 'Ei' },
];
const delivery = [
  { value: 'post', label: 'Postitse', hint: 'Perillä 3–5 arkipäivässä' },
  { value: 'pickup', label: 'Noudan itse palvelupisteestä' },
  { value: 'digital', label: 'Suomi.fi-viesteihin' },
];

const meta = {
  title: 'Components/RadioGroup',
  component: RadioGroup,
  args: { legend: 'Miten haluat saada päätöksen?', name: 'delivery', options: delivery },
} satisfies Meta<typeof RadioGroup>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const [post, pickup, digital] = canvas.getAllByRole('radio');
    // One tab stop; Space chooses; arrows move and choose (the browser's own radio keys).
    await userEvent.tab();
    await expect(post).toHaveFocus();
    await userEvent.keyboard(' ');
    await expect(post).toBeChecked();
    await userEvent.keyboard('{ArrowDown}');
    await expect(pickup).toHaveFocus();
    await expect(pickup).toBeChecked();
    await userEvent.keyboard('{ArrowRight}');
    await expect(digital).toBeChecked();
    await userEvent.keyboard('{ArrowDown}');
    await expect(post).toBeChecked();
    await userEvent.keyboard('{ArrowUp}');
    await expect(digital).toBeChecked();
    await userEvent.keyboard('{ArrowLeft}');
    await expect(pickup).toBeChecked();
    await userEvent.tab({ shift: true });
    await expect(pickup).not.toHaveFocus();
  },
};
export const Chosen: Story = { args: { defaultValue: 'pickup' } };
export const Inline: Story = { args: { legend: 'Asutko Helsingissä?', name: 'resident', layout: 'inline', options: yesNo } };
export const WithHint: Story = { args: { hint: 'Lähetämme päätöksen heti, kun hakemus on käsitelty.' } };
export const Error: Story = { args: { required: true, error: 'Valitse, miten haluat saada päätöksen' } };
export const PageHeading: Story = { args: { legend: 'Asutko Helsingissä?', headingLevel: 1, legendSize: 'l', options: yesNo, layout: 'inline' } };
export const Disabled: Story = { args: { disabled: true, defaultValue: 'post' } };
export const Children: Story = {
  args: { options: undefined },
  render: (args) => (
    <RadioGroup {...args}>
      <Radio value="post" label="Postitse" />
      <Radio value="digital" label="Suomi.fi-viesteihin" hint="Tarvitset Suomi.fi-tunnistautumisen" />
    </RadioGroup>
  ),
};
export const Conditional: Story = {
  args: {
    legend: 'Miten voimme ottaa sinuun yhteyttä?',
    name: 'contact',
    options: [
      { value: 'email', label: 'Sähköpostilla', conditional: <TextInput label="Sähköpostiosoite" type="email" autoComplete="email" /> },
      { value: 'phone', label: 'Puhelimella', conditional: <TextInput label="Puhelinnumero" type="tel" autoComplete="tel" width="20" /> },
    ],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('textbox')).toBeNull();
    await userEvent.tab();
    await userEvent.keyboard(' ');
    await userEvent.tab();
    await expect(canvas.getByRole('textbox', { name: /Sähköpostiosoite/ })).toHaveFocus();
    await userEvent.tab({ shift: true });
    await userEvent.keyboard('{ArrowDown}');
    await expect(canvas.getByRole('radio', { name: 'Puhelimella' })).toBeChecked();
    await expect(canvas.queryByRole('textbox', { name: /Sähköpostiosoite/ })).toBeNull();
    await expect(canvas.getByRole('textbox', { name: /Puhelinnumero/ })).toBeVisible();
  },
};
export const ConditionalOpen: Story = {
  args: {
    defaultValue: 'email',
    options: [
      { value: 'email', label: 'Sähköpostilla', conditional: <TextInput label="Sähköpostiosoite" type="email" autoComplete="email" /> },
      { value: 'phone', label: 'Puhelimella' },
    ],
  },
};
export const LongText: Story = {
  args: {
    legend: 'Haluatko, että lapsesi hoitopaikka on lähellä kotia vai lähellä jommankumman huoltajan työpaikkaa?',
    hint: 'Pyrimme järjestämään hoitopaikan toivomaltasi alueelta, mutta emme voi aina taata sitä. Voit muuttaa toivettasi myöhemmin.',
    error: 'Valitse, missä haluat hoitopaikan olevan, jotta voimme aloittaa hakemuksen käsittelyn',
    options: [
      { value: 'home', label: 'Mahdollisimman lähellä kotia, vaikka matka työpaikalle pitenisi', hint: 'Kotiosoite haetaan väestötietojärjestelmästä.' },
      { value: 'work', label: 'Lähellä työpaikkaa' },
    ],
  },
};
export const Swedish: Story = {
  args: {
    legend: 'Bor du i Helsingfors?',
    layout: 'inline',
    error: 'Välj ja eller nej',
    options: [
      { value: 'yes', label: 'Ja' },
      { value: 'no', label: 'Nej' },
    ],
  },
  globals: { locale: 'sv' },
};
export const English: Story = {
  args: {
    legend: 'Do you live in Helsinki?',
    hint: 'Your home municipality in the population register.',
    error: 'Select yes or no',
    options: [
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No' },
    ],
  },
  globals: { locale: 'en' },
};

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  // Each group has a name of its own: radios that share a name are one group across the page.
  render: (args) => (
    <StateGrid>
      <InteractionCells label="Default" states={['focus']}>
        <RadioGroup {...args} name="states-default" />
      </InteractionCells>
      <InteractionCells label="Chosen" states={['focus']} target="input:checked">
        <RadioGroup {...storyArgs(args, Chosen)} name="states-chosen" />
      </InteractionCells>
      <StateCell label="Inline">
        <RadioGroup {...storyArgs(args, Inline)} name="states-inline" />
      </StateCell>
      <StateCell label="Error, required">
        <RadioGroup {...storyArgs(args, Error)} name="states-error" />
      </StateCell>
      <StateCell label="Disabled">
        <RadioGroup {...storyArgs(args, Disabled)} name="states-disabled" />
      </StateCell>
      <StateCell label="Chosen, with a revealed field">
        <RadioGroup {...storyArgs(args, ConditionalOpen)} name="states-conditional" />
      </StateCell>
      <StateCell label="Swedish, error" locale="sv">
        <RadioGroup {...storyArgs(args, Swedish)} name="states-sv" />
      </StateCell>
      <StateCell label="Long text" wide>
        <RadioGroup {...storyArgs(args, LongText)} name="states-long" />
      </StateCell>
    </StateGrid>
  ),
};
