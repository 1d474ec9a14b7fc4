import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { Button } from '../Button';
import { FileInput } from '../FileInput';
import { Table } from '../Table';
import { TextInput } from '../TextInput';
import { Dialog } from './Dialog';
import { InteractionCells, StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';
import { builtInTexts, storyTexts } from '../../test/storyTexts';

const meta = {
  title: 'Components/Dialog',
  component: Dialog,
  args: { title: 'Muuta osoitetta', description: 'Muutos tulee voimaan huomenna.' },
  // The example texts in the toolbar's language (packages/react/test/storyTexts.ts).
  parameters: {
    translations: {
      'Muuta osoitetta': { sv: 'Ändra adress', en: 'Change address' },
      'Muutos tulee voimaan huomenna.': { sv: 'Ändringen gäller från och med i morgon.', en: 'The change applies from tomorrow.' },
      Katuosoite: { sv: 'Gatuadress', en: 'Street address' },
      Tallenna: { sv: 'Spara', en: 'Save' },
      Peruuta: { sv: 'Avbryt', en: 'Cancel' },
      Huoltokatko: { sv: 'Underhållsavbrott', en: 'Maintenance break' },
      'Palvelu on poissa käytöstä sunnuntaina klo 2–4.': {
        sv: 'Tjänsten är inte i bruk på söndag kl. 2–4.',
        en: 'The service is not available on Sunday from 2 to 4 am.',
      },
      'Näytä ehdot': { sv: 'Visa villkoren', en: 'Show the terms' },
      'Ikkuna on auki.': { sv: 'Fönstret är öppet.', en: 'The window is open.' },
      'Ikkuna on kiinni.': { sv: 'Fönstret är stängt.', en: 'The window is closed.' },
      Käyttöehdot: { sv: 'Användarvillkor', en: 'Terms of use' },
      'Palvelun käyttö edellyttää tunnistautumista.': {
        sv: 'För att använda tjänsten måste du identifiera dig.',
        en: 'To use the service, you need to sign in.',
      },
      Selvä: { sv: 'Okej', en: 'OK' },
      'Asukaspysäköintitunnuksen hakemuksen peruuttaminen ja jo maksettujen maksujen palauttaminen': {
        sv: 'Att återkalla en ansökan om invånarparkeringstillstånd och få tillbaka redan betalda avgifter',
        en: 'Withdrawing a resident parking permit application and getting back fees already paid',
      },
      'Jos peruutat hakemuksen ennen käsittelyä, maksu palautetaan tilillesi kahden viikon kuluessa. Käsittelyn jälkeen maksua ei palauteta.': {
        sv: 'Om du återkallar ansökan innan den behandlas, betalas avgiften tillbaka till ditt konto inom två veckor. Efter behandlingen betalas avgiften inte tillbaka.',
        en: 'If you withdraw the application before it is processed, the fee is paid back to your account within two weeks. After processing, the fee is not paid back.',
      },
      'Pysäköintitunnus on voimassa vain alueella, joka on merkitty tunnukseen. Pitkät sanat kuten asukaspysäköintitunnushakemuskäsittelyjärjestelmä rivittyvät kapeassakin näkymässä.': {
        sv: 'Parkeringstillståndet gäller bara i det område som står på tillståndet. Långa ord som invånarparkeringstillståndsansökningshanteringssystem radbryts även i en smal vy.',
        en: 'The parking permit is valid only in the zone marked on it. Long words such as residentparkingpermitapplicationprocessingsystem wrap even in a narrow view.',
      },
    },
  },
} satisfies Meta<typeof Dialog>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The story's example form, its texts in the story's language. */
const form = (t: ReturnType<typeof storyTexts>) => (
  <>
    <TextInput label={t('Katuosoite')} />
    <Dialog.Actions>
      <Button>{t('Tallenna')}</Button>
      <Dialog.Close>{t('Peruuta')}</Dialog.Close>
    </Dialog.Actions>
  </>
);

/** Closed: only the trigger shows. */
export const Closed: Story = {
  render: (args, context) => {
    const t = storyTexts(context);
    return (
      <Dialog {...args} trigger={<Button>{t('Muuta osoitetta')}</Button>}>
        {form(t)}
      </Dialog>
    );
  },
};

/** Opened with Enter; focus goes to the first field, Tab cycles inside, Escape closes and focus returns. */
export const KeyboardCycle: Story = {
  // A test of the keyboard behaviour, not a state to look at: tested, but not listed in the sidebar.
  tags: ['!dev', '!autodocs'],
  render: Closed.render,
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const t = storyTexts(context);
    const trigger = canvas.getByRole('button', { name: t('Muuta osoitetta') });
    trigger.focus();
    await userEvent.keyboard('{Enter}');
    const field = canvas.getByRole('textbox', { name: new RegExp(t('Katuosoite')) });
    await expect(field).toHaveFocus();
    await userEvent.tab();
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: t('Peruuta') })).toHaveFocus();
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: builtInTexts(context)('dialog.close') })).toHaveFocus();
    await userEvent.tab({ shift: true });
    await expect(canvas.getByRole('button', { name: t('Peruuta') })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await expect(trigger).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(field).toHaveFocus();
  },
};

/** Open, so the story's axe check runs on the open dialog. */
export const Open: Story = {
  args: { defaultOpen: true },
  render: (args, context) => <Dialog {...args}>{form(storyTexts(context))}</Dialog>,
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('dialog')).toHaveAttribute('data-state', 'open');
  },
};

/** Nothing focusable in the content: focus goes to the title; Escape still closes. */
export const TextOnly: Story = {
  args: {
    defaultOpen: true,
    closeButton: false,
    title: 'Huoltokatko',
    description: undefined,
  },
  render: (args, context) => (
    <Dialog {...args}>
      <p>{storyTexts(context)('Palvelu on poissa käytöstä sunnuntaina klo 2–4.')}</p>
    </Dialog>
  ),
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: storyTexts(context)('Huoltokatko') })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await expect(canvasElement.querySelector('dialog')).not.toHaveAttribute('open');
  },
};

function ControlledDemo({ t }: { t: ReturnType<typeof storyTexts> }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('Näytä ehdot')}</Button>
      <p>{open ? t('Ikkuna on auki.') : t('Ikkuna on kiinni.')}</p>
      <Dialog title={t('Käyttöehdot')} open={open} onOpenChange={setOpen}>
        <p>{t('Palvelun käyttö edellyttää tunnistautumista.')}</p>
        <Dialog.Actions>
          <Dialog.Close variant="primary">{t('Selvä')}</Dialog.Close>
        </Dialog.Actions>
      </Dialog>
    </>
  );
}
export const Controlled: Story = {
  args: { title: 'Käyttöehdot' },
  render: (_args, context) => <ControlledDemo t={storyTexts(context)} />,
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const t = storyTexts(context);
    await userEvent.click(canvas.getByRole('button', { name: t('Näytä ehdot') }));
    await expect(canvas.getByRole('button', { name: t('Selvä') })).toHaveFocus();
  },
};

export const LongText: Story = {
  args: {
    defaultOpen: true,
    title: 'Asukaspysäköintitunnuksen hakemuksen peruuttaminen ja jo maksettujen maksujen palauttaminen',
    description:
      'Jos peruutat hakemuksen ennen käsittelyä, maksu palautetaan tilillesi kahden viikon kuluessa. Käsittelyn jälkeen maksua ei palauteta.',
  },
  render: (args, context) => {
    const t = storyTexts(context);
    return (
      <Dialog {...args}>
        {Array.from({ length: 6 }, (_, i) => (
          <p key={i}>
            {t(
              'Pysäköintitunnus on voimassa vain alueella, joka on merkitty tunnukseen. Pitkät sanat kuten asukaspysäköintitunnushakemuskäsittelyjärjestelmä rivittyvät kapeassakin näkymässä.',
            )}
          </p>
        ))}
        {form(t)}
      </Dialog>
    );
  },
};

export const Swedish: Story = {
  args: {
    defaultOpen: true,
    title: 'Ändra adress',
    description: 'Ändringen gäller från och med i morgon.',
    children: <p>Fyll i din nya adress.</p>,
  },
  globals: { locale: 'sv' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Stäng' })).toBeInTheDocument();
  },
};

export const English: Story = {
  args: {
    defaultOpen: true,
    title: 'Change address',
    description: 'The change applies from tomorrow.',
    children: <p>Enter your new address.</p>,
  },
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Close' })).toBeInTheDocument();
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
        <Dialog {...args} trigger={<Button>Ändra adress</Button>} title="Ändra adress">
          <p>Fyll i din nya adress.</p>
        </Dialog>
      </StateCell>
      <StateCell label="Open" hint="a modal dialog: see the Open, Text only and Long text stories" locale="en" wide>
        <p>An open dialog is modal and makes the rest of the page inert, so it is not opened on this overview.</p>
      </StateCell>
    </StateGrid>
  ),
};

/**
 * Announcements from inside the open modal dialog reach screen readers (the page behind is inert, so they are
 * spoken from live regions in the dialog): a FileInput's removal and a Table's sort message. A test for the
 * screen-reader stage (scripts/sr/overlays.sr.ts), not listed in the sidebar.
 */
export const AnnouncementsInside: Story = {
  tags: ['!dev', '!autodocs'],
  args: {
    defaultOpen: true,
    title: 'Liitteet ja tunnukset',
    description: undefined,
    children: (
      <>
        <FileInput label="Liite" />
        <Table
          caption="Pysäköintitunnukset"
          columns={[
            { key: 'plate', header: 'Rekisterinumero', rowHeader: true, sortable: true },
            { key: 'zone', header: 'Alue', sortable: true },
          ]}
          rows={[
            { id: '1', plate: 'ABC-123', zone: 'Kallio' },
            { id: '2', plate: 'XYZ-987', zone: 'Töölö' },
          ]}
        />
      </>
    ),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.upload(canvas.getByLabelText(/Liite/), new File(['x'], 'liite.pdf', { type: 'application/pdf' }));
    await expect(await canvas.findByRole('button', { name: 'Poista liite.pdf' })).toBeVisible();
  },
};
