// @vitest-environment node
// End to end in the installed Chromium: the resident parking permit service served by server.mjs.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { expectNoA11yViolations } from '@aukio/a11y/playwright';
import { buildStatement, loadManualFindings, type StatementData } from '@aukio/a11y/statement';
import { chromium, type Browser, type BrowserContext, type FileChooser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../../scripts/chromium.ts';
import { hydrated, tabTo, watchConsole } from '../../../scripts/e2e';

const exampleDir = fileURLToPath(new URL('..', import.meta.url));
let server: Server;
let browser: Browser;
let origin = '';
/** The value of the consent cookie for a decision on analytics (built with the example's own policy version). */
let consentValue: (analytics: boolean) => string;
let routes: { pageIds: string[]; languages: string[]; pagePath: (lang: string, id: string) => string; analyticsViews: string[] };

beforeAll(async () => {
  execFileSync(process.execPath, ['build.mjs'], { cwd: exampleDir, stdio: 'pipe' });
  const mod = (await import('../server.mjs')) as typeof routes & { startServer: (port: number) => Promise<Server> };
  routes = mod;
  // The built module (made just above), by URL: it does not exist on a clean checkout, where tsc -b runs first.
  const { POLICY_VERSION } = (await import(new URL('../dist/app.js', import.meta.url).href)) as { POLICY_VERSION: string };
  consentValue = (analytics) =>
    encodeURIComponent(JSON.stringify({ purposes: { analytics }, policyVersion: POLICY_VERSION, decidedAt: '2026-11-01T08:00:00.000Z', locale: 'fi' }));
  server = await mod.startServer(0);
  origin = `http://localhost:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch(chromiumLaunchOptions());
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

const inDays = (days: number) => {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return { day: String(d.getDate()), month: String(d.getMonth() + 1), year: String(d.getFullYear()) };
};
const startDate = inDays(30);
const pdf = { name: 'rekisteriote.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 example') };

/**
 * A fresh browser context. Tests that are not about consent start with analytics already rejected (the banner
 * is then not shown); `consent: 'none'` starts as a first visit.
 */
async function newPage(
  options: Parameters<Browser['newContext']>[0] = {},
  { consent = 'rejected' }: { consent?: 'rejected' | 'none' } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: origin, ...options });
  context.setDefaultTimeout(45_000);
  if (consent === 'rejected') await context.addCookies([{ name: 'city-consent', value: consentValue(false), url: origin }]);
  const page = await context.newPage();
  return { context, page };
}


const h1 = (page: Page) => page.locator('h1').textContent();
const summary = (page: Page) => page.locator('.aukio-error-summary').textContent();

/** The text of an element's description (aria-describedby), where the field error is read. */
async function description(page: Page, selector: string) {
  const ids = (await page.locator(selector).first().getAttribute('aria-describedby')) ?? '';
  const texts = await Promise.all(ids.split(/\s+/).filter(Boolean).map((id) => page.locator(`[id="${id}"]`).textContent()));
  return texts.join(' ');
}

/** Fills the whole application with Playwright's fill (works with and without JavaScript). */
async function fillApplication(page: Page, lang: string, afterEachPage: (page: Page) => Promise<void> = async () => {}, reg = 'ABC-123') {
  await page.goto(`/${lang}/`);
  await afterEachPage(page);
  await page.locator(`a[href="/${lang}/personal"]`).click();
  await page.waitForURL(`**/${lang}/personal`);
  await afterEachPage(page);
  await page.fill('#givenName', 'Maija');
  await page.fill('#familyName', 'Meikäläinen');
  await page.fill('#email', 'maija@example.fi');
  await page.fill('#phone', '040 123 4567');
  await Promise.all([page.waitForURL(`**/${lang}/address`), page.press('#phone', 'Enter')]);
  await afterEachPage(page);
  await page.fill('#street', 'Esimerkkikatu 1 A 2');
  await page.fill('#postalCode', '00100');
  await page.fill('#city', 'Helsinki');
  await Promise.all([page.waitForURL(`**/${lang}/vehicle`), page.press('#city', 'Enter')]);
  await afterEachPage(page);
  await page.fill('#reg', reg);
  await page.fill('#start-day', startDate.day);
  await page.fill('#start-month', startDate.month);
  await page.fill('#start-year', startDate.year);
  await Promise.all([page.waitForURL(`**/${lang}/document`), page.press('#start-year', 'Enter')]);
  await afterEachPage(page);
  await page.setInputFiles('#document', pdf);
  await Promise.all([page.waitForURL(`**/${lang}/contact`), page.locator('main button[type="submit"]').click()]);
  await afterEachPage(page);
  await page.check('input[name="contact"][value="sms"]');
  await Promise.all([page.waitForURL(`**/${lang}/check`), page.locator('main button[type="submit"]').click()]);
  await afterEachPage(page);
}

describe('resident parking permit', () => {
  it('can be completed with the keyboard only, in Finnish, with zero axe violations and no hydration warnings', async () => {
    const { context, page } = await newPage();
    const problems = watchConsole(page);
    // File chooser interception is switched on from the start: subscribing only when Space is pressed races the
    // key press on a slow machine, and an unintercepted chooser in headless Chromium never reports.
    const choosers: FileChooser[] = [];
    page.on('filechooser', (c) => choosers.push(c));
    await page.goto('about:blank');
    const visit = async (path: string) => {
      await page.waitForURL(`**${path}`);
      await hydrated(page);
      await expectNoA11yViolations(page);
    };
    await page.goto('/fi/');
    await visit('/fi/');
    expect(await h1(page)).toBe('Hae asukaspysäköintitunnusta');

    await tabTo(page, 'a[href="/fi/personal"]');
    await page.keyboard.press('Enter');
    await visit('/fi/personal');
    // A failed submit first: the error summary takes focus and passes axe too.
    await tabTo(page, 'button[type="submit"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.aukio-error-summary');
    await hydrated(page);
    await page.waitForFunction(() => document.activeElement?.closest('.aukio-error-summary') !== null);
    await expectNoA11yViolations(page);
    await tabTo(page, '#givenName');
    await page.keyboard.type('Maija');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Meikäläinen');
    await page.keyboard.press('Tab');
    await page.keyboard.type('maija@example.fi');
    await page.keyboard.press('Tab');
    await page.keyboard.type('040 123 4567');
    // Back with Shift+Tab to check the email field, then forward again.
    await tabTo(page, '#email', { back: true });
    expect(await page.inputValue('#email')).toBe('maija@example.fi');
    await tabTo(page, '#phone');
    await page.keyboard.press('Enter');

    await visit('/fi/address');
    await tabTo(page, '#street');
    await page.keyboard.type('Esimerkkikatu 1 A 2');
    await tabTo(page, '#postalCode');
    await page.keyboard.type('00100');
    await tabTo(page, '#city');
    await page.keyboard.type('Helsinki');
    await page.keyboard.press('Enter');

    await visit('/fi/vehicle');
    await tabTo(page, '#reg');
    await page.keyboard.type('abc-123');
    await tabTo(page, '#start-day');
    await page.keyboard.type(startDate.day);
    await tabTo(page, '#start-month');
    await page.keyboard.type(startDate.month);
    await tabTo(page, '#start-year');
    await page.keyboard.type(startDate.year);
    await page.keyboard.press('Enter');

    await visit('/fi/document');
    await tabTo(page, '#document');
    await page.keyboard.press('Space');
    await expect.poll(() => choosers.length, { message: 'Space on the focused file input opens the file chooser' }).toBe(1);
    await choosers[0]!.setFiles(pdf);
    await tabTo(page, 'button[type="submit"]');
    await page.keyboard.press('Enter');

    await visit('/fi/contact');
    await tabTo(page, 'input[name="contact"]');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('input[name="contact"]:checked').getAttribute('value')).toBe('sms');
    await tabTo(page, 'button[type="submit"]');
    await page.keyboard.press('Enter');

    await visit('/fi/check');
    const answers = await page.locator('.aukio-summary-list').textContent();
    for (const text of ['Maija Meikäläinen', 'maija@example.fi', 'Esimerkkikatu 1 A 2, 00100 Helsinki', 'ABC-123', `${startDate.day}.${startDate.month}.${startDate.year}`, 'rekisteriote.pdf', 'Tekstiviestillä']) {
      expect(answers).toContain(text);
    }
    await tabTo(page, 'button[type="submit"]');
    await page.keyboard.press('Enter');

    await visit('/fi/confirmation');
    expect(await page.locator('#reference').textContent()).toMatch(/^AP-\d{4}-[0-9A-F]{6}$/);

    await page.goto('/fi/accessibility');
    await visit('/fi/accessibility');
    expect(await h1(page)).toContain('Saavutettavuusseloste');
    await page.goto('/fi/preferences');
    await visit('/fi/preferences');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('can be completed with JavaScript disabled', async () => {
    const { context, page } = await newPage({ javaScriptEnabled: false });
    await fillApplication(page, 'fi');
    expect(await page.locator('.aukio-summary-list').textContent()).toContain('Tekstiviestillä');
    await Promise.all([page.waitForURL('**/fi/confirmation'), page.locator('main button[type="submit"]').click()]);
    expect(await page.locator('#reference').textContent()).toMatch(/^AP-\d{4}-[0-9A-F]{6}$/);
    // Without JavaScript the page has no hydration marker: nothing ran.
    expect(await page.locator('html').getAttribute('data-hydrated')).toBeNull();
    await context.close();
  });

  it('has no horizontal scroll at 320 CSS px on any page of the flow', async () => {
    const { context, page } = await newPage({ viewport: { width: 320, height: 640 } });
    const widths: string[] = [];
    const check = async (p: Page) => {
      const [scroll, client] = await p.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      if (scroll > client) widths.push(`${p.url()}: ${scroll} > ${client}`);
    };
    await fillApplication(page, 'fi', check);
    // An error state too (long messages), and the confirmation.
    await page.goto('/fi/vehicle');
    await page.fill('#reg', '');
    await Promise.all([page.waitForLoadState('load'), page.press('#reg', 'Enter')]);
    await page.waitForSelector('.aukio-error-summary');
    await check(page);
    await page.goto('/fi/vehicle');
    await page.fill('#reg', 'ABC-123');
    await Promise.all([page.waitForURL('**/fi/document'), page.press('#reg', 'Enter')]);
    await page.goto('/fi/check');
    await Promise.all([page.waitForURL('**/fi/confirmation'), page.locator('main button[type="submit"]').click()]);
    await check(page);
    await page.goto('/fi/accessibility');
    await check(page);
    expect(widths).toEqual([]);
    await context.close();
  });

  it.each([
    ['sv', 'Ansök om boendeparkeringstillstånd', 'Skriv ditt förnamn', 'Fel: ', ['Kakor och samtycke', 'Godkänn alla', 'Avvisa alla', 'Välj själv']],
    ['en', 'Apply for a resident parking permit', 'Enter your first name', 'Error: ', ['Cookies and consent', 'Accept all', 'Reject all', 'Choose']],
  ])('in %s shows the start page, the consent banner and a validation error translated', async (lang, heading, message, prefix, bannerTexts) => {
    const { context, page } = await newPage({}, { consent: 'none' });
    const problems = watchConsole(page);
    await page.goto(`/${lang}/`);
    await hydrated(page);
    const [title, accept, reject, choose] = bannerTexts;
    const banner = page.getByRole('region', { name: title });
    await banner.waitFor();
    for (const name of [accept, reject, choose]) expect(await banner.getByRole('button', { name, exact: true }).count(), name).toBe(1);
    expect(await page.locator('footer').getByRole('link', { name: lang === 'sv' ? 'Inställningar för kakor' : 'Cookie settings' }).getAttribute('href')).toBe(`/${lang}/cookies`);
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    expect(await h1(page)).toBe(heading);
    expect(await page.locator('[aria-current="true"]').first().textContent()).toContain(lang === 'sv' ? 'Svenska' : 'English');
    await page.goto(`/${lang}/personal`);
    await Promise.all([page.waitForSelector('.aukio-error-summary'), page.locator('main button[type="submit"]').click()]);
    await hydrated(page);
    expect(await summary(page)).toContain(message);
    expect(await description(page, '#givenName')).toContain(message);
    expect(await page.title()).toMatch(new RegExp(`^${prefix}`));
    await expectNoA11yViolations(page);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows every validation message in Finnish and keeps what was typed (without JavaScript: the server checks)', async () => {
    const { context, page } = await newPage({ javaScriptEnabled: false });
    const submit = async () => {
      await Promise.all([page.waitForLoadState('load'), page.locator('main form button[type="submit"]').click()]);
      await page.waitForSelector('.aukio-error-summary');
    };
    const expectError = async (field: string, message: string) => {
      expect(await summary(page)).toContain(message);
      expect(await description(page, field)).toContain(message);
    };

    await page.goto('/fi/personal');
    await submit();
    await expectError('#givenName', 'Kirjoita etunimesi');
    await expectError('#familyName', 'Kirjoita sukunimesi');
    await expectError('#email', 'Kirjoita sähköpostiosoitteesi');
    expect(await page.title()).toMatch(/^Virhe: Henkilötiedot/);
    await page.fill('#givenName', 'Maija');
    await page.fill('#email', 'maija(at)example');
    await page.fill('#phone', 'soita minulle');
    await submit();
    await expectError('#email', 'Kirjoita sähköpostiosoite muodossa nimi@esimerkki.fi');
    await expectError('#phone', 'Kirjoita puhelinnumero vain numeroin');
    expect(await page.inputValue('#givenName')).toBe('Maija');
    expect(await page.inputValue('#email')).toBe('maija(at)example');
    expect(await page.inputValue('#phone')).toBe('soita minulle');
    expect(await page.locator('#givenName').getAttribute('aria-invalid')).not.toBe('true');
    expect(await page.locator('#email').getAttribute('aria-invalid')).toBe('true');

    await page.goto('/fi/address');
    await page.fill('#postalCode', '123');
    await submit();
    await expectError('#street', 'Kirjoita katuosoitteesi');
    await expectError('#postalCode', 'Postinumerossa on viisi numeroa');
    await expectError('#city', 'Kirjoita postitoimipaikka');
    expect(await page.inputValue('#postalCode')).toBe('123');
    await page.fill('#postalCode', '');
    await submit();
    await expectError('#postalCode', 'Kirjoita postinumero');

    await page.goto('/fi/vehicle');
    await submit();
    await expectError('#reg', 'Kirjoita ajoneuvon rekisterinumero');
    expect(await summary(page)).toContain('Kirjoita tunnuksen alkamispäivä');
    await page.fill('#reg', 'ei numeroa');
    await page.fill('#start-day', '31');
    await page.fill('#start-month', '2');
    await page.fill('#start-year', '2030');
    await submit();
    await expectError('#reg', 'Kirjoita rekisterinumero muodossa ABC-123');
    expect(await summary(page)).toContain('Alkamispäivän on oltava oikea päivämäärä');
    expect(await page.inputValue('#reg')).toBe('ei numeroa');
    expect(await page.inputValue('#start-day')).toBe('31');
    expect(await page.inputValue('#start-month')).toBe('2');
    expect(await page.inputValue('#start-year')).toBe('2030');
    await page.fill('#start-day', '1');
    await page.fill('#start-month', '1');
    await page.fill('#start-year', '2020');
    await submit();
    expect(await summary(page)).toContain('Alkamispäivän on oltava tänään tai myöhemmin');
    expect(await page.inputValue('#start-year')).toBe('2020');

    await page.goto('/fi/document');
    await submit();
    await expectError('#document', 'Lisää ajoneuvon rekisteriote');
    await page.setInputFiles('#document', { name: 'kuva.gif', mimeType: 'image/gif', buffer: Buffer.from('GIF89a') });
    await submit();
    await expectError('#document', 'Rekisteriotteen on oltava PDF-, JPG- tai PNG-tiedosto');
    await page.setInputFiles('#document', { name: 'iso.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(5 * 1024 * 1024 + 10) });
    await submit();
    await expectError('#document', 'Rekisteriote saa olla enintään 5 Mt');

    await page.goto('/fi/contact');
    await submit();
    expect(await summary(page)).toContain('Valitse, miten otamme sinuun yhteyttä');
    expect(await page.locator('fieldset#contact').textContent()).toContain('Valitse, miten otamme sinuun yhteyttä');
    await context.close();
  });

  it('shows a translated message on a server error (ERR-500) and loses nothing typed', async () => {
    const { context, page } = await newPage();
    const problems = watchConsole(page);
    await fillApplication(page, 'en', async () => {}, 'ERR-500');
    const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.locator('main form button[type="submit"]').click()]);
    expect(response.status()).toBe(500);
    await page.waitForSelector('.aukio-notification');
    await hydrated(page);
    expect(await page.locator('.aukio-notification').textContent()).toContain('The application could not be sent');
    expect(await page.title()).toMatch(/^Error: /);
    const answers = await page.locator('.aukio-summary-list').textContent();
    for (const text of ['Maija Meikäläinen', 'maija@example.fi', '00100 Helsinki', 'ERR-500', 'rekisteriote.pdf', 'By text message']) {
      expect(answers).toContain(text);
    }
    await expectNoA11yViolations(page);
    // "My data" lists what the session holds.
    await page.goto('/en/mydata');
    await hydrated(page);
    const myData = await page.locator('main').textContent();
    for (const text of ['ERR-500', 'maija@example.fi', 'rekisteriote.pdf']) expect(myData).toContain(text);
    await expectNoA11yViolations(page);
    await page.goto('/en/check');
    // The change link goes back to the question with the answer still in it; fixing it sends the application.
    await Promise.all([page.waitForURL('**/en/vehicle?return=check#reg'), page.locator('a[href="/en/vehicle?return=check#reg"]').click()]);
    expect(await page.inputValue('#reg')).toBe('ERR-500');
    await page.fill('#reg', 'XYZ-9');
    await Promise.all([page.waitForURL('**/en/check'), page.press('#reg', 'Enter')]);
    await Promise.all([page.waitForURL('**/en/confirmation'), page.locator('main form button[type="submit"]').click()]);
    expect(await page.locator('#reference').textContent()).toMatch(/^AP-/);
    // The 500 response is logged by the browser as a failed resource; anything else is a problem.
    expect(problems.filter((p) => !p.includes('500'))).toEqual([]);
    await context.close();
  });

  it('applies reading preferences chosen with the keyboard, from the server, and still fits 320 px at 200 % text', async () => {
    const { context, page } = await newPage({ viewport: { width: 320, height: 640 } });
    const problems = watchConsole(page);
    await page.goto('/en/preferences');
    await hydrated(page);
    await tabTo(page, 'main input[type="radio"][value="100"]');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    expect(await page.locator('main input[type="radio"][value="200"]').isChecked()).toBe(true);
    expect(await page.locator('html').getAttribute('data-aukio-text-size')).toBe('200');
    for (const path of ['/en/', '/en/personal', '/en/check']) {
      const response = await page.goto(path);
      // Rendered by the server into <html>, so the choice applies before the first paint and without JavaScript.
      expect(await response?.text()).toContain('data-aukio-text-size="200"');
      const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      expect(scroll, path).toBeLessThanOrEqual(client!);
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it('sends a strict Content Security Policy on every response', async () => {
    for (const path of ['/fi/', '/fi/personal', '/assets/client.js', '/assets/aukio.css', '/nowhere']) {
      const response = await fetch(origin + path);
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'; style-src 'self'; script-src 'self'");
    }
  });
});

describe('consent', () => {
  /** Requests for the statistics script, which may load only after consent. */
  function watchAnalytics(page: Page) {
    const loads: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname === '/assets/analytics.js') loads.push(page.url());
    });
    return loads;
  }
  const consentCookie = async (context: BrowserContext) =>
    (await context.cookies()).find((c) => c.name === 'city-consent')?.value ?? null;
  const decided = (value: string | null) => (value ? (JSON.parse(decodeURIComponent(value)) as { purposes: Record<string, boolean> }).purposes : null);

  it('shows the banner on a first visit without trapping focus; Reject and Accept are equally reachable by keyboard; rejecting keeps analytics unloaded', async () => {
    const { context, page } = await newPage({}, { consent: 'none' });
    const problems = watchConsole(page);
    const loads = watchAnalytics(page);
    await page.goto('/fi/');
    await hydrated(page);
    const banner = page.getByRole('region', { name: 'Evästeet ja suostumukset' });
    await banner.waitFor();
    await expectNoA11yViolations(page);
    const accept = banner.getByRole('button', { name: 'Hyväksy kaikki' });
    const reject = banner.getByRole('button', { name: 'Hylkää kaikki' });
    // The same look and size: saying no is as easy as saying yes.
    expect(await accept.getAttribute('data-variant')).toBe(await reject.getAttribute('data-variant'));
    const [a, r] = [await accept.boundingBox(), await reject.boundingBox()];
    expect(Math.abs(a!.height - r!.height)).toBeLessThan(1);
    // The banner comes right after the header (the skip link stays first): Accept and Reject are the next two
    // Tab stops, one after the other.
    const stops: string[] = [];
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      stops.push(await page.evaluate(() => document.activeElement?.textContent ?? ''));
    }
    expect(stops[0]).toBe('Siirry pääsisältöön');
    const first = stops.indexOf('Hyväksy kaikki');
    expect(first).toBeGreaterThan(0);
    expect(stops[first + 1]).toBe('Hylkää kaikki');
    // Not a trap: Tab goes on to the page, Shift+Tab comes back to Reject.
    await tabTo(page, 'a[href="/fi/personal"]');
    await reject.evaluate((el) => el.setAttribute('data-test', 'reject'));
    await tabTo(page, '[data-test="reject"]', { back: true });
    await page.keyboard.press('Enter');
    await banner.waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.activeElement?.id === 'main');
    expect(decided(await consentCookie(context))).toEqual({ analytics: false });
    await page.reload();
    await hydrated(page);
    expect(await page.locator('.aukio-consent-banner').count()).toBe(0);
    expect(loads).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('with JavaScript disabled, the banner and the settings page are forms that post, and the choice sticks', async () => {
    const { context, page } = await newPage({ javaScriptEnabled: false }, { consent: 'none' });
    await page.goto('/fi/personal');
    const banner = page.getByRole('region', { name: 'Evästeet ja suostumukset' });
    await Promise.all([page.waitForURL('**/fi/personal'), page.waitForLoadState('load'), banner.getByRole('button', { name: 'Hylkää kaikki' }).click()]);
    expect(decided(await consentCookie(context))).toEqual({ analytics: false });
    expect(await banner.count()).toBe(0);
    await page.goto('/fi/address');
    expect(await page.locator('.aukio-consent-banner').count()).toBe(0);
    // The footer link opens the settings; saving with the box ticked gives consent, unticking withdraws it.
    await Promise.all([page.waitForURL('**/fi/cookies'), page.locator('footer').getByRole('link', { name: 'Evästeasetukset' }).click()]);
    const box = page.getByRole('checkbox', { name: /Kävijätilastot/ });
    expect(await box.isChecked()).toBe(false);
    await box.check();
    const [saved] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/fi/cookies?saved=1')), page.getByRole('button', { name: 'Tallenna valinnat' }).click()]);
    expect(await saved.text()).toContain('<script src="/assets/analytics.js" defer></script>');
    expect(await page.locator('.aukio-notification').textContent()).toContain('Valintasi on tallennettu');
    expect(await box.isChecked()).toBe(true);
    expect(decided(await consentCookie(context))).toEqual({ analytics: true });
    await box.uncheck();
    const [withdrawn] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/fi/cookies?saved=1')), page.getByRole('button', { name: 'Tallenna valinnat' }).click()]);
    expect(await withdrawn.text()).not.toContain('analytics.js');
    expect(decided(await consentCookie(context))).toEqual({ analytics: false });
    await context.close();
  });

  it('renders the server banner as the page is before its script runs, and it passes axe', async () => {
    // The client bundle is held back, so the server's form stays (axe needs script in the page, so not JS off).
    const { context, page } = await newPage({}, { consent: 'none' });
    await page.route('**/assets/client.js', (route) => route.abort());
    await page.goto('/sv/vehicle');
    const banner = page.getByRole('region', { name: 'Kakor och samtycke' });
    expect(await banner.locator('form[method="post"][action="/sv/cookies"] button[type="submit"]').allTextContents()).toEqual(['Godkänn alla', 'Avvisa alla']);
    expect(await banner.locator('input[name="return"]').inputValue()).toBe('/sv/vehicle');
    await expectNoA11yViolations(page);
    await context.close();
  });

  it('with JavaScript, accepting loads analytics.js; withdrawing in the settings keeps it unloaded after reload', async () => {
    const { context, page } = await newPage({}, { consent: 'none' });
    const problems = watchConsole(page);
    const loads = watchAnalytics(page);
    await page.goto('/en/check');
    await hydrated(page);
    const banner = page.getByRole('region', { name: 'Cookies and consent' });
    expect(loads).toEqual([]);
    const views = routes.analyticsViews.length;
    await banner.getByRole('button', { name: 'Accept all' }).click();
    await banner.waitFor({ state: 'detached' });
    await expect.poll(() => loads.length, { message: 'analytics.js loads after consent' }).toBe(1);
    await expect.poll(() => routes.analyticsViews.slice(views)).toContain('/en/check');
    expect(decided(await consentCookie(context))).toEqual({ analytics: true });
    // Rendered by the server in <head> from now on.
    await page.reload();
    await hydrated(page);
    expect(loads.length).toBe(2);
    expect(await page.locator('script[src="/assets/analytics.js"]').count()).toBe(1);

    await Promise.all([page.waitForURL('**/en/cookies'), page.locator('footer').getByRole('link', { name: 'Cookie settings' }).click()]);
    await hydrated(page);
    expect(await h1(page)).toBe('Cookie settings');
    const box = page.getByRole('checkbox', { name: /Visitor statistics/ });
    await expect.poll(() => box.isChecked()).toBe(true);
    await expectNoA11yViolations(page);
    await box.uncheck();
    await page.getByRole('button', { name: 'Save choices' }).click();
    await expect.poll(async () => decided(await consentCookie(context))).toEqual({ analytics: false });
    // This page's script heard the withdrawal and stopped.
    expect(await page.evaluate(() => (window as unknown as { cityAnalytics: { allowed: boolean } }).cityAnalytics.allowed)).toBe(false);
    const before = loads.length;
    await page.reload();
    await hydrated(page);
    await page.goto('/en/');
    await hydrated(page);
    expect(loads.length).toBe(before);
    expect(await page.locator('.aukio-consent-banner').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('time limit (WCAG 2.2.1, G105)', () => {
  const MINUTE = 60_000;
  /** The server's clock, moved by the tests; the browser's own clock is real unless a test installs page.clock. */
  let serverNow = Date.now();
  let timed: Server;
  let timedOrigin = '';
  beforeAll(async () => {
    const { startServer } = (await import('../server.mjs')) as {
      startServer: (port: number, options: { now: () => number; sessionMinutes: number }) => Promise<Server>;
    };
    timed = await startServer(0, { now: () => serverNow, sessionMinutes: 20 });
    timedOrigin = `http://localhost:${(timed.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => timed?.close(resolve));
  });

  const value = (page: Page, selector: string) => page.locator(selector).inputValue();
  const heading = (page: Page, text: string) => page.locator('h1', { hasText: text }).waitFor();

  async function fillFirstTwoSteps(page: Page) {
    await page.goto('/fi/personal');
    await page.fill('#givenName', 'Maija');
    await page.fill('#familyName', 'Meikäläinen');
    await page.fill('#email', 'maija@example.fi');
    await Promise.all([page.waitForURL('**/fi/address'), page.press('#email', 'Enter')]);
    await page.fill('#street', 'Esimerkkikatu 1 A 2');
    await page.fill('#postalCode', '00100');
    await page.fill('#city', 'Helsinki');
  }

  async function expectEarlierAnswers(page: Page) {
    await page.goto('/fi/personal');
    expect([await value(page, '#givenName'), await value(page, '#familyName'), await value(page, '#email')]).toEqual(['Maija', 'Meikäläinen', 'maija@example.fi']);
  }

  it('with JavaScript: typing keeps the limit alive; after it, the signed-out page says what was kept and signing in again returns to the same step with every answer', async () => {
    serverNow = Date.now();
    const { context, page } = await newPage({ baseURL: timedOrigin });
    const problems = watchConsole(page);
    await page.clock.install();
    await page.goto('/fi/');
    expect(await page.locator('main').textContent()).toContain('Jos et tee mitään 20 minuuttiin, kirjaamme sinut ulos');
    await fillFirstTwoSteps(page);
    await Promise.all([page.waitForURL('**/fi/vehicle'), page.press('#city', 'Enter')]);
    await hydrated(page);
    // Fifteen minutes later (and a minute in the page, the warning's shortest gap between two activity calls),
    // typing asks the server for more time: the limit is again 20 minutes from now.
    serverNow += 15 * MINUTE;
    await page.clock.fastForward('01:05');
    const more = page.waitForResponse((r) => r.url() === `${timedOrigin}/fi/time` && r.request().method() === 'POST');
    await page.locator('#reg').pressSequentially('ABC-123');
    const response = await more;
    expect(response.status()).toBe(200);
    expect(((await response.json()) as { expiresAt: number }).expiresAt).toBe(serverNow + 20 * MINUTE);
    await page.fill('#start-day', startDate.day);
    await page.fill('#start-month', startDate.month);
    await page.fill('#start-year', startDate.year);
    // The resident leaves the page for 21 minutes, then sends it: the server has signed them out.
    serverNow += 21 * MINUTE;
    await page.press('#start-year', 'Enter');
    await heading(page, 'Sinut kirjattiin ulos');
    const text = await page.locator('main').textContent();
    expect(text).toContain('Et tehnyt mitään 20 minuuttiin');
    expect(text).toContain('Vastauksesi ovat tallessa 24 tuntia');
    await hydrated(page);
    await expectNoA11yViolations(page);
    await Promise.all([page.waitForURL('**/fi/vehicle'), page.getByRole('button', { name: 'Kirjaudu uudelleen' }).click()]);
    await heading(page, 'Ajoneuvo ja voimassaolo');
    // What was typed on this step after the limit is kept too: nothing is typed again.
    expect([await value(page, '#reg'), await value(page, '#start-day'), await value(page, '#start-year')]).toEqual(['ABC-123', startDate.day, startDate.year]);
    await expectEarlierAnswers(page);
    await page.goto('/fi/address');
    expect([await value(page, '#street'), await value(page, '#postalCode'), await value(page, '#city')]).toEqual(['Esimerkkikatu 1 A 2', '00100', 'Helsinki']);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('without JavaScript: a form post gives more time, and after the limit signing in again returns to the same step with every answer', async () => {
    serverNow = Date.now();
    const { context, page } = await newPage({ baseURL: timedOrigin, javaScriptEnabled: false });
    await fillFirstTwoSteps(page);
    // The warning's form (intent=extend) as the server receives it before any script: 15 + 15 minutes is past
    // the first limit, but the extension in between keeps the resident signed in.
    serverNow += 15 * MINUTE;
    // (Not following the redirect: loading the page would count as activity by itself.)
    const extended = await context.request.post('/fi/time', { form: { intent: 'extend', return: 'address' }, maxRedirects: 0 });
    expect([extended.status(), extended.headers().location]).toEqual([303, '/fi/address']);
    serverNow += 15 * MINUTE;
    await Promise.all([page.waitForURL('**/fi/vehicle'), page.press('#city', 'Enter')]);
    await heading(page, 'Ajoneuvo ja voimassaolo');
    await page.fill('#reg', 'ABC-123');
    serverNow += 21 * MINUTE;
    await page.press('#reg', 'Enter');
    await heading(page, 'Sinut kirjattiin ulos');
    await Promise.all([page.waitForURL('**/fi/vehicle'), page.getByRole('button', { name: 'Kirjaudu uudelleen' }).click()]);
    await heading(page, 'Ajoneuvo ja voimassaolo');
    expect(await value(page, '#reg')).toBe('ABC-123');
    await expectEarlierAnswers(page);
    await page.goto('/fi/address');
    expect(await value(page, '#postalCode')).toBe('00100');
    expect(await page.locator('html').getAttribute('data-hydrated')).toBeNull();
    await context.close();
  });

  it('the start page offers a longer limit before starting (G133), without JavaScript', async () => {
    serverNow = Date.now();
    const { context, page } = await newPage({ baseURL: timedOrigin, javaScriptEnabled: false });
    await page.goto('/fi/');
    const longer = page.getByRole('button', { name: 'Tarvitsen enemmän aikaa: 60 minuuttia' });
    await longer.click();
    await page.locator('main', { hasText: 'Jos et tee mitään 60 minuuttiin' }).waitFor();
    expect(await longer.count()).toBe(0);
    serverNow += 45 * MINUTE;
    await page.goto('/fi/personal');
    await heading(page, 'Henkilötiedot');
    serverNow += 61 * MINUTE;
    await page.goto('/fi/personal');
    await heading(page, 'Sinut kirjattiin ulos');
    expect(await page.locator('main').textContent()).toContain('Et tehnyt mitään 60 minuuttiin');
    await context.close();
  });

  it('with a controlled clock, the warning opens 5 minutes before the limit and Escape gives 20 more minutes', async () => {
    serverNow = Date.now();
    const { context, page } = await newPage({ baseURL: timedOrigin });
    await page.clock.install();
    await page.goto('/fi/personal');
    await hydrated(page);
    const open = page.locator('dialog[open]');
    await page.clock.fastForward('14:00');
    expect(await open.count()).toBe(0);
    await page.clock.fastForward('01:30');
    await open.waitFor();
    expect(await open.textContent()).toContain('Haluatko jatkaa?');
    expect(await open.textContent()).toContain('Vastauksesi ovat tallessa 24 tuntia');
    serverNow += 15.5 * MINUTE;
    const more = page.waitForResponse((r) => r.url() === `${timedOrigin}/fi/time` && r.request().method() === 'POST');
    await page.keyboard.press('Escape');
    expect(((await (await more).json()) as { expiresAt: number }).expiresAt).toBe(serverNow + 20 * MINUTE);
    await open.waitFor({ state: 'detached' });
    await page.clock.fastForward('10:00');
    expect(await open.count()).toBe(0);
    await context.close();
  });

  /** The limit the page was rendered with (the warning's data-expires-at), in epoch milliseconds. */
  const renderedLimit = async (page: Page) => Date.parse((await page.locator('dialog[data-expires-at]').getAttribute('data-expires-at')) ?? '');
  /** Waits for a condition in the page, checked every 50 ms (Playwright's own timers, not page.clock's). */
  const until = (page: Page, fn: (arg: string | null) => boolean, arg: string | null) => page.waitForFunction(fn, arg, { polling: 50 });

  it('with a controlled clock, ten extensions in a row work, by Escape and Continue in turn: each gets a later limit from the server, closes the warning, and it opens again 5 minutes before the new limit', async () => {
    serverNow = Date.now();
    const { context, page } = await newPage({ baseURL: timedOrigin });
    const problems = watchConsole(page);
    await page.clock.install({ time: serverNow });
    await page.goto('/fi/personal');
    await hydrated(page);
    const open = page.locator('dialog[open]');
    let limit = serverNow + 20 * MINUTE;
    expect(await renderedLimit(page)).toBe(limit);
    const extensions: number[] = [];
    for (let round = 1; round <= 11; round++) {
      // The browser's clock stops 10 s before the warning is due: it is closed; 10 s later it is open.
      await page.clock.pauseAt(limit - 5 * MINUTE - 10_000);
      await until(page, () => document.querySelector('.aukio-time-limit__counter') === null, null);
      expect(await open.count()).toBe(0);
      await page.clock.runFor(10_000);
      await open.waitFor();
      expect(await open.textContent()).toContain('Haluatko jatkaa?');
      expect(await open.textContent()).toContain('Sinut kirjataan ulos 5 minuutin kuluttua');
      if (round === 11) break;
      // The server's clock is the browser's: the new limit is 20 minutes from the moment of the answer.
      serverNow = await page.evaluate(() => Date.now());
      const more = page.waitForResponse((r) => r.url() === `${timedOrigin}/fi/time` && r.request().method() === 'POST');
      if (round % 2 === 1) await page.keyboard.press('Escape');
      else await open.getByRole('button', { name: 'Jatka', exact: true }).click();
      const answer = (await (await more).json()) as { expiresAt: number };
      expect(answer.expiresAt).toBe(serverNow + 20 * MINUTE);
      expect(answer.expiresAt).toBeGreaterThan(limit);
      await open.waitFor({ state: 'detached' });
      await until(page, (next) => document.querySelector('dialog[data-expires-at]')?.getAttribute('data-expires-at') === next, new Date(answer.expiresAt).toISOString());
      limit = answer.expiresAt;
      extensions.push(limit);
    }
    expect(extensions).toHaveLength(10);
    // Still signed in after all of them: the page the warning stood on is there, not the signed-out page.
    expect(await h1(page)).toBe('Henkilötiedot');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('with a controlled clock, over the last 5 minutes the screen reader is given a new text at most once every 15 seconds, while the visible counter changes every second', async () => {
    serverNow = Date.now();
    const { context, page } = await newPage({ baseURL: timedOrigin });
    await page.clock.install({ time: serverNow });
    await page.goto('/fi/personal');
    await hydrated(page);
    const limit = serverNow + 20 * MINUTE;
    expect(await renderedLimit(page)).toBe(limit);
    await page.clock.pauseAt(limit - 5 * MINUTE - 10_000);
    // Every text given to a live region (the announcer's, in the page and in the dialog) and every text of the
    // visible counter, stamped with the page's clock (page.clock's).
    await page.evaluate(() => {
      const spoken: { t: number; text: string }[] = [];
      const counter: { t: number; text: string }[] = [];
      Object.assign(window, { heard: { spoken, counter } });
      const live = () => document.querySelectorAll('[aria-live], [role="status"], [role="alert"], [role="log"]');
      const last = new Map<Element, string>(Array.from(live(), (el) => [el, el.textContent ?? '']));
      let lastCounter = '';
      new MutationObserver(() => {
        for (const el of Array.from(live())) {
          const text = el.textContent ?? '';
          if (text === (last.get(el) ?? '')) continue;
          last.set(el, text);
          if (text.trim()) spoken.push({ t: Date.now(), text });
        }
        const shown = document.querySelector('.aukio-time-limit__counter')?.textContent ?? '';
        if (shown !== lastCounter) {
          lastCounter = shown;
          if (shown) counter.push({ t: Date.now(), text: shown });
        }
      }).observe(document.documentElement, { subtree: true, childList: true, characterData: true });
    });
    await page.clock.runFor(10_000);
    await page.locator('dialog[open]').waitFor();
    const counterText = () => page.evaluate(() => document.querySelector('.aukio-time-limit__counter')?.textContent ?? null);
    // One second at a time until the time has run out, each step waiting for the counter to show it.
    let shown = await counterText();
    let steps = 0;
    while (shown !== null) {
      await page.clock.runFor(1000);
      await until(page, (before) => (document.querySelector('.aukio-time-limit__counter')?.textContent ?? null) !== before, shown);
      shown = await counterText();
      steps++;
      expect(steps).toBeLessThan(5 * 60 + 10);
    }
    await page.locator('dialog[open]', { hasText: 'Aika loppui' }).waitFor();
    // Half a minute more after the end: nothing more is said.
    await page.clock.runFor(30_000);
    const { spoken, counter } = await page.evaluate(() => (window as unknown as { heard: Record<'spoken' | 'counter', { t: number; text: string }[]> }).heard);
    expect(spoken.map((s) => s.text)).toEqual([
      'Sinut kirjataan ulos 4 minuutin kuluttua, jos et jatka.',
      'Sinut kirjataan ulos 3 minuutin kuluttua, jos et jatka.',
      'Sinut kirjataan ulos 2 minuutin kuluttua, jos et jatka.',
      'Sinut kirjataan ulos 1 minuutin kuluttua, jos et jatka.',
      'Sinut kirjataan ulos 45 sekunnin kuluttua, jos et jatka.',
      'Sinut kirjataan ulos 30 sekunnin kuluttua, jos et jatka.',
      'Sinut kirjataan ulos 15 sekunnin kuluttua, jos et jatka.',
      'Aika loppui, joten sinut kirjattiin ulos.',
    ]);
    /** The times between one text and the next, in ms. */
    const gapsOf = (list: { t: number }[]) => list.slice(1).map((item, i) => item.t - list[i]!.t);
    const gaps = gapsOf(spoken);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(15_000);
    // The counter showed a new time every second of the five minutes: 5:00 down to 0:01.
    expect(counter).toHaveLength(300);
    expect(counter[0]?.text).toBe('Aikaa jäljellä 5 min 0 s');
    expect(counter.at(-1)?.text).toBe('Aikaa jäljellä 0 min 1 s');
    expect(Math.max(...gapsOf(counter))).toBe(1000);
    await context.close();
  });
});

describe('accessibility statement', () => {
  const statementFile = fileURLToPath(new URL('../a11y/statement.json', import.meta.url));
  const manualFile = fileURLToPath(new URL('../a11y/manual-findings.json', import.meta.url));
  type AuditReport = Parameters<typeof buildStatement>[0];
  const committed = () => JSON.parse(readFileSync(statementFile, 'utf8')) as { statements: Record<'fi' | 'sv' | 'en', StatementData>; audit: NonNullable<AuditReport> };

  it('is up to date: the audit covered every route in fi, sv and en, and the statement follows from it and the manual findings', () => {
    const { statements, audit } = committed();
    const expected = routes.languages.flatMap((lang) => routes.pageIds.map((id) => routes.pagePath(lang, id)));
    // A new page, or a removed one, means: run `npm run statement -w @aukio/example-city-service` and commit.
    expect(audit.pages.map((p) => p.page).sort()).toEqual([...expected].sort());
    expect(audit.pages.filter((p) => p.status !== 'ok')).toEqual([]);
    const manual = loadManualFindings(manualFile);
    for (const lang of ['fi', 'sv', 'en'] as const) {
      expect(buildStatement(audit, manual, lang, { today: statements[lang].prepared }), lang).toEqual(statements[lang]);
    }
  });

  it('renders the committed statement in fi, sv and en', async () => {
    const { statements } = committed();
    const { context, page } = await newPage();
    const problems = watchConsole(page);
    for (const lang of ['fi', 'sv', 'en'] as const) {
      const data = statements[lang];
      await page.goto(`/${lang}/accessibility`);
      await hydrated(page);
      const main = (await page.locator('main').textContent()) ?? '';
      expect(await h1(page)).toContain(data.serviceName);
      expect(main).toContain(data.organisation);
      for (const item of data.nonAccessible ?? []) expect(main).toContain(item.description);
      for (const tool of data.assessment.tools ?? []) expect(main).toContain(tool);
      expect(main).toContain(data.feedback.email!);
      if (lang === 'fi') await expectNoA11yViolations(page);
    }
    expect(problems).toEqual([]);
    await context.close();
  });
});
