// Consent for the one optional purpose of this service, visitor statistics, kept in a cookie so the server and
// the browser read the same record. Everything comes from Aukio: the server reads the cookie with
// consentFromCookieHeader and gives the record to ConsentProvider (initialRecord), so the banner and the settings
// are right in the server HTML; both post as plain forms without JavaScript (server.mjs turns the post into a
// record with consentRecordFromForm); with JavaScript the provider writes the same cookie itself
// (storage="cookie").
import { ConsentBanner, ConsentSettings, useConsent, type ConsentPurpose } from '@aukio/react';
import type { ConsentCheckOptions, ConsentCookieOptions } from '@aukio/react/server';
import { useEffect } from 'react';
import { appStrings, type Lang } from './strings';

/** Change when the purposes or the privacy notice change: every earlier record then asks again. */
export const POLICY_VERSION = '2026-11';
/** The purpose ids, in the order they are shown. Reading preferences are not here: see README ("Consent"). */
export const PURPOSE_IDS = ['analytics'] as const;
/** The cookie that holds the ConsentRecord (JSON, URI-encoded). Readable by the page's script on purpose. */
export const CONSENT_COOKIE = 'city-consent';
/** The cookie's options, for the provider in the browser and for Set-Cookie on the server alike. */
export const consentCookieOptions: ConsentCookieOptions = { name: CONSENT_COOKIE, maxAge: 180 * 24 * 60 * 60 };
/** What the server checks a cookie or a post against. */
export const consentCheck: ConsentCheckOptions & { name: string } = { name: CONSENT_COOKIE, policyVersion: POLICY_VERSION, purposes: PURPOSE_IDS };

const purposeCache = new Map<Lang, ConsentPurpose[]>();
/** The purposes with their texts in one language (the same array every render, as ConsentProvider expects). */
export function purposesFor(lang: Lang): ConsentPurpose[] {
  let list = purposeCache.get(lang);
  if (!list) {
    const t = appStrings[lang];
    list = [{ id: 'analytics', label: t.analyticsLabel, description: t.analyticsDescription }];
    purposeCache.set(lang, list);
  }
  return list;
}

/** The banner: a form posting to the cookie page without JavaScript, saving through the provider with it. */
export function ConsentArea({ lang, returnPath }: { lang: Lang; returnPath: string }) {
  return <ConsentBanner action={`/${lang}/cookies`} hiddenFields={{ return: returnPath }} settingsHref={`/${lang}/cookies`} />;
}

/** The settings form, posting to the same address. */
export function ConsentSettingsArea({ lang }: { lang: Lang }) {
  return <ConsentSettings method="post" action={`/${lang}/cookies`} headingLevel={2} />;
}

export const ANALYTICS_SRC = '/assets/analytics.js';

/**
 * Loads the statistics script once analytics consent is given in this page. (When the page was rendered with
 * consent, the server already put the script in <head>.) A withdrawal cannot unload a script: the script itself
 * listens to `aukio:consent` and stops, and the next page is rendered without it.
 */
export function AnalyticsLoader() {
  const { granted } = useConsent('analytics');
  useEffect(() => {
    if (!granted || document.querySelector(`script[src="${ANALYTICS_SRC}"]`)) return;
    const script = document.createElement('script');
    script.src = ANALYTICS_SRC;
    document.head.append(script);
  }, [granted]);
  return null;
}
