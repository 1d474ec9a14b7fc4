import { render, screen } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../test/axe';
import { AukioProvider, type AukioLocale } from '../i18n';
import { AccessibilityStatement } from './AccessibilityStatement';
import { parkingPermitStatement as sample } from './sample';
import { validateStatement, type AccessibilityStatementData } from './statement';

function renderStatement(data: AccessibilityStatementData, locale: AukioLocale = 'fi', headingLevel?: 1 | 2) {
  return render(
    <AukioProvider locale={locale}>
      <AccessibilityStatement data={data} headingLevel={headingLevel} />
    </AukioProvider>,
  );
}

const schema = JSON.parse(
  // The one schema of the statement, in @aukio/a11y; the types and the validator are generated from it.
  readFileSync(fileURLToPath(import.meta.url).replace(/react\/src\/AccessibilityStatement\/[^/]*$/, 'a11y/schemas/statement.schema.json'), 'utf8'),
) as { properties: Record<string, unknown>; required: string[] };

const levels = () => screen.getAllByRole('heading').map((h) => `${h.tagName} ${h.textContent}`);

describe('validateStatement', () => {
  it('accepts the sample', () => {
    expect(validateStatement(sample)).toMatchObject({ valid: true, errors: [] });
  });
  it('names every invalid field by path and keeps the valid parts', () => {
    const bad = {
      ...sample,
      conformance: 'mostly',
      nonAccessible: [sample.nonAccessible![0], { description: 'x', criteria: ['contrast'], fixBy: '30.9.2026' }],
      prepared: 'March',
      extra: 1,
    };
    const result = validateStatement(bad);
    expect(result.valid).toBe(false);
    expect(result.errors.map((e) => e.path)).toEqual(
      expect.arrayContaining(['conformance', 'nonAccessible[1].criteria[0]', 'nonAccessible[1].fixBy', 'prepared', 'extra']),
    );
    expect(result.value.nonAccessible).toHaveLength(1);
    expect(result.value.conformance).toBeUndefined();
    expect(validateStatement(null).errors[0]!.path).toBe('');
  });
  it('the JSON Schema and the type list the same fields', () => {
    expect(Object.keys(schema.properties).sort()).toEqual(
      ['serviceName', 'organisation', 'serviceUrl', 'conformance', 'nonAccessible', 'disproportionateBurden', 'outOfScope', 'assessment', 'prepared', 'reviewed', 'feedback', 'authority'].sort(),
    );
    expect(schema.required.every((k) => k in sample)).toBe(true);
  });
});

describe('AccessibilityStatement', { timeout: 20_000 }, () => {
  it('renders the EU model structure in Finnish with a sensible heading hierarchy', async () => {
    const { container } = renderStatement(sample);
    expect(levels()).toEqual([
      'H1 Saavutettavuusseloste: Asukaspysäköintitunnus',
      'H2 Saavutettavuuden tila',
      'H2 Sisältö, joka ei ole saavutettavaa',
      'H3 Puutteet vaatimusten täyttämisessä',
      'H3 Kohtuuton rasite',
      'H3 Sisältö, jota laki ei koske',
      'H2 Miten seloste on laadittu',
      'H2 Palaute ja yhteystiedot',
      'H2 Valvontaviranomainen',
    ]);
    expect(screen.getByText(/täyttää WCAG 2.2 -ohjeiston AA-tason saavutettavuusvaatimukset osittain/)).toBeInTheDocument();
    expect(screen.getByText('Kriteerit, jotka eivät täyty: 1.3.1 Informaatio ja suhteet, 4.1.2 Nimi, rooli, arvo')).toBeInTheDocument();
    expect(screen.getByText('30. syyskuuta 2026').closest('time')).toHaveAttribute('dateTime', '2026-09-30');
    expect(screen.getByText('Korjauksen ajankohta ei ole vielä tiedossa.')).toBeInTheDocument();
    expect(screen.getByText(/Saavutettavuus Oy/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'pysakointi@esimerkkila.fi' })).toHaveAttribute('href', 'mailto:pysakointi@esimerkkila.fi');
    // The supervisory authority since 1.1.2025, named in the enforcement text and with its contact below it.
    expect(screen.getByText(/Valvontaviranomainen on 1\.1\.2025 alkaen Liikenne- ja viestintävirasto Traficom/)).toBeInTheDocument();
    expect(screen.getByText(/^Liikenne- ja viestintävirasto Traficom/, { selector: 'p' })).toHaveTextContent('Liikenne- ja viestintävirasto TraficomSaavutettavuusvalvonta');
    expect(screen.getByRole('link', { name: 'saavutettavuusvaatimukset.fi' })).toHaveAttribute('href', 'https://www.saavutettavuusvaatimukset.fi');
    expect(screen.getByRole('link', { name: 'saavutettavuus@traficom.fi' })).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('renders in Swedish and English, and starts from headingLevel', async () => {
    const { unmount } = renderStatement(sample, 'sv');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Tillgänglighetsutlåtande: Asukaspysäköintitunnus');
    expect(screen.getByText(/^Transport- och kommunikationsverket Traficom/, { selector: 'p' })).toHaveTextContent('Tillgänglighetstillsynen');
    expect(screen.getByRole('link', { name: 'tillganglighetskrav.fi' })).toHaveAttribute('href', 'https://www.tillganglighetskrav.fi');
    unmount();
    const { container } = renderStatement({ ...sample, conformance: 'full', nonAccessible: [], disproportionateBurden: [], outOfScope: [] }, 'en', 2);
    expect(screen.getByRole('heading', { level: 2, name: 'Accessibility statement: Asukaspysäköintitunnus' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
    expect(screen.getByRole('heading', { level: 3, name: 'Enforcement procedure' })).toBeInTheDocument();
    expect(screen.queryByText('Content that is not accessible')).toBeNull();
    expect(screen.getByText('The service fully meets the WCAG 2.2 level AA accessibility requirements.')).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
  });

  it('lets the app configure the supervisory authority', () => {
    renderStatement({ ...sample, authority: { name: 'Other Agency', unit: 'Unit X', url: 'https://example.org', email: 'a@example.org' } }, 'en');
    expect(screen.getByText(/Other Agency/)).toHaveTextContent('Unit X');
    expect(screen.getByRole('link', { name: 'example.org' })).toHaveAttribute('href', 'https://example.org');
  });

  it('warns in development naming the bad field and renders what is valid', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const bad = { ...sample, conformance: 'mostly', prepared: 'March' } as unknown as AccessibilityStatementData;
    const { container } = renderStatement(bad, 'en');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('data.conformance'));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('data.prepared'));
    expect(screen.getByRole('heading', { name: 'Compliance status' })).toBeInTheDocument();
    expect(screen.getByText(/Success criteria not met: 2.1.1/)).toBeInTheDocument();
    expect(await axe(container)).toHaveNoViolations();
    warn.mockRestore();
  });

  it('requires statement data by type', () => {
    // @ts-expect-error data is required
    const missing = () => <AccessibilityStatement />;
    // @ts-expect-error conformance must be one of full, partial, none
    const wrong: AccessibilityStatementData = { ...sample, conformance: 'mostly' };
    expect([missing, wrong]).toHaveLength(2);
  });

  it('links are reachable with the keyboard', async () => {
    const user = userEvent.setup();
    renderStatement(sample, 'en');
    await user.tab();
    expect(screen.getByRole('link', { name: 'https://asiointi.esimerkkila.fi/pysakointi' })).toHaveFocus();
  });
});
