import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { axe } from '../../test/axe';
import { AukioProvider } from '../i18n';
import { ServiceHelp } from './ServiceHelp';
import { telHref } from './telHref';

const every = {
  phone: { number: '09 310 12345', hours: 'ma–pe klo 9–16', cost: 'normal' as const },
  textphone: { number: '09 310 99999', cost: 'free' as const },
  signLanguage: { href: '/viittomakieli' },
  chat: { href: '/chat', hours: 'ma–pe klo 9–16' },
  email: { address: 'neuvonta@esimerkkila.fi', note: 'Vastaamme 2 arkipäivän kuluessa.' },
  visit: { name: 'Palvelupiste', address: 'Kauppakatu 1, 00100 Esimerkkilä', hours: 'ma–pe klo 8–16', mapHref: '/kartta' },
  digitalSupport: { href: '/digituki' },
};

describe('ServiceHelp', () => {
  it('is a section with a heading, with the ways to get help as a description list', () => {
    render(<ServiceHelp {...every} />);
    const region = screen.getByRole('heading', { level: 2, name: 'Tarvitsetko apua?' }).closest('section')!;
    expect(region).toHaveClass('aukio-service-help');
    // Not a landmark: a page may show it more than once (a docs page does).
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
    expect(within(region).getAllByRole('term').map((t) => t.textContent)).toEqual([
      'Puhelin',
      'Tekstipuhelin',
      'Viittomakieli',
      'Chat',
      'Sähköposti',
      'Käy paikan päällä',
      'Apua palvelun käyttöön',
    ]);
  });

  it('keeps one order whatever order the props are given in', () => {
    const { container } = render(<ServiceHelp digitalSupport={every.digitalSupport} visit={every.visit} phone={every.phone} />);
    expect([...container.querySelectorAll('[data-way]')].map((el) => el.getAttribute('data-way'))).toEqual(['phone', 'visit', 'digital']);
  });

  it('shows a phone number in its groups and dials it without spaces, with hours and cost', () => {
    render(<ServiceHelp phone={every.phone} />);
    const link = screen.getByRole('link', { name: '09 310 12345' });
    expect(link).toHaveAttribute('href', 'tel:0931012345');
    expect(screen.getByText('Auki: ma–pe klo 9–16')).toBeInTheDocument();
    expect(screen.getByText('Puhelu maksaa saman kuin tavallinen puhelu.')).toBeInTheDocument();
  });

  it('shows only the ways that are given', () => {
    render(<ServiceHelp phone={{ number: '09 123 4567' }} />);
    expect(screen.getAllByRole('term')).toHaveLength(1);
    expect(screen.queryByText(/Tekstipuhelin|Viittomakieli|Chat/)).not.toBeInTheDocument();
    // No cost was given, so none is claimed.
    expect(screen.queryByText(/maksaa|maksuton/)).not.toBeInTheDocument();
  });

  it('says the advice on using the service is free', () => {
    render(<ServiceHelp digitalSupport={{ href: '/digituki', phone: { number: '09 310 55555', cost: 'free' } }} />);
    expect(screen.getByRole('link', { name: 'Katso, mistä saat neuvoja' })).toHaveAttribute('href', '/digituki');
    expect(screen.getByRole('link', { name: '09 310 55555' })).toHaveAttribute('href', 'tel:0931055555');
    expect(screen.getByText('Neuvonta on maksutonta.')).toBeInTheDocument();
  });

  it('reaches every link with Tab in reading order', async () => {
    const user = userEvent.setup();
    render(<ServiceHelp {...every} />);
    const names = ['09 310 12345', '09 310 99999', 'Ota yhteyttä viittomakielellä', 'Avaa chat', 'neuvonta@esimerkkila.fi', 'Katso kartalta', 'Katso, mistä saat neuvoja'];
    for (const name of names) {
      await user.tab();
      expect(screen.getByRole('link', { name })).toHaveFocus();
    }
    expect(screen.getByRole('link', { name: 'neuvonta@esimerkkila.fi' })).toHaveAttribute('href', 'mailto:neuvonta@esimerkkila.fi');
  });

  it.each([
    ['sv', 'Behöver du hjälp?', 'Telefon', 'Samtalet är gratis.', 'Rådgivningen är gratis.'],
    ['en', 'Do you need help?', 'Phone', 'The call is free.', 'The advice is free.'],
  ] as const)('speaks %s', (locale, heading, phone, cost, free) => {
    render(
      <AukioProvider locale={locale}>
        <ServiceHelp phone={{ number: '09 310 12345', cost: 'free' }} digitalSupport={{ href: '/d' }} />
      </AukioProvider>,
    );
    expect(screen.getByRole('heading', { name: heading })).toBeInTheDocument();
    expect(screen.getByText(phone)).toBeInTheDocument();
    expect(screen.getByText(cost)).toBeInTheDocument();
    expect(screen.getByText(free)).toBeInTheDocument();
  });

  it('takes its own heading, level and cost text', () => {
    render(<ServiceHelp heading="Kysy neuvoa" headingLevel={3} phone={{ number: '0800 12345', costText: 'Soitto on ilmainen kaikista liittymistä.' }} />);
    expect(screen.getByRole('heading', { level: 3, name: 'Kysy neuvoa' })).toBeInTheDocument();
    expect(screen.getByText('Soitto on ilmainen kaikista liittymistä.')).toBeInTheDocument();
  });

  it('makes tel: addresses of numbers written for people', () => {
    expect(telHref('+358 9 310 12345')).toBe('tel:+358931012345');
    expect(telHref('09-310 123')).toBe('tel:09310123');
  });

  it('has no axe violations', async () => {
    const { container } = render(
      <>
        <ServiceHelp {...every} />
        <ServiceHelp heading="Kysy neuvoa" phone={{ number: '09 123 4567' }} />
      </>,
    );
    expect(await axe(container)).toHaveNoViolations();
  });
});
