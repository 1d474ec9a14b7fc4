export { DateInput, type DateInputProps } from './DateInput';
export * from './validateDateParts';
