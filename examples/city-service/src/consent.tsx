// Consent for the one optional purpose of this service, visitor statistics, kept in a cookie so the server and
// the browser read the same record. The server renders the banner and the settings as plain forms (they work
// without JavaScript); once the ConsentProvider has read the cookie in the browser, Aukio's ConsentBanner and
// ConsentSettings take over (see "ready" below).
import {
  Button,
  CheckboxGroup,
  ConsentBanner,
  ConsentSettings,
  catalogues,
  parseConsentRecord,
  useConsent,
  useConsentContext,
  type ConsentPurpose,
  type ConsentRecord,
  type ConsentStorage,
} from '@aukio/react';
import { useEffect } from 'react';
import { appStrings, type Lang } from './strings';

/** Change when the purposes or the privacy notice change: every earlier record then asks again. */
export const POLICY_VERSION = '2026-11';
/** The purpose ids, in the order they are shown. Reading preferences are not here: see README ("Consent"). */
export const PURPOSE_IDS = ['analytics'] as const;
/** The cookie that holds the ConsentRecord (JSON, URI-encoded). Readable by the page's script on purpose. */
export const CONSENT_COOKIE = 'city-consent';
const MAX_AGE = 180 * 24 * 60 * 60;

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

/** The record in a `Cookie` header (or `document.cookie`), strictly validated; `null` when there is none. */
export function consentFromCookies(cookieHeader: string | undefined | null): ConsentRecord | null {
  const raw = new RegExp(`(?:^|;\\s*)${CONSENT_COOKIE}=([^;]*)`).exec(cookieHeader ?? '')?.[1];
  if (!raw) return null;
  let text: string;
  try {
    text = decodeURIComponent(raw);
  } catch {
    return null;
  }
  return parseConsentRecord(text, POLICY_VERSION, [...PURPOSE_IDS]);
}

/** The `Set-Cookie` value for a record (the server writes it after a form post). */
export function consentCookie(record: ConsentRecord): string {
  return `${CONSENT_COOKIE}=${encodeURIComponent(JSON.stringify(record))}; Path=/; Max-Age=${MAX_AGE}; SameSite=Lax`;
}

/** Aukio's storage adapter interface over the same cookie, for the ConsentProvider in the browser. */
export const cookieConsent: ConsentStorage = {
  read: () => (typeof document === 'undefined' ? null : consentFromCookies(document.cookie)),
  write(record) {
    document.cookie = consentCookie(record);
  },
  clear() {
    document.cookie = `${CONSENT_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax`;
  },
};

/**
 * The banner. Until the provider is `ready` (on the server, and in the browser's first render so hydration
 * matches) it is a form that posts the decision; then Aukio's ConsentBanner decides whether to show itself.
 */
export function ConsentArea({ lang, serverRecord, returnPath }: { lang: Lang; serverRecord: ConsentRecord | null; returnPath: string }) {
  const { ready } = useConsentContext();
  if (ready) return <ConsentBanner />;
  if (serverRecord) return null;
  const s = catalogues[lang];
  return (
    <section aria-labelledby="city-consent-title" className="aukio-consent-banner" data-state="closed">
      <div className="aukio-consent-banner__inner">
        <h2 id="city-consent-title" className="aukio-consent-banner__title">
          {s['consentBanner.title']}
        </h2>
        <p className="aukio-consent-banner__text">{s['consentBanner.description']}</p>
        <form method="post" action={`/${lang}/cookies`} className="aukio-consent-banner__actions">
          <input type="hidden" name="return" value={returnPath} />
          <Button type="submit" name="decision" value="accept" variant="primary">
            {s['consentBanner.acceptAll']}
          </Button>
          <Button type="submit" name="decision" value="reject" variant="primary">
            {s['consentBanner.rejectAll']}
          </Button>
          <Button asChild variant="secondary">
            <a href={`/${lang}/cookies`}>{s['consentBanner.choose']}</a>
          </Button>
        </form>
      </div>
    </section>
  );
}

/** The settings form: a posting form with the server's record until ready, then Aukio's ConsentSettings. */
export function ConsentSettingsArea({ lang, serverRecord }: { lang: Lang; serverRecord: ConsentRecord | null }) {
  const { ready } = useConsentContext();
  const action = `/${lang}/cookies`;
  if (ready) return <ConsentSettings method="post" action={action} legendAs="h2" />;
  const s = catalogues[lang];
  return (
    <form method="post" action={action} className="aukio-consent-settings" noValidate>
      <CheckboxGroup
        legend={s['consentSettings.legend']}
        legendAs="h2"
        hint={s['consentSettings.hint']}
        necessityIndicator="none"
        name="consent"
        defaultValue={PURPOSE_IDS.filter((id) => serverRecord?.purposes[id])}
        options={purposesFor(lang).map((p) => ({ value: p.id, label: p.label, hint: p.description }))}
      />
      <Button type="submit">{s['consentSettings.save']}</Button>
    </form>
  );
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
