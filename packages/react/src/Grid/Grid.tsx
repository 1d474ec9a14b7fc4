import { forwardRef, type HTMLAttributes } from 'react';
import { cx } from '../internal/cx';
import type { SpaceStep } from '../Stack';

export interface GridProps extends HTMLAttributes<HTMLElement> {
  /** Columns on wide screens (default 3). Narrow screens get one column, medium screens at most two. */
  columns?: 1 | 2 | 3 | 4 | 6;
  /** Space between cells, a step of the space scale (default 5 = 1.5 rem). */
  gap?: SpaceStep;
  /** Element: `div` (default), or `ul` / `ol` when the cells are a list (of cards, say). */
  as?: 'div' | 'ul' | 'ol' | 'section';
}

/**
 * Equal columns that collapse to one column on narrow screens (under 40 rem) and at most two on medium
 * screens (under 64 rem). Set with data attributes, no inline styles.
 */
export const Grid = forwardRef<HTMLElement, GridProps>(function Grid(
  { columns = 3, gap = 5, as: Tag = 'div', className, ...rest },
  ref,
) {
  return <Tag ref={ref as never} className={cx('aukio-grid', className)} data-columns={columns} data-gap={gap} {...rest} />;
});
