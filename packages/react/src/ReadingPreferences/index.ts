export { ReadingPreferences, type ReadingPreferencesProps, type ReadingPreferencesHeading } from './ReadingPreferences';
export {
  useReadingPreferences,
  type UseReadingPreferencesOptions,
  type UseReadingPreferencesResult,
} from './useReadingPreferences';
export {
  READING_PREFERENCES_COOKIE,
  READING_PREFERENCES_KEY,
  READING_PREFERENCES_VERSION,
  applyReadingPreferences,
  defaultReadingPreferences,
  parseReadingPreferences,
  readingPreferenceAttributes,
  readingThemes,
  serializeReadingPreferences,
  textSizes,
  type ReadingPreferenceAttributes,
  type ReadingPreferences as ReadingPreferencesValue,
  type ReadingTheme,
  type TextSize,
} from './preferences';
