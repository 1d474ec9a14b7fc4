import { forwardRef, type HTMLAttributes } from 'react';
import { cx } from '../internal/cx';

export interface VisuallyHiddenProps extends HTMLAttributes<HTMLElement> {
  /** Element to render. `span` (default) fits inside text; `div` for block content; `h2` etc. for hidden headings. */
  as?: 'span' | 'div' | 'p' | 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6' | 'label';
}

/**
 * Text for screen readers and other assistive technology that is not shown on screen. It stays in the
 * accessibility tree, in the browser's find and in copied text. A focusable child becomes visible on focus.
 */
export const VisuallyHidden = forwardRef<HTMLElement, VisuallyHiddenProps>(function VisuallyHidden(
  { as: Tag = 'span', className, ...rest },
  ref,
) {
  return <Tag ref={ref as never} className={cx('aukio-visually-hidden', className)} {...rest} />;
});
