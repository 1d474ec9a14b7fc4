'use server';
// The server actions of the time-limited application. Each works as a plain form post without JavaScript.
import { redirect } from 'next/navigation';
import { isLang, type Lang } from '../../../lib/strings';
import { currentVisit, endVisit, isTimedStep, signIn, startVisit, stepFields, timedSteps, touch, type TimedStep } from '../../../lib/timeLimit';

const field = (form: FormData, name: string) => {
  const value = form.get(name);
  return typeof value === 'string' ? value.trim() : '';
};
const langOfForm = (form: FormData): Lang => {
  const lang = field(form, 'lang');
  return isLang(lang) ? lang : 'fi';
};

/** "Start" on the start page: a new visit, its limit starting now. */
export async function startTimed(form: FormData) {
  await startVisit();
  redirect(`/${langOfForm(form)}/timed/contact`);
}

/**
 * "Next" on a step. After the limit the answers this post brings are kept too, and the step is remembered; the
 * step's page then shows the signed-out page.
 */
export async function saveStep(form: FormData) {
  const lang = langOfForm(form);
  const step = field(form, 'step');
  const found = await currentVisit();
  if (!found || !isTimedStep(step)) redirect(`/${lang}/timed`);
  const { visit } = found;
  for (const name of (stepFields as Partial<Record<TimedStep, readonly string[]>>)[step] ?? []) visit.answers[name] = field(form, name);
  if (visit.expired) {
    visit.resume = step;
    redirect(`/${lang}/timed/${step}`);
  }
  touch(visit);
  const next = timedSteps[timedSteps.indexOf(step) + 1] ?? 'check';
  visit.resume = next;
  redirect(`/${lang}/timed/${next}`);
}

/** "Sign in again" on the signed-out page (a demo sign-in): back to the same step, every answer in place. */
export async function signInAgain(form: FormData) {
  const lang = langOfForm(form);
  const found = await currentVisit();
  if (!found) redirect(`/${lang}/timed`);
  signIn(found.visit);
  redirect(`/${lang}/timed/${found.visit.resume}`);
}

/** "Send application" on the check page: the visit ends. */
export async function sendTimed(form: FormData) {
  const lang = langOfForm(form);
  const found = await currentVisit();
  if (!found) redirect(`/${lang}/timed`);
  if (found.visit.expired) redirect(`/${lang}/timed/check`);
  await endVisit(found.id);
  redirect(`/${lang}/apply/sent`);
}

/**
 * SessionTimeoutWarning's "Continue", Escape and typing, with JavaScript: the new expiry on the server's clock.
 * Nothing (the warning keeps counting down) when the limit has already passed.
 */
export async function extendTime(): Promise<number | undefined> {
  const found = await currentVisit();
  if (!found || found.visit.expired) return undefined;
  return touch(found.visit);
}
