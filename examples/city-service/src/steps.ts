// The form's steps and their server-side checks. Pure functions: the server runs them on every post.
import type { ErrorKey } from './strings';

export type StepId = 'personal' | 'address' | 'vehicle' | 'document' | 'contact';
export const steps: StepId[] = ['personal', 'address', 'vehicle', 'document', 'contact'];

export interface UploadedFile {
  name: string;
  size: number;
}
/** Every answer as typed (strings), so a failed check can render the page with them kept. */
export type Answers = Record<string, string>;
/** Field name -> error key, in the order of the fields on the page. */
export type StepErrors = [field: string, key: ErrorKey][];

export const fieldsOf: Record<StepId, string[]> = {
  personal: ['givenName', 'familyName', 'email', 'phone'],
  address: ['street', 'postalCode', 'city'],
  vehicle: ['reg', 'start-day', 'start-month', 'start-year'],
  document: [],
  contact: ['contact'],
};

const pad = (n: number) => String(n).padStart(2, '0');
export function isoToday(now = new Date()) {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The date parts as `YYYY-MM-DD`, or the error key. */
export function checkDate(day: string, month: string, year: string, today = isoToday()): { iso?: string; error?: ErrorKey } {
  if (!day.trim() && !month.trim() && !year.trim()) return { error: 'start' };
  const d = Number(day), m = Number(month), y = Number(year);
  if (![d, m, y].every(Number.isInteger) || year.trim().length !== 4) return { error: 'startInvalid' };
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return { error: 'startInvalid' };
  const iso = `${y}-${pad(m)}-${pad(d)}`;
  if (iso < today) return { error: 'startPast' };
  return { iso };
}

export const REG_PATTERN = /^[A-ZÅÄÖ]{1,3}-?[0-9]{1,3}$/;
export const normaliseReg = (value: string) => value.trim().toUpperCase().replace(/\s+/g, '');

export function validateStep(step: StepId, a: Answers, file?: UploadedFile | null, keptFile?: UploadedFile | null): StepErrors {
  const errors: StepErrors = [];
  const v = (k: string) => (a[k] ?? '').trim();
  switch (step) {
    case 'personal':
      if (!v('givenName')) errors.push(['givenName', 'givenName']);
      if (!v('familyName')) errors.push(['familyName', 'familyName']);
      if (!v('email')) errors.push(['email', 'email']);
      else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v('email'))) errors.push(['email', 'emailFormat']);
      if (v('phone') && !/^\+?[0-9][0-9 ()-]{5,19}$/.test(v('phone'))) errors.push(['phone', 'phoneFormat']);
      break;
    case 'address':
      if (!v('street')) errors.push(['street', 'street']);
      if (!v('postalCode')) errors.push(['postalCode', 'postalCode']);
      else if (!/^[0-9]{5}$/.test(v('postalCode'))) errors.push(['postalCode', 'postalCodeFormat']);
      if (!v('city')) errors.push(['city', 'city']);
      break;
    case 'vehicle': {
      const reg = normaliseReg(v('reg'));
      if (!reg) errors.push(['reg', 'reg']);
      else if (reg !== 'ERR-500' && !REG_PATTERN.test(reg)) errors.push(['reg', 'regFormat']);
      const date = checkDate(v('start-day'), v('start-month'), v('start-year'));
      if (date.error) errors.push(['start', date.error]);
      break;
    }
    case 'document':
      if (file) {
        if (!/\.(pdf|jpe?g|png)$/i.test(file.name)) errors.push(['document', 'documentType']);
        else if (file.size > 5 * 1024 * 1024) errors.push(['document', 'documentSize']);
      } else if (!keptFile) errors.push(['document', 'document']);
      break;
    case 'contact':
      if (!['email', 'sms', 'letter'].includes(v('contact'))) errors.push(['contact', 'contact']);
      break;
  }
  return errors;
}
