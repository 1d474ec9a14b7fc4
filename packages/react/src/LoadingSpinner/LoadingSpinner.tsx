import { forwardRef, type HTMLAttributes } from 'react';
import { useStrings } from '../i18n';
import { cx } from '../internal/cx';
import { loadingSpinnerMessages } from '../i18n/messages/loadingSpinner';

export interface LoadingSpinnerProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'role'> {
  /** What is loading. Defaults to the translated "Ladataan" / "Laddar" / "Loading". */
  label?: string;
  /** Show the label beside the spinner. By default it is visually hidden and read by screen readers. */
  showLabel?: boolean;
  /** `small` (1 rem), `medium` (2 rem, default) or `large` (3 rem). */
  size?: 'small' | 'medium' | 'large';
}

/**
 * Tells that something is loading: a `role="status"` element with a text label and a spinning ring. Under
 * reduced motion the ring stands still (a partly open ring still reads as "busy").
 */
export const LoadingSpinner = forwardRef<HTMLDivElement, LoadingSpinnerProps>(function LoadingSpinner(
  { label, showLabel = false, size = 'medium', className, ...rest },
  ref,
) {
  const strings = useStrings(loadingSpinnerMessages);
  return (
    <div ref={ref} role="status" className={cx('aukio-loading-spinner', className)} data-size={size} {...rest}>
      <span className="aukio-loading-spinner__ring" aria-hidden="true" />
      <span className={showLabel ? 'aukio-loading-spinner__label' : 'aukio-visually-hidden'}>
        {label || strings['loadingSpinner.label']}
      </span>
    </div>
  );
});
