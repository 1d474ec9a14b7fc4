export { Dialog, DialogClose, DialogActions, type DialogProps, type DialogHeadingLevel } from './Dialog';
