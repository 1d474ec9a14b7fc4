export { DateInput, type DateInputProps } from './DateInput';
export {
  validateDateParts,
  datePartsFromFormData,
  isoToParts,
  parseIsoDate,
  dateLocaleTable,
  type DatePart,
  type DateParts,
  type DateValidation,
  type DateValidationOptions,
} from './validateDateParts';
