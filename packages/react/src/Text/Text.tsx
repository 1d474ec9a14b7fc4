import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import { cx } from '../internal/cx';

export interface TextProps extends HTMLAttributes<HTMLElement> {
  /** `body` (default), `lead` (a larger introduction) or `small` (notes, captions). */
  variant?: 'body' | 'lead' | 'small';
  /** Element: `p` (default), `span` (inside other text) or `div` (around other blocks). */
  as?: 'p' | 'span' | 'div';
  children?: ReactNode;
}

/** Running text in the service's type scale, with a readable line length. */
export const Text = forwardRef<HTMLElement, TextProps>(function Text({ variant = 'body', as: Tag = 'p', className, ...rest }, ref) {
  return <Tag ref={ref as never} className={cx('aukio-text', className)} data-variant={variant} {...rest} />;
});
