import { forwardRef, useEffect, useRef, type ButtonHTMLAttributes, type MouseEvent, type ReactNode } from 'react';
import { useStrings } from '../i18n';
import { announce } from '../internal/announcer';
import { cx } from '../internal/cx';
import { mergeRefs } from '../internal/mergeRefs';
import { renderAsChild } from '../internal/slot';
import { useNameCheck } from '../internal/useNameCheck';
import { buttonMessages } from '../i18n/messages/button';

export type ButtonVariant = 'primary' | 'secondary' | 'tertiary' | 'danger';
/** `small` is 32 px high (still above the 24 px minimum); `medium` and `large` are at least 44 px. */
export type ButtonSize = 'small' | 'medium' | 'large';

interface ButtonBaseProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children' | 'aria-label' | 'aria-labelledby'> {
  variant?: ButtonVariant;
  size?: ButtonSize;
  /** Icon before the text. Decorative: it is hidden from assistive technology. */
  iconStart?: ReactNode;
  /** Icon after the text. Decorative: it is hidden from assistive technology. */
  iconEnd?: ReactNode;
  /**
   * Shows a busy indicator, announces the busy state and ignores activation, while the button keeps its
   * focus and stays in the tab order (unlike `disabled`).
   */
  loading?: boolean;
  /** Stretch to the width of the container. */
  fullWidth?: boolean;
}

/** A button with visible text. `aria-label` is allowed only to add context the text lacks. */
interface TextButtonProps extends ButtonBaseProps {
  children: ReactNode;
  /**
   * Render the single child element (a router link, an `<a>`) with the button's look and behaviour props.
   * Use for navigation that should look like a button.
   */
  asChild?: boolean;
  icon?: never;
  'aria-label'?: string | undefined;
  'aria-labelledby'?: string | undefined;
}

/** An icon-only button: the name is required because the icon says nothing to a screen reader. */
type IconButtonProps = ButtonBaseProps & {
  children?: never;
  asChild?: never;
  /** The only content of the button. Decorative; the name comes from `aria-label` or `aria-labelledby`. */
  icon: ReactNode;
} & ({ 'aria-label': string; 'aria-labelledby'?: never } | { 'aria-label'?: never; 'aria-labelledby': string });

export type ButtonProps = TextButtonProps | IconButtonProps;

/**
 * The main action of a page or a form, and every other action. Native `<button>`: Enter and Space activate
 * it, it submits forms before JavaScript loads, and `type` defaults to `button` so it never submits by
 * accident; pass `type="submit"` for the form's submit button.
 */
export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(props, ref) {
  const {
    variant = 'primary',
    size = 'medium',
    iconStart,
    iconEnd,
    icon,
    loading = false,
    fullWidth = false,
    asChild = false,
    className,
    children,
    onClick,
    type,
    ...rest
  } = props as TextButtonProps & { icon?: ReactNode };
  const strings = useStrings(buttonMessages);
  const own = useRef<HTMLButtonElement>(null);
  useNameCheck(own, 'Button');

  const wasLoading = useRef(loading);
  useEffect(() => {
    if (loading && !wasLoading.current) announce(strings['button.loading']);
    wasLoading.current = loading;
  }, [loading, strings]);

  function handleClick(event: MouseEvent<HTMLButtonElement>) {
    if (loading) {
      // Busy: swallow the activation, including a form submission, but keep focus where it is.
      event.preventDefault();
      return;
    }
    onClick?.(event);
  }

  const decorative = (node: ReactNode, part: string) =>
    node ? (
      <span className={`aukio-button__icon aukio-button__icon--${part}`} aria-hidden="true">
        {node}
      </span>
    ) : null;
  const content = (label: ReactNode) => (
    <>
      {loading && <span className="aukio-button__spinner" aria-hidden="true" />}
      {decorative(iconStart, 'start')}
      {icon ? decorative(icon, 'only') : label}
      {decorative(iconEnd, 'end')}
    </>
  );
  const shared = {
    className: cx('aukio-button', className),
    'data-variant': variant,
    'data-size': size,
    'data-icon-only': icon ? '' : undefined,
    'data-full-width': fullWidth ? '' : undefined,
    'data-loading': loading ? '' : undefined,
    'aria-disabled': loading || undefined,
    onClick: handleClick,
    ...rest,
  };
  const refs = mergeRefs(own, ref);

  if (asChild) return renderAsChild(children, shared, refs as never, content);
  return (
    <button ref={refs} type={type ?? 'button'} {...shared}>
      {content(children)}
    </button>
  );
});
