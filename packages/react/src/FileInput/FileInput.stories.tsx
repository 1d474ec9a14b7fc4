import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { FileInput } from './FileInput';
import { InteractionCells, StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';
import { builtInPattern, builtInTexts, storyTexts } from '../../test/storyTexts';

const MB = 1024 * 1024;
function pdf(name: string, size: number, type = 'application/pdf') {
  return new File([new Uint8Array(size)], name, { type });
}

const meta = {
  title: 'Components/FileInput',
  component: FileInput,
  args: { label: 'Vuokrasopimus', name: 'lease', hint: 'PDF, JPG tai PNG, enintään 5 Mt', accept: '.pdf,.jpg,.png', maxSize: 5 * MB },
  // The example texts in the toolbar's language (packages/react/test/storyTexts.ts).
  parameters: {
    translations: {
      Vuokrasopimus: { sv: 'Hyresavtal', en: 'Tenancy agreement' },
      'PDF, JPG tai PNG, enintään 5 Mt': { sv: 'PDF, JPG eller PNG, högst 5 MB', en: 'PDF, JPG or PNG, up to 5 MB' },
      Liitteet: { sv: 'Bilagor', en: 'Attachments' },
      'Yksi tiedosto': { sv: 'En fil', en: 'One file' },
      'Liitä vuokrasopimus': { sv: 'Bifoga hyresavtalet', en: 'Attach the tenancy agreement' },
      'Selvitys kotitalouden kaikista tuloista hakemusta edeltäneiltä kolmelta kuukaudelta': {
        sv: 'Utredning av hushållets alla inkomster under de tre månaderna före ansökan',
        en: 'Statement of all household income for the three months before the application',
      },
      'Liitä palkkalaskelmat, eläkepäätökset, Kelan etuuspäätökset ja muut tulotositteet. Jos tiedostoja on paljon, voit yhdistää ne yhdeksi PDF-tiedostoksi.': {
        sv: 'Bifoga lönebesked, pensionsbeslut, FPA:s förmånsbeslut och andra inkomstverifikat. Om du har många filer kan du slå ihop dem till en PDF-fil.',
        en: 'Attach payslips, pension decisions, Kela benefit decisions and other proof of income. If you have many files, you can combine them into one PDF file.',
      },
    },
  },
} satisfies Meta<typeof FileInput>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByLabelText(new RegExp(storyTexts(context)('Vuokrasopimus')));
    await userEvent.tab();
    await expect(input).toHaveFocus();
  },
};
/** Files chosen: each is listed with its size and a remove button named after the file. */
export const FilesChosen: Story = {
  args: { label: 'Liitteet', name: 'attachments', multiple: true, maxFiles: 3 },
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const b = builtInTexts(context);
    // Chosen the way the browser does it (a real FileList), so the FileList sync on removal is tested for real.
    const input = canvas.getByLabelText(new RegExp(storyTexts(context)('Liitteet'))) as HTMLInputElement;
    const transfer = new DataTransfer();
    transfer.items.add(pdf('vuokrasopimus.pdf', 2 * 1024));
    transfer.items.add(pdf('palkkatodistus.pdf', 3 * 1024));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await expect(canvas.getByRole('list', { name: b('fileInput.chosen') })).toHaveTextContent(/vuokrasopimus\.pdf \(2 \S+\)/);
    await userEvent.click(canvas.getByRole('button', { name: `${b('fileInput.remove')} vuokrasopimus.pdf` }));
    await expect(canvas.getByRole('button', { name: `${b('fileInput.remove')} palkkatodistus.pdf` })).toHaveFocus();
    await expect(input.files).toHaveLength(1);
    await expect(input.files?.[0]?.name).toBe('palkkatodistus.pdf');
  },
};
export const TooLarge: Story = {
  args: { maxSize: 1024 },
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    await userEvent.upload(canvas.getByLabelText(new RegExp(storyTexts(context)('Vuokrasopimus'))), pdf('tiedosto.pdf', 4096));
    await expect(canvas.getByText(builtInPattern(context, 'fileInput.tooLarge', { name: 'tiedosto.pdf' }))).toHaveTextContent(/\b1 \S+\./);
  },
};
export const WrongType: Story = {
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    await userEvent.upload(canvas.getByLabelText(new RegExp(storyTexts(context)('Vuokrasopimus'))), pdf('sopimus.docx', 100, 'application/msword'), { applyAccept: false });
    await expect(canvas.getByText(builtInPattern(context, 'fileInput.wrongType', { name: 'sopimus.docx' }))).toBeInTheDocument();
  },
};
export const TooMany: Story = {
  args: { label: 'Liitteet', multiple: true, maxFiles: 1, accept: undefined, hint: 'Yksi tiedosto' },
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    await userEvent.upload(canvas.getByLabelText(new RegExp(storyTexts(context)('Liitteet'))), [pdf('a.pdf', 10), pdf('b.pdf', 10)]);
    await expect(canvas.getByText(builtInTexts(context)('fileInput.tooMany.one', { count: 1 }))).toBeInTheDocument();
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
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    await userEvent.upload(canvas.getByLabelText(new RegExp(storyTexts(context)('Selvitys kotitalouden kaikista tuloista hakemusta edeltäneiltä kolmelta kuukaudelta'))), [pdf('palkkalaskelma_tammikuu_helmikuu_maaliskuu_2026_korjattu_versio.pdf', 2048)]);
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
  render: (args, context) => {
    const t = storyTexts(context);
    return (
      <StateGrid>
        <InteractionCells label="Default" states={['focus']}>
          <FileInput {...args} />
        </InteractionCells>
        <StateCell label="Files chosen">
          <FileInput {...t(storyArgs(args, FilesChosen))} />
        </StateCell>
        <StateCell label="File too large">
          <FileInput {...t(storyArgs(args, TooLarge))} name="too-large" />
        </StateCell>
        <StateCell label="Error, required">
          <FileInput {...t(storyArgs(args, AppError))} />
        </StateCell>
        <StateCell label="Disabled">
          <FileInput {...t(storyArgs(args, Disabled))} />
        </StateCell>
        <StateCell label="Swedish" locale="sv">
          <FileInput {...storyArgs(args, Swedish)} />
        </StateCell>
        <StateCell label="Long text" wide>
          <FileInput {...t(storyArgs(args, LongText))} />
        </StateCell>
      </StateGrid>
    );
  },
  // Files can only be chosen through the input, as a person does: two files in one cell, one too large in another.
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const [attachments] = canvas.getAllByLabelText(new RegExp(`^${storyTexts(context)('Liitteet')}`));
    await userEvent.upload(attachments as HTMLInputElement, [pdf('vuokrasopimus.pdf', 2 * 1024), pdf('palkkatodistus.pdf', 3 * 1024)]);
    await expect(canvas.getByRole('list', { name: builtInTexts(context)('fileInput.chosen') })).toHaveTextContent('palkkatodistus.pdf');
    const tooLarge = canvasElement.querySelector<HTMLInputElement>('input[name="too-large"]');
    if (tooLarge) await userEvent.upload(tooLarge, pdf('tiedosto.pdf', 4096));
    await expect(canvas.getByText(builtInPattern(context, 'fileInput.tooLarge', { name: 'tiedosto.pdf' }))).toBeInTheDocument();
    // No real focus left behind: the focus cells show it where it is meant to be.
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  },
};
