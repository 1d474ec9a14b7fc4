import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../test/axe';
import { AukioProvider } from '../i18n';
import { Navigation } from './Navigation';

const items = [
  { label: 'Asuminen', href: '/asuminen' },
  { label: 'Liikenne', href: '/liikenne' },
  { label: 'Vapaa-aika', href: '/vapaa-aika' },
];

describe('Navigation', () => {
  it('is a nav named "Päävalikko" with the current page marked', () => {
    render(<Navigation items={items} currentHref="/liikenne" />);
    const nav = screen.getByRole('navigation', { name: 'Päävalikko' });
    expect(within(nav).getAllByRole('link')).toHaveLength(3);
    expect(screen.getByRole('link', { name: 'Liikenne' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Asuminen' })).not.toHaveAttribute('aria-current');
  });

  it.each([
    ['sv', 'Huvudmeny'],
    ['en', 'Main menu'],
  ] as const)('is named in %s, and the name can be overridden', (locale, name) => {
    render(
      <AukioProvider locale={locale}>
        <Navigation items={items} />
        <Navigation items={items} aria-label="Palvelut" />
      </AukioProvider>,
    );
    expect(screen.getByRole('navigation', { name })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Palvelut' })).toBeInTheDocument();
  });

  it('marks an item as current with current: true, and tabs through in order', async () => {
    const user = userEvent.setup();
    render(<Navigation items={items.map((item, i) => ({ ...item, current: i === 2 }))} />);
    expect(screen.getByRole('link', { name: 'Vapaa-aika' })).toHaveAttribute('aria-current', 'page');
    await user.tab();
    expect(screen.getByRole('link', { name: 'Asuminen' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Liikenne' })).toHaveFocus();
  });

  it('renders links through renderLink for routers', () => {
    render(<Navigation items={items} currentHref="/asuminen" renderLink={({ href, children, ...props }) => (
          <a data-router="" href={`#${href}`} {...props}>
            {children}
          </a>
        )} />);
    const link = screen.getByRole('link', { name: 'Asuminen' });
    expect(link).toHaveAttribute('href', '#/asuminen');
    expect(link).toHaveAttribute('aria-current', 'page');
    expect(link).toHaveClass('aukio-navigation__link');
  });

  it('renders nothing without items', () => {
    const { container } = render(<Navigation items={[]} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('warns in development about duplicates and an unknown current page', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<Navigation items={[...items, { label: 'Again', href: '/asuminen' }]} currentHref="/nowhere" />);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('the key "/asuminen" is used by more than one item'));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('the href "/asuminen" appears more than once'));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('currentHref="/nowhere" matches no item'));
    warn.mockRestore();
  });

  it('has no axe violations', async () => {
    const { container } = render(<Navigation items={items} currentHref="/asuminen" />);
    expect(await axe(container)).toHaveNoViolations();
  });
});

// Type-level checks: every link needs text.
// @ts-expect-error an item without a label
export const unnamedItem = <Navigation items={[{ href: '/a' }]} />;
