import { useEffect, useId, type FieldsetHTMLAttributes, type ReactNode, type Ref } from 'react';
import { useStrings } from '../i18n';
import { cx } from './cx';
import { warnOnce } from './dev';
import { fieldMessages } from '../i18n/messages/field';

/** Which fields carry a text marker. Marking the optional ones is the recommendation (fewer, clearer markers). */
export type NecessityIndicator = 'optional' | 'required' | 'none';

export interface FieldOptions {
  /** Id of the control. Generated with `useId` when not given, stable across server and client. */
  id?: string;
  label?: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  required?: boolean;
  necessityIndicator?: NecessityIndicator;
  /** Ids the app adds to the description; kept after the hint and error. */
  'aria-describedby'?: string;
}

export interface FieldIds {
  controlId: string;
  labelId: string;
  hintId: string;
  errorId: string;
}

/** Ids for a field's parts. Hint and error ids are only referenced when those parts render. */
export function useFieldIds(id?: string): FieldIds {
  const auto = useId();
  const controlId = id ?? `aukio${auto.replace(/[^a-zA-Z0-9_-]/g, '')}`;
  useDuplicateIdCheck(id);
  return { controlId, labelId: `${controlId}-label`, hintId: `${controlId}-hint`, errorId: `${controlId}-error` };
}

/** In development, warns when an id the app passed is used by another element too: labels would break. */
function useDuplicateIdCheck(id: string | undefined) {
  useEffect(() => {
    if (process.env.NODE_ENV === 'production' || !id || typeof document === 'undefined') return;
    const escaped = typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(id) : id.replace(/["\\]/g, '\\$&');
    if (document.querySelectorAll(`[id="${escaped}"]`).length > 1) {
      warnOnce(`duplicate-id:${id}`, `id "${id}" is used by more than one element on the page. Labels, hints and error messages would point at the wrong field.`);
    }
  }, [id]);
}

function isPresent(node: ReactNode): boolean {
  return node !== undefined && node !== null && node !== false && node !== '';
}

/** Props to spread onto the control: id, description and invalid state wired to what is rendered. */
export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
  required?: boolean;
}

export function useField(options: FieldOptions) {
  const ids = useFieldIds(options.id);
  const hasHint = isPresent(options.hint);
  const hasError = isPresent(options.error);
  const describedBy = [
    hasHint && ids.hintId,
    hasError && ids.errorId,
    options['aria-describedby'],
  ]
    .filter(Boolean)
    .join(' ');
  const controlProps: ControlProps = {
    id: ids.controlId,
    'aria-describedby': describedBy || undefined,
    'aria-invalid': hasError ? true : undefined,
    required: options.required || undefined,
  };
  return { ids, hasHint, hasError, controlProps };
}

export interface FieldLayoutProps extends FieldOptions {
  ids: FieldIds;
  className?: string;
  /** Class of the root element, e.g. `aukio-text-input`. */
  rootClassName: string;
  disabled?: boolean;
  children: ReactNode;
}

/**
 * Label, hint and error around a control, in the order a screen reader user meets them:
 * label, hint, error, control (so the error is read before the field is reached in browse mode).
 */
export function FieldLayout({
  ids,
  label,
  hint,
  error,
  required,
  necessityIndicator = 'optional',
  rootClassName,
  className,
  disabled,
  children,
}: FieldLayoutProps) {
  const strings = useStrings(fieldMessages);
  const marker =
    necessityIndicator === 'optional' && !required
      ? strings['field.optional']
      : necessityIndicator === 'required' && required
        ? strings['field.required']
        : null;
  const invalid = isPresent(error);
  return (
    <div
      className={cx('aukio-field', rootClassName, className)}
      data-invalid={invalid ? '' : undefined}
      data-disabled={disabled ? '' : undefined}
    >
      {isPresent(label) && (
        <label className="aukio-field__label" id={ids.labelId} htmlFor={ids.controlId}>
          {label}
          {marker && (
            <>
              {' '}
              <span className="aukio-field__necessity">{marker}</span>
            </>
          )}
        </label>
      )}
      {isPresent(hint) && (
        <div className="aukio-field__hint" id={ids.hintId}>
          {hint}
        </div>
      )}
      {invalid && (
        <p className="aukio-field__error" id={ids.errorId}>
          <span className="aukio-visually-hidden">{strings['field.errorPrefix']}</span> {error}
        </p>
      )}
      {children}
    </div>
  );
}

export type LegendHeading = 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

export interface FieldsetLayoutProps extends Omit<FieldLayoutProps, 'label'> {
  legend: ReactNode;
  /** Render the legend's text as a heading (e.g. `h1` when the group is the page's only question). */
  legendAs?: LegendHeading;
  /** Legend size: `m` (default) for questions, `l` when it is the page heading. */
  legendSize?: 'm' | 'l';
  /** Ref to the `<fieldset>` element. */
  fieldsetRef?: Ref<HTMLFieldSetElement>;
  /** Other attributes for the `<fieldset>` (data-*, name, form…). Id, class and description stay wired. */
  fieldsetProps?: Omit<FieldsetHTMLAttributes<HTMLFieldSetElement>, 'id' | 'className' | 'aria-describedby' | 'disabled' | 'children'>;
}

/**
 * A group of controls answering one question: `<fieldset>` with `<legend>`, then hint and error, then the
 * controls. The hint and error describe the group (`aria-describedby` on the fieldset, only for the parts that
 * render); each control inside sets its own `aria-invalid`. `ids.controlId` is the fieldset's id.
 */
export function FieldsetLayout({
  ids,
  legend,
  legendAs,
  legendSize = 'm',
  hint,
  error,
  required,
  necessityIndicator = 'optional',
  rootClassName,
  className,
  disabled,
  children,
  'aria-describedby': extraDescribedBy,
  fieldsetRef,
  fieldsetProps,
}: FieldsetLayoutProps) {
  const strings = useStrings(fieldMessages);
  const marker =
    necessityIndicator === 'optional' && !required
      ? strings['field.optional']
      : necessityIndicator === 'required' && required
        ? strings['field.required']
        : null;
  const invalid = isPresent(error);
  const describedBy = [isPresent(hint) && ids.hintId, invalid && ids.errorId, extraDescribedBy].filter(Boolean).join(' ');
  const Heading = legendAs;
  const legendContent = (
    <>
      {legend}
      {marker && (
        <>
          {' '}
          <span className="aukio-field__necessity">{marker}</span>
        </>
      )}
    </>
  );
  return (
    <fieldset
      {...fieldsetProps}
      ref={fieldsetRef}
      id={ids.controlId}
      className={cx('aukio-field', 'aukio-fieldset', rootClassName, className)}
      aria-describedby={describedBy || undefined}
      data-invalid={invalid ? '' : undefined}
      data-disabled={disabled ? '' : undefined}
      disabled={disabled}
    >
      <legend className="aukio-fieldset__legend" id={ids.labelId} data-size={legendSize}>
        {Heading ? <Heading className="aukio-fieldset__heading">{legendContent}</Heading> : legendContent}
      </legend>
      {isPresent(hint) && (
        <div className="aukio-field__hint" id={ids.hintId}>
          {hint}
        </div>
      )}
      {invalid && (
        <p className="aukio-field__error" id={ids.errorId}>
          <span className="aukio-visually-hidden">{strings['field.errorPrefix']}</span> {error}
        </p>
      )}
      {children}
    </fieldset>
  );
}
