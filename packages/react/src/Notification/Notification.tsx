import { forwardRef, useEffect, useRef, type HTMLAttributes, type ReactNode, type RefObject } from 'react';
import type { HeadingLevel } from '../Heading/Heading';
import { useStrings } from '../i18n';
import { announce } from '../internal/announcer';
import { cx } from '../internal/cx';
import { mergeRefs } from '../internal/mergeRefs';
import { CloseIcon, statusIcons, statusLabelKey, type StatusType } from './icons';
import { notificationMessages } from '../i18n/messages/notification';

export type NotificationType = StatusType;

export interface NotificationProps extends Omit<HTMLAttributes<HTMLDivElement>, 'title'> {
  /** `info` (default), `success`, `warning` or `error`. Told by a word and an icon shape, not colour alone. */
  type?: NotificationType;
  /** Short title in bold. Keep it plain text so it can be announced. */
  title?: ReactNode;
  /** Render the title as a heading of this level (2–6). Without it the title is a paragraph. */
  headingLevel?: HeadingLevel;
  /**
   * `inline` (default): part of the page, not announced — for notifications present when the page loads.
   * `announced`: when it appears (and whenever its text changes) its type, title and body are read through
   * the page's live regions: politely (`role="status"`) for info and success, assertively (`role="alert"`)
   * for warning and error.
   */
  mode?: 'inline' | 'announced';
  /** Show the type word ("Virhe", "Onnistui"...) on screen. By default it is visually hidden but read. */
  showTypeLabel?: boolean;
  /**
   * Shows a close button. Remove the notification in this callback. Before it is called, focus moves to
   * `returnFocusRef`, or back to where it was before it entered the notification.
   */
  onClose?: () => void;
  /** Where focus goes when the notification is closed with focus inside it. */
  returnFocusRef?: RefObject<HTMLElement | null>;
  children?: ReactNode;
}

/**
 * A message about the page or the result of an action. The type is in words (visually hidden by default)
 * and in the icon's shape; `mode="announced"` reads it to screen reader users when it appears.
 */
export const Notification = forwardRef<HTMLDivElement, NotificationProps>(function Notification(
  {
    type = 'info',
    title,
    headingLevel,
    mode = 'inline',
    showTypeLabel = false,
    onClose,
    returnFocusRef,
    className,
    children,
    ...rest
  },
  ref,
) {
  const strings = useStrings(notificationMessages);
  const typeLabel = strings[statusLabelKey[type]];
  const own = useRef<HTMLDivElement>(null);
  const titleRef = useRef<HTMLSpanElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const previousFocus = useRef<HTMLElement | null>(null);
  const announced = useRef('');
  const Icon = statusIcons[type];
  const TitleTag = headingLevel ? (`h${headingLevel}` as const) : 'p';

  // Announce when it appears and when its text changes; the live regions already exist (or are created a
  // moment before they are filled), so screen readers read the message reliably.
  useEffect(() => {
    if (mode !== 'announced') {
      announced.current = '';
      return;
    }
    // innerText keeps line breaks between paragraphs (browsers); textContent is the fallback (jsdom).
    const read = (el: HTMLElement | null) => (el ? el.innerText || el.textContent : '');
    const text = [typeLabel, read(titleRef.current), read(bodyRef.current)]
      .map((part) => (part ?? '').replace(/\s+/g, ' ').trim())
      .filter(Boolean)
      .join('. ');
    if (text === announced.current) return;
    announced.current = text;
    announce(text, type === 'error' || type === 'warning' ? 'assertive' : 'polite');
  });

  // Remember where focus came from, to return it there on close.
  useEffect(() => {
    const root = own.current;
    if (!root) return;
    const focusIn = (event: FocusEvent) => {
      const from = event.relatedTarget as HTMLElement | null;
      if (from && !root.contains(from)) previousFocus.current = from;
    };
    root.addEventListener('focusin', focusIn);
    return () => root.removeEventListener('focusin', focusIn);
  }, []);

  function handleClose() {
    const root = own.current;
    if (root && root.contains(document.activeElement)) {
      const target = returnFocusRef?.current ?? previousFocus.current;
      if (target && target.isConnected && !root.contains(target)) target.focus();
    }
    onClose?.();
  }

  return (
    <div
      ref={mergeRefs(own, ref)}
      className={cx('aukio-notification', className)}
      data-type={type}
      data-dismissible={onClose ? '' : undefined}
      {...rest}
    >
      <span className="aukio-notification__icon">
        <Icon />
      </span>
      <div className="aukio-notification__content">
        {(() => {
          const label = (
            <>
              <span className={showTypeLabel ? 'aukio-notification__type' : 'aukio-visually-hidden'}>{typeLabel}</span>
              <span className="aukio-visually-hidden">:</span>{' '}
            </>
          );
          if (title == null || title === false) return showTypeLabel ? <p className="aukio-notification__title">{label}</p> : label;
          return (
            <TitleTag className="aukio-notification__title">
              {label}
              <span ref={titleRef}>{title}</span>
            </TitleTag>
          );
        })()}
        {children != null && children !== false && (
          <div ref={bodyRef} className="aukio-notification__body">
            {children}
          </div>
        )}
      </div>
      {onClose && (
        <button type="button" className="aukio-notification__close" aria-label={strings['notification.close']} onClick={handleClose}>
          <CloseIcon />
        </button>
      )}
    </div>
  );
});
