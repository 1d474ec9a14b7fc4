import { defineConformance, displaySettings, orcaInCi, screenReaders, voiceControl } from '../internal/conformance';

export const conformance = defineConformance({
  component: 'Dialog',
  reviewed: '2026-11-27',
  criteria: [
    {
      id: '1.3.1',
      status: 'supports',
      how: 'Native `<dialog>`; the title is a heading and the name; the description is `aria-describedby`.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Dialog.test.tsx > opens from its trigger, named by the title and described by the description' },
        { kind: 'unit-test', ref: 'Dialog.test.tsx > renders the title at the given heading level' },
        { kind: 'axe', ref: 'Dialog.test.tsx > has no axe violations closed and open' },
        { kind: 'axe', ref: 'Dialog.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen reader: the structure (roles, labels, groups, headings, lists) is read as it is shown' },
      ],
    },
    {
      id: '1.4.10',
      status: 'supports',
      how: 'Full width and full height under 30rem, the dialog scrolls; nothing is cut off at 320 px or 200% text.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > reflow' },
        { kind: 'manual', ref: 'Browser zoom 400 % at 1280 px: no sideways scrolling, nothing lost' },
      ],
    },
    {
      id: '2.1.1',
      status: 'supports',
      how: 'Everything works with the keyboard; Escape and the close button always leave.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Dialog.test.tsx > Tab moves to the next focusable element and wraps from the last to the first' },
        { kind: 'unit-test', ref: 'Dialog.test.tsx > Shift+Tab moves to the previous focusable element and wraps from the first to the last' },
        { kind: 'unit-test', ref: 'Dialog.test.tsx > Escape closes, calls onOpenChange(false) once and returns focus to the trigger' },
        { kind: 'unit-test', ref: 'Dialog.test.tsx > the translated close button and Dialog.Close close it' },
        { kind: 'story-test', ref: 'Dialog.stories.tsx > KeyboardCycle' },
        { kind: 'manual', ref: 'Every function works with the keyboard alone, and in screen reader browse mode' },
      ],
    },
    {
      id: '2.1.2',
      status: 'supports',
      how: 'Everything works with the keyboard; Escape and the close button always leave.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Dialog.test.tsx > Escape closes, calls onOpenChange(false) once and returns focus to the trigger' },
        { kind: 'unit-test', ref: 'Dialog.test.tsx > the translated close button and Dialog.Close close it' },
        { kind: 'unit-test', ref: 'Dialog.test.tsx > with nothing focusable in the content focuses the title, and Escape still closes' },
        { kind: 'story-test', ref: 'Dialog.stories.tsx > KeyboardCycle' },
        { kind: 'browser-check', ref: 'test:audit > keyboard-trap' },
        { kind: 'manual', ref: 'Tab and Shift+Tab always lead out of the component' },
      ],
    },
    {
      id: '2.4.3',
      status: 'partially-supports',
      how: 'Focus moves in on open, cycles inside, and returns to the trigger on close; the page behind is inert.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Dialog.test.tsx > on open moves focus to the first focusable element of the content' },
        { kind: 'unit-test', ref: 'Dialog.test.tsx > Tab moves to the next focusable element and wraps from the last to the first' },
        { kind: 'unit-test', ref: 'Dialog.test.tsx > Escape closes, calls onOpenChange(false) once and returns focus to the trigger' },
        { kind: 'unit-test', ref: 'Dialog.test.tsx > is controlled with open and onOpenChange; initialFocus and returnFocus choose where focus goes' },
        { kind: 'story-test', ref: 'Dialog.stories.tsx > KeyboardCycle' },
        { kind: 'manual', ref: 'Focus moves in a logical order and returns to a sensible place' },
      ],
    },
    {
      id: '2.4.7',
      status: 'supports',
      how: 'Focus rings on every control; the modal sits in the top layer so nothing covers it.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > focus-visible' },
        { kind: 'manual', ref: 'The focus ring is visible on every focusable part in every theme and in forced colours' },
      ],
    },
    {
      id: '2.4.11',
      status: 'supports',
      how: 'Focus rings on every control; the modal sits in the top layer so nothing covers it.',
      verifiedBy: [
        { kind: 'manual', ref: 'Focus is not hidden by sticky headers or overlays, also at 400 % zoom' },
      ],
    },
    {
      id: '2.5.8',
      status: 'supports',
      how: 'Close button 44×44 px.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > target-size' },
        { kind: 'manual', ref: 'On a phone: every target is at least 24 × 24 px or spaced apart' },
      ],
    },
    {
      id: '4.1.2',
      status: 'supports',
      how: '`dialog` role with `aria-modal`, named by its title.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Dialog.test.tsx > opens from its trigger, named by the title and described by the description' },
        { kind: 'axe', ref: 'Dialog.test.tsx > has no axe violations closed and open' },
        { kind: 'axe', ref: 'Dialog.stories.tsx > *' },
        { kind: 'manual', ref: 'Screen readers read the name, role and state, and announce state changes' },
      ],
    },
  ],
  assistiveTech: [
    orcaInCi(
      'components-dialog--closed: Tab, Enter, Escape',
      '“Muuta osoitetta dialog Muutos tulee voimaan huomenna. Katuosoite (valinnainen) entry.” Escape: “Muuta osoitetta push button.”, focus back on the opener (it was silent until the closed dialog stayed rendered, invisible, for 400 ms while focus returns)',
    ),
    ...screenReaders,
    ...displaySettings,
    ...voiceControl,
  ],
  knownIssues: [
    {
      description: 'In browsers without `showModal()` the page behind the dialog is not made inert for screen reader browse modes.',
      criteria: ['2.4.3'],
    },
    {
      description: 'Safari does not focus a clicked button, so a controlled dialog opened from your own button cannot return focus to it by itself.',
      criteria: ['2.4.3'],
      workaround: 'Use `trigger`, or pass `returnFocus` when you open a controlled dialog.',
    },
  ],
});
