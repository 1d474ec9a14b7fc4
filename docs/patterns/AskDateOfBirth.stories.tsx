import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { Button, catalogues, DateInput, datePartsFromFormData, Form, Heading, Stack, validateDateParts, type FormErrors } from '../../packages/react/src';
import { expectErrorSummary, PatternPage, submitWithKeyboard, tabTo, type Locale } from './helpers';

const texts = {
  fi: { title: 'Syntymäaika', legend: 'Mikä on syntymäaikasi?', hint: 'Esimerkiksi 27 3 1956', required: 'Kirjoita syntymäaikasi', submit: 'Jatka', done: 'Syntymäaika tallennettu' },
  sv: { title: 'Födelsedatum', legend: 'Vilket är ditt födelsedatum?', hint: 'Till exempel 27 3 1956', required: 'Skriv ditt födelsedatum', submit: 'Fortsätt', done: 'Födelsedatumet har sparats' },
  en: { title: 'Date of birth', legend: 'What is your date of birth?', hint: 'For example 27 3 1956', required: 'Enter your date of birth', submit: 'Continue', done: 'Date of birth saved' },
} satisfies Record<Locale, Record<string, string>>;

/** Today as YYYY-MM-DD: a date of birth cannot be in the future. */
const today = () => new Date().toISOString().slice(0, 10);

function AskDateOfBirth({ locale }: { locale: Locale }) {
  const t = texts[locale];
  const [saved, setSaved] = useState(false);
  const validate = (fd: FormData): FormErrors => {
    const result = validateDateParts(datePartsFromFormData(fd, 'dob'), { locale, strings: catalogues[locale], required: true, min: '1900-01-01', max: today() });
    const empty = Object.values(datePartsFromFormData(fd, 'dob')).every((v) => !v.trim());
    return { dob: empty ? t.required : result.error };
  };
  return (
    <PatternPage>
      <Form
        method="post"
        action="/syntymaaika"
        onValidate={validate}
        onSubmit={(event) => {
          event.preventDefault();
          setSaved(true);
        }}
      >
        <Stack gap={5}>
          <Heading level={1}>{t.title}</Heading>
          <DateInput legend={t.legend} hint={t.hint} name="dob" autoCompleteBirthday validateOn="submit" required />
          <div>
            <Button type="submit">{t.submit}</Button>
          </div>
        </Stack>
      </Form>
      <p role="status">{saved ? t.done : ''}</p>
    </PatternPage>
  );
}

const meta = {
  title: 'Patterns/Ask for a date of birth',
  component: AskDateOfBirth,
  args: { locale: 'fi' },
} satisfies Meta<typeof AskDateOfBirth>;
export default meta;
type Story = StoryObj<typeof meta>;

function playFor(locale: Locale): Story['play'] {
  const t = texts[locale];
  const s = catalogues[locale];
  return async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const day = canvas.getByRole('textbox', { name: s['dateInput.day'] });
    await expect(day).toHaveAttribute('autocomplete', 'bday-day');
    await expect(canvas.getByRole('textbox', { name: s['dateInput.month'] })).toHaveAttribute('autocomplete', 'bday-month');
    await expect(canvas.getByRole('textbox', { name: s['dateInput.year'] })).toHaveAttribute('autocomplete', 'bday-year');
    await submitWithKeyboard(canvas, t.submit);
    await expectErrorSummary(canvas, locale, [t.required]);
    // An impossible date names the part to fix.
    await tabTo(day);
    await userEvent.keyboard('31');
    await userEvent.tab();
    await userEvent.keyboard('2');
    await userEvent.tab();
    await userEvent.keyboard('1990');
    await submitWithKeyboard(canvas, t.submit);
    const [link] = await expectErrorSummary(canvas, locale, [expect.stringContaining('1990') as unknown as string]);
    await tabTo(link!);
    await userEvent.keyboard('{Enter}');
    await expect(day).toHaveFocus();
    await expect(day).toHaveAttribute('aria-invalid', 'true');
  };
}

export const Finnish: Story = { play: playFor('fi') };
export const Swedish: Story = { args: { locale: 'sv' }, globals: { locale: 'sv' }, play: playFor('sv') };
export const English: Story = { args: { locale: 'en' }, globals: { locale: 'en' }, play: playFor('en') };

/** A date in the future is refused with the latest allowed date in the message. */
export const FutureDate: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await tabTo(canvas.getByRole('textbox', { name: 'Päivä' }));
    await userEvent.keyboard('1');
    await userEvent.tab();
    await userEvent.keyboard('1');
    await userEvent.tab();
    await userEvent.keyboard('2999');
    await submitWithKeyboard(canvas, 'Jatka');
    const links = await expectErrorSummary(canvas, 'fi', [expect.stringMatching(/\S/) as unknown as string]);
    await expect(links[0]!.textContent).not.toBe(texts.fi.required);
  },
};
