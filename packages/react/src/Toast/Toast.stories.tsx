import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Toast, ToastProvider, useToast, type ToastOptions } from './Toast';
import { InteractionCells, StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';

const meta = {
  title: 'Components/Toast',
  component: Toast,
  args: { type: 'success', title: 'Tallennettu', children: 'Luonnos on tallessa.', onClose: () => {} },
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
  render: () => (
    <div className="aukio-story-stack">
      {(['info', 'success', 'warning', 'error'] as const).map((type) => (
        <Toast key={type} type={type} title="Otsikko" onClose={() => {}}>
          Viestin teksti.
        </Toast>
      ))}
    </div>
  ),
};
export const Single: Story = {};

/** Test only (keyboard, out of the sidebar and docs): show a toast, press F8 to move to it, Tab to the close button, Enter to close: focus returns. */
export const KeyboardShortcut: Story = {
  tags: ['!dev', '!autodocs'],
  render: () => <Demo toasts={[['Tallenna', { type: 'success', title: 'Tallennettu', message: 'Luonnos on tallessa.', duration: null }]]} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const trigger = canvas.getByRole('button', { name: 'Tallenna' });
    trigger.focus();
    await userEvent.keyboard('{Enter}');
    const region = await canvas.findByRole('region', { name: 'Ilmoitukset' });
    await userEvent.keyboard('{F8}');
    await expect(region).toHaveFocus();
    await userEvent.tab();
    await expect(within(region).getByRole('button', { name: 'Sulje ilmoitus' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.queryByRole('region', { name: 'Ilmoitukset' })).toBeNull();
    await expect(trigger).toHaveFocus();
  },
};
/** An error toast stays until closed. */
export const ErrorStays: Story = {
  render: () => <Demo toasts={[['Lähetä', { type: 'error', title: 'Lähetys epäonnistui', message: 'Yritä uudelleen.' }]]} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Lähetä' }));
    await expect(await canvas.findByText('Lähetys epäonnistui')).toBeVisible();
  },
};
/** Several at once: three on screen, the rest queue. */
export const Queue: Story = {
  render: () => (
    <Demo
      toasts={[
        ['Näytä tiedote', { type: 'info', message: 'Uusi viesti saapui.', duration: null }],
        ['Näytä varoitus', { type: 'warning', message: 'Istunto päättyy 5 minuutin kuluttua.', duration: null }],
      ]}
    />
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Näytä tiedote' }));
    await userEvent.click(canvas.getByRole('button', { name: 'Näytä varoitus' }));
    await expect(await canvas.findAllByRole('button', { name: 'Sulje ilmoitus' })).toHaveLength(2);
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
  render: (args) => (
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
        <Toast {...storyArgs(args, LongText)} />
      </StateCell>
    </StateGrid>
  ),
};
