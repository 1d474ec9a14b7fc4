import { forwardRef, useEffect, useId, useRef, type HTMLAttributes, type ReactNode } from 'react';
import { useStrings } from '../i18n';
import { cx } from '../internal/cx';
import { warnOnce } from '../internal/dev';
import { mergeRefs } from '../internal/mergeRefs';
import { SkipLink } from '../SkipLink';
import { headerMessages } from '../i18n/messages/header';
import { useControllable } from '../internal/useControllable';
import { useHydrated } from '../internal/useHydrated';


export interface HeaderProps extends HTMLAttributes<HTMLElement> {
  /** The service's name, shown as a link to its front page. May be long: it wraps. */
  serviceName: ReactNode;
  /** Address of the service's front page. Default `/`. */
  serviceHref?: string;
  /**
   * The city's logo, shown inside the front-page link before the service name. Make it decorative
   * (`alt=""`) or give it alt text that belongs in the link's name (e.g. the city's name).
   */
  logo?: ReactNode;
  /** The main navigation, usually `<Navigation>`. Collapsed behind a menu button on narrow screens. */
  navigation?: ReactNode;
  /** The language switch, usually `<LanguageSwitch>`. Always visible. */
  languageSwitch?: ReactNode;
  /** Login button or user menu. Always visible. */
  actions?: ReactNode;
  /**
   * Where the ways to get help are: usually `#` + the id of the `ServiceHelp` in the Footer's `help` slot, or a
   * help page. Shows an "Apua" / "Hjälp" / "Help" link, always visible, first of the tools, so help is in the
   * same place on every page (WCAG 3.2.6).
   */
  helpHref?: string;
  /** Replaces the default text of the help link. */
  helpLabel?: ReactNode;
  /** Target of the built-in skip link (the first focusable element). `false` leaves it out. Default `#main`. */
  skipLinkHref?: `#${string}` | false;
  /**
   * When the navigation collapses behind the menu button: `narrow` (under 48 rem, which includes 400 % zoom)
   * or `always` (for services with many sections).
   */
  collapse?: 'narrow' | 'always';
  /** Whether the menu is open (controlled, narrow screens). Use with `onMenuOpenChange`. */
  menuOpen?: boolean;
  /** Open the menu initially (uncontrolled, narrow screens). */
  defaultMenuOpen?: boolean;
  /** Called when the menu button or Escape opens or closes the menu. */
  onMenuOpenChange?: (open: boolean) => void;
}

function MenuIcon({ open }: { open: boolean }) {
  return (
    <svg className="aukio-header__menu-icon" viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false">
      <path
        d={open ? 'M6 6l12 12M18 6 6 18' : 'M4 7h16M4 12h16M4 17h16'}
        fill="none"
        stroke="currentColor"
        strokeWidth="2.5"
        strokeLinecap="round"
      />
    </svg>
  );
}

/**
 * The page header (the `banner` landmark): skip link, the service's name and logo linking to its front page,
 * the language switch, login/user actions and the main navigation. On narrow screens the navigation folds
 * behind a menu button (a disclosure). Before JavaScript, or without it, the navigation is simply shown.
 */
export const Header = forwardRef<HTMLElement, HeaderProps>(function Header(
  {
    serviceName,
    serviceHref = '/',
    logo,
    navigation,
    languageSwitch,
    actions,
    helpHref,
    helpLabel,
    skipLinkHref = '#main',
    collapse = 'narrow',
    menuOpen,
    defaultMenuOpen = false,
    onMenuOpenChange,
    className,
    ...rest
  },
  ref,
) {
  const strings = useStrings(headerMessages);
  const navId = `${useId()}-navigation`;
  const own = useRef<HTMLElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useControllable(menuOpen, defaultMenuOpen, onMenuOpenChange);
  // The menu button only works with JavaScript, so it appears (and the navigation collapses) after hydration.
  const hydrated = useHydrated();

  useEffect(() => {
    if (process.env.NODE_ENV === 'production') return;
    if (serviceName === '' || serviceName === null || serviceName === undefined) {
      warnOnce('header-name', '<Header>: serviceName is empty; the front-page link has no name.');
    }
  }, [serviceName]);

  // Escape anywhere in the header closes the open menu and returns focus to its button. A native listener:
  // the header is a landmark, not a widget, so it takes no React keyboard handler of its own.
  useEffect(() => {
    const header = own.current;
    if (!header || !open) return;
    function handleKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.key !== 'Escape') return;
      event.preventDefault();
      setOpen(false);
      buttonRef.current?.focus();
    }
    header.addEventListener('keydown', handleKeyDown);
    return () => header.removeEventListener('keydown', handleKeyDown);
  }, [open, setOpen]);

  const menu = Boolean(navigation) && hydrated;

  return (
    <header
      ref={mergeRefs(own, ref)}
      className={cx('aukio-header', className)}
      data-js={hydrated ? '' : undefined}
      data-collapse={collapse}
      {...rest}
    >
      {skipLinkHref !== false && <SkipLink href={skipLinkHref} />}
      <div className="aukio-header__bar">
        <a className="aukio-header__service" href={serviceHref}>
          {logo && <span className="aukio-header__logo">{logo}</span>}
          <span className="aukio-header__service-name">{serviceName}</span>
        </a>
        {(helpHref || languageSwitch || actions) && (
          <div className="aukio-header__tools">
            {helpHref && (
              <a className="aukio-header__help" href={helpHref}>
                {helpLabel ?? strings['header.help']}
              </a>
            )}
            {languageSwitch && <div className="aukio-header__language">{languageSwitch}</div>}
            {actions && <div className="aukio-header__actions">{actions}</div>}
          </div>
        )}
        {menu && (
          <button
            ref={buttonRef}
            type="button"
            className="aukio-header__menu-button"
            aria-expanded={open}
            aria-controls={navId}
            onClick={() => setOpen(!open)}
          >
            <MenuIcon open={open} />
            <span>{strings['header.menu']}</span>
          </button>
        )}
      </div>
      {navigation && (
        <div id={navId} className="aukio-header__navigation" data-state={open ? 'open' : 'closed'}>
          {navigation}
        </div>
      )}
    </header>
  );
});
