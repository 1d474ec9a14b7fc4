import { defineConformance, displaySettings, screenReaders, voiceControl } from '../internal/conformance';
import { plainLanguageCriterion } from '../i18n/plainLanguageConformance';

export const conformance = defineConformance({
  component: 'AccessibilityStatement',
  reviewed: '2026-11-27',
  criteria: [
    {
      id: '1.3.1',
      status: 'supports',
      how: 'Headings in order, lists for items, a description list for contacts, `<time>` for dates.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'AccessibilityStatement.test.tsx > renders the EU model structure in Finnish with a sensible heading hierarchy' },
        { kind: 'axe', ref: 'AccessibilityStatement.test.tsx > renders the EU model structure in Finnish with a sensible heading hierarchy' },
        { kind: 'axe', ref: 'AccessibilityStatement.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen reader: the structure (roles, labels, groups, headings, lists) is read as it is shown' },
      ],
    },
    {
      id: '2.4.4',
      status: 'supports',
      how: 'Links show their address or email.',
      verifiedBy: [
        { kind: 'axe', ref: 'AccessibilityStatement.test.tsx > renders the EU model structure in Finnish with a sensible heading hierarchy' },
        { kind: 'axe', ref: 'AccessibilityStatement.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen reader links list: each link says where it goes (with its context)' },
      ],
    },
    {
      id: '2.4.6',
      status: 'supports',
      how: 'Each section of the model statement has a heading; `headingLevel` fits the page.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'AccessibilityStatement.test.tsx > renders the EU model structure in Finnish with a sensible heading hierarchy' },
        { kind: 'unit-test', ref: 'AccessibilityStatement.test.tsx > renders in Swedish and English, and starts from headingLevel' },
        { kind: 'manual', ref: 'Headings and labels describe their topic in fi, sv and en' },
      ],
    },
    {
      id: '3.1.2',
      status: 'supports',
      how: "Texts follow the provider's locale; set `lang` on parts in another language yourself.",
      verifiedBy: [
        { kind: 'unit-test', ref: 'AccessibilityStatement.test.tsx > renders in Swedish and English, and starts from headingLevel' },
        { kind: 'axe', ref: 'AccessibilityStatement.test.tsx > renders the EU model structure in Finnish with a sensible heading hierarchy' },
        { kind: 'axe', ref: 'AccessibilityStatement.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen reader switches voice for parts in another language' },
      ],
    },
    plainLanguageCriterion("The statement's introduction, status, method, feedback and enforcement texts"),
  ],
  assistiveTech: [...screenReaders, ...displaySettings, ...voiceControl],
  knownIssues: [],
});
