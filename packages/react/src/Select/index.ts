export { Select, type SelectProps, type SelectOption, type SelectOptionGroup } from './Select';
