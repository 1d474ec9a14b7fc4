export { Dialog, type DialogProps, type DialogHeadingLevel } from './Dialog';
