import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { TextInput } from '../TextInput';
import { Radio, RadioGroup } from './RadioGroup';
import { InteractionCells, StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';
import { storyTexts } from '../../test/storyTexts';

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
  // The example texts in the toolbar's language (packages/react/test/storyTexts.ts).
  parameters: {
    translations: {
      'Miten haluat saada päätöksen?': { sv: 'Hur vill du få beslutet?', en: 'How do you want to get the decision?' },
      Postitse: { sv: 'Per post', en: 'By post' },
      'Perillä 3–5 arkipäivässä': { sv: 'Framme på 3–5 vardagar', en: 'Arrives in 3–5 working days' },
      'Noudan itse palvelupisteestä': { sv: 'Jag hämtar det själv på ett serviceställe', en: 'I collect it at a service point' },
      'Suomi.fi-viesteihin': { sv: 'Till Suomi.fi-meddelanden', en: 'To Suomi.fi Messages' },
      Kyllä: { sv: 'Ja', en: 'Yes' },
      Ei: { sv: 'Nej', en: 'No' },
      'Asutko Helsingissä?': { sv: 'Bor du i Helsingfors?', en: 'Do you live in Helsinki?' },
      'Lähetämme päätöksen heti, kun hakemus on käsitelty.': {
        sv: 'Vi skickar beslutet så fort ansökan är behandlad.',
        en: 'We send the decision as soon as the application is processed.',
      },
      'Valitse, miten haluat saada päätöksen': { sv: 'Välj hur du vill få beslutet', en: 'Select how you want to get the decision' },
      'Tarvitset Suomi.fi-tunnistautumisen': { sv: 'Du behöver Suomi.fi-identifikation', en: 'You need Suomi.fi identification' },
      'Miten voimme ottaa sinuun yhteyttä?': { sv: 'Hur kan vi kontakta dig?', en: 'How can we contact you?' },
      Sähköpostilla: { sv: 'Per e-post', en: 'By email' },
      Puhelimella: { sv: 'Per telefon', en: 'By phone' },
      Sähköpostiosoite: { sv: 'E-postadress', en: 'Email address' },
      Puhelinnumero: { sv: 'Telefonnummer', en: 'Phone number' },
      'Haluatko, että lapsesi hoitopaikka on lähellä kotia vai lähellä jommankumman huoltajan työpaikkaa?': {
        sv: 'Vill du att ditt barns dagvårdsplats är nära hemmet eller nära någon vårdnadshavares arbetsplats?',
        en: 'Do you want your child’s day-care place near home or near the workplace of either parent?',
      },
      'Pyrimme järjestämään hoitopaikan toivomaltasi alueelta, mutta emme voi aina taata sitä. Voit muuttaa toivettasi myöhemmin.': {
        sv: 'Vi försöker ordna en plats i det område du önskar, men vi kan inte alltid lova det. Du kan ändra din önskan senare.',
        en: 'We try to find a place in the area you ask for, but we cannot always promise it. You can change your wish later.',
      },
      'Valitse, missä haluat hoitopaikan olevan, jotta voimme aloittaa hakemuksen käsittelyn': {
        sv: 'Välj var du vill ha dagvårdsplatsen',
        en: 'Select where you want the day-care place',
      },
      'Mahdollisimman lähellä kotia, vaikka matka työpaikalle pitenisi': {
        sv: 'Så nära hemmet som möjligt, även om vägen till arbetet blir längre',
        en: 'As near home as possible, even if the trip to work gets longer',
      },
      'Kotiosoite haetaan väestötietojärjestelmästä.': {
        sv: 'Hemadressen hämtas från befolkningsdatasystemet.',
        en: 'Your home address comes from the population register.',
      },
      'Lähellä työpaikkaa': { sv: 'Nära arbetsplatsen', en: 'Near the workplace' },
    },
  },
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
  render: (args, context) => {
    const t = storyTexts(context);
    return (
      <RadioGroup {...args}>
        <Radio value="post" label={t('Postitse')} />
        <Radio value="digital" label={t('Suomi.fi-viesteihin')} hint={t('Tarvitset Suomi.fi-tunnistautumisen')} />
      </RadioGroup>
    );
  },
};
/**
 * Options that reveal a field, made in the render function with the story's texts (`t`): the revealed field is a
 * React element, which the args' translation leaves as it is (and the controls would show as element internals).
 */
const emailField = (t: ReturnType<typeof storyTexts>) => <TextInput label={t('Sähköpostiosoite')} type="email" autoComplete="email" />;
const conditionalOptions = (t: ReturnType<typeof storyTexts>) => [
  { value: 'email', label: t('Sähköpostilla'), conditional: emailField(t) },
  { value: 'phone', label: t('Puhelimella'), conditional: <TextInput label={t('Puhelinnumero')} type="tel" autoComplete="tel" width="20" /> },
];
const conditionalOpenOptions = (t: ReturnType<typeof storyTexts>) => [
  { value: 'email', label: t('Sähköpostilla'), conditional: emailField(t) },
  { value: 'phone', label: t('Puhelimella') },
];
export const Conditional: Story = {
  args: { legend: 'Miten voimme ottaa sinuun yhteyttä?', name: 'contact' },
  render: (args, context) => <RadioGroup {...args} options={conditionalOptions(storyTexts(context))} />,
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const t = storyTexts(context);
    await expect(canvas.queryByRole('textbox')).toBeNull();
    await userEvent.tab();
    await userEvent.keyboard(' ');
    await userEvent.tab();
    await expect(canvas.getByRole('textbox', { name: new RegExp(t('Sähköpostiosoite')) })).toHaveFocus();
    await userEvent.tab({ shift: true });
    await userEvent.keyboard('{ArrowDown}');
    await expect(canvas.getByRole('radio', { name: t('Puhelimella') })).toBeChecked();
    await expect(canvas.queryByRole('textbox', { name: new RegExp(t('Sähköpostiosoite')) })).toBeNull();
    await expect(canvas.getByRole('textbox', { name: new RegExp(t('Puhelinnumero')) })).toBeVisible();
  },
};
export const ConditionalOpen: Story = {
  args: { defaultValue: 'email' },
  render: (args, context) => <RadioGroup {...args} options={conditionalOpenOptions(storyTexts(context))} />,
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
  // Each cell's texts in the toolbar's language; the Swedish cell's in Swedish.
  render: (args, context) => {
    const t = storyTexts(context);
    return (
      <StateGrid>
        <InteractionCells label="Default" states={['focus']}>
          <RadioGroup {...args} name="states-default" />
        </InteractionCells>
        <InteractionCells label="Chosen" states={['focus']} target="input:checked">
          <RadioGroup {...t(storyArgs(args, Chosen))} name="states-chosen" />
        </InteractionCells>
        <StateCell label="Inline">
          <RadioGroup {...t(storyArgs(args, Inline))} name="states-inline" />
        </StateCell>
        <StateCell label="Error, required">
          <RadioGroup {...t(storyArgs(args, Error))} name="states-error" />
        </StateCell>
        <StateCell label="Disabled">
          <RadioGroup {...t(storyArgs(args, Disabled))} name="states-disabled" />
        </StateCell>
        <StateCell label="Chosen, with a revealed field">
          <RadioGroup {...t(storyArgs(args, ConditionalOpen))} options={conditionalOpenOptions(t)} name="states-conditional" />
        </StateCell>
        <StateCell label="Swedish, error" locale="sv">
          <RadioGroup {...storyArgs(args, Swedish)} name="states-sv" />
        </StateCell>
        <StateCell label="Long text" wide>
          <RadioGroup {...t(storyArgs(args, LongText))} name="states-long" />
        </StateCell>
      </StateGrid>
    );
  },
};
