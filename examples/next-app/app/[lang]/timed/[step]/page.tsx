// A step of the time-limited application (a Server Component). Each request while signed in is activity: the
// limit starts again, and the new expiry is rendered into the page for the warning. After the limit, the same
// address shows the signed-out page: it says what was kept, and "Sign in again" returns here with every answer.
import { BackLink, Button, Heading, Stack, SummaryList, Text, TextInput } from '@aukio/react';
import { notFound, redirect } from 'next/navigation';
import { langOf } from '../../../../lib/params';
import { Shell } from '../../../../lib/Shell';
import { strings, type AppStrings, type Lang } from '../../../../lib/strings';
import { KEEP_HOURS, LIMIT_MINUTES, currentVisit, fill, isTimedStep, timedSteps, touch, type TimedStep, type Visit } from '../../../../lib/timeLimit';
import { saveStep, sendTimed, signInAgain } from '../actions';
import { TimeLimitWarning } from '../TimeLimitWarning';

const stepTitle = (t: AppStrings, step: TimedStep) => ({ contact: t.contactTitle, vehicle: t.vehicleTitle, check: t.checkTitle })[step];

function SignedOut({ lang, visit }: { lang: Lang; visit: Visit }) {
  const t = strings[lang];
  const kept = timedSteps.filter((step) => step !== 'check' && (step === 'contact' ? visit.answers.name || visit.answers.email : visit.answers.reg));
  return (
    <Stack gap={5}>
      <Heading level={1}>{t.signedOutTitle}</Heading>
      <Text>{fill(t.signedOutText, { minutes: LIMIT_MINUTES, hours: KEEP_HOURS })}</Text>
      {kept.length > 0 && (
        <>
          <Heading level={2}>{t.keptSteps}</Heading>
          <ul>
            {kept.map((step) => (
              <li key={step}>{stepTitle(t, step)}</li>
            ))}
          </ul>
        </>
      )}
      <Text>{t.signInNote}</Text>
      <form action={signInAgain}>
        <input type="hidden" name="lang" value={lang} />
        <Button type="submit">{t.signInAgain}</Button>
      </form>
    </Stack>
  );
}

export default async function TimedStepPage({ params }: { params: Promise<{ lang: string; step: string }> }) {
  const lang = await langOf(params);
  const { step } = await params;
  if (!isTimedStep(step)) notFound();
  const found = await currentVisit();
  if (!found) redirect(`/${lang}/timed`);
  const { visit } = found;
  const t = strings[lang];
  if (visit.expired) {
    return (
      <Shell lang={lang} path={`/timed/${step}`}>
        <SignedOut lang={lang} visit={visit} />
      </Shell>
    );
  }
  const expiresAt = touch(visit);
  const a = visit.answers;
  const previous = timedSteps[timedSteps.indexOf(step) - 1];
  return (
    <Shell lang={lang} path={`/timed/${step}`}>
      <Stack gap={5}>
        <BackLink href={previous ? `/${lang}/timed/${previous}` : `/${lang}/timed`}>{previous ? t.previousStep : t.timedTitle}</BackLink>
        <Heading level={1}>{stepTitle(t, step)}</Heading>
        {step === 'check' ? (
          <>
            <SummaryList
              rows={[
                { key: t.name, value: a.name ?? '', href: `/${lang}/timed/contact` },
                { key: t.email, value: a.email ?? '', href: `/${lang}/timed/contact` },
                { key: t.reg, value: a.reg ?? '', href: `/${lang}/timed/vehicle` },
              ]}
            />
            <form action={sendTimed}>
              <input type="hidden" name="lang" value={lang} />
              <Button type="submit">{t.send}</Button>
            </form>
          </>
        ) : (
          <form action={saveStep} noValidate>
            <Stack gap={5}>
              <input type="hidden" name="lang" value={lang} />
              <input type="hidden" name="step" value={step} />
              {step === 'contact' ? (
                <>
                  <TextInput id="name" name="name" label={t.name} autoComplete="name" width="30" defaultValue={a.name} />
                  <TextInput id="email" name="email" type="email" label={t.email} autoComplete="email" width="30" defaultValue={a.email} />
                </>
              ) : (
                <TextInput id="reg" name="reg" label={t.reg} hint={t.regHint} autoCapitalize="characters" spellCheck={false} width="10" defaultValue={a.reg} />
              )}
              <div>
                <Button type="submit">{t.nextStep}</Button>
              </div>
            </Stack>
          </form>
        )}
      </Stack>
      <TimeLimitWarning lang={lang} step={step} expiresAt={expiresAt} />
    </Shell>
  );
}
