import { forwardRef, useEffect, useId, type HTMLAttributes, type ReactNode } from 'react';
import type { HeadingLevel } from '../Heading/Heading';
import { useStrings } from '../i18n';
import { cx } from '../internal/cx';
import { warnOnce } from '../internal/dev';
import { footerMessages } from '../i18n/messages/footer';

export interface FooterLink {
  label: ReactNode;
  href: string;
  /** The link is in another language than the page: its `lang` (and `hrefLang`). */
  lang?: string;
}

export interface FooterLinkGroup {
  /** Visible heading; names the group's list. */
  heading?: ReactNode;
  /** Name of the list when there is no visible heading. One of `heading` or `label` is needed. */
  label?: string;
  links: FooterLink[];
  key?: string;
}

export interface FooterProps extends HTMLAttributes<HTMLElement> {
  /** Groups of links, each a named list. */
  groups?: FooterLinkGroup[];
  /** Level of the group headings. Default 2. */
  headingLevel?: HeadingLevel;
  /** Link to the service's accessibility statement (required by law for public services). */
  accessibilityStatementHref?: string;
  /** Replaces the default text "Saavutettavuusseloste" / "Tillgänglighetsutlåtande" / "Accessibility statement". */
  accessibilityStatementLabel?: ReactNode;
  /** Link to the feedback form. */
  feedbackHref?: string;
  /** Replaces the default text "Anna palautetta" / "Ge respons" / "Give feedback". */
  feedbackLabel?: ReactNode;
  /** Extra links next to the accessibility statement (privacy, cookies…). */
  serviceLinks?: FooterLink[];
  /** The copyright line, e.g. "© 2026 Esimerkkilän kaupunki". */
  copyright?: ReactNode;
  /** Anything else (a logo, contact details) shown above the bottom row. */
  children?: ReactNode;
  /**
   * The ways to get help, usually a `<ServiceHelp id="apua" …>`: shown first in the footer, before the link
   * groups, so help is in the same place and order on every page that uses this footer (WCAG 3.2.6). Point the
   * Header's `helpHref` at it.
   */
  help?: ReactNode;
}

function FooterLinkItem({ link }: { link: FooterLink }) {
  return (
    <li className="aukio-footer__item">
      <a className="aukio-footer__link" href={link.href} lang={link.lang} hrefLang={link.lang}>
        {link.label}
      </a>
    </li>
  );
}

/**
 * The page footer: a `<footer>` (the contentinfo landmark) with named link groups, the accessibility
 * statement and feedback links, and a copyright line.
 */
export const Footer = forwardRef<HTMLElement, FooterProps>(function Footer(
  {
    groups = [],
    headingLevel = 2,
    accessibilityStatementHref,
    accessibilityStatementLabel,
    feedbackHref,
    feedbackLabel,
    serviceLinks = [],
    copyright,
    children,
    help,
    className,
    ...rest
  },
  ref,
) {
  const strings = useStrings(footerMessages);
  const baseId = useId();
  const Heading = `h${headingLevel}` as const;

  useEffect(() => {
    if (process.env.NODE_ENV === 'production') return;
    groups.forEach((group, i) => {
      if (!group.heading && !group.label) warnOnce(`footer-label:${i}`, `<Footer>: link group ${i + 1} has neither heading nor label, so its list has no name.`);
    });
    if (!accessibilityStatementHref) {
      warnOnce('footer-a11y', '<Footer>: no accessibilityStatementHref. Public services must link to their accessibility statement.');
    }
  }, [groups, accessibilityStatementHref]);

  const meta: FooterLink[] = [
    ...(accessibilityStatementHref ? [{ href: accessibilityStatementHref, label: accessibilityStatementLabel ?? strings['footer.accessibilityStatement'] }] : []),
    ...(feedbackHref ? [{ href: feedbackHref, label: feedbackLabel ?? strings['footer.feedback'] }] : []),
    ...serviceLinks,
  ];
  const visibleGroups = groups.filter((g) => g.links.length > 0);

  return (
    <footer ref={ref} className={cx('aukio-footer', className)} {...rest}>
      {help && <div className="aukio-footer__help">{help}</div>}
      {visibleGroups.length > 0 && (
        <div className="aukio-footer__groups">
          {visibleGroups.map((group, i) => {
            const headingId = `${baseId}-g${i}`;
            return (
              <div key={`${i}:${group.key ?? ''}`} className="aukio-footer__group">
                {group.heading && (
                  <Heading id={headingId} className="aukio-footer__heading">
                    {group.heading}
                  </Heading>
                )}
                <ul
                  className="aukio-footer__list"
                  aria-labelledby={group.heading ? headingId : undefined}
                  aria-label={group.heading ? undefined : group.label}
                >
                  {group.links.map((link, j) => (
                    <FooterLinkItem key={`${j}:${link.href}`} link={link} />
                  ))}
                </ul>
              </div>
            );
          })}
        </div>
      )}
      {children && <div className="aukio-footer__content">{children}</div>}
      {(meta.length > 0 || copyright) && (
        <div className="aukio-footer__bottom">
          {meta.length > 0 && (
            <ul className="aukio-footer__list aukio-footer__meta" aria-label={strings['footer.serviceLinks']}>
              {meta.map((link, j) => (
                <FooterLinkItem key={`${j}:${link.href}`} link={link} />
              ))}
            </ul>
          )}
          {copyright && <p className="aukio-footer__copyright">{copyright}</p>}
        </div>
      )}
    </footer>
  );
});
