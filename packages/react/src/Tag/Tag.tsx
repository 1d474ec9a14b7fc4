import { forwardRef, type AnchorHTMLAttributes, type HTMLAttributes, type ReactNode } from 'react';
import { cx } from '../internal/cx';

export type TagVariant = 'neutral' | 'info' | 'success' | 'warning' | 'error';

interface TagBaseProps {
  /** `neutral` (default), `info`, `success`, `warning` or `error`; each has its own border style too. */
  variant?: TagVariant;
  /** The tag text: a keyword, category or short state. Required. */
  children: ReactNode;
}

type SpanTagProps = TagBaseProps & Omit<HTMLAttributes<HTMLSpanElement>, 'children'> & { href?: never };
/** With `href` the tag is a link (e.g. to all items with this keyword). */
type LinkTagProps = TagBaseProps & Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'children'> & { href: string };

export type TagProps = SpanTagProps | LinkTagProps;

/**
 * A short label for a keyword or category ("Pysäköinti", "Uusi"). Plain text by default, a link with
 * `href`. Variants differ by border style as well as colour (solid, double, dashed, dotted, thick edge).
 */
export const Tag = forwardRef<HTMLSpanElement | HTMLAnchorElement, TagProps>(function Tag(
  { variant = 'neutral', className, children, ...rest },
  ref,
) {
  const props = {
    className: cx('aukio-tag', className),
    'data-variant': variant,
  };
  if ('href' in rest && rest.href !== undefined) {
    return (
      <a ref={ref as never} {...props} {...(rest as AnchorHTMLAttributes<HTMLAnchorElement>)} data-link="">
        {children}
      </a>
    );
  }
  return (
    <span ref={ref as never} {...props} {...(rest as HTMLAttributes<HTMLSpanElement>)}>
      {children}
    </span>
  );
});
