// The one catalogue: every built-in text of every component, in fi, sv and en, assembled from the
// namespace modules in ./messages (one per component, so a component pulls in only its own texts).
// AukioStrings is the one key set; the types and i18n.test.tsx check every locale has every key.
import type { AukioLocale } from './locales';
import { accessibilityFeedbackFormMessages } from './messages/accessibilityFeedbackForm';
import { accessibilityStatementMessages } from './messages/accessibilityStatement';
import { alertDialogMessages } from './messages/alertDialog';
import { backLinkMessages } from './messages/backLink';
import { breadcrumbMessages } from './messages/breadcrumb';
import { buttonMessages } from './messages/button';
import { characterCountMessages } from './messages/characterCount';
import { checkboxGroupMessages } from './messages/checkboxGroup';
import { comboboxMessages } from './messages/combobox';
import { consentBannerMessages } from './messages/consentBanner';
import { consentListMessages } from './messages/consentList';
import { consentSettingsMessages } from './messages/consentSettings';
import { dateInputMessages } from './messages/dateInput';
import { datePickerMessages } from './messages/datePicker';
import { dialogMessages } from './messages/dialog';
import { errorSummaryMessages } from './messages/errorSummary';
import { fieldMessages } from './messages/field';
import { fileInputMessages } from './messages/fileInput';
import { footerMessages } from './messages/footer';
import { headerMessages } from './messages/header';
import { iconMessages } from './messages/icon';
import { languageSwitchMessages } from './messages/languageSwitch';
import { linkMessages } from './messages/link';
import { loadingSpinnerMessages } from './messages/loadingSpinner';
import { navigationMessages } from './messages/navigation';
import { notificationMessages } from './messages/notification';
import { numberInputMessages } from './messages/numberInput';
import { oneTimeCodeInputMessages } from './messages/oneTimeCodeInput';
import { paginationMessages } from './messages/pagination';
import { passwordInputMessages } from './messages/passwordInput';
import { personalDataMessages } from './messages/personalData';
import { popoverMessages } from './messages/popover';
import { progressBarMessages } from './messages/progressBar';
import { readingPreferencesMessages } from './messages/readingPreferences';
import { searchInputMessages } from './messages/searchInput';
import { selectMessages } from './messages/select';
import { serviceHelpMessages } from './messages/serviceHelp';
import { sessionTimeoutWarningMessages } from './messages/sessionTimeoutWarning';
import { sideNavigationMessages } from './messages/sideNavigation';
import { skeletonMessages } from './messages/skeleton';
import { skipLinkMessages } from './messages/skipLink';
import { stepperMessages } from './messages/stepper';
import { summaryListMessages } from './messages/summaryList';
import { tableMessages } from './messages/table';
import { taskListMessages } from './messages/taskList';
import { toastMessages } from './messages/toast';
import { toggletipMessages } from './messages/toggletip';

export const allMessages = [accessibilityFeedbackFormMessages, accessibilityStatementMessages, alertDialogMessages, backLinkMessages, breadcrumbMessages, buttonMessages, characterCountMessages, checkboxGroupMessages, comboboxMessages, consentBannerMessages, consentListMessages, consentSettingsMessages, dateInputMessages, datePickerMessages, dialogMessages, errorSummaryMessages, fieldMessages, fileInputMessages, footerMessages, headerMessages, iconMessages, languageSwitchMessages, linkMessages, loadingSpinnerMessages, navigationMessages, notificationMessages, numberInputMessages, oneTimeCodeInputMessages, paginationMessages, passwordInputMessages, personalDataMessages, popoverMessages, progressBarMessages, readingPreferencesMessages, searchInputMessages, selectMessages, serviceHelpMessages, sessionTimeoutWarningMessages, sideNavigationMessages, skeletonMessages, skipLinkMessages, stepperMessages, summaryListMessages, tableMessages, taskListMessages, toastMessages, toggletipMessages] as const;

const merge = (locale: AukioLocale) => Object.assign({}, ...allMessages.map((m) => m[locale])) as AukioStrings;

export type AukioStrings = (typeof accessibilityFeedbackFormMessages)['en'] &
  (typeof accessibilityStatementMessages)['en'] &
  (typeof alertDialogMessages)['en'] &
  (typeof backLinkMessages)['en'] &
  (typeof breadcrumbMessages)['en'] &
  (typeof buttonMessages)['en'] &
  (typeof characterCountMessages)['en'] &
  (typeof checkboxGroupMessages)['en'] &
  (typeof comboboxMessages)['en'] &
  (typeof consentBannerMessages)['en'] &
  (typeof consentListMessages)['en'] &
  (typeof consentSettingsMessages)['en'] &
  (typeof dateInputMessages)['en'] &
  (typeof datePickerMessages)['en'] &
  (typeof dialogMessages)['en'] &
  (typeof errorSummaryMessages)['en'] &
  (typeof fieldMessages)['en'] &
  (typeof fileInputMessages)['en'] &
  (typeof footerMessages)['en'] &
  (typeof headerMessages)['en'] &
  (typeof iconMessages)['en'] &
  (typeof languageSwitchMessages)['en'] &
  (typeof linkMessages)['en'] &
  (typeof loadingSpinnerMessages)['en'] &
  (typeof navigationMessages)['en'] &
  (typeof notificationMessages)['en'] &
  (typeof numberInputMessages)['en'] &
  (typeof oneTimeCodeInputMessages)['en'] &
  (typeof paginationMessages)['en'] &
  (typeof passwordInputMessages)['en'] &
  (typeof personalDataMessages)['en'] &
  (typeof popoverMessages)['en'] &
  (typeof progressBarMessages)['en'] &
  (typeof readingPreferencesMessages)['en'] &
  (typeof searchInputMessages)['en'] &
  (typeof selectMessages)['en'] &
  (typeof serviceHelpMessages)['en'] &
  (typeof sessionTimeoutWarningMessages)['en'] &
  (typeof sideNavigationMessages)['en'] &
  (typeof skeletonMessages)['en'] &
  (typeof skipLinkMessages)['en'] &
  (typeof stepperMessages)['en'] &
  (typeof summaryListMessages)['en'] &
  (typeof tableMessages)['en'] &
  (typeof taskListMessages)['en'] &
  (typeof toastMessages)['en'] &
  (typeof toggletipMessages)['en'];
export type AukioStringKey = keyof AukioStrings;

/** Every built-in text per locale, for docs, tests and apps that want the whole table. */
export const catalogues: Record<AukioLocale, AukioStrings> = {
  fi: /* @__PURE__ */ merge('fi'),
  sv: /* @__PURE__ */ merge('sv'),
  en: /* @__PURE__ */ merge('en'),
};
