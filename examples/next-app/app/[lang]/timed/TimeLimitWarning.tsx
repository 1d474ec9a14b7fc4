'use client';
// SessionTimeoutWarning with the expiry the server rendered into the page. With JavaScript, "Continue", Escape
// and typing call the server action `extendTime`, which answers the new expiry; without it, the warning's form
// posts to the route handler app/api/time.
import { SessionTimeoutWarning } from '@aukio/react';
import type { Lang } from '../../../lib/strings';
import type { TimedStep } from '../../../lib/timeLimit';
import { extendTime } from './actions';

export function TimeLimitWarning({ lang, step, expiresAt }: { lang: Lang; step: TimedStep; expiresAt: number }) {
  return (
    <SessionTimeoutWarning
      expiresAt={expiresAt}
      extendAction="/api/time"
      formFields={
        <>
          <input type="hidden" name="lang" value={lang} />
          <input type="hidden" name="return" value={step} />
        </>
      }
      onExtend={() => extendTime()}
      onActivity={() => extendTime()}
      signInHref={`/${lang}/timed/${step}`}
    />
  );
}
