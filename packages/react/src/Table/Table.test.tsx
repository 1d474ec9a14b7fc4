import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { axe } from '../../test/axe';
import { AukioProvider } from '../i18n';
import { expectOneDeprecationWarning } from '../../test/deprecation';
import { Table, type TableColumn } from './Table';

interface Person {
  id: string;
  name: string;
  district: string;
  age: number;
}
const people: Person[] = [
  { id: 'a', name: 'Aino', district: 'Kallio', age: 34 },
  { id: 'c', name: 'Cecilia', district: 'Töölö', age: 9 },
  { id: 'b', name: 'Bertta', district: 'Vallila', age: 71 },
];
const columns: Array<TableColumn<Person>> = [
  { key: 'name', header: 'Nimi', sortable: true, rowHeader: true },
  { key: 'district', header: 'Kaupunginosa' },
  { key: 'age', header: 'Ikä', sortable: true, align: 'end', cell: (p) => `${p.age} v` },
];
const polite = () => document.getElementById('aukio-announcer-polite');
const firstColumn = () => screen.getAllByRole('rowheader').map((c) => c.textContent);

/** jsdom has no layout: pretend the scroll container is narrower than its table. */
function overflow(on: boolean) {
  const scroll = (el: HTMLElement) => el.classList.contains('aukio-table__scroll');
  vi.spyOn(HTMLElement.prototype, 'scrollWidth', 'get').mockImplementation(function (this: HTMLElement) {
    return on && scroll(this) ? 900 : 0;
  });
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockImplementation(function (this: HTMLElement) {
    return on && scroll(this) ? 320 : 0;
  });
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('Table', () => {
  it('has a caption, column headers, row headers and, when too wide, a named focusable scroll region', () => {
    overflow(true);
    render(<Table caption="Asukkaat" columns={columns} rows={people} />);
    const table = screen.getByRole('table', { name: 'Asukkaat' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.getAttribute('scope'))).toEqual(['col', 'col', 'col']);
    expect(within(table).getAllByRole('rowheader')[0]).toHaveAttribute('scope', 'row');
    const region = screen.getByRole('region', { name: 'Asukkaat' });
    expect(region).toHaveAttribute('tabindex', '0');
    expect(region).toContainElement(table);
    expect(screen.getByText('34 v')).toBeInTheDocument();
  });

  it('a table that fits has no extra region or tab stop', async () => {
    overflow(false);
    const user = userEvent.setup();
    render(<Table caption="Asukkaat" columns={columns} rows={people} />);
    expect(screen.queryByRole('region')).toBeNull();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Nimi' })).toHaveFocus();
  });

  it('drops the region of a table that fits without drawing its rows again (a long table mounts once)', () => {
    overflow(false);
    const cell = vi.fn((p: Person) => `${p.age} v`);
    const counted = columns.map((c) => (c.key === 'age' ? { ...c, cell } : c));
    // Without StrictMode's deliberate second render, so the count is what an app's production build does.
    render(<Table caption="Asukkaat" columns={counted} rows={people} />, { reactStrictMode: false });
    expect(screen.queryByRole('region')).toBeNull();
    expect(cell).toHaveBeenCalledTimes(people.length);
  });

  it('the scroll region is reached with Tab before the header buttons', async () => {
    overflow(true);
    const user = userEvent.setup();
    render(<Table caption="Asukkaat" columns={columns} rows={people} />);
    await user.tab();
    expect(screen.getByRole('region', { name: 'Asukkaat' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Nimi' })).toHaveFocus();
  });

  it('sorts with Enter and Space on the header button, sets aria-sort and announces the order', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(<Table caption="Asukkaat" columns={columns} rows={people} />);
    expect(firstColumn()).toEqual(['Aino', 'Cecilia', 'Bertta']);
    const nameHeader = screen.getByRole('columnheader', { name: 'Nimi' });
    expect(nameHeader).not.toHaveAttribute('aria-sort');

    screen.getByRole('button', { name: 'Nimi' }).focus();
    await user.keyboard('{Enter}');
    expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(firstColumn()).toEqual(['Aino', 'Bertta', 'Cecilia']);
    expect(polite()).toHaveTextContent('');
    await act(() => vi.advanceTimersByTimeAsync(100));
    expect(polite()).toHaveTextContent('Lajiteltu sarakkeen Nimi mukaan nousevaan järjestykseen');

    await user.keyboard(' ');
    expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
    expect(firstColumn()).toEqual(['Cecilia', 'Bertta', 'Aino']);
    await act(() => vi.advanceTimersByTimeAsync(100));
    expect(polite()).toHaveTextContent('Lajiteltu sarakkeen Nimi mukaan laskevaan järjestykseen');
    expect(screen.getByRole('button', { name: 'Nimi' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Ikä' }));
    expect(nameHeader).not.toHaveAttribute('aria-sort');
    expect(screen.getByRole('columnheader', { name: 'Ikä' })).toHaveAttribute('aria-sort', 'ascending');
    expect(firstColumn()).toEqual(['Cecilia', 'Aino', 'Bertta']); // 9 < 34 < 71, numerically
  });

  it('announces the sort in Swedish and English', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const { unmount } = render(
      <AukioProvider locale="sv">
        <Table caption="Invånare" columns={[{ key: 'name', header: 'Namn', sortable: true, rowHeader: true }]} rows={people} />
      </AukioProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Namn' }));
    await act(() => vi.advanceTimersByTimeAsync(100));
    expect(polite()).toHaveTextContent('Sorterad efter kolumnen Namn i stigande ordning');
    unmount();
    render(
      <AukioProvider locale="en">
        <Table caption="Residents" columns={[{ key: 'name', header: 'Name', sortable: true, rowHeader: true }]} rows={people} defaultSort={{ column: 'name', direction: 'ascending' }} />
      </AukioProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'Name' }));
    await act(() => vi.advanceTimersByTimeAsync(100));
    expect(polite()).toHaveTextContent('Sorted by Name, descending');
  });

  it('controlled sort reports changes and manualSort leaves the order to the app', async () => {
    const user = userEvent.setup();
    const onSortChange = vi.fn();
    render(<Table caption="Asukkaat" columns={columns} rows={people} sort={null} onSortChange={onSortChange} manualSort />);
    await user.click(screen.getByRole('button', { name: 'Ikä' }));
    expect(onSortChange).toHaveBeenCalledWith({ column: 'age', direction: 'ascending' });
    expect(firstColumn()).toEqual(['Aino', 'Cecilia', 'Bertta']);
  });

  it('shows a translated empty state when there are no rows', () => {
    const { unmount } = render(<Table caption="Asukkaat" columns={columns} rows={[]} />);
    const cell = screen.getByRole('cell', { name: 'Ei näytettäviä rivejä' });
    expect(cell).toHaveAttribute('colspan', '3');
    unmount();
    render(
      <AukioProvider locale="sv">
        <Table caption="Invånare" columns={columns} rows={[]} selectable />
      </AukioProvider>,
    );
    expect(screen.getByRole('cell', { name: 'Inga rader att visa' })).toHaveAttribute('colspan', '4');
  });

  it('selects rows with checkboxes named by the row header, and all rows with the header checkbox', async () => {
    const user = userEvent.setup();
    const onSelectedRowIdsChange = vi.fn();
    render(<Table caption="Asukkaat" columns={columns} rows={people} selectable onSelectedRowIdsChange={onSelectedRowIdsChange} />);
    const aino = screen.getByRole('checkbox', { name: 'Valitse Aino' });
    aino.focus();
    await user.keyboard(' ');
    expect(aino).toBeChecked();
    expect(onSelectedRowIdsChange).toHaveBeenLastCalledWith(['a']);
    const all = screen.getByRole('checkbox', { name: 'Valitse kaikki rivit' });
    expect((all as HTMLInputElement).indeterminate).toBe(true);
    await user.click(all);
    expect(onSelectedRowIdsChange).toHaveBeenLastCalledWith(['a', 'c', 'b']);
    expect(screen.getByRole('checkbox', { name: 'Valitse Bertta' })).toBeChecked();
    await user.click(all);
    expect(onSelectedRowIdsChange).toHaveBeenLastCalledWith([]);
  });

  it('still calls the deprecated onSelectionChange, with one development warning', async () => {
    const user = userEvent.setup();
    await expectOneDeprecationWarning('Table', 'onSelectionChange', async () => {
      const onSelectionChange = vi.fn();
      render(<Table caption="Asukkaat" columns={columns} rows={people} selectable onSelectionChange={onSelectionChange} />);
      await user.click(screen.getByRole('checkbox', { name: 'Valitse Aino' }));
      expect(onSelectionChange).toHaveBeenLastCalledWith(['a']);
    });
  });

  it('keeps controlled selection and sort where the app puts them', async () => {
    const user = userEvent.setup();
    const onSelectedRowIdsChange = vi.fn();
    render(
      <Table caption="Asukkaat" columns={columns} rows={people} selectable selectedRowIds={['b']} onSelectedRowIdsChange={onSelectedRowIdsChange}
        defaultSort={{ column: 'age', direction: 'descending' }} />,
    );
    const aino = screen.getByRole('checkbox', { name: 'Valitse Aino' });
    await user.click(aino);
    expect(onSelectedRowIdsChange).toHaveBeenLastCalledWith(['b', 'a']);
    expect(aino).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Valitse Bertta' })).toBeChecked();
  });

  it('warns in development about an empty caption', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<Table caption="  " columns={columns} rows={people} />);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('empty caption'));
    warn.mockRestore();
  });

  it('has no axe violations: scrolling, sorted, selected, empty, long text', async () => {
    overflow(true);
    const long = { id: 'x', name: 'Asukaspysäköintitunnuksenhakijanpitkänimi'.repeat(3), district: 'A '.repeat(50), age: 1 };
    const { container } = render(
      <div>
        <Table caption="Lajiteltu" columns={columns} rows={[...people, long]} defaultSort={{ column: 'age', direction: 'descending' }} />
        <Table caption="Valittu" columns={columns} rows={people} selectable defaultSelectedRowIds={['b']} />
        <Table caption="Tyhjä" columns={columns} rows={[]} />
      </div>,
    );
    expect(await axe(container)).toHaveNoViolations();
  });
});

// @ts-expect-error a table needs a caption
export const noCaption = <Table columns={columns} rows={people} />;
