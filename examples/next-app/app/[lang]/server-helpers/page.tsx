// Every helper of @aukio/react/server, run in a React Server Component (see lib/serverHelperChecks.ts). A page
// for the example's tests; a real service would not link to it.
import { Heading, Stack } from '@aukio/react';
import { connection } from 'next/server';
import { langOf } from '../../../lib/params';
import { runServerHelpers } from '../../../lib/serverHelperChecks';
import { Shell } from '../../../lib/Shell';
import { strings } from '../../../lib/strings';

export default async function ServerHelpersPage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await langOf(params);
  await connection(); // run on each request, like a page that reads the request
  return (
    <Shell lang={lang} path="/server-helpers">
      <Stack gap={5}>
        <Heading level={1}>{strings[lang].serverHelpersTitle}</Heading>
        <pre id="server-helper-results">{JSON.stringify(runServerHelpers(), null, 2)}</pre>
      </Stack>
    </Shell>
  );
}
