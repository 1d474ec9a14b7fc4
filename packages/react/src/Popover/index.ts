export { Popover, type PopoverProps, type PopoverName } from './Popover';
