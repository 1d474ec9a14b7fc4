import {
  forwardRef,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type FormEvent,
  type FormHTMLAttributes,
  type ReactNode,
} from 'react';
import { ErrorSummary } from '../ErrorSummary';
import { cx } from '../internal/cx';
import { mergeRefs } from '../internal/mergeRefs';
import { FormErrorsContext, type FormErrors, type FormErrorsValue } from '../internal/formErrors';

export interface FormProps extends Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit' | 'children'> {
  /**
   * Checks the form when it is submitted. Return the errors keyed by field `name` (empty or nothing when
   * valid). With errors the submit is stopped, the error summary appears at the top and takes focus, and each
   * Aukio field shows its message.
   */
  onValidate?: (formData: FormData) => FormErrors | null | undefined | void;
  /** Called for a valid submit. The form posts natively unless you call `event.preventDefault()`. */
  onSubmit?: (event: FormEvent<HTMLFormElement>, formData: FormData) => void;
  /**
   * Errors from outside, e.g. the server's answer to a post without JavaScript, rendered into the page. They
   * replace the current errors whenever this object changes.
   */
  errors?: FormErrors;
  /** Heading of the error summary; default "Tarkista seuraavat kohdat" in the current language. */
  summaryTitle?: ReactNode;
  /** Browser validation bubbles are off by default (`noValidate`), so Aukio's messages are used. */
  noValidate?: boolean;
  children?: ReactNode | ((value: FormErrorsValue) => ReactNode);
}

function isPresent(message: ReactNode): boolean {
  return message !== undefined && message !== null && message !== false && message !== '';
}

function onlyPresent(errors: FormErrors | null | undefined | void): FormErrors {
  return Object.fromEntries(Object.entries(errors ?? {}).filter(([, m]) => isPresent(m)));
}

/**
 * Finds what an error summary link for the field `name` should point at: the control's id; the group's
 * fieldset for radios and checkbox groups; the first wrong part (or the group) of a DateInput, whose parts are
 * named `${name}-day` etc.; or an element whose id is the name.
 */
export function resolveFieldId(form: HTMLFormElement, name: string): string | undefined {
  const quoted = name.replace(/["\\]/g, '\\$&');
  const named = Array.from(form.querySelectorAll<HTMLElement>(`[name="${quoted}"]`));
  const first = named[0];
  if (first) {
    const group = first.matches('[type="radio"]') || (named.length > 1 && first.matches('[type="checkbox"]'));
    const fieldset = group ? first.closest('fieldset') : null;
    if (fieldset?.id) return fieldset.id;
    if (first.id) return first.id;
  }
  const parts = Array.from(form.querySelectorAll<HTMLElement>(`[name^="${quoted}-"]`));
  if (parts[0]) {
    const wrong = parts.find((p) => p.getAttribute('aria-invalid') === 'true');
    if (wrong?.id) return wrong.id;
    const fieldset = parts[0].closest('fieldset');
    if (fieldset?.id) return fieldset.id;
    if (parts[0].id) return parts[0].id;
  }
  return form.ownerDocument.getElementById(name) ? name : undefined;
}

/**
 * A native `<form>` wired to Aukio's error handling. `method` and `action` pass through, so it posts without
 * JavaScript; with JavaScript `onValidate` checks it first. `noValidate` is on by default so the browser's
 * own bubbles do not replace Aukio's specific, translated messages.
 */
export const Form = forwardRef<HTMLFormElement, FormProps>(function Form(props, ref) {
  const { onValidate, onSubmit, errors: errorsProp, summaryTitle, noValidate = true, className, children, ...rest } = props;
  const [errors, setErrorsState] = useState<FormErrors>(() => onlyPresent(errorsProp));
  const [submitCount, setSubmitCount] = useState(0);
  const [order, setOrder] = useState<Array<{ name: string; id: string }>>([]);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (errorsProp) setErrorsState(onlyPresent(errorsProp));
  }, [errorsProp]);

  // After the fields have rendered their errors, find each field's id and sort the summary in page order.
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    const found = Object.keys(errors).map((name) => ({ name, id: resolveFieldId(form, name) ?? name }));
    const position = (id: string) => form.ownerDocument.getElementById(id);
    found.sort((a, b) => {
      const ea = position(a.id);
      const eb = position(b.id);
      if (!ea || !eb) return 0;
      return ea.compareDocumentPosition(eb) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    });
    setOrder(found);
  }, [errors]);

  const setErrors = useCallback((next: FormErrors) => setErrorsState(onlyPresent(next)), []);
  const value = useMemo<FormErrorsValue>(
    () => ({ errors, errorFor: (name) => (name === undefined ? undefined : errors[name]), setErrors }),
    [errors, setErrors],
  );

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    const formData = new FormData(event.currentTarget);
    const found = onlyPresent(onValidate?.(formData));
    setSubmitCount((c) => c + 1);
    if (Object.keys(found).length) {
      event.preventDefault();
      // Resolve the links now, so the summary's first render already points at the fields; the effect above
      // refines them (e.g. to a date's wrong part) once the fields show their errors.
      const form = event.currentTarget;
      setOrder(Object.keys(found).map((name) => ({ name, id: resolveFieldId(form, name) ?? name })));
      setErrorsState(found);
      return;
    }
    setErrorsState({});
    onSubmit?.(event, formData);
  };

  // Until the ids are resolved (first render, server rendering) the name is used as the id.
  const resolved = new Map(order.map((o) => [o.name, o.id]));
  const names = order.length && order.every((o) => o.name in errors) ? order.map((o) => o.name) : [];
  for (const name of Object.keys(errors)) if (!names.includes(name)) names.push(name);
  const items = names.map((name) => ({ fieldId: resolved.get(name) ?? name, message: errors[name] }));

  return (
    <FormErrorsContext.Provider value={value}>
      <form
        ref={mergeRefs(formRef, ref)}
        className={cx('aukio-form', className)}
        noValidate={noValidate}
        {...rest}
        onSubmit={handleSubmit}
      >
        <ErrorSummary errors={items} title={summaryTitle} focusKey={submitCount} />
        {typeof children === 'function' ? children(value) : children}
      </form>
    </FormErrorsContext.Provider>
  );
});
