import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../test/axe';
import { AukioProvider } from '../i18n';
import { ServiceHelp } from '../ServiceHelp';
import { Footer } from './Footer';

const groups = [
  {
    heading: 'Asiointi',
    links: [
      { label: 'Asiointipisteet', href: '/asiointi' },
      { label: 'Sähköinen asiointi', href: '/e-asiointi' },
    ],
  },
  { label: 'Sosiaalinen media', links: [{ label: 'Facebook', href: 'https://facebook.com/kaupunki' }] },
];

describe('Footer', () => {
  it('is the contentinfo landmark with named link groups', () => {
    render(<Footer groups={groups} accessibilityStatementHref="/saavutettavuus" copyright="© 2026 Esimerkkilän kaupunki" />);
    const footer = screen.getByRole('contentinfo');
    expect(within(footer).getByRole('heading', { level: 2, name: 'Asiointi' })).toBeInTheDocument();
    expect(within(within(footer).getByRole('list', { name: 'Asiointi' })).getAllByRole('link')).toHaveLength(2);
    expect(within(footer).getByRole('list', { name: 'Sosiaalinen media' })).toBeInTheDocument();
    expect(within(footer).getByText('© 2026 Esimerkkilän kaupunki')).toBeInTheDocument();
  });

  it('links the accessibility statement and feedback with translated default texts', async () => {
    const user = userEvent.setup();
    render(<Footer accessibilityStatementHref="/saavutettavuus" feedbackHref="/palaute" serviceLinks={[{ label: 'Tietosuoja', href: '/tietosuoja' }]} />);
    const meta = screen.getByRole('list', { name: 'Tietoa palvelusta' });
    expect(within(meta).getByRole('link', { name: 'Saavutettavuusseloste' })).toHaveAttribute('href', '/saavutettavuus');
    expect(within(meta).getByRole('link', { name: 'Anna palautetta' })).toHaveAttribute('href', '/palaute');
    await user.tab();
    expect(screen.getByRole('link', { name: 'Saavutettavuusseloste' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Anna palautetta' })).toHaveFocus();
  });

  it.each([
    ['sv', 'Om tjänsten', 'Tillgänglighetsutlåtande', 'Ge respons'],
    ['en', 'About this service', 'Accessibility statement', 'Give feedback'],
  ] as const)('speaks %s', (locale, list, statement, feedback) => {
    render(
      <AukioProvider locale={locale}>
        <Footer accessibilityStatementHref="/a11y" feedbackHref="/feedback" />
      </AukioProvider>,
    );
    const meta = screen.getByRole('list', { name: list });
    expect(within(meta).getByRole('link', { name: statement })).toBeInTheDocument();
    expect(within(meta).getByRole('link', { name: feedback })).toBeInTheDocument();
  });

  it('takes custom texts and marks links in another language', () => {
    render(
      <Footer
        accessibilityStatementHref="/a"
        accessibilityStatementLabel="Palvelun saavutettavuus"
        groups={[{ heading: 'Kielet', links: [{ label: 'På svenska', href: '/sv', lang: 'sv' }] }]}
      />,
    );
    expect(screen.getByRole('link', { name: 'Palvelun saavutettavuus' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'På svenska' })).toHaveAttribute('lang', 'sv');
  });

  it('shows the help first, before the link groups and the service links', () => {
    render(
      <Footer
        groups={groups}
        accessibilityStatementHref="/saavutettavuus"
        help={<ServiceHelp id="apua" phone={{ number: '09 310 12345', cost: 'normal' }} />}
      />,
    );
    const footer = screen.getByRole('contentinfo');
    const help = within(footer).getByRole('heading', { name: 'Tarvitsetko apua?' }).closest('section')!;
    expect(help).toHaveAttribute('id', 'apua');
    const order = [help, within(footer).getByRole('list', { name: 'Asiointi' }), within(footer).getByRole('list', { name: 'Tietoa palvelusta' })];
    for (let i = 1; i < order.length; i += 1) {
      expect(order[i - 1]!.compareDocumentPosition(order[i]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    }
  });

  it('warns in development about an unnamed group and a missing accessibility statement', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<Footer groups={[{ links: [{ label: 'A', href: '/a' }] }]} />);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('neither heading nor label'));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('no accessibilityStatementHref'));
    warn.mockRestore();
  });

  it('has no axe violations', async () => {
    const { container } = render(
      <Footer
        groups={groups}
        accessibilityStatementHref="/saavutettavuus"
        feedbackHref="/palaute"
        copyright="© 2026 Esimerkkilän kaupunki"
        help={<ServiceHelp phone={{ number: '09 310 12345' }} />}
      />,
    );
    expect(await axe(container)).toHaveNoViolations();
  });
});

// Type-level checks: every link needs text.
// @ts-expect-error a link without a label
export const unnamedFooterLink = <Footer groups={[{ heading: 'Asiointi', links: [{ href: '/a' }] }]} />;
