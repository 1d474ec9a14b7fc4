import {
  cloneElement,
  forwardRef,
  isValidElement,
  useEffect,
  useId,
  useRef,
  type HTMLAttributes,
  type ReactElement,
  type ReactNode,
} from 'react';
import { warnOnce } from '../internal/dev';
import { useDismiss } from '../internal/dismiss';
import { mergeRefs } from '../internal/mergeRefs';
import { popoverMode, popupRootProps, usePopup, type PopupOpenProps } from '../internal/popup';
import { useControllable } from '../internal/useControllable';
import { useHydrated } from '../internal/useHydrated';

/**
 * `open`, `defaultOpen`, `onOpenChange`: shown or hidden. Controlled, hover, focus and Escape only ask for a change
 * (after `delay`). For demonstrations and guided help: a tooltip kept open covers what is next to its control.
 */
export type TooltipProps = Omit<HTMLAttributes<HTMLSpanElement>, 'children' | 'content'> &
  PopupOpenProps & {
    /** A short text that describes the control. Not for essential information: touch users never see it. */
    content: ReactNode;
    /** Exactly one focusable element (a button, a link) that keeps its own accessible name. */
    children: ReactElement<{ 'aria-describedby'?: string }>;
    /** Milliseconds the pointer must rest on the control before the tooltip shows. */
    delay?: number;
  };

/**
 * A short supplementary description of a control, shown while the control is hovered or has keyboard
 * focus. The tooltip is the control's `aria-describedby`, so screen readers always read it, visible or not.
 * It stays while the pointer is over it and Escape hides it without moving focus (WCAG 1.4.13). It is shown in
 * the top layer as a `manual` popover, so it never closes another popup and no clipping ancestor cuts it off,
 * and placed below the control or wherever it fits (internal/popup.ts).
 */
export const Tooltip = forwardRef<HTMLSpanElement, TooltipProps>(function Tooltip(props, ref) {
  const {
    content,
    children,
    delay = 300,
    open: openProp,
    defaultOpen = false,
    onOpenChange,
    className,
    onPointerEnter,
    onPointerLeave,
    onPointerDown,
    onFocus,
    onBlur,
    ...rest
  } = props;
  const tipId = `aukio-tooltip${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const [open, setOpen] = useControllable(openProp, defaultOpen, onOpenChange);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const hovered = useRef(false);
  const focused = useRef(false);
  const touch = useRef(false);
  // The state when a timer fires (not when it was set), so `onOpenChange` hears only real changes.
  const latestOpen = useRef(open);
  latestOpen.current = open;

  function schedule(next: boolean, ms: number) {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      if (latestOpen.current !== next) setOpen(next);
    }, ms);
  }

  useEffect(() => () => clearTimeout(timer.current), []);

  const root = useRef<HTMLSpanElement>(null);
  const bubble = useRef<HTMLSpanElement>(null);
  const hydrated = useHydrated();
  usePopup(open && hydrated, root, bubble);
  // Escape hides the tooltip wherever focus is (WCAG 1.4.13). Heard first (capture) and marked as handled, so the
  // same press does not also close what encloses it: a Dialog or Popover skips a handled Escape, and a native
  // dialog does not cancel. The next Escape reaches them as usual.
  useDismiss(
    open,
    root,
    () => {
      clearTimeout(timer.current);
      setOpen(false);
    },
    { escape: 'document', outsidePointer: false, focusOut: false },
  );

  if (process.env.NODE_ENV !== 'production' && !isValidElement(children)) warnOnce('tooltip:child', '<Tooltip> needs exactly one element child.');
  const child = children as ReactElement<{ 'aria-describedby'?: string }>;
  const describedBy = [child.props['aria-describedby'], tipId].filter(Boolean).join(' ');

  return (
    // Pointer and focus events of the wrapped control and the tooltip bubble here; the wrapper is not a control.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <span
      ref={mergeRefs(root, ref)}
      {...popupRootProps('aukio-tooltip aukio-popup-anchor', open, className)}
      onPointerDown={(event) => {
        onPointerDown?.(event);
        touch.current = event.pointerType === 'touch';
      }}
      onPointerEnter={(event) => {
        onPointerEnter?.(event);
        if (event.pointerType === 'touch') return;
        hovered.current = true;
        schedule(true, open ? 0 : delay);
      }}
      onPointerLeave={(event) => {
        onPointerLeave?.(event);
        hovered.current = false;
        if (!focused.current) schedule(false, 100);
      }}
      onFocus={(event) => {
        onFocus?.(event);
        focused.current = true;
        // A tap focuses the control too; touch gets nothing extra (use a Toggletip there).
        if (touch.current) return;
        schedule(true, delay);
      }}
      onBlur={(event) => {
        onBlur?.(event);
        focused.current = false;
        touch.current = false;
        if (!hovered.current) schedule(false, 0);
      }}
      {...rest}
    >
      {cloneElement(child, { 'aria-describedby': describedBy })}
      <span
        ref={bubble}
        role="tooltip"
        id={tipId}
        className="aukio-tooltip__bubble aukio-popup"
        hidden={!open}
        popover={hydrated ? popoverMode(true, open, 'manual') : undefined}
      >
        {content}
      </span>
    </span>
  );
});
