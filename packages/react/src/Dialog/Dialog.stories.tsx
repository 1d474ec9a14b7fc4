import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { Button } from '../Button';
import { FileInput } from '../FileInput';
import { Table } from '../Table';
import { TextInput } from '../TextInput';
import { Dialog } from './Dialog';
import { InteractionCells, StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';

const meta = {
  title: 'Components/Dialog',
  component: Dialog,
  args: { title: 'Muuta osoitetta', description: 'Muutos tulee voimaan huomenna.' },
} satisfies Meta<typeof Dialog>;
export default meta;
type Story = StoryObj<typeof meta>;

const form = (
  <>
    <TextInput label="Katuosoite" />
    <Dialog.Actions>
      <Button>Tallenna</Button>
      <Dialog.Close>Peruuta</Dialog.Close>
    </Dialog.Actions>
  </>
);

/** Closed: only the trigger shows. */
export const Closed: Story = {
  args: { trigger: <Button>Muuta osoitetta</Button>, children: form },
};

/** Opened with Enter; focus goes to the first field, Tab cycles inside, Escape closes and focus returns. */
export const KeyboardCycle: Story = {
  // A test of the keyboard behaviour, not a state to look at: tested, but not listed in the sidebar.
  tags: ['!dev', '!autodocs'],
  args: { trigger: <Button>Muuta osoitetta</Button>, children: form },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const trigger = canvas.getByRole('button', { name: 'Muuta osoitetta' });
    trigger.focus();
    await userEvent.keyboard('{Enter}');
    const field = canvas.getByRole('textbox', { name: /Katuosoite/ });
    await expect(field).toHaveFocus();
    await userEvent.tab();
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'Peruuta' })).toHaveFocus();
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'Sulje' })).toHaveFocus();
    await userEvent.tab({ shift: true });
    await expect(canvas.getByRole('button', { name: 'Peruuta' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await expect(trigger).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(field).toHaveFocus();
  },
};

/** Open, so the story's axe check runs on the open dialog. */
export const Open: Story = {
  args: { defaultOpen: true, children: form },
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
    children: <p>Palvelu on poissa käytöstä sunnuntaina klo 2–4.</p>,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Huoltokatko' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await expect(canvasElement.querySelector('dialog')).not.toHaveAttribute('open');
  },
};

function ControlledDemo() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button onClick={() => setOpen(true)}>Näytä ehdot</Button>
      <p>Ikkuna on {open ? 'auki' : 'kiinni'}.</p>
      <Dialog title="Käyttöehdot" open={open} onOpenChange={setOpen}>
        <p>Palvelun käyttö edellyttää tunnistautumista.</p>
        <Dialog.Actions>
          <Dialog.Close variant="primary">Selvä</Dialog.Close>
        </Dialog.Actions>
      </Dialog>
    </>
  );
}
export const Controlled: Story = {
  args: { title: 'Käyttöehdot' },
  render: () => <ControlledDemo />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Näytä ehdot' }));
    await expect(canvas.getByRole('button', { name: 'Selvä' })).toHaveFocus();
  },
};

export const LongText: Story = {
  args: {
    defaultOpen: true,
    title: 'Asukaspysäköintitunnuksen hakemuksen peruuttaminen ja jo maksettujen maksujen palauttaminen',
    description:
      'Jos peruutat hakemuksen ennen käsittelyä, maksu palautetaan tilillesi kahden viikon kuluessa. Käsittelyn jälkeen maksua ei palauteta.',
    children: (
      <>
        {Array.from({ length: 6 }, (_, i) => (
          <p key={i}>
            Pysäköintitunnus on voimassa vain alueella, joka on merkitty tunnukseen. Pitkät sanat kuten
            asukaspysäköintitunnushakemuskäsittelyjärjestelmä rivittyvät kapeassakin näkymässä.
          </p>
        ))}
        {form}
      </>
    ),
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
  render: (args) => (
    <StateGrid>
      <InteractionCells label="Trigger">
        <Dialog {...storyArgs(args, Closed)} />
      </InteractionCells>
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
