export { StatusLabel, type StatusLabelProps, type StatusLabelType } from './StatusLabel';
