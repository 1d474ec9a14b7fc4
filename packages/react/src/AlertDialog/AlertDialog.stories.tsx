import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { Button } from '../Button';
import { AlertDialog } from './AlertDialog';
import { InteractionCells, StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';

const meta = {
  title: 'Components/AlertDialog',
  component: AlertDialog,
  args: {
    title: 'Poistetaanko hakemus?',
    description: 'Poistettua hakemusta ei voi palauttaa.',
    confirmLabel: 'Poista hakemus',
    onConfirm: () => {},
  },
} satisfies Meta<typeof AlertDialog>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Closed: Story = { args: { trigger: <Button variant="danger">Poista hakemus</Button> } };

/** Test only (keyboard, out of the sidebar and docs): focus starts on Cancel; Tab cycles the two buttons; Escape cancels and focus returns to the trigger. */
export const Keyboard: Story = {
  tags: ['!dev', '!autodocs'],
  args: { trigger: <Button variant="danger">Poista hakemus</Button>, confirmLabel: 'Poista pysyvästi' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const trigger = canvas.getByRole('button', { name: 'Poista hakemus' });
    trigger.focus();
    await userEvent.keyboard('{Enter}');
    const cancel = canvas.getByRole('button', { name: 'Peruuta' });
    await expect(cancel).toHaveFocus();
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'Poista pysyvästi' })).toHaveFocus();
    await userEvent.tab();
    await expect(cancel).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await expect(trigger).toHaveFocus();
    await userEvent.keyboard('{Enter}');
  },
};

export const Open: Story = { args: { defaultOpen: true } };

function PendingDemo() {
  const [error, setError] = useState('');
  return (
    <AlertDialog
      defaultOpen
      title="Poistetaanko hakemus?"
      confirmLabel="Poista hakemus"
      onConfirm={() =>
        new Promise((_, reject) =>
          setTimeout(() => {
            setError('Poisto epäonnistui. Yritä uudelleen.');
            reject(new Error('failed'));
          }, 300),
        )
      }
    >
      {error && <p role="alert">{error}</p>}
    </AlertDialog>
  );
}
/** An async confirm: the button shows loading; a failure keeps the dialog open with the error. */
export const AsyncFailure: Story = {
  render: () => <PendingDemo />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: /Poista hakemus/ }));
    await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent('Poisto epäonnistui'));
    await expect(canvas.getByRole('alertdialog').closest('dialog')).toHaveAttribute('open');
  },
};

export const PrimaryConfirm: Story = {
  args: { defaultOpen: true, confirmVariant: 'primary', title: 'Lähetetäänkö hakemus?', confirmLabel: 'Lähetä', description: undefined },
};

export const LongText: Story = {
  args: {
    defaultOpen: true,
    title: 'Poistetaanko asukaspysäköintitunnushakemus ja kaikki siihen liitetyt asiakirjat pysyvästi?',
    description:
      'Poistettua hakemusta liitteineen ei voi palauttaa. Jos tarvitset tunnuksen myöhemmin, sinun on tehtävä kokonaan uusi hakemus.',
    confirmLabel: 'Poista hakemus ja kaikki liitteet pysyvästi',
    cancelLabel: 'Älä poista, palaa hakemukseen',
  },
};

export const Swedish: Story = {
  args: { defaultOpen: true, title: 'Radera ansökan?', description: 'Det går inte att ångra.', confirmLabel: 'Radera' },
  globals: { locale: 'sv' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Avbryt' })).toHaveFocus();
  },
};

export const English: Story = {
  args: { defaultOpen: true, title: 'Delete application?', description: 'This cannot be undone.', confirmLabel: 'Delete' },
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Cancel' })).toHaveFocus();
  },
};

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  render: (args) => (
    <StateGrid>
      <InteractionCells label="Trigger">
        <AlertDialog {...storyArgs(args, Closed)} />
      </InteractionCells>
      <StateCell label="Swedish trigger" locale="sv">
        <AlertDialog {...args} title="Radera ansökan?" confirmLabel="Radera" trigger={<Button variant="danger">Radera ansökan</Button>} />
      </StateCell>
      <StateCell label="Open" hint="a modal dialog: see the Open and Long text stories" locale="en" wide>
        <p>An open alert dialog is modal and makes the rest of the page inert, so it is not opened on this overview.</p>
      </StateCell>
    </StateGrid>
  ),
};
