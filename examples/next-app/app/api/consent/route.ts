// Where the consent banner and settings post without JavaScript: the posted fields become the same record the
// browser would save (consentRecordFromForm), written as the cookie the layout reads (consentFromCookieHeader).
import { consentRecordFromForm, serializeConsentCookie } from '@aukio/react/server';
import { NextResponse } from 'next/server';
import { CONSENT_COOKIE, POLICY_VERSION, PURPOSE_IDS } from '../../../lib/consent';
import { isLang } from '../../../lib/strings';

/** Only a path of this app: never send the reader to another site. */
function safeReturn(value: FormDataEntryValue | null, lang: string): string {
  return typeof value === 'string' && /^\/(fi|sv|en)(\/[\w/-]*)?(\?saved=1)?$/.test(value) ? value : `/${lang}`;
}

export async function POST(request: Request) {
  const form = await request.formData();
  const posted = form.get('lang');
  const lang = typeof posted === 'string' && isLang(posted) ? posted : 'fi';
  const record = consentRecordFromForm(form, { purposes: PURPOSE_IDS, policyVersion: POLICY_VERSION, locale: lang });
  if (!record) return new NextResponse('Not a consent decision', { status: 400 });
  const secure = new URL(request.url).protocol === 'https:';
  const response = new NextResponse(null, { status: 303, headers: { Location: safeReturn(form.get('return'), lang) } });
  response.headers.append('Set-Cookie', serializeConsentCookie(record, { name: CONSENT_COOKIE, secure }));
  return response;
}
