import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../test/axe';
import { AukioProvider } from '../i18n';
import { Link } from './Link';

describe('Link', () => {
  it('is a native link that follows on Enter', async () => {
    const user = userEvent.setup();
    const onClick = vi.fn((e: { preventDefault: () => void }) => e.preventDefault());
    render(
      <Link href="/permits" onClick={onClick}>
        Parking permits
      </Link>,
    );
    const link = screen.getByRole('link', { name: 'Parking permits' });
    expect(link).toHaveAttribute('href', '/permits');
    await user.tab();
    expect(link).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onClick).toHaveBeenCalledTimes(1);
  });

  it('says in words that a link opens a new tab, with a safe rel', () => {
    render(
      <AukioProvider locale="en">
        <Link href="https://example.org" target="_blank">
          Tax office
        </Link>
      </AukioProvider>,
    );
    const link = screen.getByRole('link', { name: 'Tax office (opens in a new tab)' });
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(link.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
  });

  it.each([
    ['fi', 'Verohallinto (ulkoinen sivusto)'],
    ['sv', 'Verohallinto (extern webbplats)'],
    ['en', 'Verohallinto (external site)'],
  ] as const)('marks an external link in %s', (locale, name) => {
    render(
      <AukioProvider locale={locale}>
        <Link href="https://vero.fi" external>
          Verohallinto
        </Link>
      </AukioProvider>,
    );
    expect(screen.getByRole('link', { name })).toBeInTheDocument();
  });

  it('keeps an app rel and adds what is missing', () => {
    render(
      <Link href="https://example.org" target="_blank" rel="external noopener" external>
        Site
      </Link>,
    );
    expect(screen.getByRole('link')).toHaveAttribute('rel', 'external noopener noreferrer');
    expect(screen.getByRole('link')).toHaveAccessibleName('Site (ulkoinen sivusto, avautuu uuteen välilehteen)');
  });

  it('styles a router link with asChild and keeps the hidden note inside it', () => {
    render(
      <Link asChild external>
        <a href="/elsewhere">Elsewhere</a>
      </Link>,
    );
    const link = screen.getByRole('link', { name: 'Elsewhere (ulkoinen sivusto)' });
    expect(link).toHaveClass('aukio-link');
  });

  it('has no axe violations', async () => {
    const { container } = render(
      <p>
        Read the <Link href="/terms">terms</Link>, visit <Link href="https://hel.fi" external target="_blank">the city</Link>{' '}
        or <Link variant="standalone" href="/back">go back</Link>.
      </p>,
    );
    expect(await axe(container)).toHaveNoViolations();
  });
});
