// The accessibility statement, a Server Component: the data is validated on the server (validateStatement from
// @aukio/react/server) and rendered with AccessibilityStatement.
import { AccessibilityStatement } from '@aukio/react';
import { validateStatement, type AccessibilityStatementData } from '@aukio/react/server';
import { langOf } from '../../../lib/params';
import { Shell } from '../../../lib/Shell';
import { statements } from '../../../lib/statement';

export default async function AccessibilityPage({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await langOf(params);
  const checked = validateStatement(statements[lang]);
  if (!checked.valid) throw new Error(`Accessibility statement (${lang}): ${checked.errors.map((e) => `${e.path} ${e.message}`).join('; ')}`);
  return (
    <Shell lang={lang} path="/accessibility">
      <AccessibilityStatement data={checked.value as AccessibilityStatementData} headingLevel={1} />
    </Shell>
  );
}
