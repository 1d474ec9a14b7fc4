import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState, type ChangeEvent, type FocusEvent } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { Button } from '../Button';
import { DateInput, datePartsFromFormData, validateDateParts } from '../DateInput';
import { FileInput, validateFiles } from '../FileInput';
import { catalogues, type AukioLocale } from '../i18n';
import { NumberInput, validateNumber } from '../NumberInput';
import { TextInput } from '../TextInput';
import { Form } from './Form';
import { useFormErrors, type FormErrors } from '../internal/formErrors';
import { StateCell, StateGrid } from '../../test/visual/StateGrid';

const texts = {
  fi: { name: 'Nimi', nameError: 'Kirjoita nimesi', dob: 'Syntymäaika', income: 'Kuukausitulot', file: 'Palkkatodistus', send: 'Lähetä hakemus' },
  sv: { name: 'Namn', nameError: 'Skriv ditt namn', dob: 'Födelsedatum', income: 'Månadsinkomst', file: 'Löneintyg', send: 'Skicka ansökan' },
  en: { name: 'Name', nameError: 'Enter your name', dob: 'Date of birth', income: 'Monthly income', file: 'Payslip', send: 'Send application' },
};

function NameField({ label }: { label: string }) {
  const { errorFor } = useFormErrors();
  return <TextInput label={label} name="name" autoComplete="name" required error={errorFor('name')} />;
}

function Application({ locale = 'fi' }: { locale?: AukioLocale }) {
  const t = texts[locale];
  const [sent, setSent] = useState(false);
  const validate = (fd: FormData): FormErrors => {
    const strings = catalogues[locale];
    const file = fd.get('payslip');
    return {
      name: String(fd.get('name') ?? '').trim() ? undefined : t.nameError,
      dob: validateDateParts(datePartsFromFormData(fd, 'dob'), { locale, strings, required: true, max: '2026-11-27' }).error,
      income: validateNumber(String(fd.get('income') ?? ''), { locale, strings, min: 0 }).error,
      payslip: file instanceof File && file.name ? validateFiles([file], { locale, strings, maxSize: 5 * 1024 * 1024 })[0]?.message : undefined,
    };
  };
  return (
    <Form
      method="post"
      action="/hakemus"
      encType="multipart/form-data"
      onValidate={validate}
      onSubmit={(event) => {
        event.preventDefault();
        setSent(true);
      }}
    >
      <NameField label={t.name} />
      <DateInput legend={t.dob} name="dob" autoCompleteBirthday validateOn="submit" required />
      <NumberInput label={t.income} name="income" suffix="€" validateOn="submit" />
      <FileInput label={t.file} name="payslip" />
      <Button type="submit">{t.send}</Button>
      {sent && <p role="status">OK</p>}
    </Form>
  );
}

const meta = {
  title: 'Components/Form',
  component: Form,
} satisfies Meta<typeof Form>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = { render: () => <Application /> };

/** A failed submit: the summary appears at the top and takes focus; a link moves focus to its field. */
export const FailedSubmit: Story = {
  render: () => <Application />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('textbox', { name: 'Päivä' }));
    await userEvent.keyboard('31');
    await userEvent.tab();
    await userEvent.keyboard('2');
    await userEvent.tab();
    await userEvent.keyboard('2026');
    await userEvent.tab();
    await userEvent.keyboard('paljon');
    await userEvent.click(canvas.getByRole('button', { name: 'Lähetä hakemus' }));
    const summary = canvas.getByRole('heading', { name: 'Tarkista seuraavat kohdat' }).parentElement!;
    await waitFor(() => expect(summary).toHaveFocus());
    await expect(canvas.getAllByRole('link').map((l) => l.textContent)).toEqual([
      'Kirjoita nimesi',
      '31.2.2026 ei ole olemassa oleva päivämäärä. Tarkista päivä ja kuukausi',
      'Kirjoita luku numeroina, esimerkiksi 1\u00a0234,5',
    ]);
    await userEvent.click(canvas.getByRole('link', { name: /31\.2\.2026/ }));
    await expect(canvas.getByRole('textbox', { name: 'Päivä' })).toHaveFocus();
    await userEvent.click(canvas.getByRole('link', { name: 'Kirjoita nimesi' }));
    await expect(canvas.getByRole('textbox', { name: /Nimi/ })).toHaveFocus();
    // What was typed stays.
    await expect(canvas.getByRole('textbox', { name: /Kuukausitulot/ })).toHaveValue('paljon');
  },
};

/** Errors from the server after a post without JavaScript: rendered into the page and focused. */
export const ServerErrors: Story = {
  render: () => (
    <Form method="post" action="/hakemus" errors={{ name: 'Kirjoita nimesi' }} summaryTitle="Hakemusta ei lähetetty">
      {({ errorFor }) => (
        <>
          <TextInput label="Nimi" name="name" error={errorFor('name')} />
          <Button type="submit">Lähetä</Button>
        </>
      )}
    </Form>
  ),
};

/**
 * The contract react-hook-form relies on, shown with a hand-written `register` (the library is not a
 * dependency): `name`, a `ref` callback, `onChange` and `onBlur` reach the native inputs.
 */
export const RegisterContract: Story = {
  render: function Render() {
    const [log, setLog] = useState<string[]>([]);
    const register = (name: string) => ({
      name,
      ref: () => {},
      onChange: (e: ChangeEvent<HTMLInputElement>) => setLog((l) => [...l.slice(-3), `change ${e.target.name}`]),
      onBlur: (e: FocusEvent<HTMLInputElement>) => setLog((l) => [...l.slice(-3), `blur ${e.target.name}`]),
    });
    return (
      <form>
        <NumberInput label="Vuokra" {...register('rent')} />
        <FileInput label="Liite" {...register('attachment')} />
        <ul aria-label="Tapahtumat">{log.map((entry, i) => <li key={i}>{entry}</li>)}</ul>
      </form>
    );
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('textbox', { name: /Vuokra/ }));
    await userEvent.keyboard('5');
    await userEvent.tab();
    await expect(canvas.getByRole('list', { name: 'Tapahtumat' })).toHaveTextContent('change rentblur rent');
  },
};

export const LongText: Story = {
  render: () => (
    <Form errors={{ name: 'Kirjoita nimesi täsmälleen siinä muodossa kuin se on merkitty väestötietojärjestelmään, myös kaikki etunimet' }}>
      {({ errorFor }) => <TextInput label="Hakijan kaikki etunimet ja sukunimi väestötietojärjestelmän mukaisesti" name="name" error={errorFor('name')} />}
    </Form>
  ),
};
export const Swedish: Story = {
  render: () => <Application locale="sv" />,
  globals: { locale: 'sv' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Skicka ansökan' }));
    await expect(canvas.getByRole('heading', { name: 'Kontrollera följande' })).toBeInTheDocument();
    await expect(canvas.getByRole('link', { name: 'Skriv ett datum' })).toBeInTheDocument();
  },
};
export const English: Story = {
  render: () => <Application locale="en" />,
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Send application' }));
    await expect(canvas.getByRole('heading', { name: 'Check the following' })).toBeInTheDocument();
  },
};

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  render: (args, context) => (
    <StateGrid>
      <StateCell label="Empty form" wide>
        {Default.render?.(args, context)}
      </StateCell>
      <StateCell label="Errors from the server" wide>
        {ServerErrors.render?.(args, context)}
      </StateCell>
      <StateCell label="Swedish" locale="sv" wide>
        {Swedish.render?.(args, context)}
      </StateCell>
    </StateGrid>
  ),
};
