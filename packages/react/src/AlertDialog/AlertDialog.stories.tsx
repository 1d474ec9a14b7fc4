import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { Button } from '../Button';
import { AlertDialog } from './AlertDialog';
import { InteractionCells, StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';
import { builtInTexts, storyTexts } from '../../test/storyTexts';

const meta = {
  title: 'Components/AlertDialog',
  component: AlertDialog,
  args: {
    title: 'Poistetaanko hakemus?',
    description: 'Poistettua hakemusta ei voi palauttaa.',
    confirmLabel: 'Poista hakemus',
    onConfirm: () => {},
  },
  // The example texts in the toolbar's language (packages/react/test/storyTexts.ts).
  parameters: {
    translations: {
      'Poistetaanko hakemus?': { sv: 'Radera ansökan?', en: 'Delete the application?' },
      'Poistettua hakemusta ei voi palauttaa.': { sv: 'En raderad ansökan går inte att få tillbaka.', en: 'A deleted application cannot be brought back.' },
      'Poista hakemus': { sv: 'Radera ansökan', en: 'Delete application' },
      'Poista pysyvästi': { sv: 'Radera för gott', en: 'Delete for good' },
      'Poisto epäonnistui. Yritä uudelleen.': { sv: 'Det gick inte att radera. Försök igen.', en: 'The application was not deleted. Try again.' },
      'Lähetetäänkö hakemus?': { sv: 'Skicka ansökan?', en: 'Send the application?' },
      Lähetä: { sv: 'Skicka', en: 'Send' },
      'Poistetaanko asukaspysäköintitunnushakemus ja kaikki siihen liitetyt asiakirjat pysyvästi?': {
        sv: 'Radera ansökan om invånarparkeringstillstånd och alla dokument som bifogats den för gott?',
        en: 'Delete the resident parking permit application and all the documents attached to it for good?',
      },
      'Poistettua hakemusta liitteineen ei voi palauttaa. Jos tarvitset tunnuksen myöhemmin, sinun on tehtävä kokonaan uusi hakemus.': {
        sv: 'En raderad ansökan och dess bilagor går inte att få tillbaka. Om du behöver tillståndet senare måste du göra en helt ny ansökan.',
        en: 'A deleted application and its attachments cannot be brought back. If you need the permit later, you have to make a new application.',
      },
      'Poista hakemus ja kaikki liitteet pysyvästi': { sv: 'Radera ansökan och alla bilagor för gott', en: 'Delete the application and all attachments for good' },
      'Älä poista, palaa hakemukseen': { sv: 'Radera inte, tillbaka till ansökan', en: 'Do not delete, back to the application' },
    },
  },
} satisfies Meta<typeof AlertDialog>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The trigger is a React element: made in the render function, its text in the story's language. */
export const Closed: Story = {
  render: (args, context) => (
    <AlertDialog {...args} trigger={<Button variant="danger">{storyTexts(context)('Poista hakemus')}</Button>} />
  ),
};

/** Test only (keyboard, out of the sidebar and docs): focus starts on Cancel; Tab cycles the two buttons; Escape cancels and focus returns to the trigger. */
export const Keyboard: Story = {
  tags: ['!dev', '!autodocs'],
  args: { confirmLabel: 'Poista pysyvästi' },
  render: Closed.render,
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const t = storyTexts(context);
    const trigger = canvas.getByRole('button', { name: t('Poista hakemus') });
    trigger.focus();
    await userEvent.keyboard('{Enter}');
    const cancel = canvas.getByRole('button', { name: builtInTexts(context)('alertDialog.cancel') });
    await expect(cancel).toHaveFocus();
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: t('Poista pysyvästi') })).toHaveFocus();
    await userEvent.tab();
    await expect(cancel).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await expect(trigger).toHaveFocus();
    await userEvent.keyboard('{Enter}');
  },
};

export const Open: Story = { args: { defaultOpen: true } };

function PendingDemo({ t }: { t: ReturnType<typeof storyTexts> }) {
  const [error, setError] = useState('');
  return (
    <AlertDialog
      defaultOpen
      title={t('Poistetaanko hakemus?')}
      confirmLabel={t('Poista hakemus')}
      onConfirm={() =>
        new Promise((_, reject) =>
          setTimeout(() => {
            setError(t('Poisto epäonnistui. Yritä uudelleen.'));
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
  render: (_args, context) => <PendingDemo t={storyTexts(context)} />,
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const t = storyTexts(context);
    await userEvent.click(canvas.getByRole('button', { name: new RegExp(t('Poista hakemus')) }));
    await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent(t('Poisto epäonnistui. Yritä uudelleen.')));
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
  // The trigger's texts in the toolbar's language; the Swedish cell's in Swedish.
  render: (args, context) => (
    <StateGrid>
      <InteractionCells label="Trigger">{Closed.render?.(storyArgs(args, Closed), context)}</InteractionCells>
      <StateCell label="Swedish trigger" locale="sv">
        <AlertDialog {...args} title="Radera ansökan?" confirmLabel="Radera" trigger={<Button variant="danger">Radera ansökan</Button>} />
      </StateCell>
      <StateCell label="Open" hint="a modal dialog: see the Open and Long text stories" locale="en" wide>
        <p>An open alert dialog is modal and makes the rest of the page inert, so it is not opened on this overview.</p>
      </StateCell>
    </StateGrid>
  ),
};
