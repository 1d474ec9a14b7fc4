import { forwardRef, useEffect, type HTMLAttributes, type ReactNode } from 'react';
import { useStrings } from '../i18n';
import { cx } from '../internal/cx';
import { warnOnce } from '../internal/dev';
import { breadcrumbMessages } from '../i18n/messages/breadcrumb';

export interface BreadcrumbItem {
  /** Text of the crumb: the page's title, shortened if needed. */
  label: ReactNode;
  /** Address of the page. Every item but the last needs one; the last one (the current page) ignores it. */
  href?: string;
  /** React key; defaults to the position and `href`. */
  key?: string;
}

export interface BreadcrumbProps extends HTMLAttributes<HTMLElement> {
  /** From the front page to the current page. The last item is the current page. */
  items: BreadcrumbItem[];
  /** Name of the landmark; defaults to "Murupolku" / "Brödsmulor" / "Breadcrumb". */
  'aria-label'?: string;
  /**
   * On narrow screens (under 30 rem) show only the first item, the parent page and the current page, with
   * an ellipsis in between, so a long trail takes two lines at most. Wide screens always show everything.
   */
  collapseOnNarrow?: boolean;
}

/**
 * Where the current page sits in the service's hierarchy. A `<nav>` landmark with an ordered list; the current
 * page is the last item, marked `aria-current="page"` and not a link (it would only reload the page).
 * Separators are drawn with CSS and are not read out.
 */
export const Breadcrumb = forwardRef<HTMLElement, BreadcrumbProps>(function Breadcrumb(
  { items, collapseOnNarrow = false, className, 'aria-label': ariaLabel, ...rest },
  ref,
) {
  const strings = useStrings(breadcrumbMessages);

  useEffect(() => {
    if (process.env.NODE_ENV === 'production') return;
    items.slice(0, -1).forEach((item, i) => {
      if (!item.href) warnOnce(`breadcrumb-href:${i}`, `<Breadcrumb>: item ${i + 1} has no href; only the last item (the current page) may lack one.`);
    });
    const hrefs = items.map((i) => i.href).filter(Boolean);
    const dup = hrefs.find((h, i) => hrefs.indexOf(h) !== i);
    if (dup) warnOnce(`breadcrumb-dup:${dup}`, `<Breadcrumb>: the href "${dup}" appears more than once in the trail.`);
  }, [items]);

  if (items.length === 0) return null;
  const last = items.length - 1;
  // Collapsing only makes sense when something is left out: first, ..., parent, current.
  const collapsible = collapseOnNarrow && items.length > 3;

  return (
    <nav
      ref={ref}
      aria-label={ariaLabel ?? strings['breadcrumb.label']}
      className={cx('aukio-breadcrumb', className)}
      data-collapse={collapsible ? '' : undefined}
      {...rest}
    >
      <ol className="aukio-breadcrumb__list">
        {items.flatMap((item, i) => {
          const current = i === last;
          const hidden = collapsible && i > 0 && i < last - 1;
          const crumbs = [
            collapsible && i === 1 ? (
              <li key="aukio-ellipsis" className="aukio-breadcrumb__item aukio-breadcrumb__ellipsis" aria-hidden="true">
                …
              </li>
            ) : null,
            <li
              key={item.key ?? `${i}:${item.href ?? ''}`}
              className="aukio-breadcrumb__item"
              data-collapsible={hidden ? '' : undefined}
            >
              {current || !item.href ? (
                <span className="aukio-breadcrumb__current" aria-current={current ? 'page' : undefined}>
                  {item.label}
                </span>
              ) : (
                <a className="aukio-breadcrumb__link" href={item.href}>
                  {item.label}
                </a>
              )}
            </li>,
          ];
          return crumbs.filter((c) => c !== null);
        })}
      </ol>
    </nav>
  );
});
