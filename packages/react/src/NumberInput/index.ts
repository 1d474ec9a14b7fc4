export { NumberInput, type NumberInputProps, type NumberInputValue } from './NumberInput';
export { parseLocaleNumber, formatLocaleNumber } from './parseLocaleNumber';
export { validateNumber, type NumberRules, type NumberValidation, type NumberValidationOptions } from './validateNumber';
