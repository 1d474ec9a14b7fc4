import { defineConformance, displaySettings, orcaInCi, screenReaders, voiceControl } from '../internal/conformance';
import { plainLanguageCriterion } from '../i18n/plainLanguageConformance';

export const conformance = defineConformance({
  component: 'ReadingPreferences',
  reviewed: '2026-11-27',
  criteria: [
    {
      id: '1.3.1',
      status: 'supports',
      how: 'Each question is a `fieldset` with `legend`; every radio and checkbox has a `label`.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'ReadingPreferences.test.tsx > shows the current choices with native radios and checkboxes, labelled in Finnish' },
        { kind: 'axe', ref: 'ReadingPreferences.test.tsx > shows the current choices with native radios and checkboxes, labelled in Finnish' },
        { kind: 'axe', ref: 'ReadingPreferences.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen reader: the structure (roles, labels, groups, headings, lists) is read as it is shown' },
      ],
    },
    {
      id: '1.4.3',
      status: 'supports',
      how: 'Themes are tested pair by pair: AA in light and dark, text 7:1 and boundaries 4.5:1 in high contrast.',
      verifiedBy: [
        { kind: 'axe', ref: 'ReadingPreferences.stories.tsx > *' },
        { kind: 'unit-test', ref: "packages/tokens/test/contrast.test.ts > meets the theme's contrast minimum for every declared pair" },
        { kind: 'browser-check', ref: 'stories:themes > axe in dark and high contrast' },
        { kind: 'manual', ref: 'Text contrast in states the stories do not show (hover, visited) and in your own colours' },
      ],
    },
    {
      id: '1.4.4',
      status: 'supports',
      how: 'Text sizes up to 200 % scale every rem-based size.',
      verifiedBy: [
        { kind: 'manual', ref: 'Browser text size 200 %: no text cut off or overlapping' },
      ],
    },
    {
      id: '1.4.6',
      status: 'supports',
      how: 'Themes are tested pair by pair: AA in light and dark, text 7:1 and boundaries 4.5:1 in high contrast.',
      verifiedBy: [
        { kind: 'manual', ref: 'Text contrast 7:1 in the high-contrast theme, also in states the stories do not show' },
      ],
    },
    {
      id: '1.4.8',
      status: 'supports',
      how: 'Colour, spacing and size choices for the reader.',
      verifiedBy: [
        { kind: 'manual', ref: 'Line length, line spacing and text resizing work for reading; no text needs sideways scrolling' },
      ],
    },
    {
      id: '1.4.11',
      status: 'supports',
      how: 'Themes are tested pair by pair: AA in light and dark, text 7:1 and boundaries 4.5:1 in high contrast.',
      verifiedBy: [
        { kind: 'unit-test', ref: "packages/tokens/test/contrast.test.ts > meets the theme's contrast minimum for every declared pair" },
        { kind: 'manual', ref: 'Boundaries, states and focus visible in Windows high contrast (forced colours)' },
      ],
    },
    {
      id: '1.4.12',
      status: 'supports',
      how: 'The spacing option applies exactly the 1.4.12 values; the visual checks verify no text is clipped with them.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > text-spacing' },
        { kind: 'manual', ref: 'Text-spacing override (bookmarklet): no text cut off or overlapping' },
      ],
    },
    {
      id: '2.3.3',
      status: 'supports',
      how: 'Reduced motion on request, and always when the system asks.',
      verifiedBy: [
        { kind: 'manual', ref: 'With "reduce motion" set in the operating system, nothing moves' },
      ],
    },
    {
      id: '2.4.7',
      status: 'supports',
      how: 'Two-colour focus ring on every radio, checkbox and the button.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > focus-visible' },
        { kind: 'manual', ref: 'The focus ring is visible on every focusable part in every theme and in forced colours' },
      ],
    },
    {
      id: '2.5.8',
      status: 'supports',
      how: '24 px controls in rows of at least 44 px; the labels are part of the target.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > target-size' },
        { kind: 'manual', ref: 'On a phone: every target is at least 24 × 24 px or spaced apart' },
      ],
    },
    {
      id: '3.2.2',
      status: 'supports',
      how: 'A choice changes the presentation only; focus stays where it is.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'ReadingPreferences.test.tsx > applies a choice at once to <html> and saves it under the versioned key' },
        { kind: 'manual', ref: 'Changing a value does not change the context without warning' },
      ],
    },
    {
      id: '4.1.3',
      status: 'supports',
      how: '"Default settings restored" is announced through the page\'s polite live region.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'ReadingPreferences.test.tsx > restores the defaults and says so through the live region' },
        { kind: 'manual', ref: 'Screen readers read the status message without moving focus' },
      ],
    },
    plainLanguageCriterion("The panel's intro, hints and two option labels"),
  ],
  assistiveTech: [
    orcaInCi(
      'components-readingpreferences--english: Tab, Tab',
      '“region Reading preferences. Text size panel. Normal (100%) selected radio button” “Colours panel. Light. selected radio button”',
    ),
    ...screenReaders,
    ...displaySettings,
    ...voiceControl,
  ],
  knownIssues: [],
});
