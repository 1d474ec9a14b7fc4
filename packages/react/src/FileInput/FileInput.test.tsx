import { act, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { axe } from '../../test/axe';
import { AukioProvider } from '../i18n';
import { expectOneDeprecationWarning } from '../../test/deprecation';
import { FileInput } from './FileInput';
import { describeAccept, fileMatchesAccept, formatFileSize, validateFiles } from './validateFiles';

const MB = 1024 * 1024;
function file(name: string, size: number, type = 'application/pdf') {
  const f = new File(['x'], name, { type });
  Object.defineProperty(f, 'size', { value: size });
  return f;
}

async function announced() {
  await act(() => new Promise((r) => setTimeout(r, 150)));
  return document.getElementById('aukio-announcer-polite')?.textContent;
}

describe('file rules', () => {
  it('formats sizes per locale', () => {
    expect(formatFileSize(5 * MB, 'fi')).toBe('5 Mt');
    expect(formatFileSize(5 * MB, 'sv')).toBe('5 MB');
    expect(formatFileSize(1536, 'en')).toBe('1.5 kB');
    expect(formatFileSize(12, 'fi')).toBe('12 t');
  });
  it('matches accept by extension, type and wildcard', () => {
    expect(fileMatchesAccept(file('a.PDF', 1, ''), '.pdf')).toBe(true);
    expect(fileMatchesAccept(file('a.png', 1, 'image/png'), 'image/*')).toBe(true);
    expect(fileMatchesAccept(file('a.png', 1, 'image/png'), 'application/pdf')).toBe(false);
    expect(describeAccept('.pdf,.jpg,image/png', 'fi')).toBe('PDF, JPG tai PNG');
    expect(describeAccept('.pdf,image/*', 'en')).toBe('PDF or image');
  });
  it('names the file and the limit in the message', () => {
    expect(validateFiles([file('tiedosto.pdf', 6 * MB)], { maxSize: 5 * MB })[0]!.message).toBe(
      'tiedosto.pdf on liian suuri: enintään 5 Mt. Valitse pienempi tiedosto',
    );
    expect(validateFiles([file('kuva.gif', 10, 'image/gif')], { accept: '.pdf,.jpg', locale: 'sv' })[0]!.message).toBe(
      'kuva.gif har fel filtyp. Välj en fil av typen PDF eller JPG',
    );
    expect(validateFiles([file('a.pdf', 1), file('b.pdf', 1)], { maxFiles: 1, locale: 'en' })[0]!.message).toBe(
      'Too many files: choose at most 1 file',
    );
    expect(validateFiles([file('a.pdf', 1), file('b.pdf', 1), file('c.pdf', 1)], { maxFiles: 2 })[0]!.message).toBe(
      'Liian monta tiedostoa: valitse enintään 2 tiedostoa',
    );
    expect(validateFiles([file('tyhja.pdf', 0)])[0]!.message).toBe('tyhja.pdf on tyhjä. Valitse tiedosto, jossa on sisältöä');
    expect(validateFiles([file('ok.pdf', MB)], { maxSize: 5 * MB, accept: '.pdf', maxFiles: 1 })).toEqual([]);
  });
});

describe('FileInput', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is a native, labelled file input that posts without JavaScript', () => {
    const html = renderToString(<FileInput label="Liite" name="attachment" accept=".pdf" />);
    expect(html).toContain('type="file"');
    expect(html).toContain('name="attachment"');
    expect(html).toContain('accept=".pdf"');
    // The drop text needs JavaScript, so it is not in the server HTML.
    expect(html).not.toContain('vedä');
    render(<FileInput label="Liite" name="attachment" />);
    expect(screen.getByLabelText('Liite (valinnainen)')).toHaveAttribute('type', 'file');
    expect(screen.getByText('tai vedä tiedostot tähän')).toBeInTheDocument();
  });

  it('is named by aria-label with its visible label text, so Orca reads the label once', () => {
    const { rerender } = render(<FileInput label="Liite" name="attachment" />);
    expect(screen.getByLabelText('Liite (valinnainen)')).toHaveAttribute('aria-label', 'Liite (valinnainen)');
    rerender(<FileInput label="Liite" name="attachment" required />);
    expect(screen.getByLabelText('Liite')).toHaveAttribute('aria-label', 'Liite');
  });

  it('lists chosen files with sizes and announces the choice', async () => {
    const user = userEvent.setup();
    const onValueChange = vi.fn();
    render(<FileInput label="Liitteet" multiple onValueChange={onValueChange} />);
    await user.upload(screen.getByLabelText(/Liitteet/), [file('vuokrasopimus.pdf', 2 * MB), file('palkka.pdf', 300 * 1024)]);
    const list = screen.getByRole('list', { name: 'Valitut tiedostot' });
    expect(list).toHaveTextContent('vuokrasopimus.pdf (2 Mt)');
    expect(list).toHaveTextContent('palkka.pdf (300 kt)');
    expect(onValueChange).toHaveBeenCalledWith([expect.any(File), expect.any(File)], []);
    expect(await announced()).toBe('2 tiedostoa valittu');
  });

  it('still calls the deprecated onFilesChange, with one development warning', async () => {
    const user = userEvent.setup();
    await expectOneDeprecationWarning('FileInput', 'onFilesChange', async () => {
      const onFilesChange = vi.fn();
      render(<FileInput label="Liitteet" onFilesChange={onFilesChange} />);
      await user.upload(screen.getByLabelText(/Liitteet/), file('vuokrasopimus.pdf', 2 * MB));
      expect(onFilesChange).toHaveBeenCalledWith([expect.any(File)], []);
    });
  });

  it('shows a specific error for a file too large or of the wrong type, and keeps it listed', async () => {
    const user = userEvent.setup({ applyAccept: false });
    render(
      <AukioProvider locale="en">
        <FileInput label="Attachments" multiple maxSize={5 * MB} accept=".pdf,.jpg" />
      </AukioProvider>,
    );
    const input = screen.getByLabelText(/Attachments/);
    await user.upload(input, [file('scan.pdf', 6 * MB), file('notes.docx', 10, 'application/msword')]);
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription(
      'Error: scan.pdf is too large: the limit is 5 MB. Choose a smaller file notes.docx is the wrong file type. Choose a file of type PDF or JPG',
    );
    expect(screen.getByRole('list')).toHaveTextContent('scan.pdf');
    expect(await announced()).toBe(
      '2 files selected. scan.pdf is too large: the limit is 5 MB. Choose a smaller file. notes.docx is the wrong file type. Choose a file of type PDF or JPG',
    );
  });

  it('removes a file with a named button, keeps the input in sync and moves focus on', async () => {
    const added: File[][] = [];
    class FakeDataTransfer {
      list: File[] = [];
      items = { add: (f: File) => this.list.push(f) };
      get files() {
        added.push(this.list);
        return this.list as unknown as FileList;
      }
    }
    vi.stubGlobal('DataTransfer', FakeDataTransfer);
    const user = userEvent.setup();
    render(<FileInput label="Liitteet" multiple maxFiles={1} />);
    const input = screen.getByLabelText(/Liitteet/);
    await user.upload(input, [file('a.pdf', 10), file('b.pdf', 20)]);
    expect(screen.getByText('Liian monta tiedostoa: valitse enintään 1 tiedosto')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Poista a.pdf' }));
    expect(added.at(-1)!.map((f) => f.name)).toEqual(['b.pdf']);
    expect(screen.queryByText(/Liian monta/)).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Poista b.pdf' })).toHaveFocus();
    expect(await announced()).toBe('a.pdf poistettu');

    await user.keyboard('{Enter}');
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
    expect(input).toHaveFocus();
  });

  it('takes dropped files', async () => {
    const onValueChange = vi.fn();
    render(<FileInput label="Liite" onValueChange={onValueChange} />);
    const zone = screen.getByLabelText(/Liite/).parentElement!;
    const dropped = [file('a.pdf', 10), file('b.pdf', 10)];
    fireEvent.dragOver(zone, { dataTransfer: { types: ['Files'], files: dropped } });
    expect(zone).toHaveAttribute('data-dragging');
    fireEvent.drop(zone, { dataTransfer: { types: ['Files'], files: dropped } });
    expect(zone).not.toHaveAttribute('data-dragging');
    // Without `multiple` only the first file is taken.
    expect(onValueChange).toHaveBeenCalledWith([dropped[0]], []);
    expect(screen.getByRole('list')).toHaveTextContent('a.pdf');
  });

  it('speaks Swedish', async () => {
    const user = userEvent.setup();
    render(
      <AukioProvider locale="sv">
        <FileInput label="Bilaga" maxSize={MB} />
      </AukioProvider>,
    );
    await user.upload(screen.getByLabelText(/Bilaga/), file('stor.pdf', 2 * MB));
    expect(screen.getByText('stor.pdf är för stor: högst 1 MB. Välj en mindre fil')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Ta bort stor.pdf' })).toBeInTheDocument();
    expect(screen.getByText('eller dra filerna hit')).toBeInTheDocument();
  });

  it('forwards ref and lets the app error win', () => {
    const ref = createRef<HTMLInputElement>();
    render(<FileInput ref={ref} label="Liite" error="Liitä vuokrasopimus" />);
    expect(ref.current).toHaveAttribute('type', 'file');
    expect(ref.current).toHaveAccessibleDescription('Virhe: Liitä vuokrasopimus');
  });

  it('has no axe violations in its states', { timeout: 20_000 }, async () => {
    const user = userEvent.setup();
    const { container } = render(
      <div>
        <FileInput label="Liite" hint="PDF, enintään 5 Mt" accept=".pdf" />
        <FileInput label="Liitteet" multiple maxSize={MB} />
        <FileInput label="Kuva" disabled />
      </div>,
    );
    await user.upload(screen.getByLabelText(/Liitteet/), [file('iso.pdf', 2 * MB), file('pieni.pdf', 10)]);
    expect(await axe(container)).toHaveNoViolations();
  });
});

// @ts-expect-error a FileInput needs a label, aria-label or aria-labelledby
export const unlabelled = <FileInput />;
