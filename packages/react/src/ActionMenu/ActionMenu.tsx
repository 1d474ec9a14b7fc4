import {
  createContext,
  forwardRef,
  useContext,
  useEffect,
  useId,
  useRef,
  type ButtonHTMLAttributes,
  type HTMLAttributes,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { Button, type ButtonVariant } from '../Button';
import { moveIndex } from '../internal/focusable';
import { cx } from '../internal/cx';
import { useDismiss } from '../internal/dismiss';
import { mergeRefs } from '../internal/mergeRefs';
import { popoverMode, popupRootProps, usePopup, type PopupOpenProps } from '../internal/popup';
import { useControllable } from '../internal/useControllable';
import { useHydrated } from '../internal/useHydrated';
import { useNameCheck } from '../internal/useNameCheck';

/**
 * `open`, `defaultOpen`, `onOpenChange`: the menu. When it opens after the first render focus moves to its first
 * item, as when the button opens it; a menu open on the first render does not take focus.
 */
export interface ActionMenuProps extends HTMLAttributes<HTMLDivElement>, PopupOpenProps {
  /** Visible text of the menu button; it is also the menu's name. Required. */
  label: ReactNode;
  /** Look of the menu button. */
  variant?: ButtonVariant;
  /** Which edge of the button the menu lines up with. `end` for buttons at the right edge of a layout. */
  align?: 'start' | 'end';
  /** `ActionMenu.Item`s. */
  children: ReactNode;
}

export interface ActionMenuItemProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'onSelect' | 'disabled'> {
  /** Runs when the item is chosen with a click, Enter or Space. The menu then closes. */
  onSelect: () => void;
  /** A disabled item stays focusable (so it can be read) but does nothing (`aria-disabled`). */
  disabled?: boolean;
  children: ReactNode;
}

const CloseContext = createContext<() => void>(() => {});

const items = (menu: Element | null) => Array.from(menu?.querySelectorAll<HTMLElement>('[role=menuitem]') ?? []);

const ActionMenuRoot = forwardRef<HTMLDivElement, ActionMenuProps>(function ActionMenu(props, ref) {
  const { label, variant = 'secondary', align = 'start', open: openProp, defaultOpen = false, onOpenChange, className, children, ...rest } =
    props;
  const [open, setOpen] = useControllable(openProp, defaultOpen, onOpenChange);
  // Which item takes focus when the menu opens: the last one after ArrowUp on the button, else the first.
  const focusOnOpen = useRef<'first' | 'last'>('first');
  const opened = useRef(open);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  const typed = useRef({ text: '', at: 0 });
  const id = useId();
  const hydrated = useHydrated();
  useNameCheck(button, 'ActionMenu');

  const focusItem = (item: 'first' | 'last') => {
    const list = items(menu.current);
    (item === 'last' ? list[list.length - 1] : list[0] ?? menu.current)?.focus();
  };
  const openAt = (item: 'first' | 'last') => {
    focusOnOpen.current = item;
    // Already open (from the start, or by the app): the keys still move into it.
    if (open) focusItem(item);
    else setOpen(true);
  };
  const close = (refocus: boolean) => {
    if (open) setOpen(false);
    if (refocus) button.current?.focus();
  };

  // In the top layer, placed by the button (internal/popup.ts).
  usePopup(open && hydrated, button, menu, align);
  // Escape closes and returns focus to the button; a press outside or focus moving elsewhere closes and leaves
  // focus where the user put it.
  const dismiss = useDismiss(open, root, (reason) => close(reason === 'escape'));

  // On opening (not a menu already open on the first render): focus the first or last item, or the menu itself
  // when it has none.
  useEffect(() => {
    const was = opened.current;
    opened.current = open;
    if (!open || was) return;
    focusItem(focusOnOpen.current);
    focusOnOpen.current = 'first';
  }, [open]);

  function onButtonKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      openAt(event.key === 'ArrowUp' ? 'last' : 'first');
    }
  }

  function onMenuKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const list = items(event.currentTarget);
    const i = list.indexOf(document.activeElement as HTMLElement);
    if (event.key === 'Escape') {
      dismiss.onKeyDown(event);
    } else if (event.key === 'Tab') {
      close(false);
    } else if (list.length) {
      const next = moveIndex(event.key, i, list.length, 'ArrowUp', 'ArrowDown');
      if (next >= 0) {
        event.preventDefault();
        typed.current.text = '';
        list[next]?.focus();
      } else if (event.key.length === 1 && event.key !== ' ' && !event.ctrlKey && !event.metaKey && !event.altKey) {
        // Type-ahead: the next item starting with the typed characters (typed within half a second).
        const t = typed.current;
        t.text = (event.timeStamp - t.at < 500 ? t.text : '') + event.key.toLowerCase();
        t.at = event.timeStamp;
        const start = t.text.length > 1 ? i : i + 1;
        const match = [...list.slice(start), ...list.slice(0, start)].find((el) =>
          (el.textContent ?? '').trim().toLowerCase().startsWith(t.text),
        );
        match?.focus();
      }
    }
  }

  return (
    // Blur bubbles here from the button and the menu inside; the wrapper is not a control.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <div
      ref={mergeRefs(root, ref)}
      {...popupRootProps('aukio-action-menu', open, className)}
      {...rest}
      onBlur={(event) => {
        rest.onBlur?.(event);
        dismiss.onBlur(event);
      }}
    >
      <Button
        ref={button}
        className="aukio-popup-anchor"
        id={`${id}b`}
        variant={variant}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={`${id}m`}
        onClick={() => (open ? close(false) : openAt('first'))}
        onKeyDown={onButtonKeyDown}
        iconEnd={
          <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
            <path d="m6 9 6 6 6-6" />
          </svg>
        }
      >
        {label}
      </Button>
      <div
        ref={menu}
        id={`${id}m`}
        role="menu"
        tabIndex={-1}
        aria-labelledby={`${id}b`}
        className="aukio-action-menu__menu aukio-popup"
        data-align={align}
        hidden={!open}
        popover={hydrated ? popoverMode(true, open, 'manual') : undefined}
        onKeyDown={onMenuKeyDown}
      >
        <CloseContext.Provider value={() => close(true)}>{children}</CloseContext.Provider>
      </div>
    </div>
  );
});

const ActionMenuItem = forwardRef<HTMLButtonElement, ActionMenuItemProps>(function ActionMenuItem(props, ref) {
  const { onSelect, disabled, className, onClick, ...rest } = props;
  const close = useContext(CloseContext);
  return (
    <button
      ref={ref}
      type="button"
      role="menuitem"
      tabIndex={-1}
      className={cx('aukio-action-menu__item', className)}
      aria-disabled={disabled || undefined}
      onClick={(event) => {
        onClick?.(event);
        if (disabled || event.defaultPrevented) return;
        close();
        onSelect();
      }}
      {...rest}
    />
  );
});

/**
 * A button that opens a menu of actions (APG menu button). For navigation links use a list of links
 * instead; for choosing a value use a select or radio buttons.
 *
 * The parts are exported by name as well (`ActionMenuItem`): use the names in React Server Components,
 * where `ActionMenu.Item` is undefined (a property of a client component does not cross to the server). The dot
 * parts work in client components.
 */
export const ActionMenu = Object.assign(ActionMenuRoot, { Item: ActionMenuItem });
export { ActionMenuItem };
