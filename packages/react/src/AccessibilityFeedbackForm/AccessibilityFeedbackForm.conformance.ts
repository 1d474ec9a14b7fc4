import { defineConformance, displaySettings, screenReaders, voiceControl } from '../internal/conformance';
import { plainLanguageCriterion } from '../i18n/plainLanguageConformance';

export const conformance = defineConformance({
  component: 'AccessibilityFeedbackForm',
  reviewed: '2026-11-27',
  criteria: [
    {
      id: '1.3.5',
      status: 'supports',
      how: '`autocomplete="email"` and `tel` on the contact fields.',
      verifiedBy: [
        { kind: 'axe', ref: 'AccessibilityFeedbackForm.test.tsx > has the page prefilled, a required description and a contact choice' },
        { kind: 'axe', ref: 'AccessibilityFeedbackForm.stories.tsx > *' },
        { kind: 'manual', ref: 'Browser autofill offers the right values for the field' },
      ],
    },
    {
      id: '3.3.1',
      status: 'supports',
      how: 'Errors say what to do, at the field and in the error summary.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'AccessibilityFeedbackForm.test.tsx > lists errors in an error summary and marks the fields' },
        { kind: 'story-test', ref: 'AccessibilityFeedbackForm.stories.tsx > Errors' },
        { kind: 'manual', ref: 'Screen reader: an error is read with its field, and the field is marked invalid' },
      ],
    },
    {
      id: '3.3.2',
      status: 'supports',
      how: 'Labels and hints on every field; optional fields are marked.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'AccessibilityFeedbackForm.test.tsx > has the page prefilled, a required description and a contact choice' },
        { kind: 'manual', ref: 'Screen reader: labels, hints and the optional marker are read with the field' },
      ],
    },
    {
      id: '3.3.3',
      status: 'supports',
      how: 'Errors say what to do, at the field and in the error summary.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'AccessibilityFeedbackForm.test.tsx > lists errors in an error summary and marks the fields' },
        { kind: 'manual', ref: 'Error messages say how to correct the input, in fi, sv and en' },
      ],
    },
    {
      id: '3.3.7',
      status: 'supports',
      how: 'The page address is prefilled; a failed send keeps everything typed.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'AccessibilityFeedbackForm.test.tsx > has the page prefilled, a required description and a contact choice' },
        { kind: 'unit-test', ref: 'AccessibilityFeedbackForm.test.tsx > keeps everything typed when sending fails, with a translated error' },
        { kind: 'story-test', ref: 'AccessibilityFeedbackForm.stories.tsx > SendFailed' },
        { kind: 'manual', ref: 'Information given earlier is filled in or selectable, not asked again' },
      ],
    },
    {
      id: '4.1.3',
      status: 'supports',
      how: 'The confirmation is announced; a failure is announced assertively.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'AccessibilityFeedbackForm.test.tsx > keyboard only: reports a barrier with an email reply and shows a confirmation' },
        { kind: 'story-test', ref: 'AccessibilityFeedbackForm.stories.tsx > Sent' },
        { kind: 'manual', ref: 'Screen readers read the status message without moving focus' },
      ],
    },
    plainLanguageCriterion('The hints and the sent and failed messages'),
  ],
  assistiveTech: [...screenReaders, ...displaySettings, ...voiceControl],
  knownIssues: [],
});
