export { ConsentList, type ConsentListProps, type GivenConsent } from './ConsentList';
