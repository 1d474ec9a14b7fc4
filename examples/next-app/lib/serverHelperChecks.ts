// Runs every helper of @aukio/react/server on fixed input and returns what each gave, as JSON. The Server
// Component page /en/server-helpers and the route handler /api/server-helpers both call it, and the tests
// compare both with the same call in plain Node: a helper that turned into a client reference would throw
// there ("Attempted to call ... from the server") or, hidden in a try/catch, give something else.
import * as server from '@aukio/react/server';

const COOKIE = 'check-consent';
const record = { purposes: { analytics: true }, policyVersion: '1', decidedAt: '2026-12-01T08:00:00.000Z', locale: 'sv' } as const;
const statement = {
  serviceName: 'Asukaspysäköintitunnus',
  organisation: 'Esimerkkilän kaupunki',
  conformance: 'partial',
  assessment: { methods: ['self'] },
  prepared: '2026-12-01',
  feedback: { email: 'palaute@esimerkkila.fi' },
};

const personalData = [
  {
    id: 'contact',
    title: 'Yhteystiedot',
    items: [{ label: 'Osoite', value: 'Esimerkkitie 1; A 2' }],
    sources: ['Väestötietojärjestelmä'],
    purposes: ['Päätöksen lähettäminen'],
    legalBasis: 'Lakisääteinen velvoite',
    recipients: [],
    retention: '10 vuotta',
  },
];
const csvHeadings = {
  'personalData.category': 'Luokka',
  'personalData.item': 'Tieto',
  'personalData.value': 'Arvo',
  'personalData.sources': 'Lähteet',
  'personalData.purposes': 'Käyttötarkoitukset',
  'personalData.legalBasis': 'Käsittelyperuste',
  'personalData.recipients': 'Vastaanottajat',
  'personalData.retention': 'Säilytysaika',
};

/** One entry per function the server entry exports. */
export function runServerHelpers(): Record<string, unknown> {
  const form = new FormData();
  form.set('start-day', '29');
  form.set('start-month', '2');
  form.set('start-year', '2027');
  form.set('consent', 'save');
  form.append('purpose', 'analytics');
  const pdf = new File(['%PDF-1.4'], 'liite.pdf', { type: 'application/pdf' });
  const cookie = server.serializeConsentCookie({ ...record, purposes: { ...record.purposes } }, { name: COOKIE });
  const check = { name: COOKIE, policyVersion: '1', purposes: ['analytics'] };
  return {
    validateDateParts: server.validateDateParts(server.datePartsFromFormData(form, 'start'), { locale: 'fi', required: true }),
    datePartsFromFormData: server.datePartsFromFormData(form, 'start'),
    isoToParts: server.isoToParts('2027-03-15'),
    parseIsoDate: server.parseIsoDate('2027-03-15'),
    validateNumber: server.validateNumber('12,5', { locale: 'fi', integer: true, min: 1, max: 12 }),
    parseLocaleNumber: server.parseLocaleNumber('1 234,5', 'fi'),
    formatLocaleNumber: server.formatLocaleNumber(1234.5, 'sv'),
    validateFiles: server.validateFiles([pdf], { accept: '.jpg', locale: 'en' }).map((p) => p.message),
    formatFileSize: server.formatFileSize(2_500_000, 'fi'),
    fileMatchesAccept: server.fileMatchesAccept(pdf, 'application/pdf'),
    describeAccept: server.describeAccept('.pdf,image/*', 'sv'),
    serializeConsentCookie: cookie,
    consentFromCookieHeader: server.consentFromCookieHeader(`a=1; ${cookie.split(';')[0]}`, check),
    consentRecordFromForm: server.consentRecordFromForm(form, { ...check, locale: 'fi', now: new Date('2026-12-01T08:00:00.000Z') }),
    parseConsentRecord: server.parseConsentRecord(JSON.stringify(record), '1', ['analytics']),
    parseReadingPreferences: server.parseReadingPreferences(server.serializeReadingPreferences({ ...server.defaultReadingPreferences, theme: 'dark' })),
    serializeReadingPreferences: server.serializeReadingPreferences({ ...server.defaultReadingPreferences, textSize: 150 }),
    readingPreferenceAttributes: server.readingPreferenceAttributes(null),
    validateStatement: server.validateStatement(statement).valid,
    pageRange: server.pageRange(10, 20),
    personalDataToJson: server.personalDataToJson(personalData),
    personalDataToCsv: server.personalDataToCsv(personalData, csvHeadings, ';'),
    formatString: server.formatString('{n} / {total}', { n: 2, total: 5 }),
    formatPlural: server.formatPlural('fi', 3, { one: '{count} tiedosto', other: '{count} tiedostoa' }),
    messagesFor: server.messagesFor({ fi: { k: 'Lähetä' }, sv: { k: 'Skicka' }, en: { k: 'Send' }, plain: { sv: { k: 'Skicka nu' } } }, 'sv', 'plain'),
    normalizeOneTimeCode: server.normalizeOneTimeCode('123 45-6'),
    validateOneTimeCode: server.validateOneTimeCode('12 34', { locale: 'en', length: 6 }),
    telHref: server.telHref('+358 9 310 12345'),
    expiryMs: server.expiryMs('2026-12-07T10:10:00.000Z'),
    clampWarnBefore: server.clampWarnBefore(60_000),
    spokenTimeLeft: server.spokenTimeLeft(50_000),
  };
}
