import { forwardRef, type HTMLAttributes, type ReactElement, type ReactNode } from 'react';
import { useStrings } from '../i18n';
import { cx } from '../internal/cx';
import { useNavigationChecks } from '../internal/useNavigationChecks';
import { navigationMessages } from '../i18n/messages/navigation';

export interface NavigationItem {
  /** The link text. */
  label: ReactNode;
  href: string;
  /** React key; defaults to `href`. Must be unique. */
  key?: string;
  /** Marks this item as the current page (instead of `currentHref`). */
  current?: boolean;
}

/** What `renderLink` receives: spread it on your router's link component. */
export interface NavigationLinkProps {
  href: string;
  className: string;
  'aria-current'?: 'page' | undefined;
  children: ReactNode;
}

export interface NavigationProps extends HTMLAttributes<HTMLElement> {
  items: NavigationItem[];
  /** `href` of the current page; that item gets `aria-current="page"`. */
  currentHref?: string;
  /** Name of the landmark; defaults to "Päävalikko" / "Huvudmeny" / "Main menu". */
  'aria-label'?: string;
  /** Render each link with your router's link component. Defaults to a plain `<a>`. */
  renderLink?: (props: NavigationLinkProps) => ReactElement;
}

const defaultLink = ({ children, ...props }: NavigationLinkProps) => <a {...props}>{children}</a>;

/**
 * The service's main navigation: a named `<nav>` landmark with a list of links, the current page marked with
 * `aria-current="page"`. Renders nothing when there are no items.
 */
export const Navigation = forwardRef<HTMLElement, NavigationProps>(function Navigation(
  { items, currentHref, renderLink = defaultLink, className, 'aria-label': ariaLabel, ...rest },
  ref,
) {
  const strings = useStrings(navigationMessages);
  useNavigationChecks(
    'Navigation',
    items.map((item) => item.key ?? item.href),
    items.map((item) => item.href),
    currentHref,
  );
  if (items.length === 0) return null;
  return (
    <nav ref={ref} aria-label={ariaLabel ?? strings['navigation.label']} className={cx('aukio-navigation', className)} {...rest}>
      <ul className="aukio-navigation__list">
        {items.map((item, i) => {
          const current = item.current ?? (currentHref !== undefined && item.href === currentHref);
          return (
            <li key={`${i}:${item.key ?? item.href}`} className="aukio-navigation__item">
              {renderLink({
                href: item.href,
                className: 'aukio-navigation__link',
                'aria-current': current ? 'page' : undefined,
                children: item.label,
              })}
            </li>
          );
        })}
      </ul>
    </nav>
  );
});
