import { defineConformance, displaySettings, screenReaders, voiceControl } from '../internal/conformance';
import { plainLanguageCriterion } from '../i18n/plainLanguageConformance';

export const conformance = defineConformance({
  component: 'ConsentList',
  reviewed: '2026-11-27',
  criteria: [
    {
      id: '1.3.1',
      status: 'supports',
      how: 'A captioned table; the service cell is the row header.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'ConsentList.test.tsx > lists service, purpose and the date given formatted for the locale' },
        { kind: 'axe', ref: 'ConsentList.test.tsx > lists service, purpose and the date given formatted for the locale' },
        { kind: 'axe', ref: 'ConsentList.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen reader: the structure (roles, labels, groups, headings, lists) is read as it is shown' },
      ],
    },
    {
      id: '2.4.6',
      status: 'supports',
      how: 'Each button\'s name includes the service ("Peru suostumus: Kirjaston verkkopalvelu").',
      verifiedBy: [
        { kind: 'manual', ref: 'Headings and labels describe their topic in fi, sv and en' },
      ],
    },
    {
      id: '2.4.9',
      status: 'supports',
      how: 'Each button\'s name includes the service ("Peru suostumus: Kirjaston verkkopalvelu").',
      verifiedBy: [
        { kind: 'manual', ref: 'Link text alone tells where each link goes' },
      ],
    },
    {
      id: '2.5.3',
      status: 'supports',
      how: 'The visible text "Peru" starts the accessible name.',
      verifiedBy: [
        { kind: 'manual', ref: 'Voice control: saying the visible label activates the control' },
      ],
    },
    {
      id: '3.3.4',
      status: 'supports',
      how: 'Revoking is confirmed first, and can be cancelled.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'ConsentList.test.tsx > keyboard only: revoke, confirm in the dialog, result announced, row removed' },
        { kind: 'unit-test', ref: 'ConsentList.test.tsx > Escape cancels: nothing revoked, focus back on the button' },
        { kind: 'story-test', ref: 'ConsentList.stories.tsx > ConfirmOpen' },
        { kind: 'manual', ref: 'Submissions with legal or financial effect can be reviewed, confirmed or undone' },
      ],
    },
    {
      id: '4.1.3',
      status: 'supports',
      how: 'The result is announced; a failure is announced assertively.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'ConsentList.test.tsx > keyboard only: revoke, confirm in the dialog, result announced, row removed' },
        { kind: 'unit-test', ref: 'ConsentList.test.tsx > a failed revoke shows a translated error in the dialog and keeps the list unchanged' },
        { kind: 'story-test', ref: 'ConsentList.stories.tsx > Revoke' },
        { kind: 'manual', ref: 'Screen readers read the status message without moving focus' },
      ],
    },
    plainLanguageCriterion("The list's caption, texts and take-back dialog"),
  ],
  assistiveTech: [...screenReaders, ...displaySettings, ...voiceControl],
  knownIssues: [],
});
