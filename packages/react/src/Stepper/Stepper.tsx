import { forwardRef, useEffect, useId, type HTMLAttributes, type ReactNode } from 'react';
import { formatString, useStrings } from '../i18n';
import { cx } from '../internal/cx';
import { warnOnce } from '../internal/dev';
import { stepperMessages } from '../i18n/messages/stepper';

export type StepStatus = 'completed' | 'inProgress' | 'notStarted' | 'cannotStart';

export interface StepperStep {
  label: ReactNode;
  status: StepStatus;
  /** Address of the step. Shown as a link unless it is the current step or cannot be started yet. */
  href?: string;
  /** React key; defaults to the position. */
  key?: string;
}

export interface StepperProps extends HTMLAttributes<HTMLOListElement> {
  steps: StepperStep[];
  /** Index (from 0) of the step the person is on; gets `aria-current="step"`. Defaults to the first step in progress. */
  current?: number;
  /** Name of the list; defaults to "Vaiheet" / "Steg" / "Steps". Use the application's name when it helps. */
  'aria-label'?: string;
}

const statusKey = {
  completed: 'stepper.status.completed',
  inProgress: 'stepper.status.inProgress',
  notStarted: 'stepper.status.notStarted',
  cannotStart: 'stepper.status.cannotStart',
} as const;

function CheckIcon() {
  return (
    <svg className="aukio-stepper__check" viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false">
      <path d="M5 12.5l4.5 4.5L19 7.5" fill="none" stroke="currentColor" strokeWidth="3" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/**
 * The steps of a multi-step application, in order. Each step says its status in words ("Valmis", "Kesken",
 * "Ei aloitettu", "Ei voi vielä aloittaa"), not only with colour or an icon; the current step has
 * `aria-current="step"`. Steps that can be revisited may be links.
 */
export const Stepper = forwardRef<HTMLOListElement, StepperProps>(function Stepper(
  { steps, current: currentProp, className, 'aria-label': ariaLabel, ...rest },
  ref,
) {
  const strings = useStrings(stepperMessages);
  const baseId = useId();
  const firstInProgress = steps.findIndex((s) => s.status === 'inProgress');
  const current = currentProp ?? (firstInProgress >= 0 ? firstInProgress : undefined);

  useEffect(() => {
    if (process.env.NODE_ENV === 'production') return;
    if (steps.length === 0) warnOnce('stepper-empty', '<Stepper>: no steps were given; nothing is rendered.');
    if (currentProp !== undefined && (currentProp < 0 || currentProp >= steps.length)) {
      warnOnce(`stepper-current:${currentProp}`, `<Stepper>: current=${currentProp} is not a step index (0–${steps.length - 1}).`);
    }
    const keys = steps.map((s) => s.key).filter((k): k is string => k !== undefined);
    const dup = keys.find((k, i) => keys.indexOf(k) !== i);
    if (dup) warnOnce(`stepper-key:${dup}`, `<Stepper>: the key "${dup}" is used by more than one step.`);
  }, [steps, currentProp]);

  if (steps.length === 0) return null;

  return (
    <ol ref={ref} aria-label={ariaLabel ?? strings['stepper.label']} className={cx('aukio-stepper', className)} {...rest}>
      {steps.map((step, i) => {
        const isCurrent = i === current;
        const statusId = `${baseId}-s${i}`;
        const linked = step.href && !isCurrent && step.status !== 'cannotStart';
        return (
          <li
            key={`${i}:${step.key ?? ''}`}
            className="aukio-stepper__step"
            data-status={step.status}
            data-current={isCurrent ? '' : undefined}
            aria-current={isCurrent ? 'step' : undefined}
          >
            <span className="aukio-stepper__marker" aria-hidden="true">
              {step.status === 'completed' ? <CheckIcon /> : i + 1}
            </span>
            <span className="aukio-stepper__body">
              <span className="aukio-stepper__label">
                <span className="aukio-visually-hidden">{formatString(strings['stepper.step'], { number: i + 1 })}: </span>
                {linked ? (
                  <a className="aukio-stepper__link" href={step.href} aria-describedby={statusId}>
                    {step.label}
                  </a>
                ) : (
                  step.label
                )}
              </span>
              <span className="aukio-stepper__status" id={statusId}>
                {strings[statusKey[step.status]]}
              </span>
            </span>
          </li>
        );
      })}
    </ol>
  );
});
