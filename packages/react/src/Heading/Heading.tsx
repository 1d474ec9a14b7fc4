import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import { cx } from '../internal/cx';

/** The one heading-level type: every component with a heading-level prop takes it (docs/ApiConventions.mdx). */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** The level `steps` below `level`, never below `<h6>`. */
export function levelBelow(level: HeadingLevel, steps = 1): HeadingLevel {
  return Math.min(level + steps, 6) as HeadingLevel;
}
export type HeadingSize = '3xl' | '2xl' | 'xl' | 'lg' | 'md' | 'sm';

export interface HeadingProps extends HTMLAttributes<HTMLHeadingElement> {
  /** The level in the page outline (`<h1>`…`<h6>`). Required: choose it by structure, not by looks. */
  level: HeadingLevel;
  /** Visual size, separate from the level. Defaults to the size that goes with the level. */
  size?: HeadingSize;
  children: ReactNode;
}

const defaultSize: Record<HeadingLevel, HeadingSize> = { 1: '3xl', 2: '2xl', 3: 'xl', 4: 'lg', 5: 'md', 6: 'sm' };

/** A heading whose level (structure) and size (looks) are chosen separately. */
export const Heading = forwardRef<HTMLHeadingElement, HeadingProps>(function Heading(
  { level, size, className, children, ...rest },
  ref,
) {
  const Tag = `h${level}` as const;
  return (
    <Tag ref={ref} className={cx('aukio-heading', className)} data-size={size ?? defaultSize[level]} {...rest}>
      {children}
    </Tag>
  );
});
