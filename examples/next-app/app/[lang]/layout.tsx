// The root layout of each language (a Server Component): <html lang> and the Aukio providers.
// ConsentProvider gets plain data only: the record the server read from the cookie and the name of the store,
// so no function crosses from the server to the client, and the banner is right in the server HTML.
import '@aukio/react/styles.css';
import { AukioProvider, ConsentProvider } from '@aukio/react';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { HydrationMark } from '../../lib/HydrationMark';
import { CONSENT_COOKIE, POLICY_VERSION, consentOfRequest, purposesFor } from '../../lib/consent';
import { isLang, langs, strings } from '../../lib/strings';

export const dynamicParams = false;
export function generateStaticParams() {
  return langs.map((lang) => ({ lang }));
}

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  const { lang } = await params;
  return { title: isLang(lang) ? strings[lang].service : 'Aukio' };
}

export default async function LanguageLayout({ children, params }: { children: ReactNode; params: Promise<{ lang: string }> }) {
  const { lang } = await params;
  if (!isLang(lang)) notFound();
  const record = await consentOfRequest();
  return (
    <html lang={lang}>
      <body>
        <AukioProvider locale={lang}>
          <ConsentProvider
            purposes={purposesFor(lang)}
            policyVersion={POLICY_VERSION}
            initialRecord={record}
            storage="cookie"
            storageOptions={{ name: CONSENT_COOKIE }}
          >
            {children}
            <HydrationMark />
          </ConsentProvider>
        </AukioProvider>
      </body>
    </html>
  );
}
