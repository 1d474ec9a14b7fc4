import { forwardRef, type HTMLAttributes } from 'react';
import { cx } from '../internal/cx';

/** Steps of the space scale: `--aukio-space-1` … `--aukio-space-8`, and 0. */
export type SpaceStep = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

export interface StackProps extends HTMLAttributes<HTMLElement> {
  /** `vertical` (default) or `horizontal`. Horizontal stacks wrap so nothing overflows on narrow screens. */
  direction?: 'vertical' | 'horizontal';
  /** Space between the items, a step of the space scale (default 4 = 1 rem). */
  gap?: SpaceStep;
  /** Alignment across the stack direction. */
  align?: 'start' | 'center' | 'end' | 'stretch' | 'baseline';
  /** Distribution along the stack direction. */
  justify?: 'start' | 'center' | 'end' | 'space-between';
  /** Horizontal stacks wrap by default; `false` keeps them on one line. */
  wrap?: boolean;
  /** Element: `div` (default), `ul`/`ol` for lists of items, `section`. */
  as?: 'div' | 'ul' | 'ol' | 'section' | 'span';
}

/**
 * Lays out children in a column or a row with a gap from the space tokens. Styling comes from data
 * attributes (`data-gap="4"`), never inline styles, so it works under a strict Content Security Policy.
 */
export const Stack = forwardRef<HTMLElement, StackProps>(function Stack(
  { direction = 'vertical', gap = 4, align, justify, wrap = true, as: Tag = 'div', className, ...rest },
  ref,
) {
  return (
    <Tag
      ref={ref as never}
      className={cx('aukio-stack', className)}
      data-direction={direction}
      data-gap={gap}
      data-align={align}
      data-justify={justify}
      data-nowrap={wrap ? undefined : ''}
      {...rest}
    />
  );
});
