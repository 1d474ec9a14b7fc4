import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { FileInput } from './FileInput';
import { InteractionCells, StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';

const MB = 1024 * 1024;
function pdf(name: string, size: number, type = 'application/pdf') {
  return new File([new Uint8Array(size)], name, { type });
}

const meta = {
  title: 'Components/FileInput',
  component: FileInput,
  args: { label: 'Vuokrasopimus', name: 'lease', hint: 'PDF, JPG tai PNG, enintään 5 Mt', accept: '.pdf,.jpg,.png', maxSize: 5 * MB },
} satisfies Meta<typeof FileInput>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByLabelText(/Vuokrasopimus/);
    await userEvent.tab();
    await expect(input).toHaveFocus();
  },
};
/** Files chosen: each is listed with its size and a remove button named after the file. */
export const FilesChosen: Story = {
  args: { label: 'Liitteet', name: 'attachments', multiple: true, maxFiles: 3 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // Chosen the way the browser does it (a real FileList), so the FileList sync on removal is tested for real.
    const input = canvas.getByLabelText(/Liitteet/) as HTMLInputElement;
    const transfer = new DataTransfer();
    transfer.items.add(pdf('vuokrasopimus.pdf', 2 * 1024));
    transfer.items.add(pdf('palkkatodistus.pdf', 3 * 1024));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await expect(canvas.getByRole('list', { name: 'Valitut tiedostot' })).toHaveTextContent('vuokrasopimus.pdf (2 kt)');
    await userEvent.click(canvas.getByRole('button', { name: 'Poista vuokrasopimus.pdf' }));
    await expect(canvas.getByRole('button', { name: 'Poista palkkatodistus.pdf' })).toHaveFocus();
    await expect(input.files).toHaveLength(1);
    await expect(input.files?.[0]?.name).toBe('palkkatodistus.pdf');
  },
};
export const TooLarge: Story = {
  args: { maxSize: 1024 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.upload(canvas.getByLabelText(/Vuokrasopimus/), pdf('tiedosto.pdf', 4096));
    await expect(canvas.getByText('tiedosto.pdf on liian suuri: enintään 1 kt. Valitse pienempi tiedosto')).toBeInTheDocument();
  },
};
export const WrongType: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.upload(canvas.getByLabelText(/Vuokrasopimus/), pdf('sopimus.docx', 100, 'application/msword'), { applyAccept: false });
    await expect(canvas.getByText(/sopimus\.docx on väärää tiedostotyyppiä/)).toBeInTheDocument();
  },
};
export const TooMany: Story = {
  args: { label: 'Liitteet', multiple: true, maxFiles: 1, accept: undefined, hint: 'Yksi tiedosto' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.upload(canvas.getByLabelText(/Liitteet/), [pdf('a.pdf', 10), pdf('b.pdf', 10)]);
    await expect(canvas.getByText('Liian monta tiedostoa: valitse enintään 1 tiedosto')).toBeInTheDocument();
  },
};
export const AppError: Story = { args: { required: true, error: 'Liitä vuokrasopimus' } };
export const Disabled: Story = { args: { disabled: true } };
export const LongText: Story = {
  args: {
    label: 'Selvitys kotitalouden kaikista tuloista hakemusta edeltäneiltä kolmelta kuukaudelta',
    hint: 'Liitä palkkalaskelmat, eläkepäätökset, Kelan etuuspäätökset ja muut tulotositteet. Jos tiedostoja on paljon, voit yhdistää ne yhdeksi PDF-tiedostoksi.',
    multiple: true,
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.upload(canvas.getByLabelText(/Selvitys/), [pdf('palkkalaskelma_tammikuu_helmikuu_maaliskuu_2026_korjattu_versio.pdf', 2048)]);
  },
};
export const Swedish: Story = {
  args: { label: 'Hyresavtal', hint: 'PDF, JPG eller PNG, högst 5 MB', maxSize: 1024 },
  globals: { locale: 'sv' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.upload(canvas.getByLabelText(/Hyresavtal/), pdf('avtal.pdf', 4096));
    await expect(canvas.getByText('avtal.pdf är för stor: högst 1 kB. Välj en mindre fil')).toBeInTheDocument();
    await expect(canvas.getByRole('button', { name: 'Ta bort avtal.pdf' })).toBeInTheDocument();
  },
};
export const English: Story = {
  args: { label: 'Lease agreement', hint: 'PDF, JPG or PNG, up to 5 MB' },
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.upload(canvas.getByLabelText(/Lease agreement/), pdf('lease.pdf', 2048));
    await expect(canvas.getByRole('button', { name: 'Remove lease.pdf' })).toBeInTheDocument();
  },
};

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  render: (args) => (
    <StateGrid>
      <InteractionCells label="Default" states={['focus']}>
        <FileInput {...args} />
      </InteractionCells>
      <StateCell label="Files chosen">
        <FileInput {...storyArgs(args, FilesChosen)} />
      </StateCell>
      <StateCell label="File too large">
        <FileInput {...storyArgs(args, TooLarge)} name="too-large" />
      </StateCell>
      <StateCell label="Error, required">
        <FileInput {...storyArgs(args, AppError)} />
      </StateCell>
      <StateCell label="Disabled">
        <FileInput {...storyArgs(args, Disabled)} />
      </StateCell>
      <StateCell label="Swedish" locale="sv">
        <FileInput {...storyArgs(args, Swedish)} />
      </StateCell>
      <StateCell label="Long text" wide>
        <FileInput {...storyArgs(args, LongText)} />
      </StateCell>
    </StateGrid>
  ),
  // Files can only be chosen through the input, as a person does: two files in one cell, one too large in another.
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const [attachments] = canvas.getAllByLabelText(/^Liitteet/);
    await userEvent.upload(attachments as HTMLInputElement, [pdf('vuokrasopimus.pdf', 2 * 1024), pdf('palkkatodistus.pdf', 3 * 1024)]);
    await expect(canvas.getByRole('list', { name: 'Valitut tiedostot' })).toHaveTextContent('palkkatodistus.pdf');
    const tooLarge = canvasElement.querySelector<HTMLInputElement>('input[name="too-large"]');
    if (tooLarge) await userEvent.upload(tooLarge, pdf('tiedosto.pdf', 4096));
    await expect(canvas.getByText(/tiedosto\.pdf on liian suuri/)).toBeInTheDocument();
    // No real focus left behind: the focus cells show it where it is meant to be.
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  },
};
