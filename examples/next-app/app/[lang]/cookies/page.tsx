// Cookie settings, a Server Component. ConsentSettings posts to the route handler without JavaScript and saves
// through the provider (the cookie) with it.
import { ConsentSettings, Heading, Notification, Stack } from '@aukio/react';
import { langOf } from '../../../lib/params';
import { Shell } from '../../../lib/Shell';
import { strings } from '../../../lib/strings';

export default async function CookiesPage({
  params,
  searchParams,
}: {
  params: Promise<{ lang: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const lang = await langOf(params);
  const saved = (await searchParams).saved === '1';
  const t = strings[lang];
  return (
    <Shell lang={lang} path="/cookies">
      <Stack gap={5}>
        <Heading level={1}>{t.cookiesTitle}</Heading>
        {saved && <Notification type="success">{t.cookiesSaved}</Notification>}
        <ConsentSettings action="/api/consent" hiddenFields={{ lang, return: `/${lang}/cookies?saved=1` }} headingLevel={2} />
      </Stack>
    </Shell>
  );
}
