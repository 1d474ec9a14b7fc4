export {
  ServiceHelp,
  type ServiceHelpProps,
  type ServiceHelpPhone,
  type ServiceHelpLink,
  type ServiceHelpVisit,
  type ServiceHelpEmail,
  type ServiceHelpDigitalSupport,
} from './ServiceHelp';
export { telHref } from './telHref';
