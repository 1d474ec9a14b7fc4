export { ActionMenu, ActionMenuItem, type ActionMenuProps, type ActionMenuItemProps } from './ActionMenu';
