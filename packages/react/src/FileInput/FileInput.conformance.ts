import { defineConformance, displaySettings, orcaInCi, screenReaders, voiceControl } from '../internal/conformance';
import { plainLanguageCriterion } from '../i18n/plainLanguageConformance';

export const conformance = defineConformance({
  component: 'FileInput',
  reviewed: '2026-11-27',
  criteria: [
    {
      id: '1.3.1',
      status: 'supports',
      how: '`<label for>`; hint and error in `aria-describedby`; files in a named list.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'FileInput.test.tsx > is a native, labelled file input that posts without JavaScript' },
        { kind: 'unit-test', ref: 'FileInput.test.tsx > lists chosen files with sizes and announces the choice' },
        { kind: 'axe', ref: 'FileInput.test.tsx > has no axe violations in its states' },
        { kind: 'axe', ref: 'FileInput.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen reader: the structure (roles, labels, groups, headings, lists) is read as it is shown' },
      ],
    },
    {
      id: '2.1.1',
      status: 'supports',
      how: 'Native input; drag and drop is optional.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'FileInput.test.tsx > is a native, labelled file input that posts without JavaScript' },
        { kind: 'unit-test', ref: 'FileInput.test.tsx > removes a file with a named button, keeps the input in sync and moves focus on' },
        { kind: 'story-test', ref: 'FileInput.stories.tsx > Default' },
        { kind: 'manual', ref: 'Every function works with the keyboard alone, and in screen reader browse mode' },
      ],
    },
    {
      id: '2.4.6',
      status: 'supports',
      how: 'Remove buttons are named with the file name.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'FileInput.test.tsx > removes a file with a named button, keeps the input in sync and moves focus on' },
        { kind: 'manual', ref: 'Headings and labels describe their topic in fi, sv and en' },
      ],
    },
    {
      id: '2.5.7',
      status: 'supports',
      how: 'Every drop can be done with the file chooser instead.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'FileInput.test.tsx > is a native, labelled file input that posts without JavaScript' },
        { kind: 'unit-test', ref: 'FileInput.test.tsx > removes a file with a named button, keeps the input in sync and moves focus on' },
        { kind: 'manual', ref: 'Everything done by dragging can also be done with single clicks or taps' },
      ],
    },
    {
      id: '2.5.8',
      status: 'supports',
      how: 'Input button 44 px high, remove buttons 32 px.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > target-size' },
        { kind: 'manual', ref: 'On a phone: every target is at least 24 × 24 px or spaced apart' },
      ],
    },
    {
      id: '3.1.2',
      status: 'partially-supports',
      how: 'Aukio texts follow the locale; the native file button text comes from the browser (see the known issue).',
      verifiedBy: [
        { kind: 'manual', ref: "Screen reader reads the native file button in the browser's language; check that this is acceptable for your users" },
      ],
    },
    {
      id: '3.3.1',
      status: 'supports',
      how: 'Messages name the file, the limit and what to do.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'FileInput.test.tsx > shows a specific error for a file too large or of the wrong type, and keeps it listed' },
        { kind: 'unit-test', ref: 'FileInput.test.tsx > forwards ref and lets the app error win' },
        { kind: 'story-test', ref: 'FileInput.stories.tsx > TooLarge' },
        { kind: 'manual', ref: 'Screen reader: an error is read with its field, and the field is marked invalid' },
      ],
    },
    {
      id: '3.3.3',
      status: 'supports',
      how: 'Messages name the file, the limit and what to do.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'FileInput.test.tsx > names the file and the limit in the message' },
        { kind: 'unit-test', ref: 'FileInput.test.tsx > shows a specific error for a file too large or of the wrong type, and keeps it listed' },
        { kind: 'manual', ref: 'Error messages say how to correct the input, in fi, sv and en' },
      ],
    },
    {
      id: '4.1.3',
      status: 'supports',
      how: 'Choices and removals announced in the polite live region.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'FileInput.test.tsx > lists chosen files with sizes and announces the choice' },
        { kind: 'unit-test', ref: 'FileInput.test.tsx > removes a file with a named button, keeps the input in sync and moves focus on' },
        { kind: 'story-test', ref: 'FileInput.stories.tsx > FilesChosen' },
        { kind: 'manual', ref: 'Screen readers read the status message without moving focus' },
      ],
    },
    plainLanguageCriterion('The file error messages'),
  ],
  assistiveTech: [
    orcaInCi(
      'components-fileinput--english: Tab; dialog --announcements-inside: Tab, Enter on Remove',
      '“Lease agreement (optional): No file chosen push button. PDF, JPG or PNG, up to 5 MB.” (the label was read twice, “Lease agreement (optional) Lease agreement (optional): …”, until the input took its label’s text as aria-label). Inside a modal dialog, Enter on “Poista liite.pdf”: “liite.pdf poistettu”',
    ),
    ...screenReaders,
    ...displaySettings,
    ...voiceControl,
  ],
  knownIssues: [
    {
      description: 'The text of the native file button ("Selaa…", "Choose files") comes from the browser in the browser\'s language, which can differ from the page language.',
      criteria: ['3.1.2'],
    },
  ],
});
