'use server';
// The server action of the application form. It validates with Aukio's own validators from
// @aukio/react/server (the same rules and translated messages as the fields use in the browser) and returns the
// errors for ErrorSummary and the fields. Without JavaScript the browser posts the form and gets the page back
// rendered with this state; with JavaScript React calls the action and renders the state in place.
import { datePartsFromFormData, validateDateParts, validateNumber } from '@aukio/react/server';
import { redirect } from 'next/navigation';
import { isLang, strings, type Lang } from '../../../lib/strings';

export interface ApplicationState {
  lang: Lang;
  /** What was posted, to fill the fields again. */
  values: Record<string, string>;
  /** In the order of the fields on the page. */
  errors: { fieldId: string; message: string }[];
  /** Counts the posts that came back with errors: the error summary takes focus again each time. */
  attempt: number;
}

const text = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim() : '';
};

/** Today in Finland, `YYYY-MM-DD`. */
const today = () => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' }).format(new Date());

export async function submitApplication(previous: ApplicationState, form: FormData): Promise<ApplicationState> {
  const posted = text(form, 'lang');
  const lang: Lang = isLang(posted) ? posted : previous.lang;
  const t = strings[lang];
  const start = datePartsFromFormData(form, 'start');
  const values = {
    name: text(form, 'name'),
    reg: text(form, 'reg'),
    'start-day': start.day,
    'start-month': start.month,
    'start-year': start.year,
    months: text(form, 'months'),
  };
  const errors: ApplicationState['errors'] = [];
  if (!values.name) errors.push({ fieldId: 'name', message: t.nameRequired });
  if (!values.reg) errors.push({ fieldId: 'reg', message: t.regRequired });
  const date = validateDateParts(start, { locale: lang, required: true, min: today() });
  if (date.error) errors.push({ fieldId: 'start', message: date.error });
  if (!values.months) errors.push({ fieldId: 'months', message: t.monthsRequired });
  else {
    const months = validateNumber(values.months, { locale: lang, integer: true, min: 1, max: 12 });
    if (months.error) errors.push({ fieldId: 'months', message: months.error });
  }
  if (errors.length > 0) return { lang, values, errors, attempt: previous.attempt + 1 };
  redirect(`/${lang}/apply/sent`);
}
