import { forwardRef, useEffect, useId, useRef, type HTMLAttributes } from 'react';
import { formatString, useStrings } from '../i18n';
import { announce } from '../internal/announcer';
import { cx } from '../internal/cx';
import { warnOnce } from '../internal/dev';
import { progressBarMessages } from '../i18n/messages/progressBar';

export interface ProgressBarProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** Visible label: what is progressing ("Uploading liite.pdf"). Required. */
  label: string;
  /** Current value, 0…max. Leave out for an indeterminate bar (amount unknown). */
  value?: number;
  /** Maximum (default 100). */
  max?: number;
  /** Replaces the visible and spoken value text ("3 of 5 files"). Defaults to the percentage. */
  valueText?: string;
  /**
   * Announce progress politely every `announceStep` percent and on completion (default true). The bar
   * itself is not a live region, so screen readers are not flooded on every tick.
   */
  announceProgress?: boolean;
  /** Percent between announcements (default 10). */
  announceStep?: number;
}

/**
 * Progress of a task of known size: a native `<progress>` labelled by a visible `<label>`, with the value as
 * text beside it. Progress is announced every 10 % and on completion through the page's polite live region.
 */
export const ProgressBar = forwardRef<HTMLDivElement, ProgressBarProps>(function ProgressBar(
  { label, value, max = 100, valueText, announceProgress = true, announceStep = 10, className, ...rest },
  ref,
) {
  const strings = useStrings(progressBarMessages);
  const id = useId();
  const indeterminate = value == null || Number.isNaN(value);
  const safeMax = max > 0 ? max : 100;
  const clamped = indeterminate ? 0 : Math.min(Math.max(value, 0), safeMax);
  const percent = Math.round((clamped / safeMax) * 100);
  const text = indeterminate ? undefined : (valueText ?? formatString(strings['progressBar.value'], { percent }));

  if (process.env.NODE_ENV !== 'production' && !label.trim()) warnOnce('progressBar:label', '<ProgressBar> has an empty label. Say what is progressing.');

  // Announce when a new step is reached (or completion), never on every tick and not on first render.
  const lastStep = useRef<number | null>(null);
  useEffect(() => {
    if (indeterminate) {
      lastStep.current = null;
      return;
    }
    const step = percent >= 100 ? Infinity : Math.floor(percent / Math.max(1, announceStep));
    const previous = lastStep.current;
    lastStep.current = step;
    if (!announceProgress || previous === null || step === previous) return;
    if (step < previous) return; // went back (restart): wait for the next step up
    const message =
      percent >= 100
        ? formatString(strings['progressBar.complete'], { label })
        : valueText
          ? formatString(strings['progressBar.progressText'], { label, value: valueText })
          : formatString(strings['progressBar.progress'], { label, percent });
    announce(message, 'polite');
  }, [percent, indeterminate, announceProgress, announceStep, label, strings, valueText]);

  return (
    <div
      ref={ref}
      className={cx('aukio-progress-bar', className)}
      data-state={indeterminate ? 'indeterminate' : percent >= 100 ? 'complete' : 'running'}
      {...rest}
    >
      <div className="aukio-progress-bar__header">
        <label className="aukio-progress-bar__label" htmlFor={id}>
          {label}
        </label>
        {text && (
          <span className="aukio-progress-bar__value" aria-hidden="true">
            {text}
          </span>
        )}
      </div>
      <progress
        id={id}
        className="aukio-progress-bar__bar"
        max={safeMax}
        value={indeterminate ? undefined : clamped}
        aria-valuetext={text}
      />
    </div>
  );
});
