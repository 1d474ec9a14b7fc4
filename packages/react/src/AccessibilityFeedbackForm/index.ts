export {
  AccessibilityFeedbackForm,
  type AccessibilityFeedback,
  type AccessibilityFeedbackFormProps,
  type FeedbackContact,
} from './AccessibilityFeedbackForm';
