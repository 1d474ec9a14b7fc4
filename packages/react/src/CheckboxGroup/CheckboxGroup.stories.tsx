import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { Checkbox } from '../Checkbox';
import { TextInput } from '../TextInput';
import { CheckboxGroup } from './CheckboxGroup';
import { InteractionCells, StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';

const contact = [
  { value: 'email', label: 'Sähköposti' },
  { value: 'sms', label: 'Tekstiviesti', hint: 'Vain suomalaiseen matkapuhelinnumeroon' },
  { value: 'letter', label: 'Kirje' },
];

const meta = {
  title: 'Components/CheckboxGroup',
  component: CheckboxGroup,
  args: { legend: 'Miten haluat, että otamme sinuun yhteyttä?', hint: 'Valitse kaikki sopivat.', name: 'contact', options: contact },
} satisfies Meta<typeof CheckboxGroup>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole('checkbox', { name: 'Sähköposti' })).toHaveFocus();
    await userEvent.keyboard(' ');
    await userEvent.tab();
    await userEvent.keyboard(' ');
    await expect(canvas.getByRole('checkbox', { name: 'Sähköposti' })).toBeChecked();
    await expect(canvas.getByRole('checkbox', { name: 'Tekstiviesti' })).toBeChecked();
    await userEvent.keyboard(' ');
    await expect(canvas.getByRole('checkbox', { name: 'Tekstiviesti' })).not.toBeChecked();
  },
};
export const Checked: Story = { args: { defaultValue: ['email', 'letter'] } };
export const Error: Story = { args: { required: true, error: 'Valitse, miten otamme sinuun yhteyttä' } };
export const PageHeading: Story = { args: { legend: 'Mitä palveluja tarvitset?', headingLevel: 1, legendSize: 'l' } };
export const Disabled: Story = { args: { disabled: true, defaultValue: ['sms'] } };
export const Children: Story = {
  args: { options: undefined },
  render: (args) => (
    <CheckboxGroup {...args}>
      <Checkbox value="email" label="Sähköposti" />
      <Checkbox value="sms" label="Tekstiviesti" />
    </CheckboxGroup>
  ),
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
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const housing = canvas.getByRole('checkbox', { name: 'Yleinen asumistuki' });
    const none = canvas.getByRole('checkbox', { name: 'En saa mitään näistä' });
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
      expect(document.getElementById('aukio-announcer-polite')).toHaveTextContent('Muiden vaihtoehtojen valinnat poistettiin.'),
    );
  },
};
export const Conditional: Story = {
  args: {
    options: [
      {
        value: 'email',
        label: 'Sähköposti',
        conditional: <TextInput label="Sähköpostiosoite" type="email" autoComplete="email" />,
      },
      {
        value: 'sms',
        label: 'Tekstiviesti',
        conditional: <TextInput label="Matkapuhelinnumero" type="tel" autoComplete="tel" width="20" />,
      },
      { value: 'letter', label: 'Kirje' },
    ],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('textbox')).toBeNull();
    await userEvent.tab();
    await userEvent.keyboard(' ');
    await userEvent.tab();
    await expect(canvas.getByRole('textbox', { name: /Sähköpostiosoite/ })).toHaveFocus();
  },
};
export const ConditionalOpen: Story = {
  args: {
    defaultValue: ['email'],
    options: [
      { value: 'email', label: 'Sähköposti', conditional: <TextInput label="Sähköpostiosoite" type="email" autoComplete="email" /> },
      { value: 'letter', label: 'Kirje' },
    ],
  },
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
  render: (args) => (
    <StateGrid>
      <InteractionCells label="Default" states={['focus']}>
        <CheckboxGroup {...args} />
      </InteractionCells>
      <StateCell label="Checked">
        <CheckboxGroup {...storyArgs(args, Checked)} />
      </StateCell>
      <StateCell label="Error, required">
        <CheckboxGroup {...storyArgs(args, Error)} />
      </StateCell>
      <StateCell label="Disabled">
        <CheckboxGroup {...storyArgs(args, Disabled)} />
      </StateCell>
      <StateCell label="Checked, with a revealed field">
        <CheckboxGroup {...storyArgs(args, ConditionalOpen)} />
      </StateCell>
      <StateCell label="Large legend">
        <CheckboxGroup {...args} legendSize="l" />
      </StateCell>
      <StateCell label="Swedish, error" locale="sv">
        <CheckboxGroup {...storyArgs(args, Swedish)} />
      </StateCell>
      <StateCell label="Long text" wide>
        <CheckboxGroup {...storyArgs(args, LongText)} />
      </StateCell>
    </StateGrid>
  ),
};
