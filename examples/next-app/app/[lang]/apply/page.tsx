// The application page, a Server Component; the form in it is the one client component of the app.
import { BackLink, Heading, Stack } from '@aukio/react';
import { langOf } from '../../../lib/params';
import { Shell } from '../../../lib/Shell';
import { strings } from '../../../lib/strings';
import { ApplicationForm } from './ApplicationForm';

export default async function ApplyPage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await langOf(params);
  return (
    <Shell lang={lang} path="/apply">
      <Stack gap={5}>
        <BackLink href={`/${lang}`}>{strings[lang].service}</BackLink>
        <Heading level={1}>{strings[lang].formTitle}</Heading>
        <ApplicationForm lang={lang} />
      </Stack>
    </Shell>
  );
}
