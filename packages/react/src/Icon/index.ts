export { Icon, createIcon, type IconBaseProps, type IconComponent, type IconProps, type IconSize } from './Icon';
export * from './icons';
