import { forwardRef, type AnchorHTMLAttributes, type HTMLAttributes, type ReactNode } from 'react';
import type { HeadingLevel } from '../Heading/Heading';
import { cx } from '../internal/cx';

export interface CardProps extends Omit<HTMLAttributes<HTMLElement>, 'title'> {
  /** The card's heading. Required. */
  title: ReactNode;
  /** Heading level that fits the page outline. Required: a card's heading is part of the page structure. */
  headingLevel: HeadingLevel;
  /**
   * Makes the whole card a link target: the ONE link is in the heading (its name is the title), and CSS
   * stretches its click area over the card. Other links and buttons in the card stay clickable.
   */
  href?: string;
  /** Extra props for the heading link (e.g. `onClick` for a client-side router). */
  linkProps?: Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href' | 'children'>;
  /** An image or illustration shown at the top (after the heading in the source, so the heading is read first). */
  media?: ReactNode;
  /** Content at the bottom: metadata, actions. */
  footer?: ReactNode;
  /** Element: `div` (default), `article` (self-contained content), `section`, `li`. */
  as?: 'div' | 'article' | 'section' | 'li';
  children?: ReactNode;
}

/** A content container with a heading, optional media, body and footer; optionally a link as a whole. */
export const Card = forwardRef<HTMLElement, CardProps>(function Card(
  { title, headingLevel, href, linkProps, media, footer, as: Tag = 'div', className, children, ...rest },
  ref,
) {
  const Heading = `h${headingLevel}` as const;
  return (
    <Tag ref={ref as never} className={cx('aukio-card', className)} data-link={href ? '' : undefined} {...rest}>
      <Heading className="aukio-card__title">
        {href ? (
          <a className="aukio-card__link" href={href} {...linkProps}>
            {title}
          </a>
        ) : (
          title
        )}
      </Heading>
      {media && <div className="aukio-card__media">{media}</div>}
      {children != null && children !== false && <div className="aukio-card__body">{children}</div>}
      {footer && <div className="aukio-card__footer">{footer}</div>}
    </Tag>
  );
});
