import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { PasswordInput } from './PasswordInput';
import { InteractionCells, StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';

const meta = {
  title: 'Components/PasswordInput',
  component: PasswordInput,
  args: { label: 'Salasana', name: 'password', autoComplete: 'current-password' },
  // The example texts in the toolbar's language (.storybook/translations.tsx).
  parameters: {
    translations: {
      Salasana: { sv: 'Lösenord', en: 'Password' },
      'Uusi salasana': { sv: 'Nytt lösenord', en: 'New password' },
      'Vähintään 12 merkkiä. Voit käyttää myös välilyöntejä.': { sv: 'Minst 12 tecken. Du kan också använda mellanslag.', en: 'At least 12 characters. You can use spaces too.' },
      'Salasanassa on oltava vähintään 12 merkkiä': { sv: 'Lösenordet måste ha minst 12 tecken', en: 'The password must have at least 12 characters' },
    },
  },
} satisfies Meta<typeof PasswordInput>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByLabelText(/Salasana/);
    await userEvent.tab();
    await expect(input).toHaveFocus();
    await userEvent.keyboard('kesä2026');
    await userEvent.tab();
    const toggle = canvas.getByRole('button', { name: 'Näytä salasana' });
    await expect(toggle).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(input).toHaveAttribute('type', 'text');
    await expect(toggle).toHaveFocus();
    await expect(toggle).toHaveAccessibleName('Piilota salasana');
    await userEvent.keyboard(' ');
    await expect(input).toHaveAttribute('type', 'password');
    await expect(input).toHaveValue('kesä2026');
  },
};
export const Shown: Story = {
  args: { defaultValue: 'kesä2026' },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Näytä salasana' }));
  },
};
export const NewPassword: Story = {
  args: { label: 'Uusi salasana', autoComplete: 'new-password', hint: 'Vähintään 12 merkkiä. Voit käyttää myös välilyöntejä.', required: true },
};
export const Error: Story = {
  args: { required: true, defaultValue: 'lyhyt', error: 'Salasanassa on oltava vähintään 12 merkkiä' },
};
export const Disabled: Story = { args: { disabled: true } };
export const LongText: Story = {
  args: {
    label: 'Salasana, jonka valitsit, kun loit tunnuksen kaupungin sähköiseen asiointipalveluun',
    hint: 'Jos olet unohtanut salasanan, voit tilata uuden sähköpostiisi. Salasanan vaihtaminen ei poista tallennettuja hakemuksia.',
    error: 'Salasana tai käyttäjätunnus on väärin. Tarkista isot ja pienet kirjaimet ja kirjoita salasana uudelleen',
  },
};
export const Swedish: Story = {
  args: { label: 'Lösenord', hint: 'Minst 12 tecken.', autoComplete: 'new-password' },
  globals: { locale: 'sv' },
};
export const English: Story = {
  args: { label: 'Password', error: 'Enter your password' },
  globals: { locale: 'en' },
};

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  render: (args) => (
    <StateGrid>
      <InteractionCells label="Default" states={['focus']}>
        <PasswordInput {...args} />
      </InteractionCells>
      <InteractionCells label="Show button" target="button">
        <PasswordInput {...args} defaultValue="kesä2026" />
      </InteractionCells>
      <StateCell label="Required, with hint">
        <PasswordInput {...storyArgs(args, NewPassword)} />
      </StateCell>
      <StateCell label="Error">
        <PasswordInput {...storyArgs(args, Error)} />
      </StateCell>
      <StateCell label="Disabled">
        <PasswordInput {...storyArgs(args, Disabled)} />
      </StateCell>
      <StateCell label="Swedish" locale="sv">
        <PasswordInput {...storyArgs(args, Swedish)} />
      </StateCell>
      <StateCell label="Long text" wide>
        <PasswordInput {...storyArgs(args, LongText)} />
      </StateCell>
    </StateGrid>
  ),
};
