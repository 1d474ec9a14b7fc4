import { forwardRef, useEffect, useId, useRef, type HTMLAttributes, type ReactElement, type ReactNode } from 'react';
import { useStrings } from '../i18n';
import { cx } from '../internal/cx';
import type { NavigationLinkProps } from '../Navigation/Navigation';
import { useNavigationChecks } from '../internal/useNavigationChecks';
import { sideNavigationMessages } from '../i18n/messages/sideNavigation';
import { useControllable } from '../internal/useControllable';
import { useHydrated } from '../internal/useHydrated';

export interface SideNavigationItem {
  label: ReactNode;
  /** Address of the page. A section without `href` is only a heading for its sub-items. */
  href?: string;
  /** React key and the id used for its expanded state; defaults to `href`, then the position. Must be unique. */
  key?: string;
  /** Marks this item as the current page (instead of `currentHref`). */
  current?: boolean;
  /** Sub-pages: the item becomes an expandable section. */
  items?: SideNavigationItem[];
}

export interface SideNavigationProps extends HTMLAttributes<HTMLElement> {
  items: SideNavigationItem[];
  /** `href` of the current page. It gets `aria-current="page"` and the sections around it start expanded. */
  currentHref?: string;
  /** Name of the landmark; defaults to "Osion valikko" / "Avsnittsmeny" / "Section menu". */
  'aria-label'?: string;
  /** Render each link with your router's link component. Defaults to a plain `<a>`. */
  renderLink?: (props: NavigationLinkProps) => ReactElement;
  /**
   * The expanded sections, controlled: their ids (an item's `key`, else its `href`, else its position such as
   * `"2"` or `"2.0"`). Use with `onExpandedChange`.
   */
  expanded?: readonly string[] | undefined;
  /** The sections expanded at first, uncontrolled. By default the sections around the current page. */
  defaultExpanded?: readonly string[] | undefined;
  /**
   * Called with the ids of the expanded sections whenever a section is expanded or collapsed, and when the
   * current page moves into a collapsed section (which then expands), controlled or not.
   */
  onExpandedChange?: ((expanded: string[]) => void) | undefined;
}

const defaultLink = ({ children, ...props }: NavigationLinkProps) => <a {...props}>{children}</a>;

function isCurrent(item: SideNavigationItem, currentHref: string | undefined): boolean {
  return item.current ?? (currentHref !== undefined && item.href === currentHref);
}
function containsCurrent(item: SideNavigationItem, currentHref: string | undefined): boolean {
  return (item.items ?? []).some((child) => isCurrent(child, currentHref) || containsCurrent(child, currentHref));
}
/** Ids of the sections that hold the current page. */
function sectionsAroundCurrent(entries: Array<{ item: SideNavigationItem; id: string }>, currentHref: string | undefined): string[] {
  return entries.filter(({ item }) => containsCurrent(item, currentHref)).map(({ id }) => id);
}
function flatten(items: SideNavigationItem[], path = ''): Array<{ item: SideNavigationItem; id: string }> {
  return items.flatMap((item, i) => {
    const id = item.key ?? item.href ?? `${path}${i}`;
    return [{ item, id }, ...flatten(item.items ?? [], `${path}${i}.`)];
  });
}

function ChevronIcon() {
  return (
    <svg className="aukio-side-navigation__chevron" viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false">
      <path d="M6 9l6 6 6-6" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/**
 * Navigation inside a section of a service: nested pages, each section expandable with a disclosure button.
 * The section holding the current page starts expanded. Before JavaScript every section is shown expanded,
 * so every page is reachable without it.
 */
export const SideNavigation = forwardRef<HTMLElement, SideNavigationProps>(function SideNavigation(
  {
    items,
    currentHref,
    renderLink = defaultLink,
    expanded: expandedProp,
    defaultExpanded,
    onExpandedChange,
    className,
    'aria-label': ariaLabel,
    ...rest
  },
  ref,
) {
  const strings = useStrings(sideNavigationMessages);
  const baseId = useId();
  const hydrated = useHydrated();
  const all = flatten(items);
  const around = sectionsAroundCurrent(all, currentHref);
  // Every change is a new array, so the app's callback may keep it as its own (mutable) state.
  const [expanded, setExpanded] = useControllable<readonly string[]>(
    expandedProp,
    defaultExpanded ?? around,
    onExpandedChange as ((expanded: readonly string[]) => void) | undefined,
  );

  // When the current page changes (client-side navigation), the sections around it expand; the others stay as
  // the user left them.
  const aroundKey = around.join('\n');
  const lastAround = useRef(aroundKey);
  useEffect(() => {
    if (lastAround.current === aroundKey) return;
    lastAround.current = aroundKey;
    const missing = around.filter((id) => !expanded.includes(id));
    if (missing.length) setExpanded([...expanded, ...missing]);
    // Runs only when the sections around the current page change (`aroundKey`).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [aroundKey]);

  useNavigationChecks(
    'SideNavigation',
    all.map((entry) => entry.id),
    all.flatMap((entry) => (entry.item.href ? [entry.item.href] : [])),
    currentHref,
  );
  if (items.length === 0) return null;

  function renderList(list: SideNavigationItem[], path: string, level: number, id?: string, hidden?: boolean) {
    return (
      <ul className="aukio-side-navigation__list" id={id} hidden={hidden} data-level={level}>
        {list.map((item, i) => {
          const itemId = item.key ?? item.href ?? `${path}${i}`;
          const domId = `${baseId}-${path}${i}`;
          const current = isCurrent(item, currentHref);
          const children = item.items ?? [];
          const section = children.length > 0;
          const open = !hydrated || expanded.includes(itemId);
          const link = item.href
            ? renderLink({
                href: item.href,
                className: 'aukio-side-navigation__link',
                'aria-current': current ? 'page' : undefined,
                children: <span id={`${domId}-label`}>{item.label}</span>,
              })
            : null;
          const toggle = () => setExpanded(open ? expanded.filter((id) => id !== itemId) : [...expanded, itemId]);
          return (
            <li key={`${i}:${itemId}`} className="aukio-side-navigation__item" data-state={section ? (open ? 'open' : 'closed') : undefined}>
              {section ? (
                <div className="aukio-side-navigation__row">
                  {link}
                  {hydrated && item.href && (
                    <button
                      type="button"
                      className="aukio-side-navigation__toggle"
                      aria-expanded={open}
                      aria-controls={`${domId}-list`}
                      aria-labelledby={`${domId}-toggle ${domId}-label`}
                      onClick={toggle}
                    >
                      <span id={`${domId}-toggle`} className="aukio-visually-hidden">
                        {strings['sideNavigation.subpages']}
                      </span>
                      <ChevronIcon />
                    </button>
                  )}
                  {hydrated && !item.href && (
                    <button
                      type="button"
                      className="aukio-side-navigation__toggle aukio-side-navigation__section"
                      aria-expanded={open}
                      aria-controls={`${domId}-list`}
                      onClick={toggle}
                    >
                      <span className="aukio-side-navigation__section-label">{item.label}</span>
                      <ChevronIcon />
                    </button>
                  )}
                  {!hydrated && !item.href && <span className="aukio-side-navigation__section">{item.label}</span>}
                </div>
              ) : (
                link ?? <span className="aukio-side-navigation__section">{item.label}</span>
              )}
              {section && renderList(children, `${path}${i}.`, level + 1, `${domId}-list`, !open)}
            </li>
          );
        })}
      </ul>
    );
  }

  return (
    <nav ref={ref} aria-label={ariaLabel ?? strings['sideNavigation.label']} className={cx('aukio-side-navigation', className)} {...rest}>
      {renderList(items, '', 1)}
    </nav>
  );
});
