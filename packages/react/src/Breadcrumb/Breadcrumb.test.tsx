import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../test/axe';
import { AukioProvider } from '../i18n';
import { Breadcrumb } from './Breadcrumb';

const trail = [
  { label: 'Etusivu', href: '/' },
  { label: 'Liikenne', href: '/liikenne' },
  { label: 'Pysäköinti', href: '/liikenne/pysakointi' },
  { label: 'Asukaspysäköintitunnus' },
];

describe('Breadcrumb', () => {
  it('is a labelled nav with an ordered list, the current page marked and not a link', () => {
    render(<Breadcrumb items={trail} />);
    const nav = screen.getByRole('navigation', { name: 'Murupolku' });
    const list = within(nav).getByRole('list');
    expect(list.tagName).toBe('OL');
    expect(within(list).getAllByRole('listitem')).toHaveLength(4);
    expect(within(nav).getAllByRole('link')).toHaveLength(3);
    expect(screen.getByText('Asukaspysäköintitunnus')).toHaveAttribute('aria-current', 'page');
    expect(screen.queryByRole('link', { name: 'Asukaspysäköintitunnus' })).toBeNull();
  });

  it.each([
    ['sv', 'Brödsmulor'],
    ['en', 'Breadcrumb'],
  ] as const)('is labelled in %s', (locale, name) => {
    render(
      <AukioProvider locale={locale}>
        <Breadcrumb items={trail} />
      </AukioProvider>,
    );
    expect(screen.getByRole('navigation', { name })).toBeInTheDocument();
  });

  it('lets keyboard users tab through the links in order', async () => {
    const user = userEvent.setup();
    render(<Breadcrumb items={trail} />);
    await user.tab();
    expect(screen.getByRole('link', { name: 'Etusivu' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Liikenne' })).toHaveFocus();
  });

  it('keeps separators out of the text', () => {
    render(<Breadcrumb items={trail} />);
    expect(screen.getByRole('navigation').textContent).toBe('EtusivuLiikennePysäköintiAsukaspysäköintitunnus');
  });

  it('marks middle items collapsible on narrow screens, with a hidden ellipsis', () => {
    const { container } = render(<Breadcrumb items={trail} collapseOnNarrow />);
    expect(container.querySelectorAll('[data-collapsible]')).toHaveLength(1);
    expect(container.querySelector('.aukio-breadcrumb__ellipsis')).toHaveAttribute('aria-hidden', 'true');
  });

  it('renders nothing without items', () => {
    const { container } = render(<Breadcrumb items={[]} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('warns in development about a missing href and a duplicate', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<Breadcrumb items={[{ label: 'A', href: '/a' }, { label: 'B' }, { label: 'C', href: '/a' }, { label: 'D' }]} />);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('item 2 has no href'));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('"/a" appears more than once'));
    warn.mockRestore();
  });

  it('has no axe violations, collapsed or not', async () => {
    const { container } = render(
      <>
        <Breadcrumb items={trail} />
        <Breadcrumb items={trail} collapseOnNarrow aria-label="Murupolku, tiivis" />
      </>,
    );
    expect(await axe(container)).toHaveNoViolations();
  });
});

// Type-level checks: every crumb needs text.
// @ts-expect-error an item without a label
export const unnamedCrumb = <Breadcrumb items={[{ href: '/' }]} />;
