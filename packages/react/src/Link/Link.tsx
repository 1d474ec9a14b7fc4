import { forwardRef, useRef, type AnchorHTMLAttributes, type ReactNode } from 'react';
import { useStrings } from '../i18n';
import { cx } from '../internal/cx';
import { ExternalIcon } from '../internal/icons';
import { mergeRefs } from '../internal/mergeRefs';
import { renderAsChild } from '../internal/slot';
import { useNameCheck } from '../internal/useNameCheck';
import { linkMessages } from '../i18n/messages/link';

export interface LinkProps extends AnchorHTMLAttributes<HTMLAnchorElement> {
  /** `inline` sits in running text; `standalone` stands on its own line with a larger target. */
  variant?: 'inline' | 'standalone';
  /** The link leaves the service: shows an icon and tells screen reader users in words. */
  external?: boolean;
  /** Render the single child element (a router link) with the link's look and behaviour. */
  asChild?: boolean;
  children: ReactNode;
}

/**
 * A link goes somewhere; a button does something. Native `<a href>`, so it works before JavaScript loads.
 * Links that open a new tab or leave the service say so in a visible icon and in hidden text.
 */
export const Link = forwardRef<HTMLAnchorElement, LinkProps>(function Link(
  { variant = 'inline', external = false, asChild = false, className, children, target, rel, ...rest },
  ref,
) {
  const strings = useStrings(linkMessages);
  const own = useRef<HTMLAnchorElement>(null);
  useNameCheck(own, 'Link');
  const newTab = target === '_blank';
  const note = external && newTab ? strings['link.externalNewTab'] : newTab ? strings['link.newTab'] : external ? strings['link.external'] : null;
  const safeRel = newTab ? cx(rel, !rel?.includes('noopener') && 'noopener', !rel?.includes('noreferrer') && 'noreferrer') : rel;
  const content = (label: ReactNode) => (
    <>
      {label}
      {note && (
        <>
          <span className="aukio-link__icon">
            <ExternalIcon />
          </span>{' '}
          <span className="aukio-visually-hidden">{note}</span>
        </>
      )}
    </>
  );
  const shared = {
    className: cx('aukio-link', className),
    'data-variant': variant,
    'data-external': external || newTab ? '' : undefined,
    target,
    rel: safeRel || undefined,
    ...rest,
  };
  const refs = mergeRefs(own, ref);

  if (asChild) return renderAsChild(children, shared, refs as never, content);
  return (
    <a ref={refs} {...shared}>
      {content(children)}
    </a>
  );
});
