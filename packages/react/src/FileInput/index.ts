export { FileInput, type FileInputProps } from './FileInput';
export * from './validateFiles';
