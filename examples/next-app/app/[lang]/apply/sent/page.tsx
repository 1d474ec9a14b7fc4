import { Heading, Notification, Stack } from '@aukio/react';
import { langOf } from '../../../../lib/params';
import { Shell } from '../../../../lib/Shell';
import { strings } from '../../../../lib/strings';

export default async function SentPage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await langOf(params);
  const t = strings[lang];
  return (
    <Shell lang={lang} path="/apply/sent">
      <Stack gap={5}>
        <Heading level={1}>{t.sentTitle}</Heading>
        <Notification type="success">{t.sentText}</Notification>
      </Stack>
    </Shell>
  );
}
