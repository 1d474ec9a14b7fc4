import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { axe } from '../../test/axe';
import { AukioProvider, catalogues, type AukioLocale } from '../i18n';
import { sampleCategories } from './fixtures';
import { PersonalDataOverview, type PersonalDataRequest } from './PersonalDataOverview';
import { personalDataToCsv, personalDataToJson } from './personalDataExport';

function renderOverview(onRequest?: (r: PersonalDataRequest) => Promise<void>, locale: AukioLocale = 'en') {
  return render(
    <AukioProvider locale={locale}>
      <PersonalDataOverview categories={sampleCategories} onRequest={onRequest} />
    </AukioProvider>,
  );
}

describe('personalDataToCsv', () => {
  it('starts with a UTF-8 BOM, ends lines with CRLF and quotes what needs quoting', () => {
    const csv = personalDataToCsv(
      [
        {
          id: 'x',
          title: 'Notes, "misc"',
          items: [
            { label: 'Line', value: 'one\ntwo' },
            { label: 'Formula', value: '=HYPERLINK("x")' },
          ],
          sources: ['A', 'B'],
          purposes: ['P'],
          legalBasis: 'Consent',
          recipients: [],
          retention: ' 1 year',
        },
      ],
      catalogues.en,
    );
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('Category,Data,Value,Sources,Purposes of use,Legal basis,Recipients,Retention');
    expect(csv).toContain('"Notes, ""misc"""');
    expect(csv).toContain('"one\ntwo"');
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).toContain('" 1 year"');
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('uses a semicolon separator when asked', () => {
    const csv = personalDataToCsv(sampleCategories, catalogues.fi, ';');
    expect(csv.split('\r\n')[0]).toBe('\uFEFFTietoryhmä;Tieto;Arvo;Lähteet;Käyttötarkoitukset;Käsittelyperuste;Vastaanottajat;Säilytysaika');
    expect(csv).toContain('Väestötietojärjestelmä; Itse antamasi tiedot');
  });

  it('JSON holds every category', () => {
    expect(JSON.parse(personalDataToJson(sampleCategories))).toEqual({ categories: sampleCategories });
  });
});

describe('PersonalDataOverview', { timeout: 20_000 }, () => {
  const created: string[] = [];
  beforeEach(() => {
    let n = 0;
    URL.createObjectURL = vi.fn(() => {
      const url = `blob:test/${++n}`;
      created.push(url);
      return url;
    });
    URL.revokeObjectURL = vi.fn();
  });
  afterEach(() => {
    created.length = 0;
  });

  it('shows categories as expandable sections with items, sources, purposes, legal basis, recipients and retention', async () => {
    const user = userEvent.setup();
    const { container } = renderOverview(() => Promise.resolve());
    const trigger = screen.getByRole('button', { name: 'Pysäköintitunnukset' });
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
    expect(await axe(container)).toHaveNoViolations();
    trigger.focus();
    await user.keyboard('{Enter}');
    expect(trigger).toHaveAttribute('aria-expanded', 'true');
    const panel = screen.getByRole('region', { name: 'Pysäköintitunnukset' });
    expect(within(panel).getByText('ABC-123')).toBeVisible();
    expect(within(panel).getByText('Legal basis')).toBeVisible();
    expect(within(panel).getByText('Pysäköinninvalvonta', { selector: 'li' })).toBeVisible();
    expect(within(panel).getByText('5 vuotta tunnuksen päättymisestä')).toBeVisible();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('offers the shown data as JSON and CSV downloads on real links', () => {
    renderOverview();
    const json = screen.getByRole('link', { name: 'Download as a JSON file' });
    const csv = screen.getByRole('link', { name: 'Download as a CSV file (spreadsheet)' });
    expect(json).toHaveAttribute('download', 'personal-data.json');
    expect(csv).toHaveAttribute('download', 'personal-data.csv');
    expect(json.getAttribute('href')).toMatch(/^blob:test\//);
    expect(URL.createObjectURL).toHaveBeenCalledWith(expect.any(Blob));
  });

  it.each([
    ['fi', ';'],
    ['sv', ';'],
    ['en', ','],
  ] as const)('in %s the CSV download separates fields with "%s", as that language\'s Excel expects', async (locale, separator) => {
    renderOverview(undefined, locale);
    const blob = vi.mocked(URL.createObjectURL).mock.calls.map(([b]) => b as Blob).find((b) => b.type.startsWith('text/csv'));
    const header = (await blob?.text())?.split('\r\n')[0] ?? '';
    expect(header.split(separator)).toHaveLength(8);
  });

  it('keyboard only: sends a typed request and announces success', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const onRequest = vi.fn((_: PersonalDataRequest) => Promise.resolve());
    renderOverview(onRequest);
    screen.getByRole('radio', { name: 'A copy of my data' }).focus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: 'Correction of wrong data' })).toBeChecked();
    await user.tab();
    await user.keyboard(' ');
    await user.tab();
    await user.tab();
    expect(screen.getByRole('textbox', { name: /Details/ })).toHaveFocus();
    await user.keyboard('Address is old');
    await user.tab();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(onRequest).toHaveBeenCalledWith({ type: 'correction', categories: ['contact'], details: 'Address is old' }));
    await act(() => vi.advanceTimersByTimeAsync(200));
    expect(screen.getByRole('status')).toHaveTextContent('Your request has been sent. We will reply within a month.');
    vi.useRealTimers();
  });

  it('asks for a request type before sending', async () => {
    const user = userEvent.setup();
    const onRequest = vi.fn(() => Promise.resolve());
    const { container } = renderOverview(onRequest, 'fi');
    screen.getByRole('button', { name: 'Lähetä pyyntö' }).focus();
    await user.keyboard('{Enter}');
    expect(onRequest).not.toHaveBeenCalled();
    expect(screen.getByRole('link', { name: 'Valitse, mitä pyydät' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: /Mitä pyydät/ })).toHaveAccessibleDescription(/Valitse, mitä pyydät/);
    expect(await axe(container)).toHaveNoViolations();
  });

  it('on failure shows a translated error and keeps what was typed', async () => {
    const user = userEvent.setup();
    const { container } = renderOverview(() => Promise.reject(new Error('503')), 'sv');
    screen.getByRole('radio', { name: 'Radering av mina uppgifter' }).focus();
    await user.keyboard(' ');
    const details = screen.getByRole('textbox', { name: /Närmare uppgifter/ });
    details.focus();
    await user.keyboard('Allt');
    await user.tab();
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Det gick inte att skicka begäran. Dina svar finns kvar, försök igen.')).toBeInTheDocument();
    expect(details).toHaveValue('Allt');
    expect(screen.getByRole('radio', { name: 'Radering av mina uppgifter' })).toBeChecked();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('says so when there is no data', () => {
    render(<PersonalDataOverview categories={[]} />);
    expect(screen.getByText('Kaupungilla ei ole sinusta tietoja näissä palveluissa.')).toBeInTheDocument();
  });
});
