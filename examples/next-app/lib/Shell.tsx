// The frame of every page, a Server Component: header with the language switch, the consent banner, main, footer.
import { ConsentBanner, Container, Footer, Header, LanguageSwitch } from '@aukio/react';
import type { ReactNode } from 'react';
import { langs, languageNames, strings, type Lang } from './strings';

export function Shell({ lang, path, children }: { lang: Lang; path: string; children: ReactNode }) {
  const t = strings[lang];
  return (
    <>
      <Header
        serviceName={t.service}
        serviceHref={`/${lang}`}
        languageSwitch={
          <LanguageSwitch current={lang} languages={langs.map((code) => ({ code, name: languageNames[code], href: `/${code}${path}` }))} />
        }
      />
      {/* Without JavaScript the buttons post to the route handler; with it they save in the browser (the cookie). */}
      {path !== '/cookies' && (
        <ConsentBanner action="/api/consent" hiddenFields={{ lang, return: `/${lang}${path}` }} policyHref={`/${lang}/cookies`} settingsHref={`/${lang}/cookies`} />
      )}
      <Container as="main" size="narrow" id="main" tabIndex={-1}>
        {children}
      </Container>
      <Footer
        accessibilityStatementHref={`/${lang}/accessibility`}
        serviceLinks={[{ label: t.cookiesTitle, href: `/${lang}/cookies` }]}
        copyright={t.city}
      />
    </>
  );
}
