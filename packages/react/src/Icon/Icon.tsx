import {
  forwardRef,
  type ComponentPropsWithoutRef,
  type ForwardRefExoticComponent,
  type ReactNode,
  type RefAttributes,
} from 'react';
import { cx } from '../internal/cx';
import { warnOnce } from '../internal/dev';

/** Sizes of the scale: `s` 1 rem, `m` 1.5 rem, `l` 2 rem, `xl` 3 rem. Without a size the icon is 1 em: it follows the text. */
export type IconSize = 's' | 'm' | 'l' | 'xl';

export interface IconProps extends Omit<ComponentPropsWithoutRef<'svg'>, 'children'> {
  /**
   * Makes the icon meaningful: it becomes `role="img"` named by this text. Pass text already translated for the
   * page's language. Leave it out (the default) when the icon sits next to text that says the same thing.
   */
  label?: string;
  /** A fixed size from the scale. Leave it out to size the icon with the surrounding text (1 em). */
  size?: IconSize;
}

export interface IconBaseProps extends IconProps {
  /** The drawing: `<path>`, `<circle>`… on a 24×24 grid, stroked with the current text colour. */
  children: ReactNode;
}

/**
 * The base of every Aukio icon: a 24×24 stroke drawing in `currentColor`. Decorative by default
 * (`aria-hidden`, not focusable); with `label` it is an image with a name. Use it for an app's own icons so they
 * match the set in size, stroke and accessibility.
 */
export const Icon = forwardRef<SVGSVGElement, IconBaseProps>(function Icon(props, ref) {
  const {
    label,
    size,
    className,
    children,
    'aria-label': ariaLabel,
    'aria-labelledby': ariaLabelledby,
    ...rest
  } = props;
  if (process.env.NODE_ENV !== 'production' && label !== undefined && !label.trim()) {
    warnOnce('icon-empty-label', '<Icon> got an empty `label`; it is treated as decorative. Leave `label` out or give it text.');
  }
  const name = label?.trim() ? label : ariaLabel;
  const named = Boolean(name?.trim() || ariaLabelledby);
  return (
    <svg
      ref={ref}
      xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 24 24"
      width="1em"
      height="1em"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      {...rest}
      className={cx('aukio-icon', className)}
      data-size={size}
      focusable="false"
      {...(named
        ? { role: 'img', 'aria-label': name || undefined, 'aria-labelledby': ariaLabelledby }
        : { 'aria-hidden': true })}
    >
      {children}
    </svg>
  );
});

/** One icon of the set: the base icon with its drawing built in. */
export type IconComponent = ForwardRefExoticComponent<IconProps & RefAttributes<SVGSVGElement>>;

/**
 * Makes a named icon component from path data on the 24×24 grid (several sub-paths in one `d`). Each icon is
 * its own small component, so a bundler keeps only the icons an app imports.
 */
export function createIcon(displayName: string, d: string): IconComponent {
  const Component = forwardRef<SVGSVGElement, IconProps>(function NamedIcon(props, ref) {
    return (
      <Icon ref={ref} {...props}>
        <path d={d} />
      </Icon>
    );
  });
  Component.displayName = displayName;
  return Component;
}
