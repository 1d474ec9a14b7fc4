import {
  forwardRef,
  useEffect,
  useId,
  useRef,
  useState,
  type ForwardedRef,
  type HTMLAttributes,
  type ReactElement,
  type ReactNode,
  type Ref,
} from 'react';
import { formatString, useLocale, useStrings } from '../i18n';
import { announce } from '../internal/announcer';
import { cx } from '../internal/cx';
import { renamedProp } from '../internal/deprecated';
import { warnOnce } from '../internal/dev';
import { useControllable } from '../internal/useControllable';
import { tableMessages } from '../i18n/messages/table';

export type SortDirection = 'ascending' | 'descending';
export interface TableSort {
  /** `key` of the sorted column. */
  column: string;
  direction: SortDirection;
}

type SortValue = string | number | Date | boolean | null | undefined;

export interface TableColumn<Row> {
  /** Unique key; also the default field read from the row. */
  key: string;
  /** Header text. Plain text, because it is also spoken in the sort announcement. */
  header: string;
  /** Cell content. Defaults to `row[key]` as text. */
  cell?: (row: Row) => ReactNode;
  /** The column can be sorted by its header button. */
  sortable?: boolean;
  /** The value sorted by. Defaults to `row[key]`. Numbers and dates sort as such, text by the locale. */
  sortValue?: (row: Row) => SortValue;
  /** Cells of this column name their row: rendered as `<th scope="row">`. Use for one column, usually the first. */
  rowHeader?: boolean;
  /** `end` for numbers and sums. */
  align?: 'start' | 'end';
}

export interface TableProps<Row> extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** What the table shows. Required: it names the table and its scroll region. */
  caption: string | ReactElement;
  columns: Array<TableColumn<Row>>;
  rows: Row[];
  /** Stable id of a row (default: `row.id`, else its index). */
  getRowId?: (row: Row, index: number) => string;
  /** Controlled sort. `null` for none. */
  sort?: TableSort | null;
  /** Initial sort when uncontrolled. */
  defaultSort?: TableSort | null;
  /** Called with the new sort when a column header is pressed. */
  onSortChange?: (sort: TableSort) => void;
  /**
   * Rows are sorted here unless you pass `manualSort` (for server-side sorting: you sort `rows` yourself in
   * `onSortChange`).
   */
  manualSort?: boolean;
  /** Adds a checkbox column; each checkbox is named by "Select" and the row's header cell. */
  selectable?: boolean;
  /** Ids of the selected rows (controlled). */
  selectedRowIds?: string[];
  /** Ids of the rows selected at first (uncontrolled). */
  defaultSelectedRowIds?: string[];
  /** Called with the ids of the selected rows whenever a checkbox changes. */
  onSelectedRowIdsChange?: (ids: string[]) => void;
  /** @deprecated use `onSelectedRowIdsChange` (same arguments); removed in the next minor version. */
  onSelectionChange?: (ids: string[]) => void;
  /** Shown in one cell when there are no rows. Defaults to the translated "Ei näytettäviä rivejä". */
  emptyText?: ReactNode;
}

function defaultRowId(row: unknown, index: number): string {
  const id = (row as { id?: unknown } | null)?.id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : String(index);
}

function readField(row: unknown, key: string): unknown {
  return row && typeof row === 'object' ? (row as Record<string, unknown>)[key] : undefined;
}

function SortIcon({ direction }: { direction?: SortDirection | undefined }) {
  return (
    <svg className="aukio-icon" viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false">
      {direction !== 'descending' && (
        <path d="M7 10l5-5 5 5" fill="none" stroke="currentColor" strokeWidth={direction ? 3 : 2} strokeLinecap="round" strokeLinejoin="round" />
      )}
      {direction !== 'ascending' && (
        <path d="M7 14l5 5 5-5" fill="none" stroke="currentColor" strokeWidth={direction ? 3 : 2} strokeLinecap="round" strokeLinejoin="round" />
      )}
    </svg>
  );
}

function TableInner<Row>(
  {
    caption,
    columns,
    rows,
    getRowId = defaultRowId,
    sort: sortProp,
    defaultSort = null,
    onSortChange,
    manualSort = false,
    selectable = false,
    selectedRowIds,
    defaultSelectedRowIds = [],
    onSelectedRowIdsChange,
    onSelectionChange,
    emptyText,
    className,
    ...rest
  }: TableProps<Row>,
  ref: ForwardedRef<HTMLDivElement>,
) {
  const strings = useStrings(tableMessages);
  const locale = useLocale();
  const baseId = useId();
  const captionId = `${baseId}-caption`;
  const selectWordId = `${baseId}-select`;
  const captionRef = useRef<HTMLTableCaptionElement>(null);

  const [sort, setSort] = useControllable<TableSort | null>(sortProp, defaultSort, onSortChange as ((sort: TableSort | null) => void) | undefined);
  const [selected, setSelection] = useControllable(
    selectedRowIds,
    defaultSelectedRowIds,
    renamedProp('Table', 'onSelectionChange', onSelectionChange, 'onSelectedRowIdsChange', onSelectedRowIdsChange),
  );

  useEffect(() => {
    if (process.env.NODE_ENV === 'production') return;
    if (!(captionRef.current?.textContent ?? '').trim()) {
      warnOnce('table:caption', '<Table> has an empty caption. Say what the table shows; the caption names the table and its scroll region.');
    }
    if (selectable && !columns.some((c) => c.rowHeader)) {
      warnOnce('table:rowHeader', '<Table selectable> needs a column with rowHeader: the row checkboxes are named by it.');
    }
  });

  const rowHeaderKey = columns.find((c) => c.rowHeader)?.key ?? columns[0]?.key;
  const indexed = rows.map((row, i) => ({ row, id: getRowId(row, i), i }));
  const ids = indexed.map((r) => r.id);

  const ordered = (() => {
    if (!sort || manualSort) return indexed;
    const column = columns.find((c) => c.key === sort.column);
    if (!column) return indexed;
    const value = (row: Row): SortValue => (column.sortValue ? column.sortValue(row) : (readField(row, column.key) as SortValue));
    const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
    const factor = sort.direction === 'ascending' ? 1 : -1;
    return [...indexed].sort((a, b) => {
      const va = value(a.row);
      const vb = value(b.row);
      const emptyA = va == null || va === '';
      const emptyB = vb == null || vb === '';
      if (emptyA || emptyB) return emptyA === emptyB ? a.i - b.i : emptyA ? 1 : -1; // empty values last
      let result: number;
      if (typeof va === 'number' && typeof vb === 'number') result = va - vb;
      else if (va instanceof Date && vb instanceof Date) result = va.getTime() - vb.getTime();
      else result = collator.compare(String(va), String(vb));
      return result * factor || a.i - b.i;
    });
  })();

  function toggleSort(column: TableColumn<Row>) {
    const direction: SortDirection = sort?.column === column.key && sort.direction === 'ascending' ? 'descending' : 'ascending';
    const next = { column: column.key, direction };
    setSort(next);
    announce(
      formatString(strings[direction === 'ascending' ? 'table.sortedAscending' : 'table.sortedDescending'], { column: column.header }),
      'polite',
    );
  }

  const allSelected = ids.length > 0 && ids.every((id) => selected.includes(id));
  const someSelected = !allSelected && ids.some((id) => selected.includes(id));
  const selectAllRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (selectAllRef.current) selectAllRef.current.indeterminate = someSelected;
  }, [someSelected]);

  const columnCount = columns.length + (selectable ? 1 : 0);

  return (
    <div ref={ref} className={cx('aukio-table', className)} {...rest}>
      {selectable && (
        <span id={selectWordId} hidden>
          {strings['table.selectRow']}
        </span>
      )}
      <TableScroll captionId={captionId} rows={rows} columns={columns} selectable={selectable}>
        <table className="aukio-table__table">
          <caption ref={captionRef} id={captionId} className="aukio-table__caption">
            {caption}
          </caption>
          <thead>
            <tr>
              {selectable && (
                <th scope="col" className="aukio-table__select">
                  <input
                    ref={selectAllRef}
                    type="checkbox"
                    className="aukio-table__checkbox"
                    aria-label={strings['table.selectAll']}
                    checked={allSelected}
                    disabled={ids.length === 0}
                    onChange={() => setSelection(allSelected ? selected.filter((id) => !ids.includes(id)) : Array.from(new Set([...selected, ...ids])))}
                  />
                </th>
              )}
              {columns.map((column) => {
                const direction = sort?.column === column.key ? sort.direction : undefined;
                return (
                  <th
                    key={column.key}
                    scope="col"
                    className="aukio-table__header"
                    aria-sort={column.sortable ? direction : undefined}
                    data-align={column.align}
                    data-sorted={direction}
                  >
                    {column.sortable ? (
                      <button type="button" className="aukio-table__sort" onClick={() => toggleSort(column)}>
                        <span>{column.header}</span>
                        <span className="aukio-table__sort-icon">
                          <SortIcon direction={direction} />
                        </span>
                      </button>
                    ) : (
                      column.header
                    )}
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {ordered.length === 0 ? (
              <tr className="aukio-table__empty">
                <td colSpan={columnCount}>{emptyText ?? strings['table.empty']}</td>
              </tr>
            ) : (
              ordered.map(({ row, id, i }) => {
                const isSelected = selected.includes(id);
                const headerCellId = `${baseId}-r${i}`;
                return (
                  <tr key={id} data-selected={selectable && isSelected ? '' : undefined}>
                    {selectable && (
                      <td className="aukio-table__select">
                        <input
                          type="checkbox"
                          className="aukio-table__checkbox"
                          aria-labelledby={`${selectWordId} ${headerCellId}`}
                          checked={isSelected}
                          onChange={() => setSelection(isSelected ? selected.filter((s) => s !== id) : [...selected, id])}
                        />
                      </td>
                    )}
                    {columns.map((column) => {
                      const content = column.cell ? column.cell(row) : String(readField(row, column.key) ?? '');
                      const cellId = column.key === rowHeaderKey ? headerCellId : undefined;
                      return column.rowHeader ? (
                        <th key={column.key} id={cellId} scope="row" className="aukio-table__row-header" data-align={column.align}>
                          {content}
                        </th>
                      ) : (
                        <td key={column.key} id={cellId} data-align={column.align}>
                          {content}
                        </td>
                      );
                    })}
                  </tr>
                );
              })
            )}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}

/**
 * The scroll container becomes a named, focusable region only while the table is wider than it: then
 * keyboard users can scroll it; a table that fits adds no extra tab stop or landmark. It starts as a region
 * (server HTML, before measuring) so a wide table is never unreachable. Its own component, so that the
 * measurement after mounting re-renders only this element: the table is its `children`, the same element,
 * and React does not render 500 rows again to drop a tab stop.
 */
function TableScroll({
  captionId,
  rows,
  columns,
  selectable,
  children,
}: {
  captionId: string;
  rows: unknown;
  columns: unknown;
  selectable: boolean;
  children: ReactNode;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [scrollable, setScrollable] = useState(true);
  useEffect(() => {
    const el = scrollRef.current;
    if (el) setScrollable(el.scrollWidth > el.clientWidth + 1);
  }, [rows, columns, selectable]);
  useEffect(() => {
    const el = scrollRef.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setScrollable(el.scrollWidth > el.clientWidth + 1));
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <div
      ref={scrollRef}
      className="aukio-table__scroll"
      role={scrollable ? 'region' : undefined}
      aria-labelledby={scrollable ? captionId : undefined}
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- a scrolling region must be reachable by keyboard (WCAG 2.1.1)
      tabIndex={scrollable ? 0 : undefined}
      data-scrollable={scrollable ? '' : undefined}
    >
      {children}
    </div>
  );
}

/**
 * A data table from `columns` and `rows`: a required caption, column headers (`<th scope="col">`), optional
 * row headers, sortable columns with header buttons and `aria-sort`, optional row selection, and a
 * translated empty state. It sits in a focusable, named scroll region so it never breaks a narrow layout.
 */
export const Table = forwardRef(TableInner) as <Row>(props: TableProps<Row> & { ref?: Ref<HTMLDivElement> }) => ReactElement;
