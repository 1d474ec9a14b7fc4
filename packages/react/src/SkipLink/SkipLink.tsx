import { forwardRef, useEffect, useRef, type AnchorHTMLAttributes, type MouseEvent } from 'react';
import { useStrings } from '../i18n';
import { cx } from '../internal/cx';
import { warnOnce } from '../internal/dev';
import { isFocusable, tabbables } from '../internal/focusable';
import { mergeRefs } from '../internal/mergeRefs';
import { skipLinkMessages } from '../i18n/messages/skipLink';

export interface SkipLinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  /** Fragment of the element to skip to, e.g. `#main`. The target should be the page's `<main>`. */
  href?: `#${string}`;
}

/**
 * A link that lets keyboard users jump past repeated content. Hidden until focused, it must be the first
 * focusable element on the page. With JavaScript it also moves focus to the target (some browsers only
 * scroll); without it, the fragment link still works.
 */
export const SkipLink = forwardRef<HTMLAnchorElement, SkipLinkProps>(function SkipLink(
  { href = '#main', className, children, onClick, ...rest },
  ref,
) {
  const strings = useStrings(skipLinkMessages);
  const own = useRef<HTMLAnchorElement>(null);

  useEffect(() => {
    if (process.env.NODE_ENV === 'production') return;
    const self = own.current;
    const doc = self?.ownerDocument;
    if (!self || !doc) return;
    if (!doc.getElementById(href.slice(1))) {
      warnOnce(`skip-target:${href}`, `<SkipLink href="${href}">: no element with id "${href.slice(1)}" on the page.`);
    }
    // The first focusable element a keyboard user meets: rendered and not hidden (test harnesses and
    // frameworks put invisible focusable elements before the app).
    const first = tabbables(doc).find(
      (el) => el === self || (typeof el.checkVisibility === 'function' ? el.checkVisibility({ visibilityProperty: true }) : !el.closest('[hidden], [inert]')),
    );
    if (first && first !== self) {
      warnOnce('skip-first', '<SkipLink> should be the first focusable element on the page, before the header.');
    }
  }, [href]);

  function handleClick(event: MouseEvent<HTMLAnchorElement>) {
    onClick?.(event);
    if (event.defaultPrevented) return;
    const target = event.currentTarget.ownerDocument.getElementById(href.slice(1));
    if (!target) return;
    event.preventDefault();
    if (!target.hasAttribute('tabindex') && !isFocusable(target)) {
      // Focusable by script only, and the attribute goes away again so it never enters the tab order.
      target.setAttribute('tabindex', '-1');
      target.addEventListener('blur', () => target.removeAttribute('tabindex'), { once: true });
    }
    target.focus();
    target.scrollIntoView?.({ block: 'start' });
    if (typeof history !== 'undefined' && history.replaceState) history.replaceState(null, '', href);
  }

  return (
    <a ref={mergeRefs(own, ref)} href={href} className={cx('aukio-skip-link', className)} onClick={handleClick} {...rest}>
      {children ?? strings['skipLink.label']}
    </a>
  );
});
