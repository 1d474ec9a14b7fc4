import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Toast, ToastProvider, useToast, type ToastOptions } from './Toast';
import { InteractionCells, StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';
import { builtInTexts, storyTexts } from '../../test/storyTexts';

const meta = {
  title: 'Components/Toast',
  component: Toast,
  args: { type: 'success', title: 'Tallennettu', children: 'Luonnos on tallessa.', onClose: () => {} },
  // The example texts in the toolbar's language (packages/react/test/storyTexts.ts).
  parameters: {
    translations: {
      Tallennettu: { sv: 'Sparat', en: 'Saved' },
      'Luonnos on tallessa.': { sv: 'Utkastet är sparat.', en: 'Your draft is saved.' },
      Otsikko: { sv: 'Rubrik', en: 'Title' },
      'Viestin teksti.': { sv: 'Meddelandets text.', en: 'Message text.' },
      Tallenna: { sv: 'Spara', en: 'Save' },
      Lähetä: { sv: 'Skicka', en: 'Send' },
      'Lähetys epäonnistui': { sv: 'Det gick inte att skicka', en: 'Sending failed' },
      'Yritä uudelleen.': { sv: 'Försök igen.', en: 'Try again.' },
      'Näytä tiedote': { sv: 'Visa meddelande', en: 'Show notice' },
      'Uusi viesti saapui.': { sv: 'Ett nytt meddelande har kommit.', en: 'A new message has arrived.' },
      'Näytä varoitus': { sv: 'Visa varning', en: 'Show warning' },
      'Istunto päättyy 5 minuutin kuluttua.': { sv: 'Du loggas ut om 5 minuter.', en: 'You will be signed out in 5 minutes.' },
      'Asukaspysäköintitunnuksen hakemuksen käsittely viivästyy': {
        sv: 'Behandlingen av ansökningar om invånarparkeringstillstånd är försenad',
        en: 'Resident parking permit applications are taking longer',
      },
      'Järjestelmäpäivityksen vuoksi hakemusten käsittely kestää tavallista pidempään. Tiedostonimi_joka_on_poikkeuksellisen_pitka_ja_ilman_valilyonteja.pdf tallennettiin.': {
        sv: 'På grund av en systemuppdatering tar behandlingen längre tid än vanligt. Filnamn_som_ar_ovanligt_langt_och_utan_mellanslag.pdf sparades.',
        en: 'Because of a system update, processing takes longer than usual. File_name_that_is_unusually_long_and_has_no_spaces.pdf was saved.',
      },
    },
  },
} satisfies Meta<typeof Toast>;
export default meta;
type Story = StoryObj<typeof meta>;

function Trigger({ label, toast }: { label: string; toast: ToastOptions }) {
  const api = useToast();
  return (
    <button type="button" onClick={() => api.show(toast)}>
      {label}
    </button>
  );
}

function Demo({ toasts }: { toasts: Array<[string, ToastOptions]> }) {
  return (
    <ToastProvider>
      <div className="aukio-story-row">
        {toasts.map(([label, toast]) => (
          <Trigger key={label} label={label} toast={toast} />
        ))}
      </div>
    </ToastProvider>
  );
}

/** Static look of each type (the provider renders these for you). */
export const Types: Story = {
  render: (_args, context) => {
    const t = storyTexts(context);
    return (
      <div className="aukio-story-stack">
        {(['info', 'success', 'warning', 'error'] as const).map((type) => (
          <Toast key={type} type={type} title={t('Otsikko')} onClose={() => {}}>
            {t('Viestin teksti.')}
          </Toast>
        ))}
      </div>
    );
  },
};
export const Single: Story = {};

/** Test only (keyboard, out of the sidebar and docs): show a toast, press F8 to move to it, Tab to the close button, Enter to close: focus returns. */
export const KeyboardShortcut: Story = {
  tags: ['!dev', '!autodocs'],
  render: (_args, context) => (
    <Demo toasts={storyTexts(context)([['Tallenna', { type: 'success', title: 'Tallennettu', message: 'Luonnos on tallessa.', duration: null }]])} />
  ),
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const b = builtInTexts(context);
    const trigger = canvas.getByRole('button', { name: storyTexts(context)('Tallenna') });
    trigger.focus();
    await userEvent.keyboard('{Enter}');
    const region = await canvas.findByRole('region', { name: b('toast.region') });
    await userEvent.keyboard('{F8}');
    await expect(region).toHaveFocus();
    await userEvent.tab();
    await expect(within(region).getByRole('button', { name: b('toast.close') })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.queryByRole('region', { name: b('toast.region') })).toBeNull();
    await expect(trigger).toHaveFocus();
  },
};
/** An error toast stays until closed. */
export const ErrorStays: Story = {
  render: (_args, context) => <Demo toasts={storyTexts(context)([['Lähetä', { type: 'error', title: 'Lähetys epäonnistui', message: 'Yritä uudelleen.' }]])} />,
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const t = storyTexts(context);
    await userEvent.click(canvas.getByRole('button', { name: t('Lähetä') }));
    await expect(await canvas.findByText(t('Lähetys epäonnistui'))).toBeVisible();
  },
};
/** Several at once: three on screen, the rest queue. */
export const Queue: Story = {
  render: (_args, context) => (
    <Demo
      toasts={storyTexts(context)([
        ['Näytä tiedote', { type: 'info', message: 'Uusi viesti saapui.', duration: null }],
        ['Näytä varoitus', { type: 'warning', message: 'Istunto päättyy 5 minuutin kuluttua.', duration: null }],
      ])}
    />
  ),
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const t = storyTexts(context);
    await userEvent.click(canvas.getByRole('button', { name: t('Näytä tiedote') }));
    await userEvent.click(canvas.getByRole('button', { name: t('Näytä varoitus') }));
    await expect(await canvas.findAllByRole('button', { name: builtInTexts(context)('toast.close') })).toHaveLength(2);
  },
};
export const LongText: Story = {
  args: {
    type: 'warning',
    title: 'Asukaspysäköintitunnuksen hakemuksen käsittely viivästyy',
    children:
      'Järjestelmäpäivityksen vuoksi hakemusten käsittely kestää tavallista pidempään. Tiedostonimi_joka_on_poikkeuksellisen_pitka_ja_ilman_valilyonteja.pdf tallennettiin.',
  },
};
export const Swedish: Story = {
  render: () => <Demo toasts={[['Spara', { type: 'success', title: 'Sparat', message: 'Utkastet är sparat.', duration: null }]]} />,
  globals: { locale: 'sv' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Spara' }));
    await expect(await canvas.findByRole('button', { name: 'Stäng meddelandet' })).toBeVisible();
  },
};
export const English: Story = {
  render: () => <Demo toasts={[['Save', { type: 'success', title: 'Saved', message: 'Your draft is saved.', duration: null }]]} />,
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    await expect(await canvas.findByRole('region', { name: 'Notifications' })).toBeVisible();
  },
};

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  render: (args, context) => (
    <StateGrid>
      {(['info', 'success', 'warning', 'error'] as const).map((type) => (
        <StateCell key={type} label={type.replace(/^./, (c) => c.toUpperCase())}>
          <Toast {...args} type={type} />
        </StateCell>
      ))}
      <InteractionCells label="Close button" target="button">
        <Toast {...args} />
      </InteractionCells>
      <StateCell label="Swedish" locale="sv">
        <Toast {...args} title="Sparat">
          Utkastet är sparat.
        </Toast>
      </StateCell>
      <StateCell label="Long text" wide>
        <Toast {...storyTexts(context)(storyArgs(args, LongText))} />
      </StateCell>
    </StateGrid>
  ),
};
