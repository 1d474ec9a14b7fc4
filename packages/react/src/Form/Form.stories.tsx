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
import { builtInPattern, builtInTexts, storyLocale, storyTexts } from '../../test/storyTexts';

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
  // The example texts in the toolbar's language (packages/react/test/storyTexts.ts); the application form has
  // its own table above, in the language the story is shown in.
  parameters: {
    translations: {
      'Kirjoita nimesi': { sv: 'Skriv ditt namn', en: 'Enter your name' },
      'Hakemusta ei lähetetty': { sv: 'Ansökan skickades inte', en: 'The application was not sent' },
      Nimi: { sv: 'Namn', en: 'Name' },
      Lähetä: { sv: 'Skicka', en: 'Send' },
      Vuokra: { sv: 'Hyra', en: 'Rent' },
      Liite: { sv: 'Bilaga', en: 'Attachment' },
      Tapahtumat: { sv: 'Händelser', en: 'Events' },
      'Kirjoita nimesi täsmälleen siinä muodossa kuin se on merkitty väestötietojärjestelmään, myös kaikki etunimet': {
        sv: 'Skriv ditt namn exakt som i befolkningsdatasystemet, med alla förnamn',
        en: 'Enter your name exactly as in the population register, with all your first names',
      },
      'Hakijan kaikki etunimet ja sukunimi väestötietojärjestelmän mukaisesti': {
        sv: 'Sökandens alla förnamn och efternamn enligt befolkningsdatasystemet',
        en: 'All first names and the last name of the applicant as in the population register',
      },
    },
  },
} satisfies Meta<typeof Form>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = { render: (_args, context) => <Application locale={storyLocale(context)} /> };

/** A failed submit: the summary appears at the top and takes focus; a link moves focus to its field. */
export const FailedSubmit: Story = {
  render: (_args, context) => <Application locale={storyLocale(context)} />,
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const locale = storyLocale(context);
    const t = texts[locale];
    const b = builtInTexts(context);
    await userEvent.click(canvas.getByRole('textbox', { name: b('dateInput.day') }));
    await userEvent.keyboard('31');
    await userEvent.tab();
    await userEvent.keyboard('2');
    await userEvent.tab();
    await userEvent.keyboard('2026');
    await userEvent.tab();
    await userEvent.keyboard('paljon');
    await userEvent.click(canvas.getByRole('button', { name: t.send }));
    const summary = canvas.getByRole('heading', { name: b('errorSummary.title') }).parentElement!;
    await waitFor(() => expect(summary).toHaveFocus());
    // In Finnish exactly; in Swedish and English the date and the number are written the language's way.
    await expect(canvas.getAllByRole('link').map((l) => l.textContent)).toEqual(
      locale === 'fi'
        ? ['Kirjoita nimesi', '31.2.2026 ei ole olemassa oleva päivämäärä. Tarkista päivä ja kuukausi', 'Kirjoita luku numeroina, esimerkiksi 1\u00a0234,5']
        : [t.nameError, expect.stringMatching(builtInPattern(context, 'dateInput.notReal')), expect.stringMatching(builtInPattern(context, 'numberInput.invalid'))],
    );
    await userEvent.click(canvas.getAllByRole('link')[1]!);
    await expect(canvas.getByRole('textbox', { name: b('dateInput.day') })).toHaveFocus();
    await userEvent.click(canvas.getByRole('link', { name: t.nameError }));
    await expect(canvas.getByRole('textbox', { name: new RegExp(t.name) })).toHaveFocus();
    // What was typed stays.
    await expect(canvas.getByRole('textbox', { name: new RegExp(t.income) })).toHaveValue('paljon');
  },
};

/** Errors from the server after a post without JavaScript: rendered into the page and focused. */
export const ServerErrors: Story = {
  render: (_args, context) => {
    const t = storyTexts(context);
    return (
      <Form method="post" action="/hakemus" errors={{ name: t('Kirjoita nimesi') }} summaryTitle={t('Hakemusta ei lähetetty')}>
        {({ errorFor }) => (
          <>
            <TextInput label={t('Nimi')} name="name" error={errorFor('name')} />
            <Button type="submit">{t('Lähetä')}</Button>
          </>
        )}
      </Form>
    );
  },
};

/**
 * The contract react-hook-form relies on, shown with a hand-written `register` (the library is not a
 * dependency): `name`, a `ref` callback, `onChange` and `onBlur` reach the native inputs.
 */
export const RegisterContract: Story = {
  render: function Render(_args, context) {
    const t = storyTexts(context);
    const [log, setLog] = useState<string[]>([]);
    const register = (name: string) => ({
      name,
      ref: () => {},
      onChange: (e: ChangeEvent<HTMLInputElement>) => setLog((l) => [...l.slice(-3), `change ${e.target.name}`]),
      onBlur: (e: FocusEvent<HTMLInputElement>) => setLog((l) => [...l.slice(-3), `blur ${e.target.name}`]),
    });
    return (
      <form>
        <NumberInput label={t('Vuokra')} {...register('rent')} />
        <FileInput label={t('Liite')} {...register('attachment')} />
        <ul aria-label={t('Tapahtumat')}>{log.map((entry, i) => <li key={i}>{entry}</li>)}</ul>
      </form>
    );
  },
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const t = storyTexts(context);
    await userEvent.click(canvas.getByRole('textbox', { name: new RegExp(t('Vuokra')) }));
    await userEvent.keyboard('5');
    await userEvent.tab();
    await expect(canvas.getByRole('list', { name: t('Tapahtumat') })).toHaveTextContent('change rentblur rent');
  },
};

export const LongText: Story = {
  render: (_args, context) => {
    const t = storyTexts(context);
    return (
      <Form errors={{ name: t('Kirjoita nimesi täsmälleen siinä muodossa kuin se on merkitty väestötietojärjestelmään, myös kaikki etunimet') }}>
        {({ errorFor }) => (
          <TextInput label={t('Hakijan kaikki etunimet ja sukunimi väestötietojärjestelmän mukaisesti')} name="name" error={errorFor('name')} />
        )}
      </Form>
    );
  },
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
