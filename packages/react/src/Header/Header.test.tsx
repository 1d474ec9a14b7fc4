import { act, render, screen, within } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../test/axe';
import { AukioProvider } from '../i18n';
import { LanguageSwitch } from '../LanguageSwitch';
import { Navigation } from '../Navigation';
import { Header, type HeaderProps } from './Header';

const nav = (
  <Navigation
    currentHref="/liikenne"
    items={[
      { label: 'Asuminen', href: '/asuminen' },
      { label: 'Liikenne', href: '/liikenne' },
    ]}
  />
);
const languages = (
  <LanguageSwitch
    current="fi"
    languages={[
      { code: 'fi', name: 'Suomi', href: '/fi' },
      { code: 'sv', name: 'Svenska', href: '/sv' },
    ]}
  />
);

function Page(props: Partial<HeaderProps> & { locale?: 'fi' | 'sv' | 'en' }) {
  const { locale = 'fi', ...rest } = props;
  return (
    <AukioProvider locale={locale}>
      <Header
        serviceName="Pysäköintiasiointi"
        serviceHref="/pysakointi"
        navigation={nav}
        languageSwitch={languages}
        actions={<button type="button">Kirjaudu sisään</button>}
        {...rest}
      />
      <main id="main">
        <h1>Sisältö</h1>
      </main>
    </AukioProvider>
  );
}

describe('Header', () => {
  it('is the banner with the skip link first, the service link, tools and navigation', async () => {
    const user = userEvent.setup();
    render(<Page />);
    const banner = screen.getByRole('banner');
    await user.tab();
    expect(within(banner).getByRole('link', { name: 'Siirry pääsisältöön' })).toHaveFocus();
    await user.tab();
    expect(within(banner).getByRole('link', { name: 'Pysäköintiasiointi' })).toHaveAttribute('href', '/pysakointi');
    expect(within(banner).getByRole('link', { name: 'Pysäköintiasiointi' })).toHaveFocus();
    expect(within(banner).getByRole('list', { name: 'Kieli' })).toBeInTheDocument();
    expect(within(banner).getByRole('button', { name: 'Kirjaudu sisään' })).toBeInTheDocument();
    expect(within(banner).getByRole('navigation', { name: 'Päävalikko' })).toBeInTheDocument();
  });

  it('shows a help link first of the tools, in every language, only when given', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<Page helpHref="#apua" />);
    const banner = screen.getByRole('banner');
    const help = within(banner).getByRole('link', { name: 'Apua' });
    expect(help).toHaveAttribute('href', '#apua');
    await user.tab();
    await user.tab();
    await user.tab();
    // Skip link, service link, then help: before the language switch and the sign-in button.
    expect(help).toHaveFocus();
    unmount();
    render(<Page locale="sv" helpHref="/hjalp" />);
    expect(screen.getByRole('link', { name: 'Hjälp' })).toHaveAttribute('href', '/hjalp');
  });

  it('has no help link without helpHref, and takes its own help text', () => {
    const { unmount } = render(<Page />);
    expect(screen.queryByRole('link', { name: 'Apua' })).not.toBeInTheDocument();
    unmount();
    render(<Page locale="en" helpHref="#help" helpLabel="Contact us" />);
    expect(screen.getByRole('link', { name: 'Contact us' })).toHaveAttribute('href', '#help');
  });

  it('has a disclosure menu button: Enter and Space toggle, Escape closes and returns focus', async () => {
    const user = userEvent.setup();
    render(<Page />);
    const button = screen.getByRole('button', { name: 'Valikko' });
    const panel = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(panel).toContainElement(screen.getByRole('navigation'));
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(panel).toHaveAttribute('data-state', 'closed');
    button.focus();
    await user.keyboard('{Enter}');
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(panel).toHaveAttribute('data-state', 'open');
    await user.keyboard(' ');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard(' ');
    // Focus order: from the button straight into the navigation.
    await user.tab();
    expect(screen.getByRole('link', { name: 'Asuminen' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(button).toHaveFocus();
  });

  it('has a controlled menu: menuOpen and onMenuOpenChange', async () => {
    const user = userEvent.setup();
    const onMenuOpenChange = vi.fn();
    const { rerender } = render(<Page menuOpen={false} onMenuOpenChange={onMenuOpenChange} />);
    const button = screen.getByRole('button', { name: 'Valikko' });
    await user.click(button);
    expect(onMenuOpenChange).toHaveBeenLastCalledWith(true);
    expect(button).toHaveAttribute('aria-expanded', 'false');
    rerender(<Page menuOpen onMenuOpenChange={onMenuOpenChange} />);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}');
    expect(onMenuOpenChange).toHaveBeenLastCalledWith(false);
    expect(button).toHaveAttribute('aria-expanded', 'true');
  });

  it('leaves Escape alone when the menu is closed', async () => {
    const user = userEvent.setup();
    const onKeyDown = vi.fn((e: { defaultPrevented: boolean }) => e.defaultPrevented);
    render(<Page onKeyDown={onKeyDown} />);
    screen.getByRole('link', { name: 'Pysäköintiasiointi' }).focus();
    await user.keyboard('{Escape}');
    expect(onKeyDown).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('link', { name: 'Pysäköintiasiointi' })).toHaveFocus();
  });

  it('without JavaScript (server HTML) shows the navigation and no menu button', () => {
    const html = renderToString(<Page />);
    expect(html).not.toContain('aria-expanded');
    expect(html).not.toContain('data-js');
    expect(html).toContain('Päävalikko');
  });

  it('hydrates the server HTML without mismatch and then adds the menu button', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const container = document.createElement('div');
    container.innerHTML = renderToString(<Page />);
    document.body.appendChild(container);
    expect(container.querySelector('button[aria-expanded]')).toBeNull();
    const root = await act(async () => hydrateRoot(container, <Page />));
    expect(within(container).getByRole('button', { name: 'Valikko' })).toHaveAttribute('aria-expanded', 'false');
    expect(container.querySelector('.aukio-header')).toHaveAttribute('data-js');
    expect(error).not.toHaveBeenCalled();
    act(() => root.unmount());
    container.remove();
    error.mockRestore();
  });

  it('has no menu button without navigation, and the skip link can be left out', () => {
    render(<Page navigation={undefined} skipLinkHref={false} />);
    expect(screen.queryByRole('button', { name: 'Valikko' })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Siirry pääsisältöön' })).toBeNull();
  });

  it.each([
    ['sv', 'Meny', 'Hoppa till huvudinnehållet'],
    ['en', 'Menu', 'Skip to main content'],
  ] as const)('speaks %s', (locale, menu, skip) => {
    render(<Page locale={locale} />);
    expect(screen.getByRole('button', { name: menu })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: skip })).toBeInTheDocument();
  });

  it('warns in development about an empty service name', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<Page serviceName="" />);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('serviceName is empty'));
    warn.mockRestore();
  });

  it('has no axe violations, menu closed and open', async () => {
    const user = userEvent.setup();
    const { container } = render(<Page />);
    expect(await axe(container)).toHaveNoViolations();
    await user.click(screen.getByRole('button', { name: 'Valikko' }));
    expect(await axe(container)).toHaveNoViolations();
  });
});

// Type-level checks: the front-page link is named by the service name, so it cannot be left out.
// @ts-expect-error serviceName is required
export const unnamedHeader = <Header navigation={nav} />;
