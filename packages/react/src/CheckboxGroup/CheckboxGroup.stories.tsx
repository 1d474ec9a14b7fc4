import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { Checkbox } from '../Checkbox';
import { TextInput } from '../TextInput';
import { CheckboxGroup } from './CheckboxGroup';
import { InteractionCells, StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';
import { builtInTexts, storyTexts } from '../../test/storyTexts';

const contact = [
  { value: 'email', label: 'Sähköposti' },
  { value: 'sms', label: 'Tekstiviesti', hint: 'Vain suomalaiseen matkapuhelinnumeroon' },
  { value: 'letter', label: 'Kirje' },
];

const meta = {
  title: 'Components/CheckboxGroup',
  component: CheckboxGroup,
  args: { legend: 'Miten haluat, että otamme sinuun yhteyttä?', hint: 'Valitse kaikki sopivat.', name: 'contact', options: contact },
  // The example texts in the toolbar's language (packages/react/test/storyTexts.ts).
  parameters: {
    translations: {
      'Miten haluat, että otamme sinuun yhteyttä?': { sv: 'Hur vill du att vi kontaktar dig?', en: 'How should we contact you?' },
      'Valitse kaikki sopivat.': { sv: 'Välj alla som passar.', en: 'Select all that apply.' },
      Sähköposti: { sv: 'E-post', en: 'Email' },
      Tekstiviesti: { sv: 'Textmeddelande', en: 'Text message' },
      'Vain suomalaiseen matkapuhelinnumeroon': { sv: 'Bara till ett finländskt mobilnummer', en: 'Only to a Finnish mobile number' },
      Kirje: { sv: 'Brev', en: 'Letter' },
      'Valitse, miten otamme sinuun yhteyttä': { sv: 'Välj hur vi ska kontakta dig', en: 'Select how we should contact you' },
      'Mitä palveluja tarvitset?': { sv: 'Vilka tjänster behöver du?', en: 'Which services do you need?' },
      'Saatko jotakin näistä etuuksista?': { sv: 'Får du någon av de här förmånerna?', en: 'Do you get any of these benefits?' },
      'Yleinen asumistuki': { sv: 'Allmänt bostadsbidrag', en: 'General housing allowance' },
      Lapsilisä: { sv: 'Barnbidrag', en: 'Child benefit' },
      'En saa mitään näistä': { sv: 'Jag får ingen av dem', en: 'I get none of these' },
      Sähköpostiosoite: { sv: 'E-postadress', en: 'Email address' },
      Matkapuhelinnumero: { sv: 'Mobilnummer', en: 'Mobile number' },
      'Mihin seuraavista kaupungin palveluista haluat saada tiedotteita sähköpostitse tai tekstiviestinä tulevan vuoden aikana?': {
        sv: 'Från vilka av följande tjänster i staden vill du få meddelanden per e-post eller textmeddelande under det kommande året?',
        en: 'Which of the following city services do you want to get news from by email or text message over the coming year?',
      },
      'Voit muuttaa valintojasi milloin tahansa Oma asiointi -palvelun asetuksista. Emme lähetä mainoksia.': {
        sv: 'Du kan ändra dina val när som helst i inställningarna för Min ärendehantering. Vi skickar ingen reklam.',
        en: 'You can change your choices at any time in the settings of My services. We do not send advertising.',
      },
      'Valitse vähintään yksi palvelu tai valitse, ettet halua tiedotteita, jotta voimme tallentaa asetuksesi': {
        sv: 'Välj minst en tjänst eller välj att du inte vill ha meddelanden',
        en: 'Select at least one service, or select that you do not want news',
      },
      'Varhaiskasvatus ja esiopetus, mukaan lukien kerhotoiminta ja leikkipuistot': {
        sv: 'Småbarnspedagogik och förskoleundervisning, också klubbverksamhet och lekparker',
        en: 'Early childhood education and pre-school, including clubs and playgrounds',
      },
      'Tiedotteet koskevat lapsesi omaa päiväkotia tai leikkipuistoa.': {
        sv: 'Meddelandena gäller ditt barns eget daghem eller egen lekpark.',
        en: 'The news is about your child’s own day-care centre or playground.',
      },
      Kirjastopalvelut: { sv: 'Bibliotekstjänster', en: 'Library services' },
      'En halua tiedotteita mistään palvelusta': { sv: 'Jag vill inte ha meddelanden från någon tjänst', en: 'I do not want news from any service' },
    },
  },
} satisfies Meta<typeof CheckboxGroup>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const t = storyTexts(context);
    await userEvent.tab();
    await expect(canvas.getByRole('checkbox', { name: t('Sähköposti') })).toHaveFocus();
    await userEvent.keyboard(' ');
    await userEvent.tab();
    await userEvent.keyboard(' ');
    await expect(canvas.getByRole('checkbox', { name: t('Sähköposti') })).toBeChecked();
    await expect(canvas.getByRole('checkbox', { name: t('Tekstiviesti') })).toBeChecked();
    await userEvent.keyboard(' ');
    await expect(canvas.getByRole('checkbox', { name: t('Tekstiviesti') })).not.toBeChecked();
  },
};
export const Checked: Story = { args: { defaultValue: ['email', 'letter'] } };
export const Error: Story = { args: { required: true, error: 'Valitse, miten otamme sinuun yhteyttä' } };
export const PageHeading: Story = { args: { legend: 'Mitä palveluja tarvitset?', headingLevel: 1, legendSize: 'l' } };
export const Disabled: Story = { args: { disabled: true, defaultValue: ['sms'] } };
export const Children: Story = {
  args: { options: undefined },
  render: (args, context) => {
    const t = storyTexts(context);
    return (
      <CheckboxGroup {...args}>
        <Checkbox value="email" label={t('Sähköposti')} />
        <Checkbox value="sms" label={t('Tekstiviesti')} />
      </CheckboxGroup>
    );
  },
};
export const ExclusiveNoneOfThese: Story = {
  args: {
    legend: 'Saatko jotakin näistä etuuksista?',
    hint: 'Valitse kaikki sopivat.',
    name: 'benefits',
    options: [
      { value: 'housing', label: 'Yleinen asumistuki' },
      { value: 'child', label: 'Lapsilisä' },
      { value: 'none', label: 'En saa mitään näistä', exclusive: true },
    ],
  },
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const t = storyTexts(context);
    const housing = canvas.getByRole('checkbox', { name: t('Yleinen asumistuki') });
    const none = canvas.getByRole('checkbox', { name: t('En saa mitään näistä') });
    await userEvent.tab();
    await userEvent.keyboard(' ');
    await expect(housing).toBeChecked();
    await userEvent.tab();
    await userEvent.tab();
    await expect(none).toHaveFocus();
    await userEvent.keyboard(' ');
    await expect(none).toBeChecked();
    await expect(housing).not.toBeChecked();
    await waitFor(() =>
      expect(document.getElementById('aukio-announcer-polite')).toHaveTextContent(builtInTexts(context)('checkboxGroup.exclusiveCleared')),
    );
  },
};
/**
 * Options that reveal a field, made in the render function with the story's texts (`t`): the revealed field is a
 * React element, which the args' translation leaves as it is (and the controls would show as element internals).
 */
const emailField = (t: ReturnType<typeof storyTexts>) => <TextInput label={t('Sähköpostiosoite')} type="email" autoComplete="email" />;
const conditionalOptions = (t: ReturnType<typeof storyTexts>) => [
  { value: 'email', label: t('Sähköposti'), conditional: emailField(t) },
  {
    value: 'sms',
    label: t('Tekstiviesti'),
    conditional: <TextInput label={t('Matkapuhelinnumero')} type="tel" autoComplete="tel" width="20" />,
  },
  { value: 'letter', label: t('Kirje') },
];
const conditionalOpenOptions = (t: ReturnType<typeof storyTexts>) => [
  { value: 'email', label: t('Sähköposti'), conditional: emailField(t) },
  { value: 'letter', label: t('Kirje') },
];
export const Conditional: Story = {
  render: (args, context) => <CheckboxGroup {...args} options={conditionalOptions(storyTexts(context))} />,
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('textbox')).toBeNull();
    await userEvent.tab();
    await userEvent.keyboard(' ');
    await userEvent.tab();
    await expect(canvas.getByRole('textbox', { name: new RegExp(storyTexts(context)('Sähköpostiosoite')) })).toHaveFocus();
  },
};
export const ConditionalOpen: Story = {
  args: { defaultValue: ['email'] },
  render: (args, context) => <CheckboxGroup {...args} options={conditionalOpenOptions(storyTexts(context))} />,
};
export const LongText: Story = {
  args: {
    legend: 'Mihin seuraavista kaupungin palveluista haluat saada tiedotteita sähköpostitse tai tekstiviestinä tulevan vuoden aikana?',
    hint: 'Voit muuttaa valintojasi milloin tahansa Oma asiointi -palvelun asetuksista. Emme lähetä mainoksia.',
    error: 'Valitse vähintään yksi palvelu tai valitse, ettet halua tiedotteita, jotta voimme tallentaa asetuksesi',
    options: [
      { value: 'a', label: 'Varhaiskasvatus ja esiopetus, mukaan lukien kerhotoiminta ja leikkipuistot', hint: 'Tiedotteet koskevat lapsesi omaa päiväkotia tai leikkipuistoa.' },
      { value: 'b', label: 'Kirjastopalvelut' },
      { value: 'none', label: 'En halua tiedotteita mistään palvelusta', exclusive: true },
    ],
  },
};
export const Swedish: Story = {
  args: {
    legend: 'Hur vill du att vi kontaktar dig?',
    hint: 'Välj alla som passar.',
    error: 'Välj hur vi ska kontakta dig',
    options: [
      { value: 'email', label: 'E-post' },
      { value: 'sms', label: 'Textmeddelande' },
      { value: 'none', label: 'Kontakta mig inte', exclusive: true },
    ],
  },
  globals: { locale: 'sv' },
};
export const English: Story = {
  args: {
    legend: 'How should we contact you?',
    hint: 'Select all that apply.',
    error: 'Select how we should contact you',
    options: [
      { value: 'email', label: 'Email' },
      { value: 'sms', label: 'Text message' },
      { value: 'none', label: 'Do not contact me', exclusive: true },
    ],
  },
  globals: { locale: 'en' },
};

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  // Each cell's texts in the toolbar's language; the Swedish cell's in Swedish.
  render: (args, context) => {
    const t = storyTexts(context);
    return (
      <StateGrid>
        <InteractionCells label="Default" states={['focus']}>
          <CheckboxGroup {...args} />
        </InteractionCells>
        <StateCell label="Checked">
          <CheckboxGroup {...t(storyArgs(args, Checked))} />
        </StateCell>
        <StateCell label="Error, required">
          <CheckboxGroup {...t(storyArgs(args, Error))} />
        </StateCell>
        <StateCell label="Disabled">
          <CheckboxGroup {...t(storyArgs(args, Disabled))} />
        </StateCell>
        <StateCell label="Checked, with a revealed field">
          <CheckboxGroup {...t(storyArgs(args, ConditionalOpen))} options={conditionalOpenOptions(t)} />
        </StateCell>
        <StateCell label="Large legend">
          <CheckboxGroup {...args} legendSize="l" />
        </StateCell>
        <StateCell label="Swedish, error" locale="sv">
          <CheckboxGroup {...storyArgs(args, Swedish)} />
        </StateCell>
        <StateCell label="Long text" wide>
          <CheckboxGroup {...t(storyArgs(args, LongText))} />
        </StateCell>
      </StateGrid>
    );
  },
};
