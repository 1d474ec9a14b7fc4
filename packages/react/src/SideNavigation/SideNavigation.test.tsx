import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../test/axe';
import { AukioProvider } from '../i18n';
import { SideNavigation } from './SideNavigation';

const items = [
  { label: 'Pysäköinti', href: '/pysakointi' },
  {
    label: 'Asukaspysäköinti',
    href: '/asukas',
    items: [
      { label: 'Hakeminen', href: '/asukas/hakeminen' },
      { label: 'Hinnat', href: '/asukas/hinnat' },
    ],
  },
  {
    label: 'Yrityspysäköinti',
    items: [
      { label: 'Yritystunnus', href: '/yritys/tunnus' },
      { label: 'Huoltoajo', href: '/yritys/huolto' },
    ],
  },
];

describe('SideNavigation', () => {
  it('marks the current page and expands the section that holds it', () => {
    render(<SideNavigation items={items} currentHref="/asukas/hinnat" />);
    const nav = screen.getByRole('navigation', { name: 'Osion valikko' });
    expect(within(nav).getByRole('link', { name: 'Hinnat' })).toHaveAttribute('aria-current', 'page');
    const toggle = screen.getByRole('button', { name: 'Alasivut: Asukaspysäköinti' });
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(document.getElementById(toggle.getAttribute('aria-controls')!)).toBeVisible();
    const other = screen.getByRole('button', { name: 'Yrityspysäköinti' });
    expect(other).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('link', { name: 'Yritystunnus' })).toBeNull();
  });

  it('expands and collapses sections with Enter and Space', async () => {
    const user = userEvent.setup();
    render(<SideNavigation items={items} currentHref="/pysakointi" />);
    const toggle = screen.getByRole('button', { name: 'Alasivut: Asukaspysäköinti' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.tab(); // Pysäköinti
    await user.tab(); // Asukaspysäköinti link
    await user.tab();
    expect(toggle).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.tab();
    expect(screen.getByRole('link', { name: 'Hakeminen' })).toHaveFocus();
    await user.tab({ shift: true });
    await user.keyboard(' ');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('link', { name: 'Hakeminen' })).toBeNull();
    const section = screen.getByRole('button', { name: 'Yrityspysäköinti' });
    await user.click(section);
    expect(section).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('link', { name: 'Huoltoajo' })).toBeVisible();
  });

  it('renders every section expanded and without buttons before JavaScript (server HTML)', () => {
    const html = renderToString(<SideNavigation items={items} currentHref="/pysakointi" />);
    expect(html).not.toContain('<button');
    expect(html).not.toContain('hidden');
    expect(html).toContain('Huoltoajo');
  });

  it.each([
    ['sv', 'Avsnittsmeny', 'Undersidor: Asukaspysäköinti'],
    ['en', 'Section menu', 'Subpages: Asukaspysäköinti'],
  ] as const)('speaks %s', (locale, nav, toggle) => {
    render(
      <AukioProvider locale={locale}>
        <SideNavigation items={items} />
      </AukioProvider>,
    );
    expect(screen.getByRole('navigation', { name: nav })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: toggle })).toBeInTheDocument();
  });

  it('renders nothing without items, and warns about duplicates and an unknown current page', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(<SideNavigation items={[]} />);
    expect(container).toBeEmptyDOMElement();
    render(<SideNavigation items={[...items, { label: 'Copy', href: '/pysakointi' }]} currentHref="/missing" />);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"/pysakointi" appears more than once'));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('currentHref="/missing" matches no item'));
    warn.mockRestore();
  });

  it('has no axe violations, collapsed and expanded', async () => {
    const user = userEvent.setup();
    const { container } = render(<SideNavigation items={items} currentHref="/asukas/hinnat" />);
    expect(await axe(container)).toHaveNoViolations();
    await user.click(screen.getByRole('button', { name: 'Yrityspysäköinti' }));
    expect(await axe(container)).toHaveNoViolations();
  });

  it('uncontrolled: defaultExpanded chooses the sections open at first; onExpandedChange hears each toggle', async () => {
    const user = userEvent.setup();
    const onExpandedChange = vi.fn();
    render(<SideNavigation items={items} currentHref="/asukas/hinnat" defaultExpanded={['2']} onExpandedChange={onExpandedChange} />);
    const resident = screen.getByRole('button', { name: 'Alasivut: Asukaspysäköinti' });
    const business = screen.getByRole('button', { name: 'Yrityspysäköinti' });
    expect(business).toHaveAttribute('aria-expanded', 'true');
    expect(resident).toHaveAttribute('aria-expanded', 'false');
    await user.click(resident);
    expect(resident).toHaveAttribute('aria-expanded', 'true');
    await user.click(business);
    expect(business).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('link', { name: 'Huoltoajo' })).toBeNull();
    expect(onExpandedChange.mock.calls).toEqual([[['2', '/asukas']], [['/asukas']]]);
  });

  it('controlled: sections follow `expanded`, and the buttons ask through onExpandedChange', async () => {
    const user = userEvent.setup();
    const asked: string[][] = [];
    function Menu() {
      const [expanded, setExpanded] = useState<string[]>([]);
      return (
        <>
          <SideNavigation
            items={items}
            currentHref="/asukas/hinnat"
            expanded={expanded}
            onExpandedChange={(next) => {
              asked.push(next);
              setExpanded(next);
            }}
          />
          <button type="button" onClick={() => setExpanded(['/asukas', '2'])}>
            Avaa kaikki
          </button>
        </>
      );
    }
    render(<Menu />);
    const resident = screen.getByRole('button', { name: 'Alasivut: Asukaspysäköinti' });
    // The app said none, so even the section around the current page is collapsed.
    expect(resident).toHaveAttribute('aria-expanded', 'false');
    await user.click(screen.getByRole('button', { name: 'Avaa kaikki' }));
    expect(resident).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('link', { name: 'Huoltoajo' })).toBeVisible();
    await user.click(resident);
    expect(asked).toEqual([['2']]);
    expect(resident).toHaveAttribute('aria-expanded', 'false');
  });

  it('expands the sections around a new current page (client-side navigation), leaving the rest as they were', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<SideNavigation items={items} currentHref="/pysakointi" />);
    const business = screen.getByRole('button', { name: 'Yrityspysäköinti' });
    await user.click(business);
    expect(business).toHaveAttribute('aria-expanded', 'true');
    rerender(<SideNavigation items={items} currentHref="/asukas/hinnat" />);
    expect(screen.getByRole('button', { name: 'Alasivut: Asukaspysäköinti' })).toHaveAttribute('aria-expanded', 'true');
    expect(business).toHaveAttribute('aria-expanded', 'true');
  });
});


// Type-level checks: every item needs text.
// @ts-expect-error an item without a label
export const unnamedSideItem = <SideNavigation items={[{ href: '/a' }]} />;
