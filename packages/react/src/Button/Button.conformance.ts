import { defineConformance, displaySettings, orcaInCi, screenReaders, voiceControl } from '../internal/conformance';

export const conformance = defineConformance({
  component: 'Button',
  reviewed: '2026-11-27',
  criteria: [
    {
      id: '1.4.1',
      status: 'supports',
      how: 'Variants differ by fill, border and underline, not colour alone.',
      verifiedBy: [
        { kind: 'manual', ref: 'Every state is also told by text, shape or a boundary (greyscale view)' },
      ],
    },
    {
      id: '1.4.3',
      status: 'supports',
      how: 'Text 4.5:1 on every fill; borders and fills 3:1 against the page (token contrast test).',
      verifiedBy: [
        { kind: 'axe', ref: 'Button.stories.tsx > *' },
        { kind: 'unit-test', ref: "packages/tokens/test/contrast.test.ts > meets the theme's contrast minimum for every declared pair" },
        { kind: 'browser-check', ref: 'stories:themes > axe in dark and high contrast' },
        { kind: 'manual', ref: 'Text contrast in states the stories do not show (hover, visited) and in your own colours' },
      ],
    },
    {
      id: '1.4.11',
      status: 'supports',
      how: 'Text 4.5:1 on every fill; borders and fills 3:1 against the page (token contrast test).',
      verifiedBy: [
        { kind: 'unit-test', ref: "packages/tokens/test/contrast.test.ts > meets the theme's contrast minimum for every declared pair" },
        { kind: 'manual', ref: 'Boundaries, states and focus visible in Windows high contrast (forced colours)' },
      ],
    },
    {
      id: '2.1.1',
      status: 'supports',
      how: 'Native `<button>`.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Button.test.tsx > is a button named by its text, activated by click, Enter and Space' },
        { kind: 'story-test', ref: 'Button.stories.tsx > Primary' },
        { kind: 'manual', ref: 'Every function works with the keyboard alone, and in screen reader browse mode' },
      ],
    },
    {
      id: '2.4.7',
      status: 'supports',
      how: 'Two-colour 3 px focus ring with an offset, visible on any background and in forced colours.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > focus-visible' },
        { kind: 'manual', ref: 'The focus ring is visible on every focusable part in every theme and in forced colours' },
      ],
    },
    {
      id: '2.4.11',
      status: 'supports',
      how: 'Nothing in the component covers the focused element; whether focus stays visible depends on the page (sticky headers, banners, overlays).',
      verifiedBy: [
        { kind: 'manual', ref: 'Focus is not hidden by sticky headers or overlays, also at 400 % zoom' },
      ],
    },
    {
      id: '2.4.13',
      status: 'supports',
      how: 'Two-colour 3 px focus ring with an offset, visible on any background and in forced colours.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > focus-visible' },
        { kind: 'manual', ref: 'Focus indicator: at least 2 px thick, 3:1 against the unfocused state' },
      ],
    },
    {
      id: '2.5.3',
      status: 'supports',
      how: 'The name is the visible text.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Button.test.tsx > is a button named by its text, activated by click, Enter and Space' },
        { kind: 'manual', ref: 'Voice control: saying the visible label activates the control' },
      ],
    },
    {
      id: '2.5.8',
      status: 'supports',
      how: '44 px by default, 32 px for `small`, never under 24 px.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > target-size' },
        { kind: 'manual', ref: 'On a phone: every target is at least 24 × 24 px or spaced apart' },
      ],
    },
    {
      id: '4.1.2',
      status: 'supports',
      how: 'Native role; icon-only buttons require a name by type; `aria-disabled` while loading.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Button.test.tsx > is a button named by its text, activated by click, Enter and Space' },
        { kind: 'unit-test', ref: 'Button.test.tsx > while loading keeps focus, ignores activation and announces the busy state' },
        { kind: 'unit-test', ref: 'Button.test.tsx > names an icon-only button with aria-label and hides the icon' },
        { kind: 'axe', ref: 'Button.test.tsx > has no axe violations in each variant, size and state' },
        { kind: 'axe', ref: 'Button.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen readers read the name, role and state, and announce state changes' },
      ],
    },
    {
      id: '4.1.3',
      status: 'supports',
      how: "The loading state is announced through the page's polite live region.",
      verifiedBy: [
        { kind: 'unit-test', ref: 'Button.test.tsx > while loading keeps focus, ignores activation and announces the busy state' },
        { kind: 'manual', ref: 'Screen readers read the status message without moving focus' },
      ],
    },
  ],
  assistiveTech: [
    orcaInCi(
      'components-button--secondary, --swedish: Tab',
      '“Tallenna luonnos push button.” Loading: “Skicka ansökan push button grayed.”',
    ),
    ...screenReaders,
    ...displaySettings,
    ...voiceControl,
  ],
  knownIssues: [],
});
