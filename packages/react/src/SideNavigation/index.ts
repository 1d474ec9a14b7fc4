export { SideNavigation, type SideNavigationProps, type SideNavigationItem } from './SideNavigation';
