export { Navigation, type NavigationProps, type NavigationItem, type NavigationLinkProps } from './Navigation';
