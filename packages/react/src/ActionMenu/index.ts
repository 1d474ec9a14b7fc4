export { ActionMenu, type ActionMenuProps, type ActionMenuItemProps } from './ActionMenu';
