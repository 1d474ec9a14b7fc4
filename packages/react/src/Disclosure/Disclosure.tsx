import { forwardRef, type DetailsHTMLAttributes, type ReactNode, type SyntheticEvent } from 'react';
import { useControllable } from '../internal/useControllable';
import { cx } from '../internal/cx';

export interface DisclosureProps extends Omit<DetailsHTMLAttributes<HTMLDetailsElement>, 'open' | 'onToggle'> {
  /** The always-visible text that shows and hides the content. Required: it is the control's name. */
  summary: ReactNode;
  /** Controlled open state. Use with `onOpenChange`. */
  open?: boolean;
  /** Initial state when uncontrolled. */
  defaultOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  children: ReactNode;
}

/**
 * Content that the user shows and hides (APG disclosure), built on `<details>` and `<summary>`: it opens and
 * closes without JavaScript, and the browser's find-in-page opens it.
 */
export const Disclosure = forwardRef<HTMLDetailsElement, DisclosureProps>(function Disclosure(props, ref) {
  const { summary, open: openProp, defaultOpen = false, onOpenChange, className, children, ...rest } = props;
  const [open, setOpen] = useControllable(openProp, defaultOpen, onOpenChange);

  function handleToggle(event: SyntheticEvent<HTMLDetailsElement>) {
    const now = event.currentTarget.open;
    if (now === open) return;
    setOpen(now);
    // Controlled: the element follows the prop, so undo the browser's change until the parent re-renders.
    if (openProp !== undefined) event.currentTarget.open = open;
  }

  return (
    <details
      ref={ref}
      className={cx('aukio-disclosure', className)}
      data-state={open ? 'open' : 'closed'}
      open={open}
      onToggle={handleToggle}
      {...rest}
    >
      <summary className="aukio-disclosure__summary">
        <svg className="aukio-disclosure__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="m9 6 6 6-6 6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <span className="aukio-disclosure__label">{summary}</span>
      </summary>
      <div className="aukio-disclosure__content">{children}</div>
    </details>
  );
});
