import { forwardRef, useEffect, type HTMLAttributes, type MouseEvent, type ReactNode } from 'react';
import { formatString, useStrings } from '../i18n';
import { cx } from '../internal/cx';
import { warnOnce } from '../internal/dev';
import { paginationMessages } from '../i18n/messages/pagination';
import { pageRange } from './pageRange';

interface PaginationBaseProps extends HTMLAttributes<HTMLElement> {
  /** The current page, from 1. */
  page: number;
  /** How many pages there are. With one page (or none) nothing is rendered. */
  pageCount: number;
  /** Pages shown on each side of the current one before an ellipsis. Default 1. */
  siblingCount?: number;
  /** Name of the landmark; defaults to "Sivutus" / "Sidnavigering" / "Pagination". */
  'aria-label'?: string;
}

interface LinkPaginationProps extends PaginationBaseProps {
  /** Builds the address of a page: links that work before JavaScript and can be opened in a new tab. */
  href: (page: number) => string;
  /** Called when a link is followed (e.g. to route on the client; call `event.preventDefault()` then). */
  onPageChange?: (page: number, event: MouseEvent<HTMLElement>) => void;
}

interface ButtonPaginationProps extends PaginationBaseProps {
  href?: never;
  /** Without `href` the pages are buttons that call this. */
  onPageChange: (page: number, event: MouseEvent<HTMLElement>) => void;
}

export type PaginationProps = LinkPaginationProps | ButtonPaginationProps;

function Arrow({ back }: { back?: boolean }) {
  return (
    <svg className="aukio-pagination__icon" viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false">
      <path d={back ? 'M15 5l-7 7 7 7' : 'M9 5l7 7-7 7'} fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/**
 * Moves between the pages of a long list. A named `<nav>` with previous/next and page numbers; the current
 * page has `aria-current="page"`. On narrow screens only previous, "Page 3 of 10" and next are shown.
 * Links with `href` (work before JavaScript), or buttons with `onPageChange`. One page: renders nothing.
 */
export const Pagination = forwardRef<HTMLElement, PaginationProps>(function Pagination(
  { page: rawPage, pageCount, siblingCount = 1, href, onPageChange, className, 'aria-label': ariaLabel, ...rest },
  ref,
) {
  const strings = useStrings(paginationMessages);
  const page = Math.min(Math.max(1, Math.round(rawPage)), Math.max(1, pageCount));

  useEffect(() => {
    if (process.env.NODE_ENV === 'production') return;
    if (pageCount >= 1 && (rawPage < 1 || rawPage > pageCount)) {
      warnOnce(`pagination-range:${rawPage}/${pageCount}`, `<Pagination>: page ${rawPage} is outside 1–${pageCount}; showing page ${page}.`);
    }
  }, [rawPage, pageCount, page]);

  if (!(pageCount > 1)) return null;

  function control(target: number, content: ReactNode, extra: { className: string; label?: string; current?: boolean }) {
    const disabled = target < 1 || target > pageCount;
    const props = {
      className: extra.className,
      'aria-label': extra.label,
      'aria-current': extra.current ? ('page' as const) : undefined,
    };
    if (href) {
      return (
        <a {...props} href={href(target)} onClick={onPageChange ? (event) => onPageChange(target, event) : undefined}>
          {content}
        </a>
      );
    }
    return (
      <button
        {...props}
        type="button"
        aria-disabled={disabled || undefined}
        onClick={(event) => {
          // aria-disabled rather than disabled keeps focus on the button when the last page is reached.
          if (!disabled && target !== page) onPageChange?.(target, event);
        }}
      >
        {content}
      </button>
    );
  }

  const showPrev = !href || page > 1;
  const showNext = !href || page < pageCount;

  return (
    <nav ref={ref} aria-label={ariaLabel ?? strings['pagination.label']} className={cx('aukio-pagination', className)} {...rest}>
      <ul className="aukio-pagination__list">
        {showPrev && (
          <li className="aukio-pagination__item aukio-pagination__item--previous">
            {control(
              page - 1,
              <>
                <Arrow back />
                <span>{strings['pagination.previous']}</span>
              </>,
              { className: 'aukio-pagination__control aukio-pagination__step' },
            )}
          </li>
        )}
        {pageRange(page, pageCount, siblingCount).map((entry, i) =>
          entry === 'ellipsis' ? (
            <li key={`e${i}`} className="aukio-pagination__item aukio-pagination__ellipsis" aria-hidden="true">
              …
            </li>
          ) : (
            <li key={`p${entry}`} className="aukio-pagination__item aukio-pagination__item--page">
              {control(entry, entry, {
                className: 'aukio-pagination__control aukio-pagination__page',
                label: formatString(strings['pagination.page'], { page: entry }),
                current: entry === page,
              })}
            </li>
          ),
        )}
        <li className="aukio-pagination__item aukio-pagination__status">
          {formatString(strings['pagination.status'], { page, count: pageCount })}
        </li>
        {showNext && (
          <li className="aukio-pagination__item aukio-pagination__item--next">
            {control(
              page + 1,
              <>
                <span>{strings['pagination.next']}</span>
                <Arrow />
              </>,
              { className: 'aukio-pagination__control aukio-pagination__step' },
            )}
          </li>
        )}
      </ul>
    </nav>
  );
});
