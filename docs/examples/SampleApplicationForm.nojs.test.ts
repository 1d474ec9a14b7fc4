// @vitest-environment node
// The sample application form rendered on the server and posted by Chromium with JavaScript turned OFF:
// every field must reach the server with its name and value, as a plain HTML form.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AukioProvider, type FormErrors } from '../../packages/react/src';
import { chromiumLaunchOptions } from '../../scripts/chromium.ts';
import { SampleApplicationForm, sampleTexts, validateApplication, valuesFromFormData, type SampleValues } from './SampleApplicationForm';

let server: Server;
let browser: Browser;
let origin = '';
const posts: { contentType: string; body: Buffer }[] = [];

function page(body: string) {
  return `<!doctype html><html lang="fi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Kurssihaku</title></head><body><main>${body}</main></body></html>`;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

const renderForm = (errors?: FormErrors, values?: SampleValues) =>
  renderToString(createElement(AukioProvider, { locale: 'fi' }, createElement(SampleApplicationForm, { action: '/kurssihaku', errors, values })));

/** Reads a posted multipart (or urlencoded) body as the FormData the browser sent. */
function formDataOf(post: { contentType: string; body: Buffer }) {
  return new Request(`${origin}/kurssihaku`, { method: 'POST', headers: { 'content-type': post.contentType }, body: new Uint8Array(post.body) }).formData();
}

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.method === 'POST' && req.url === '/kurssihaku') {
      void readBody(req).then(async (body) => {
        const post = { contentType: String(req.headers['content-type'] ?? ''), body };
        posts.push(post);
        // The server checks the answers with the same function as the page, and renders them back on failure.
        const data = await formDataOf(post);
        const errors = validateApplication(data, 'fi', sampleTexts.fi);
        if (Object.keys(errors).length) {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(renderForm(errors, valuesFromFormData(data))));
          return;
        }
        res.writeHead(303, { location: '/kiitos' }).end();
      });
      return;
    }
    const html = req.url === '/kiitos' ? page('<h1>Kiitos</h1>') : page(renderForm());
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch(chromiumLaunchOptions());
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

describe('sample application form without JavaScript', () => {
  it('posts every field with its name and value', { timeout: 60_000 }, async () => {
    const context = await browser.newContext({ baseURL: origin, javaScriptEnabled: false });
    try {
      const tab = await context.newPage();
      await tab.goto('/');
      // No script ran: the follow-up questions are all visible, so they can be answered (and are posted).
      await expect(tab.getByRole('textbox', { name: /Sähköpostiosoite/ }).isVisible()).resolves.toBe(true);

      await tab.getByRole('textbox', { name: /Etunimi/ }).fill('Aino');
      await tab.getByRole('textbox', { name: /Sukunimi/ }).fill('Virtanen');
      await tab.getByRole('textbox', { name: 'Päivä' }).fill('27');
      await tab.getByRole('textbox', { name: 'Kuukausi' }).fill('3');
      await tab.getByRole('textbox', { name: 'Vuosi' }).fill('1980');
      await tab.getByRole('combobox', { name: /Kurssi/ }).selectOption('python');
      await tab.getByRole('textbox', { name: /Kuinka monta vuotta/ }).fill('2');
      await tab.getByRole('radio', { name: 'Sähköpostilla' }).check();
      await tab.getByRole('textbox', { name: /Sähköpostiosoite/ }).fill('aino.virtanen@example.fi');
      await tab.getByRole('checkbox', { name: 'Induktiosilmukka' }).check();
      await tab.getByRole('checkbox', { name: 'Jotain muuta' }).check();
      await tab.getByRole('textbox', { name: /Mitä muuta tarvitset/ }).fill('Tuoli, jossa on käsinojat');
      await tab.getByRole('radio', { name: 'Kyllä, haen alennusta' }).check();
      await tab.locator('input[type="file"][name="reductionProof"]').setInputFiles({
        name: 'paatos.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('%PDF-1.4 eläkepäätös'),
      });
      await tab.getByRole('textbox', { name: /Mitä toivot kurssilta/ }).fill('Haluan oppia tekemään pieniä ohjelmia.');
      await tab.getByRole('checkbox', { name: /ilmoittautumisehdot/ }).check();
      await tab.getByRole('button', { name: 'Lähetä hakemus' }).click();
      await tab.waitForURL('**/kiitos');
      await expect(tab.locator('h1').textContent()).resolves.toBe('Kiitos');

      const post = posts.at(-1)!;
      expect(post.contentType).toMatch(/^multipart\/form-data; boundary=/);
      const data = await formDataOf(post);

      const values: Record<string, string[]> = {};
      for (const [name, value] of data.entries()) (values[name] ??= []).push(typeof value === 'string' ? value : `file:${value.name}`);
      expect(values).toEqual({
        firstName: ['Aino'],
        lastName: ['Virtanen'],
        'dob-day': ['27'],
        'dob-month': ['3'],
        'dob-year': ['1980'],
        course: ['python'],
        experience: ['2'],
        contact: ['email'],
        email: ['aino.virtanen@example.fi'],
        // Visible without JavaScript and left empty: posted empty, the server ignores it for contact=email.
        phone: [''],
        needs: ['loop', 'other'],
        needsOther: ['Tuoli, jossa on käsinojat'],
        reduction: ['yes'],
        reductionProof: ['file:paatos.pdf'],
        motivation: ['Haluan oppia tekemään pieniä ohjelmia.'],
        terms: ['yes'],
      });
      const file = data.get('reductionProof') as File;
      expect(file.type).toBe('application/pdf');
      expect(await file.text()).toBe('%PDF-1.4 eläkepäätös');
    } finally {
      await context.close();
    }
  });

  it('shows the errors found by the server in a summary whose links lead to the fields', { timeout: 60_000 }, async () => {
    const context = await browser.newContext({ baseURL: origin, javaScriptEnabled: false });
    try {
      const tab = await context.newPage();
      await tab.goto('/');
      await tab.getByRole('textbox', { name: /Etunimi/ }).fill('Aino');
      await tab.getByRole('checkbox', { name: 'Induktiosilmukka' }).check();
      await tab.getByRole('radio', { name: 'Ei' }).check();
      await tab.getByRole('button', { name: 'Lähetä hakemus' }).click();
      await tab.waitForLoadState();
      const t = sampleTexts.fi;
      const summary = tab.locator('.aukio-error-summary');
      await expect(summary.getByRole('heading').textContent()).resolves.toBe('Tarkista seuraavat kohdat');
      const links = summary.getByRole('link');
      const expected = [t.lastNameMissing, t.dobMissing, t.courseMissing, t.experienceMissing, t.contactMissing, t.termsMissing];
      await expect(links.allTextContents()).resolves.toEqual(expected);
      // Without JavaScript the links are plain fragment links: each must point at an element on the page.
      for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
        await expect(tab.locator(`[id="${href!.slice(1)}"]`).count()).resolves.toBe(1);
      }
      // What was typed stays, and the fields show their messages.
      await expect(tab.getByRole('textbox', { name: /Etunimi/ }).inputValue()).resolves.toBe('Aino');
      await expect(tab.getByRole('checkbox', { name: 'Induktiosilmukka' }).isChecked()).resolves.toBe(true);
      await expect(tab.getByRole('radio', { name: 'Ei' }).isChecked()).resolves.toBe(true);
      await expect(tab.getByRole('textbox', { name: /Sukunimi/ }).getAttribute('aria-invalid')).resolves.toBe('true');
      await expect(tab.locator('#lastName').evaluate((el) => el.getAttribute('aria-describedby'))).resolves.toBeTruthy();
      await links.first().click();
      await expect(tab.evaluate(() => location.hash)).resolves.toBe('#lastName');
    } finally {
      await context.close();
    }
  });
});
