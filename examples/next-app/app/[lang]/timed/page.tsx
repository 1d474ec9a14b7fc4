// The start page of the time-limited application (a Server Component): it states the limit and what happens to
// the answers before anything starts. "Start" is a form post to a server action (works without JavaScript).
import { BackLink, Button, Heading, Stack, Text } from '@aukio/react';
import { langOf } from '../../../lib/params';
import { Shell } from '../../../lib/Shell';
import { strings } from '../../../lib/strings';
import { KEEP_HOURS, LIMIT_MINUTES, fill } from '../../../lib/timeLimit';
import { startTimed } from './actions';

export default async function TimedStartPage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await langOf(params);
  const t = strings[lang];
  return (
    <Shell lang={lang} path="/timed">
      <Stack gap={5}>
        <BackLink href={`/${lang}`}>{t.service}</BackLink>
        <Heading level={1}>{t.timedTitle}</Heading>
        <Text>{fill(t.timedLimit, { minutes: LIMIT_MINUTES, hours: KEEP_HOURS })}</Text>
        <form action={startTimed}>
          <input type="hidden" name="lang" value={lang} />
          <Button type="submit">{t.timedStart}</Button>
        </form>
      </Stack>
    </Shell>
  );
}
