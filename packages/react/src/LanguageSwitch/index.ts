export { LanguageSwitch, type LanguageSwitchProps, type LanguageOption } from './LanguageSwitch';
