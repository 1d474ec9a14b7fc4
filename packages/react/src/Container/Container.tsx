import { forwardRef, type HTMLAttributes } from 'react';
import { cx } from '../internal/cx';

export interface ContainerProps extends HTMLAttributes<HTMLElement> {
  /** Maximum width: `narrow` (forms and articles, 48 rem), `default` (72 rem), `wide` (90 rem) or `full`. */
  size?: 'narrow' | 'default' | 'wide' | 'full';
  /** Element: `div` (default), or a landmark such as `main`, `section`, `header`, `footer`. */
  as?: 'div' | 'main' | 'section' | 'header' | 'footer' | 'article' | 'aside' | 'nav';
}

/** Centres content with a maximum width and inline padding that grows with the screen. */
export const Container = forwardRef<HTMLElement, ContainerProps>(function Container(
  { size = 'default', as: Tag = 'div', className, ...rest },
  ref,
) {
  return <Tag ref={ref as never} className={cx('aukio-container', className)} data-size={size} {...rest} />;
});
