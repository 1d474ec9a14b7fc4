'use client';
// The form needs useActionState, so it is a client component; everything it shows comes from Aukio's components
// and the state the server action returned.
import { Button, DateInput, ErrorSummary, NumberInput, Stack, TextInput } from '@aukio/react';
import { useActionState } from 'react';
import { strings, type Lang } from '../../../lib/strings';
import { submitApplication, type ApplicationState } from './actions';

export function ApplicationForm({ lang }: { lang: Lang }) {
  const initial: ApplicationState = { lang, values: {}, errors: [], attempt: 0 };
  const [state, formAction, pending] = useActionState(submitApplication, initial);
  const t = strings[lang];
  const v = state.values;
  const error = (fieldId: string) => state.errors.find((e) => e.fieldId === fieldId)?.message;
  return (
    <Stack gap={5}>
      {state.errors.length > 0 && <ErrorSummary errors={state.errors} focusKey={state.attempt} />}
      {/* A new key after each post: the fields start again from what was posted (React resets a form after its action). */}
      <form action={formAction} noValidate key={state.attempt}>
        <Stack gap={5}>
          <input type="hidden" name="lang" value={lang} />
          <TextInput id="name" name="name" label={t.name} autoComplete="name" required width="30" defaultValue={v.name} error={error('name')} />
          <TextInput
            id="reg"
            name="reg"
            label={t.reg}
            hint={t.regHint}
            autoCapitalize="characters"
            spellCheck={false}
            required
            width="10"
            defaultValue={v.reg}
            error={error('reg')}
          />
          <DateInput
            id="start"
            name="start"
            legend={t.start}
            hint={t.startHint}
            required
            validateOn="submit"
            defaultValue={{ day: v['start-day'] ?? '', month: v['start-month'] ?? '', year: v['start-year'] ?? '' }}
            error={error('start')}
          />
          <NumberInput
            id="months"
            name="months"
            label={t.months}
            hint={t.monthsHint}
            integer
            min={1}
            max={12}
            required
            validateOn="submit"
            width="5"
            defaultValue={v.months}
            error={error('months')}
          />
          <div>
            <Button type="submit" loading={pending}>
              {t.send}
            </Button>
          </div>
        </Stack>
      </form>
    </Stack>
  );
}
