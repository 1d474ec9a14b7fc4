import type { Meta, StoryObj } from '@storybook/react-vite';
import { useRef, useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { Button, catalogues, FileInput, Form, Heading, Stack, Text, validateFiles, type FormErrors } from '../../packages/react/src';
import { expectErrorSummary, PatternPage, submitWithKeyboard, tabTo, type Locale } from './helpers';

const MAX = 5 * 1024 * 1024;
const ACCEPT = '.pdf,.jpg,.jpeg,.png';

const texts = {
  fi: {
    title: 'Lisää vuokrasopimus',
    intro: 'Tarvitsemme vuokrasopimuksen, jotta voimme laskea asumiskulusi. Voit ottaa sopimuksesta kuvan puhelimella.',
    label: 'Vuokrasopimus',
    hint: 'PDF, JPG tai PNG, enintään 5 Mt',
    required: 'Valitse vuokrasopimus tiedostona',
    submit: 'Lähetä liite',
    done: 'Liite lähetetty',
  },
  sv: {
    title: 'Lägg till hyresavtalet',
    intro: 'Vi behöver hyresavtalet för att räkna ut dina boendekostnader. Du kan fotografera avtalet med telefonen.',
    label: 'Hyresavtal',
    hint: 'PDF, JPG eller PNG, högst 5 MB',
    required: 'Välj hyresavtalet som fil',
    submit: 'Skicka bilagan',
    done: 'Bilagan har skickats',
  },
  en: {
    title: 'Add your lease agreement',
    intro: 'We need your lease agreement to work out your housing costs. You can take a photo of it with your phone.',
    label: 'Lease agreement',
    hint: 'PDF, JPG or PNG, up to 5 MB',
    required: 'Choose your lease agreement as a file',
    submit: 'Send attachment',
    done: 'Attachment sent',
  },
} satisfies Record<Locale, Record<string, string>>;

function UploadDocument({ locale }: { locale: Locale }) {
  const t = texts[locale];
  const [saved, setSaved] = useState(false);
  // The files chosen, as FileInput reports them (the native input's list is the fallback without JavaScript).
  const chosen = useRef<File[]>([]);
  const validate = (fd: FormData): FormErrors => {
    const posted = fd.getAll('lease').filter((f): f is File => f instanceof File && f.name !== '');
    const files = chosen.current.length ? chosen.current : posted;
    if (!files.length) return { lease: t.required };
    return { lease: validateFiles(files, { locale, strings: catalogues[locale], accept: ACCEPT, maxSize: MAX })[0]?.message };
  };
  return (
    <PatternPage>
      <Stack gap={5}>
        <Heading level={1}>{t.title}</Heading>
        <Text>{t.intro}</Text>
        <Form
          method="post"
          action="/liite"
          encType="multipart/form-data"
          onValidate={validate}
          onSubmit={(event) => {
            event.preventDefault();
            setSaved(true);
          }}
        >
          <Stack gap={5}>
            <FileInput label={t.label} hint={t.hint} name="lease" accept={ACCEPT} maxSize={MAX} required onValueChange={(files) => (chosen.current = files)} />
            <div>
              <Button type="submit">{t.submit}</Button>
            </div>
          </Stack>
        </Form>
        <p role="status">{saved ? t.done : ''}</p>
      </Stack>
    </PatternPage>
  );
}

const meta = {
  title: 'Patterns/Upload a document',
  component: UploadDocument,
  args: { locale: 'fi' },
} satisfies Meta<typeof UploadDocument>;
export default meta;
type Story = StoryObj<typeof meta>;

const file = (name: string, size: number, type = 'application/pdf') => new File([new Uint8Array(size)], name, { type });

function playFor(locale: Locale): Story['play'] {
  const t = texts[locale];
  return async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByLabelText(new RegExp(t.label)) as HTMLInputElement;
    await expect(input).toHaveAttribute('accept', ACCEPT);
    await submitWithKeyboard(canvas, t.submit);
    await expectErrorSummary(canvas, locale, [t.required]);
    // The file input is reachable with Tab (its button opens the system file dialog).
    await tabTo(input);
  };
}

export const Finnish: Story = { play: playFor('fi') };
export const Swedish: Story = { args: { locale: 'sv' }, globals: { locale: 'sv' }, play: playFor('sv') };
export const English: Story = { args: { locale: 'en' }, globals: { locale: 'en' }, play: playFor('en') };

/** A file of the wrong type: the message names the file and the allowed types. */
export const WrongType: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.upload(canvas.getByLabelText(/Vuokrasopimus/), file('sopimus.docx', 100, 'application/msword'), { applyAccept: false });
    // The field says at once which file is wrong and what is allowed.
    await waitFor(() => expect(canvasElement).toHaveTextContent(/sopimus\.docx on väärää tiedostotyyppiä/));
  },
};

/** A valid file is listed with its size and sent. */
export const Completed: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.upload(canvas.getByLabelText(/Vuokrasopimus/), file('vuokrasopimus.pdf', 4096));
    await expect(canvas.getByRole('list', { name: 'Valitut tiedostot' })).toHaveTextContent('vuokrasopimus.pdf');
    await submitWithKeyboard(canvas, 'Lähetä liite');
    await expect(canvas.getByRole('status')).toHaveTextContent('Liite lähetetty');
  },
};
