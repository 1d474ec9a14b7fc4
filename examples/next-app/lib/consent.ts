// Consent settings shared by the layout (a Server Component), the consent route handler and the settings page.
// Plain data only: this is what crosses from the server to ConsentProvider in the browser.
import { consentFromCookieHeader, type ConsentPurpose, type ConsentRecord } from '@aukio/react/server';
import { headers } from 'next/headers';
import { CONSENT_COOKIE, POLICY_VERSION, PURPOSE_IDS } from './consentConfig';
import { strings, type Lang } from './strings';

export { CONSENT_COOKIE, POLICY_VERSION, PURPOSE_IDS } from './consentConfig';

export function purposesFor(lang: Lang): ConsentPurpose[] {
  const t = strings[lang];
  return [{ id: 'analytics', label: t.analyticsLabel, description: t.analyticsDescription }];
}

/** The record in this request's cookie (null: not decided), read in a Server Component. */
export async function consentOfRequest(): Promise<ConsentRecord | null> {
  const cookie = (await headers()).get('cookie');
  return consentFromCookieHeader(cookie, { name: CONSENT_COOKIE, policyVersion: POLICY_VERSION, purposes: PURPOSE_IDS });
}
