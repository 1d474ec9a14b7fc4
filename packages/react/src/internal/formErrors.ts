import { createContext, useContext, type ReactNode } from 'react';

/** Error messages of a form, keyed by field `name`. */
export type FormErrors = Record<string, ReactNode>;

export interface FormErrorsValue {
  /** Every current error, keyed by field name. Empty when the form is valid or not yet submitted. */
  errors: FormErrors;
  /** The error of one field by its `name`, or `undefined`. */
  errorFor: (name: string | undefined) => ReactNode | undefined;
  /** Replace the errors (e.g. with the server's answer after an asynchronous submit). */
  setErrors: (errors: FormErrors) => void;
}

const empty: FormErrors = {};
const outside: FormErrorsValue = { errors: empty, errorFor: () => undefined, setErrors: () => {} };

export const FormErrorsContext = createContext<FormErrorsValue>(outside);

/**
 * The errors of the surrounding `<Form>`. Every Aukio field reads its own error by `name` (through
 * `useField`); use this for a control of the app's own: `error={errorFor('email')}`.
 * Outside a `<Form>` there are no errors.
 */
export function useFormErrors(): FormErrorsValue {
  return useContext(FormErrorsContext);
}

/** The error for a field: the `error` prop wins, otherwise the form's error for its name. */
export function useFieldError(name: string | undefined, error: ReactNode | undefined): ReactNode | undefined {
  const { errorFor } = useContext(FormErrorsContext);
  return error !== undefined ? error : errorFor(name);
}
