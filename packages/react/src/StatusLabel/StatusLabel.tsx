import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import { cx } from '../internal/cx';
import { statusIcons, type StatusType } from '../Notification/icons';

export type StatusLabelType = 'neutral' | StatusType;

export interface StatusLabelProps extends HTMLAttributes<HTMLSpanElement> {
  /** `neutral` (default), `info`, `success`, `warning` or `error`. Drawn with an icon shape and border style too. */
  type?: StatusLabelType;
  /** The status in words: "Käsittelyssä", "Hyväksytty", "Puuttuu liite". Required. */
  children: ReactNode;
}

function NeutralIcon() {
  return (
    <svg className="aukio-icon" viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false">
      <circle cx="12" cy="12" r="5" fill="currentColor" />
    </svg>
  );
}

/**
 * The state of a thing ("Hyväksytty", "Käsittelyssä"): always in words, with an icon shape and border
 * style per type so it is not told by colour alone. Not interactive.
 */
export const StatusLabel = forwardRef<HTMLSpanElement, StatusLabelProps>(function StatusLabel(
  { type = 'neutral', className, children, ...rest },
  ref,
) {
  const Icon = type === 'neutral' ? NeutralIcon : statusIcons[type];
  return (
    <span ref={ref} className={cx('aukio-status-label', className)} data-type={type} {...rest}>
      <span className="aukio-status-label__icon">
        <Icon />
      </span>
      <span className="aukio-status-label__text">{children}</span>
    </span>
  );
});
