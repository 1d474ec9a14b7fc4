import { defineConformance, displaySettings, screenReaders } from '../internal/conformance';
import { plainLanguageCriterion } from '../i18n/plainLanguageConformance';

export const conformance = defineConformance({
  component: 'PersonalDataOverview',
  reviewed: '2026-11-27',
  criteria: [
    {
      id: '1.3.1',
      status: 'supports',
      how: 'Headings for categories, description lists for the data, fieldsets for choices.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'PersonalDataOverview.test.tsx > shows categories as expandable sections with items, sources, purposes, legal basis, recipients and retention' },
        { kind: 'axe', ref: 'PersonalDataOverview.test.tsx > shows categories as expandable sections with items, sources, purposes, legal basis, recipients and retention' },
        { kind: 'axe', ref: 'PersonalDataOverview.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen reader: the structure (roles, labels, groups, headings, lists) is read as it is shown' },
      ],
    },
    {
      id: '2.4.6',
      status: 'supports',
      how: '`headingLevel` fits the page outline.',
      verifiedBy: [
        { kind: 'manual', ref: 'Headings and labels describe their topic in fi, sv and en' },
      ],
    },
    {
      id: '3.3.1',
      status: 'supports',
      how: 'A missing request type is named at the field and in the error summary.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'PersonalDataOverview.test.tsx > asks for a request type before sending' },
        { kind: 'story-test', ref: 'PersonalDataOverview.stories.tsx > MissingRequestType' },
        { kind: 'manual', ref: 'Screen reader: an error is read with its field, and the field is marked invalid' },
      ],
    },
    {
      id: '3.3.3',
      status: 'supports',
      how: 'A missing request type is named at the field and in the error summary.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'PersonalDataOverview.test.tsx > asks for a request type before sending' },
        { kind: 'manual', ref: 'Error messages say how to correct the input, in fi, sv and en' },
      ],
    },
    {
      id: '3.3.7',
      status: 'supports',
      how: 'A failed send keeps everything typed.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'PersonalDataOverview.test.tsx > on failure shows a translated error and keeps what was typed' },
        { kind: 'story-test', ref: 'PersonalDataOverview.stories.tsx > RequestFailed' },
        { kind: 'manual', ref: 'Information given earlier is filled in or selectable, not asked again' },
      ],
    },
    {
      id: '4.1.3',
      status: 'supports',
      how: 'Success is announced politely; a failure is announced assertively.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'PersonalDataOverview.test.tsx > keyboard only: sends a typed request and announces success' },
        { kind: 'unit-test', ref: 'PersonalDataOverview.test.tsx > on failure shows a translated error and keeps what was typed' },
        { kind: 'story-test', ref: 'PersonalDataOverview.stories.tsx > RequestSent' },
        { kind: 'manual', ref: 'Screen readers read the status message without moving focus' },
      ],
    },
    plainLanguageCriterion('The column headings, request choices and messages'),
  ],
  assistiveTech: [...screenReaders, ...displaySettings],
  knownIssues: [],
});
