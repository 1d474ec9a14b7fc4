export { NumberInput, type NumberInputProps } from './NumberInput';
export { parseLocaleNumber, formatLocaleNumber } from './parseLocaleNumber';
export { validateNumber, type NumberRules, type NumberValidation, type NumberValidationOptions } from './validateNumber';
