import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { Textarea } from './Textarea';
import { InteractionCells, StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';
import { builtInTexts, storyTexts } from '../../test/storyTexts';

const meta = {
  title: 'Components/Textarea',
  component: Textarea,
  args: { label: 'Kuvaile ongelmaa', name: 'description' },
  // The example texts in the toolbar's language (.storybook/translations.tsx).
  parameters: {
    translations: {
      'Kuvaile ongelmaa': { sv: 'Beskriv problemet', en: 'Describe the problem' },
      'Älä kirjoita henkilötietoja, kuten henkilötunnusta.': {
        sv: 'Skriv inga personuppgifter, till exempel personbeteckning.',
        en: 'Do not include personal details, such as your personal identity code.',
      },
      'Kerro, mitä tapahtui ja missä.': { sv: 'Berätta vad som hände och var.', en: 'Tell us what happened and where.' },
      'Lyhyt kuvaus': { sv: 'Kort beskrivning', en: 'Short description' },
      'Kuvaus näkyy julkisesti palautekartalla.': {
        sv: 'Beskrivningen syns offentligt på responskartan.',
        en: 'The description is shown publicly on the feedback map.',
      },
    },
  },
} satisfies Meta<typeof Textarea>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement, ...context }) => {
    const name = `${storyTexts(context)('Kuvaile ongelmaa')} ${builtInTexts(context)('field.optional')}`;
    const field = within(canvasElement).getByRole('textbox', { name });
    await userEvent.tab();
    await expect(field).toHaveFocus();
    await userEvent.keyboard('Katulamppu ei pala{Enter}Mannerheimintie 5');
    await expect(field).toHaveValue('Katulamppu ei pala\nMannerheimintie 5');
  },
};
export const WithHint: Story = { args: { hint: 'Älä kirjoita henkilötietoja, kuten henkilötunnusta.', required: true, rows: 8 } };
export const Error: Story = { args: { required: true, error: 'Kuvaile ongelmaa', hint: 'Kerro, mitä tapahtui ja missä.' } };
export const Disabled: Story = { args: { disabled: true, defaultValue: 'Lähetetty 3.3.2026' } };
export const ReadOnly: Story = { args: { readOnly: true, defaultValue: 'Hakemus on jo lähetetty, joten kuvausta ei voi enää muuttaa.' } };
export const CharacterCount: Story = {
  args: { label: 'Lyhyt kuvaus', characterLimit: 40, hint: 'Kuvaus näkyy julkisesti palautekartalla.' },
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const b = builtInTexts(context);
    const field = canvas.getByRole('textbox', { name: new RegExp(storyTexts(context)('Lyhyt kuvaus')) });
    await expect(canvas.getByText(b('characterCount.remaining.other', { count: 40 }))).toBeInTheDocument();
    await userEvent.click(field);
    await userEvent.keyboard('Roskis on täynnä');
    await expect(canvas.getByText(b('characterCount.remaining.other', { count: 24 }))).toBeInTheDocument();
    await waitFor(
      () => expect(document.getElementById('aukio-announcer-polite')).toHaveTextContent(b('characterCount.remaining.other', { count: 24 })),
      { timeout: 3000 },
    );
  },
};
export const CharacterCountOverLimit: Story = {
  args: {
    label: 'Lyhyt kuvaus',
    characterLimit: 20,
    defaultValue: 'Puiston roska-astia on ollut täynnä jo viikon ajan',
  },
  play: async ({ canvasElement, ...context }) => {
    const field = within(canvasElement).getByRole('textbox', { name: new RegExp(storyTexts(context)('Lyhyt kuvaus')) });
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(within(canvasElement).getByText(builtInTexts(context)('characterCount.over.other', { count: 30 }))).toBeInTheDocument();
  },
};
export const LongText: Story = {
  args: {
    label: 'Kuvaile, miten tilanne on vaikuttanut arkeesi ja mitä tukea toivoisit kaupungilta seuraavien kuukausien aikana',
    hint: 'Voit kertoa esimerkiksi asumisesta, työstä, opiskelusta, terveydestä tai perheesi tilanteesta. Kirjoita omin sanoin.',
    error: 'Kirjoita kuvaus, jossa on vähintään yksi lause, jotta sosiaaliohjaaja voi valmistautua tapaamiseen',
    characterLimit: 1000,
  },
};
export const Swedish: Story = {
  args: { label: 'Beskriv problemet', hint: 'Skriv inga personuppgifter.', characterLimit: 100, defaultValue: 'Gatlampan lyser inte' },
  globals: { locale: 'sv' },
};
export const English: Story = {
  args: { label: 'Describe the problem', hint: 'Do not include personal details.', characterLimit: 10, defaultValue: 'The street lamp is broken' },
  globals: { locale: 'en' },
};

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  render: (args) => (
    <StateGrid>
      <InteractionCells label="Default" states={['focus']}>
        <Textarea {...args} />
      </InteractionCells>
      <StateCell label="Required, with hint">
        <Textarea {...storyArgs(args, WithHint)} />
      </StateCell>
      <StateCell label="Error">
        <Textarea {...storyArgs(args, Error)} />
      </StateCell>
      <StateCell label="Disabled">
        <Textarea {...storyArgs(args, Disabled)} />
      </StateCell>
      <StateCell label="Read-only">
        <Textarea {...storyArgs(args, ReadOnly)} />
      </StateCell>
      <StateCell label="Over the character limit">
        <Textarea {...storyArgs(args, CharacterCountOverLimit)} />
      </StateCell>
      <StateCell label="Swedish" locale="sv">
        <Textarea {...storyArgs(args, Swedish)} />
      </StateCell>
      <StateCell label="Long text" wide>
        <Textarea {...storyArgs(args, LongText)} />
      </StateCell>
    </StateGrid>
  ),
};
