export { Footer, type FooterProps, type FooterLinkGroup, type FooterLink } from './Footer';
