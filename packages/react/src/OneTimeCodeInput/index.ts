export { OneTimeCodeInput, type OneTimeCodeInputProps } from './OneTimeCodeInput';
export * from './validateOneTimeCode';
