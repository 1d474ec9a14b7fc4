export { ConsentSettings, type ConsentSettingsProps } from './ConsentSettings';
