import { forwardRef, useRef, type AnchorHTMLAttributes, type ReactNode } from 'react';
import { useStrings } from '../i18n';
import { cx } from '../internal/cx';
import { mergeRefs } from '../internal/mergeRefs';
import { renderAsChild } from '../internal/slot';
import { useNameCheck } from '../internal/useNameCheck';
import { backLinkMessages } from '../i18n/messages/backLink';

export interface BackLinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  /** Where "back" goes. Give a real URL (the previous step), not `javascript:history.back()`. */
  href?: string;
  /** The link text. Defaults to "Takaisin" / "Tillbaka" / "Back" in the current language. */
  children?: ReactNode;
  /** Render the single child element (a router link) with the back link's look; its text is used as is. */
  asChild?: boolean;
}

function BackArrow() {
  return (
    <svg className="aukio-back-link__icon" viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false">
      <path d="M15 5l-7 7 7 7" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/**
 * A link back to the previous page or step, with a decorative arrow. A native `<a href>`, so it works before
 * JavaScript loads and opens in a new tab when people want it to.
 */
export const BackLink = forwardRef<HTMLAnchorElement, BackLinkProps>(function BackLink(
  { asChild = false, className, children, ...rest },
  ref,
) {
  const strings = useStrings(backLinkMessages);
  const own = useRef<HTMLAnchorElement>(null);
  useNameCheck(own, 'BackLink');
  const refs = mergeRefs(own, ref);
  const shared = { className: cx('aukio-back-link', className), ...rest };
  if (asChild) {
    return renderAsChild(children, shared, refs as never, (content) => (
      <>
        <BackArrow />
        {content}
      </>
    ));
  }
  return (
    <a ref={refs} {...shared}>
      <BackArrow />
      <span className="aukio-back-link__text">{children ?? strings['backLink.label']}</span>
    </a>
  );
});
