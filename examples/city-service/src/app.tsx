// The whole service as one React tree, rendered on the server and hydrated in the browser with the same data.
import {
  AccessibilityStatement,
  AukioProvider,
  BackLink,
  Button,
  Container,
  DateInput,
  ErrorSummary,
  FileInput,
  Footer,
  Header,
  Heading,
  LanguageSwitch,
  Link,
  Notification,
  PersonalDataOverview,
  RadioGroup,
  ReadingPreferences,
  SessionTimeoutWarning,
  Stack,
  SummaryList,
  Text,
  TextInput,
  ConsentProvider,
  catalogues,
  type AccessibilityStatementData,
  type ConsentRecord,
} from '@aukio/react';
import { useEffect, type ReactNode } from 'react';
import { appStrings, fill, type AppStrings, type Lang } from './strings';
import { AnalyticsLoader, ConsentArea, ConsentSettingsArea, consentCookieOptions, POLICY_VERSION, purposesFor } from './consent';
import { steps, type Answers, type StepErrors, type StepId, type UploadedFile } from './steps';

export type PageId = 'start' | StepId | 'check' | 'confirmation' | 'accessibility' | 'preferences' | 'mydata' | 'cookies' | 'notfound' | 'timedout';

export interface PageData {
  lang: Lang;
  page: PageId;
  /** Path after the language, with the query: `personal?return=check`. */
  path: string;
  answers: Answers;
  errors: StepErrors;
  file: UploadedFile | null;
  returnTo: 'check' | null;
  reference: string | null;
  serverError: boolean;
  incomplete: boolean;
  /** Today on the server, `YYYY-MM-DD`, so server and client render the same. */
  today: string;
  /** The consent record from the cookie, as the server read it (null: not decided). */
  consent: ConsentRecord | null;
  /** The settings were just saved by a form post (shown on the cookie settings page). */
  consentSaved: boolean;
  /** The accessibility statement in this language, from a11y/statement.json (accessibility page only). */
  statement: AccessibilityStatementData | null;
  /** When the server signs the resident out if nothing happens (epoch ms, the server's clock); null once it has. */
  expiresAt: number | null;
  /** The server's time limit: minutes without activity, and hours the answers are kept after it. */
  timeLimit: { minutes: number; hours: number; longer: number };
}

const languageNames: Record<Lang, string> = { fi: 'Suomi', sv: 'Svenska', en: 'English' };

function heading(t: AppStrings, page: PageId): string {
  switch (page) {
    case 'start': return t.startHeading;
    case 'personal': return t.personalHeading;
    case 'address': return t.addressHeading;
    case 'vehicle': return t.vehicleHeading;
    case 'document': return t.documentHeading;
    case 'contact': return t.contactHeading;
    case 'check': return t.checkHeading;
    case 'confirmation': return t.confirmationHeading;
    case 'accessibility': return t.a11yHeading;
    case 'preferences': return t.prefsHeading;
    case 'mydata': return t.myDataHeading;
    case 'cookies': return t.cookiesHeading;
    case 'timedout': return t.timedOutHeading;
    default: return t.notFoundHeading;
  }
}

/** The document title: errors first ("Virhe: "), then the page, the service and the city. */
export function pageTitle(data: PageData): string {
  const t = appStrings[data.lang];
  const prefix = data.errors.length > 0 || data.serverError ? t.errorPrefix : '';
  return `${prefix}${heading(t, data.page)} – ${t.serviceName} – ${t.city}`;
}

const monthNames: Record<Lang, string[]> = {
  fi: [],
  sv: ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
/** Written out by hand (not Intl) so the server's and the browser's ICU cannot disagree during hydration. */
function formatDate(lang: Lang, a: Answers): string {
  const d = Number(a['start-day']), m = Number(a['start-month']), y = a['start-year'];
  if (!d || !m || !y) return '';
  return lang === 'fi' ? `${d}.${m}.${y}` : `${d} ${monthNames[lang][m - 1]} ${y}`;
}

function Step({ data, step, children, multipart }: { data: PageData; step: StepId; children: ReactNode; multipart?: boolean }) {
  const t = appStrings[data.lang];
  const index = steps.indexOf(step);
  const back = data.returnTo === 'check' ? 'check' : index === 0 ? '' : steps[index - 1];
  const errors = data.errors.map(([fieldId, key]) => ({ fieldId, message: t.err[key] }));
  return (
    <Stack gap={5}>
      <BackLink href={`/${data.lang}/${back}`}>{t.back}</BackLink>
      {errors.length > 0 && <ErrorSummary errors={errors} />}
      <div>
        <Text as="p" variant="small">{fill(t.stepOf, { n: index + 1, total: steps.length })}</Text>
        <Heading level={1}>{heading(t, step)}</Heading>
      </div>
      <form method="post" action={`/${data.lang}/${step}`} noValidate encType={multipart ? 'multipart/form-data' : undefined}>
        <Stack gap={5}>
          {data.returnTo && <input type="hidden" name="return" value={data.returnTo} />}
          {children}
          <div>
            <Button type="submit" variant="primary">{t.continue}</Button>
          </div>
        </Stack>
      </form>
    </Stack>
  );
}

function Page({ data }: { data: PageData }) {
  const { lang, answers: a } = data;
  const t = appStrings[lang];
  const err = (field: string) => {
    const found = data.errors.find(([f]) => f === field);
    return found ? t.err[found[1]] : undefined;
  };
  switch (data.page) {
    case 'start':
      return (
        <Stack gap={5}>
          <Heading level={1}>{t.startHeading}</Heading>
          <Text variant="lead">{t.startLead}</Text>
          <Text>{t.startNeed}</Text>
          <ul>{t.startNeedItems.map((item) => <li key={item}>{item}</li>)}</ul>
          <Text>{t.startTime}</Text>
          <Text>{fill(t.timeLimit, data.timeLimit)}</Text>
          {data.timeLimit.minutes < data.timeLimit.longer && (
            <form method="post" action={`/${lang}/time`}>
              <input type="hidden" name="intent" value="longer" />
              <input type="hidden" name="return" value="" />
              <Button type="submit" variant="secondary">{fill(t.timeLonger, data.timeLimit)}</Button>
            </form>
          )}
          <div>
            <Button asChild variant="primary" size="large">
              <a href={`/${lang}/personal`}>{t.startButton}</a>
            </Button>
          </div>
        </Stack>
      );
    case 'personal':
      return (
        <Step data={data} step="personal">
          <TextInput id="givenName" name="givenName" label={t.givenName} autoComplete="given-name" required width="20" defaultValue={a.givenName} error={err('givenName')} />
          <TextInput id="familyName" name="familyName" label={t.familyName} autoComplete="family-name" required width="20" defaultValue={a.familyName} error={err('familyName')} />
          <TextInput id="email" name="email" type="email" label={t.email} autoComplete="email" spellCheck={false} required width="30" defaultValue={a.email} error={err('email')} />
          <TextInput id="phone" name="phone" type="tel" label={t.phone} hint={t.phoneHint} autoComplete="tel" width="20" defaultValue={a.phone} error={err('phone')} />
        </Step>
      );
    case 'address':
      return (
        <Step data={data} step="address">
          <TextInput id="street" name="street" label={t.street} autoComplete="street-address" required width="30" defaultValue={a.street} error={err('street')} />
          <TextInput id="postalCode" name="postalCode" label={t.postalCode} hint={t.postalCodeHint} autoComplete="postal-code" inputMode="numeric" required width="5" defaultValue={a.postalCode} error={err('postalCode')} />
          <TextInput id="city" name="city" label={t.cityLabel} autoComplete="address-level2" required width="20" defaultValue={a.city} error={err('city')} />
        </Step>
      );
    case 'vehicle':
      return (
        <Step data={data} step="vehicle">
          <TextInput id="reg" name="reg" label={t.reg} hint={t.regHint} autoCapitalize="characters" spellCheck={false} required width="10" defaultValue={a.reg} error={err('reg')} />
          <DateInput
            id="start"
            name="start"
            legend={t.start}
            hint={t.startHint}
            required
            min={data.today}
            validateOn="submit"
            defaultValue={{ day: a['start-day'] ?? '', month: a['start-month'] ?? '', year: a['start-year'] ?? '' }}
            error={err('start')}
          />
        </Step>
      );
    case 'document':
      return (
        <Step data={data} step="document" multipart>
          <FileInput
            id="document"
            name="document"
            label={t.document}
            hint={data.file ? `${t.documentHint} ${fill(t.documentKept, { name: data.file.name })}` : t.documentHint}
            accept=".pdf,.jpg,.jpeg,.png"
            maxSize={5 * 1024 * 1024}
            required={!data.file}
            error={err('document')}
          />
        </Step>
      );
    case 'contact':
      return (
        <Step data={data} step="contact">
          <RadioGroup
            id="contact"
            name="contact"
            legend={t.contact}
            required
            defaultValue={a.contact ?? ''}
            error={err('contact')}
            options={[
              { value: 'email', label: t.contactEmail },
              { value: 'sms', label: t.contactSms },
              { value: 'letter', label: t.contactLetter },
            ]}
          />
        </Step>
      );
    case 'check': {
      const change = (step: StepId, field: string) => `/${lang}/${step}?return=check#${field}`;
      const contactLabel = { email: t.contactEmail, sms: t.contactSms, letter: t.contactLetter }[a.contact ?? ''] ?? '';
      const or = (v: string | undefined) => (v && v.trim() ? v : t.notAnswered);
      return (
        <Stack gap={5}>
          <BackLink href={`/${lang}/contact`}>{t.back}</BackLink>
          {data.serverError && (
            <Notification type="error" title={t.serverErrorTitle} headingLevel={2}>
              {t.serverErrorText}
            </Notification>
          )}
          {data.incomplete && <Notification type="warning">{t.incomplete}</Notification>}
          <Heading level={1}>{t.checkHeading}</Heading>
          <Text>{t.checkLead}</Text>
          <SummaryList
            rows={[
              { key: t.name, value: or(`${a.givenName ?? ''} ${a.familyName ?? ''}`), href: change('personal', 'givenName') },
              { key: t.email, value: or(a.email), href: change('personal', 'email') },
              { key: t.phone, value: or(a.phone), href: change('personal', 'phone') },
              { key: t.address, value: or([a.street, [a.postalCode, a.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')), href: change('address', 'street') },
              { key: t.reg, value: or(a.reg), href: change('vehicle', 'reg') },
              { key: t.start, value: or(formatDate(lang, a)), href: change('vehicle', 'start') },
              { key: t.document, value: or(data.file?.name), href: change('document', 'document') },
              { key: t.contact, value: or(contactLabel), href: change('contact', 'contact') },
            ]}
          />
          <form method="post" action={`/${lang}/check`}>
            <Button type="submit" variant="primary" size="large">{t.submit}</Button>
          </form>
        </Stack>
      );
    }
    case 'confirmation':
      return (
        <Stack gap={5}>
          <Notification type="success" title={t.confirmationHeading}>
            <p>
              {t.reference}: <strong id="reference">{data.reference}</strong>
            </p>
          </Notification>
          <Heading level={1}>{t.confirmationHeading}</Heading>
          <Text>{t.confirmationText}</Text>
          <Link variant="standalone" href={`/${lang}/`}>{t.newApplication}</Link>
        </Stack>
      );
    case 'accessibility':
      // Generated by statement.mjs from the audit and a11y/manual-findings.json (see README).
      return data.statement ? (
        <AccessibilityStatement headingLevel={1} data={data.statement} />
      ) : (
        <Stack gap={5}>
          <Heading level={1}>{t.a11yHeading}</Heading>
          <Text>{t.a11yFeedback}</Text>
        </Stack>
      );
    case 'mydata': {
      const items = [
        [t.givenName, a.givenName], [t.familyName, a.familyName], [t.email, a.email], [t.phone, a.phone],
        [t.street, a.street], [t.postalCode, a.postalCode], [t.cityLabel, a.city], [t.reg, a.reg],
        [t.start, formatDate(lang, a)], [t.document, data.file?.name], [t.contact, ({ email: t.contactEmail, sms: t.contactSms, letter: t.contactLetter } as Record<string, string>)[a.contact ?? '']],
      ]
        .filter((item): item is [string, string] => Boolean(item[1]))
        .map(([label, value]) => ({ label, value }));
      return (
        <Stack gap={5}>
          <Heading level={1}>{t.myDataHeading}</Heading>
          <Text>{t.myDataLead}</Text>
          <PersonalDataOverview
            categories={[
              {
                id: 'application',
                title: t.myDataCategory,
                items,
                sources: [t.myDataSource],
                purposes: [t.myDataPurpose],
                legalBasis: t.myDataBasis,
                recipients: [t.myDataRecipient],
                retention: t.myDataRetention,
              },
            ]}
          />
        </Stack>
      );
    }
    case 'cookies':
      return (
        <Stack gap={5}>
          {data.consentSaved && <Notification type="success">{catalogues[lang]['consentSettings.saved']}</Notification>}
          <Heading level={1}>{t.cookiesHeading}</Heading>
          <Text>{t.cookiesLead}</Text>
          <Heading level={2}>{t.necessaryHeading}</Heading>
          <Text>{t.necessaryText}</Text>
          <ul>{t.necessaryItems.map((item) => <li key={item}>{item}</li>)}</ul>
          <ConsentSettingsArea lang={lang} />
        </Stack>
      );
    case 'preferences':
      return (
        <Stack gap={5}>
          <Heading level={1}>{t.prefsHeading}</Heading>
          <Text>{t.prefsLead}</Text>
          <ReadingPreferences cookie heading="h2" />
        </Stack>
      );
    case 'timedout':
      // G105: the answers and the step are kept on the server; signing in again returns to them.
      return (
        <Stack gap={5}>
          <Heading level={1}>{t.timedOutHeading}</Heading>
          <Text>{fill(t.timedOutText, data.timeLimit)}</Text>
          <Text>{fill(t.timedOutKept, data.timeLimit)}</Text>
          <form method="post" action={`/${lang}/signin`}>
            <Button type="submit" variant="primary">{t.timedOutSignIn}</Button>
          </form>
          <Text variant="small">{t.timedOutStandIn}</Text>
        </Stack>
      );
    default:
      return (
        <Stack gap={5}>
          <Heading level={1}>{t.notFoundHeading}</Heading>
          <Text>{t.notFoundText}</Text>
          <Link variant="standalone" href={`/${lang}/`}>{t.frontPage}</Link>
        </Stack>
      );
  }
}

/** Asks the server for more time (Continue, Escape, or typing in the page); resolves with the new expiry. */
async function moreTime(lang: Lang): Promise<number> {
  const response = await fetch(`/${lang}/time`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
    body: 'intent=extend',
  });
  if (!response.ok) throw new Error(`more time: ${response.status}`);
  return ((await response.json()) as { expiresAt: number }).expiresAt;
}

/** The server's time limit: the warning before it, more time from typing, and a form post without JavaScript. */
function TimeLimitWarning({ data }: { data: PageData }) {
  const { lang } = data;
  const t = appStrings[lang];
  return (
    <SessionTimeoutWarning
      expiresAt={data.expiresAt ?? 0}
      extendAction={`/${lang}/time`}
      formFields={<input type="hidden" name="return" value={data.path} />}
      onExtend={() => moreTime(lang)}
      onActivity={() => moreTime(lang)}
      signInHref={`/${lang}/${data.path}`}
      answersNote={fill(t.timeAnswersNote, data.timeLimit)}
    />
  );
}

export function App({ data }: { data: PageData }) {
  const { lang } = data;
  const t = appStrings[lang];
  // Marks the page once React has taken over (tests wait for it; the server never runs effects).
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
  }, []);
  return (
    <AukioProvider locale={lang}>
      <ConsentProvider
        purposes={purposesFor(lang)}
        policyVersion={POLICY_VERSION}
        initialRecord={data.consent}
        storage="cookie"
        storageOptions={consentCookieOptions}
      >
      <AnalyticsLoader />
      <Header
        serviceName={t.serviceName}
        serviceHref={`/${lang}/`}
        languageSwitch={
          <LanguageSwitch
            current={lang}
            languages={(['fi', 'sv', 'en'] as const).map((code) => ({ code, name: languageNames[code], href: `/${code}/${data.path}` }))}
          />
        }
      />
      {/* After the header, so the skip link stays the first Tab stop and hides above the page as designed. */}
      {data.page !== 'cookies' && <ConsentArea lang={lang} returnPath={`/${lang}/${data.path}`} />}
      <Container as="main" size="narrow" id="main" tabIndex={-1} className="city-main">
        <Page data={data} />
      </Container>
      <Footer
        accessibilityStatementHref={`/${lang}/accessibility`}
        serviceLinks={[
          { label: t.myDataHeading, href: `/${lang}/mydata` },
          { label: t.prefsHeading, href: `/${lang}/preferences` },
          { label: catalogues[lang]['consentBanner.settingsLink'], href: `/${lang}/cookies` },
        ]}
        copyright={t.copyright}
      />
      {data.expiresAt !== null && <TimeLimitWarning data={data} />}
      </ConsentProvider>
    </AukioProvider>
  );
}

export { consentCheck, consentCookieOptions, POLICY_VERSION, PURPOSE_IDS, ANALYTICS_SRC } from './consent';
