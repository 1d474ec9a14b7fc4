import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { OneTimeCodeInput } from './OneTimeCodeInput';
import { InteractionCells, StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';

const meta = {
  title: 'Components/OneTimeCodeInput',
  component: OneTimeCodeInput,
  args: { label: 'Vahvistuskoodi', name: 'code', resendHref: '#uusi-koodi', required: true },
  // The example texts in the toolbar's language (.storybook/translations.tsx).
  parameters: {
    translations: {
      Vahvistuskoodi: { sv: 'Bekräftelsekod', en: 'Confirmation code' },
      'Lähetimme koodin tekstiviestinä numeroon 040 *** **67. Koodissa on 6 numeroa.': {
        sv: 'Vi skickade koden som sms till nummer 040 *** **67. Koden har 6 siffror.',
        en: 'We sent the code by text message to 040 *** **67. The code has 6 digits.',
      },
      'Koodi on vanhentunut. Pyydä uusi koodi': { sv: 'Koden har gått ut. Be om en ny kod', en: 'The code has expired. Ask for a new code' },
      'Kirjoita koodin 6 numeroa': { sv: 'Skriv kodens 6 siffror', en: 'Enter the 6 digits of the code' },
    },
  },
} satisfies Meta<typeof OneTimeCodeInput>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const WithHint: Story = {
  args: { hint: 'Lähetimme koodin tekstiviestinä numeroon 040 *** **67. Koodissa on 6 numeroa.' },
};
/** A code pasted from a message with a space in it is accepted as it is. */
export const Pasted: Story = {
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox');
    await userEvent.click(input);
    await userEvent.paste('123 456');
    await expect(input).toHaveValue('123 456');
    await userEvent.tab();
    await expect(input).not.toHaveAttribute('aria-invalid');
  },
};
export const Error: Story = { args: { defaultValue: '123 45', error: 'Kirjoita koodin 6 numeroa' } };
export const Expired: Story = { args: { defaultValue: '482 913', error: 'Koodi on vanhentunut. Pyydä uusi koodi' } };
export const FiveDigits: Story = { args: { length: 5 } };
export const ResendButton: Story = { args: { resendHref: undefined, onResend: () => {} } as never };
export const Disabled: Story = { args: { disabled: true, defaultValue: '123456' } };
export const LongText: Story = {
  args: {
    label: 'Kertakäyttöinen vahvistuskoodi, jonka lähetimme tekstiviestinä hakemuksessa antamaasi puhelinnumeroon',
    hint: 'Koodi on voimassa 15 minuuttia. Jos et löydä viestiä, katso myös puhelimen roskapostikansio tai pyydä uusi koodi alla olevasta linkistä.',
    error: 'Kirjoita koodin 6 numeroa',
    defaultValue: '123',
  },
};
export const Swedish: Story = {
  args: { label: 'Bekräftelsekod', error: 'Skriv kodens 6 siffror', defaultValue: '12 34' },
  globals: { locale: 'sv' },
};
export const English: Story = {
  args: { label: 'Confirmation code', hint: 'We sent the code by text message. The code has 6 digits.' },
  globals: { locale: 'en' },
};

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  render: (args) => (
    <StateGrid>
      <InteractionCells label="Default" states={['focus']}>
        <OneTimeCodeInput {...args} />
      </InteractionCells>
      <StateCell label="With hint">
        <OneTimeCodeInput {...storyArgs(args, WithHint)} />
      </StateCell>
      <StateCell label="Error">
        <OneTimeCodeInput {...storyArgs(args, Error)} />
      </StateCell>
      <StateCell label="Expired code">
        <OneTimeCodeInput {...storyArgs(args, Expired)} />
      </StateCell>
      <StateCell label="Resend as a button">
        <OneTimeCodeInput {...storyArgs(args, ResendButton)} />
      </StateCell>
      <StateCell label="Disabled">
        <OneTimeCodeInput {...storyArgs(args, Disabled)} />
      </StateCell>
      <StateCell label="Swedish" locale="sv">
        <OneTimeCodeInput {...storyArgs(args, Swedish)} />
      </StateCell>
      <StateCell label="Long text" wide>
        <OneTimeCodeInput {...storyArgs(args, LongText)} />
      </StateCell>
    </StateGrid>
  ),
};
