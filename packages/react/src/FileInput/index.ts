export { FileInput, type FileInputProps } from './FileInput';
export {
  validateFiles,
  formatFileSize,
  fileMatchesAccept,
  describeAccept,
  type FileProblem,
  type FileRules,
  type FileValidationOptions,
} from './validateFiles';
