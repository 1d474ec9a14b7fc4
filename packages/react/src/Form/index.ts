export { Form, resolveFieldId, type FormProps } from './Form';
export { useFormErrors, type FormErrors, type FormErrorsValue } from '../internal/formErrors';
