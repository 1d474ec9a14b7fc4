import {
  forwardRef,
  useEffect,
  useRef,
  type HTMLAttributes,
  type MouseEvent,
  type ReactNode,
} from 'react';
import type { HeadingLevel } from '../Heading/Heading';
import { useStrings } from '../i18n';
import { cx } from '../internal/cx';
import { warnOnce } from '../internal/dev';
import { isFocusable, tabbables } from '../internal/focusable';
import { mergeRefs } from '../internal/mergeRefs';
import { errorSummaryMessages } from '../i18n/messages/errorSummary';

export interface ErrorSummaryItem {
  /** Id of the field (or group) to go to: the link is `href="#fieldId"`. */
  fieldId: string;
  /** The same message as shown at the field. */
  message: ReactNode;
}

export interface ErrorSummaryProps extends Omit<HTMLAttributes<HTMLDivElement>, 'title' | 'children'> {
  /** The errors, in the order of the fields on the page. Nothing renders when empty. */
  errors: ErrorSummaryItem[];
  /** Heading text; default "Tarkista seuraavat kohdat" / "Kontrollera följande" / "Check the following". */
  title?: ReactNode;
  /** Heading level; default 2. */
  headingLevel?: HeadingLevel;
  /** Optional text under the heading. */
  description?: ReactNode;
  /**
   * Focus moves to the summary when it appears and whenever this value changes (pass the submit count so a
   * second failed submit with the same errors focuses it again). Default: the list of field ids.
   */
  focusKey?: unknown;
  /** Set to false to render without taking focus (e.g. an error summary rendered on page load is focused by the page). */
  autoFocus?: boolean;
}

/**
 * Moves focus to a field the way GOV.UK's error summary does: the field's label or its group's legend is
 * scrolled into view (so the question is visible, not just the box), then the control is focused without
 * scrolling again. For a group or a date the first control inside gets focus. Returns false when the id does
 * not exist.
 */
export function focusField(fieldId: string, doc: Document = document): boolean {
  const target = doc.getElementById(fieldId);
  if (!target) return false;
  const control =
    target.matches('input, select, textarea, button') ? target : (tabbables(target)[0] ?? target);
  // A group (fieldset), a choice in a group or a date part: show the question, i.e. the legend.
  const groupInput =
    target.tagName === 'FIELDSET' || control.matches('[type="radio"], [type="checkbox"]') || Boolean(control.closest('.aukio-date-input'));
  const legend = groupInput ? control.closest('fieldset')?.querySelector('legend') : null;
  const label: Element = legend ?? (control as HTMLInputElement).labels?.[0] ?? control;
  label.scrollIntoView?.({ block: 'start' });
  if (control === target && !isFocusable(control)) control.setAttribute('tabindex', '-1');
  control.focus({ preventScroll: true });
  return true;
}

/**
 * The list of a form's errors, shown at the top of the form after a failed submit. It takes focus so
 * keyboard and screen reader users start from it (focusing it makes screen readers read the heading and the
 * list; it deliberately has no `role="alert"`, which would read it twice). Each error is a link to its field.
 */
export const ErrorSummary = forwardRef<HTMLDivElement, ErrorSummaryProps>(function ErrorSummary(props, ref) {
  const { errors, title, headingLevel = 2, description, focusKey, autoFocus = true, className, ...rest } = props;
  const strings = useStrings(errorSummaryMessages);
  const own = useRef<HTMLDivElement>(null);
  const ids = errors.map((e) => e.fieldId).join(' ');
  const key = focusKey === undefined ? ids : focusKey;
  const hasErrors = errors.length > 0;

  useEffect(() => {
    if (hasErrors && autoFocus) own.current?.focus();
  }, [key, hasErrors, autoFocus]);

  useEffect(() => {
    if (process.env.NODE_ENV === 'production' || !ids) return;
    // Checked a moment later, so fields rendered in the same update (and links a Form resolves after
    // rendering) exist before the check.
    const timer = setTimeout(() => {
      for (const id of ids.split(' ')) {
        if (!document.getElementById(id)) {
          warnOnce(`errorSummary:${id}`, `<ErrorSummary> links to #${id}, but no element on the page has that id.`);
        }
      }
    }, 300);
    return () => clearTimeout(timer);
  }, [ids]);

  if (!hasErrors) return null;
  const Heading = `h${headingLevel}` as const;

  const onLinkClick = (fieldId: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (focusField(fieldId, event.currentTarget.ownerDocument)) event.preventDefault();
  };

  return (
    <div ref={mergeRefs(own, ref)} className={cx('aukio-error-summary', className)} tabIndex={-1} {...rest}>
      <Heading className="aukio-error-summary__title">{title ?? strings['errorSummary.title']}</Heading>
      {description && <div className="aukio-error-summary__description">{description}</div>}
      <ul className="aukio-error-summary__list">
        {errors.map((e) => (
          <li key={e.fieldId} className="aukio-error-summary__item">
            <a className="aukio-error-summary__link" href={`#${e.fieldId}`} onClick={onLinkClick(e.fieldId)}>
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
});
