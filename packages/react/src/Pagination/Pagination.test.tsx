import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { axe } from '../../test/axe';
import { AukioProvider } from '../i18n';
import { Pagination } from './Pagination';
import { pageRange } from './pageRange';

const href = (p: number) => `/haku?sivu=${p}`;

describe('pageRange', () => {
  it('shows every page when few, and ellipses around the current page when many', () => {
    expect(pageRange(1, 5)).toEqual([1, 2, 3, 4, 5]);
    expect(pageRange(1, 20)).toEqual([1, 2, 3, 4, 5, 'ellipsis', 20]);
    expect(pageRange(10, 20)).toEqual([1, 'ellipsis', 9, 10, 11, 'ellipsis', 20]);
    expect(pageRange(20, 20)).toEqual([1, 'ellipsis', 16, 17, 18, 19, 20]);
  });
});

describe('Pagination', () => {
  it('is a labelled nav of links with translated page names and the current page marked', () => {
    render(<Pagination page={3} pageCount={10} href={href} />);
    const nav = screen.getByRole('navigation', { name: 'Sivutus' });
    const current = within(nav).getByRole('link', { name: 'Sivu 3' });
    expect(current).toHaveAttribute('aria-current', 'page');
    expect(current).toHaveAttribute('href', '/haku?sivu=3');
    expect(within(nav).getByRole('link', { name: 'Edellinen' })).toHaveAttribute('href', '/haku?sivu=2');
    expect(within(nav).getByRole('link', { name: 'Seuraava' })).toHaveAttribute('href', '/haku?sivu=4');
    expect(within(nav).getByRole('link', { name: 'Sivu 10' })).toBeInTheDocument();
    expect(within(nav).queryByRole('link', { name: 'Sivu 8' })).toBeNull();
    expect(nav).toHaveTextContent('Sivu 3 / 10');
  });

  it('leaves out "previous" on the first page and "next" on the last (links)', () => {
    const { rerender } = render(<Pagination page={1} pageCount={4} href={href} />);
    expect(screen.queryByRole('link', { name: 'Edellinen' })).toBeNull();
    rerender(<Pagination page={4} pageCount={4} href={href} />);
    expect(screen.queryByRole('link', { name: 'Seuraava' })).toBeNull();
  });

  it('works as buttons with onPageChange, by keyboard, keeping focus at the end', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    function App() {
      const [page, setPage] = useState(4);
      return (
        <Pagination
          page={page}
          pageCount={5}
          onPageChange={(p) => {
            onChange(p);
            setPage(p);
          }}
        />
      );
    }
    render(<App />);
    const next = screen.getByRole('button', { name: 'Seuraava' });
    next.focus();
    await user.keyboard('{Enter}');
    expect(onChange).toHaveBeenLastCalledWith(5);
    expect(screen.getByRole('button', { name: 'Sivu 5' })).toHaveAttribute('aria-current', 'page');
    expect(next).toHaveFocus();
    expect(next).toHaveAttribute('aria-disabled', 'true');
    await user.keyboard('{Enter}');
    expect(onChange).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Sivu 2' }));
    expect(onChange).toHaveBeenLastCalledWith(2);
    screen.getByRole('button', { name: 'Edellinen' }).focus();
    await user.keyboard(' ');
    expect(onChange).toHaveBeenLastCalledWith(1);
  });

  it.each([
    ['sv', 'Sidnavigering', 'Sida 3', 'Föregående', 'Nästa', 'Sida 3 av 10'],
    ['en', 'Pagination', 'Page 3', 'Previous', 'Next', 'Page 3 of 10'],
  ] as const)('speaks %s', (locale, label, pageName, prev, next, status) => {
    render(
      <AukioProvider locale={locale}>
        <Pagination page={3} pageCount={10} href={href} />
      </AukioProvider>,
    );
    const nav = screen.getByRole('navigation', { name: label });
    expect(within(nav).getByRole('link', { name: pageName })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: prev })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: next })).toBeInTheDocument();
    expect(nav).toHaveTextContent(status);
  });

  it('renders nothing with a single page, and warns about a page out of range', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(<Pagination page={1} pageCount={1} href={href} />);
    expect(container).toBeEmptyDOMElement();
    render(<Pagination page={12} pageCount={10} href={href} />);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('page 12 is outside 1–10'));
    expect(screen.getByRole('link', { name: 'Sivu 10' })).toHaveAttribute('aria-current', 'page');
    warn.mockRestore();
  });

  it('has no axe violations as links and as buttons', async () => {
    const { container } = render(
      <>
        <Pagination page={6} pageCount={12} href={href} />
        <Pagination page={1} pageCount={3} onPageChange={() => {}} aria-label="Tulosten sivutus" />
      </>,
    );
    expect(await axe(container)).toHaveNoViolations();
  });
});

// Type-level checks: pages must go somewhere, by link or by callback.
// @ts-expect-error neither href nor onPageChange
export const inertPagination = <Pagination page={1} pageCount={3} />;
