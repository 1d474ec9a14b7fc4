import { defineConformance, displaySettings, orcaInCi, screenReaders, voiceControl } from '../internal/conformance';

export const conformance = defineConformance({
  component: 'Toast',
  reviewed: '2026-11-27',
  criteria: [
    {
      id: '1.4.1',
      status: 'supports',
      how: 'Type in a word and an icon shape; border styles differ in forced colours.',
      verifiedBy: [
        { kind: 'manual', ref: 'Every state is also told by text, shape or a boundary (greyscale view)' },
      ],
    },
    {
      id: '2.1.1',
      status: 'supports',
      how: 'F8 reaches the toasts, Escape returns, close buttons are native buttons.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Toast.test.tsx > pauses while focus is inside (F8) and Escape returns focus' },
        { kind: 'unit-test', ref: 'Toast.test.tsx > closes with Enter on the close button; focus goes to the next toast, then back to the page' },
        { kind: 'story-test', ref: 'Toast.stories.tsx > KeyboardShortcut' },
        { kind: 'manual', ref: 'Every function works with the keyboard alone, and in screen reader browse mode' },
      ],
    },
    {
      id: '2.2.1',
      status: 'partially-supports',
      how: 'Time pauses while hovered or focused; errors never time out; `duration={null}` disables it.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Toast.test.tsx > closes itself after 8 seconds, not before' },
        { kind: 'unit-test', ref: 'Toast.test.tsx > pauses the time while hovered' },
        { kind: 'unit-test', ref: 'Toast.test.tsx > pauses while focus is inside (F8) and Escape returns focus' },
        { kind: 'unit-test', ref: 'Toast.test.tsx > errors never close themselves and are announced assertively' },
        { kind: 'manual', ref: 'Time limits can be turned off, adjusted or extended' },
      ],
    },
    {
      id: '2.3.3',
      status: 'supports',
      how: 'Entry animation off under `prefers-reduced-motion`.',
      verifiedBy: [
        { kind: 'manual', ref: 'With "reduce motion" set in the operating system, nothing moves' },
      ],
    },
    {
      id: '2.4.3',
      status: 'supports',
      how: 'Closing moves focus to the next toast or back to where the user was.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Toast.test.tsx > pauses while focus is inside (F8) and Escape returns focus' },
        { kind: 'unit-test', ref: 'Toast.test.tsx > closes with Enter on the close button; focus goes to the next toast, then back to the page' },
        { kind: 'story-test', ref: 'Toast.stories.tsx > KeyboardShortcut' },
        { kind: 'manual', ref: 'Focus moves in a logical order and returns to a sensible place' },
      ],
    },
    {
      id: '2.5.8',
      status: 'supports',
      how: 'Close buttons are 44 × 44 px.',
      verifiedBy: [
        { kind: 'browser-check', ref: 'test:audit > target-size' },
        { kind: 'manual', ref: 'On a phone: every target is at least 24 × 24 px or spaced apart' },
      ],
    },
    {
      id: '4.1.3',
      status: 'supports',
      how: 'Every toast is announced without moving focus.',
      verifiedBy: [
        { kind: 'unit-test', ref: 'Toast.test.tsx > shows the toast in a labelled region and announces it politely 100 ms later' },
        { kind: 'unit-test', ref: 'Toast.test.tsx > errors never close themselves and are announced assertively' },
        { kind: 'unit-test', ref: 'Toast.test.tsx > queues beyond the maximum and announces a queued toast when it comes on screen' },
        { kind: 'manual', ref: 'Screen readers read the status message without moving focus' },
      ],
    },
  ],
  assistiveTech: [
    orcaInCi(
      'components-toast--english: Tab, Enter',
      '“Save push button.” Enter: “Success. Saved. Your draft is saved.”',
    ),
    ...screenReaders,
    ...displaySettings,
    ...voiceControl,
  ],
  knownIssues: [
    {
      description: 'The time does not pause when the browser tab is hidden.',
      criteria: ['2.2.1'],
      workaround: 'Give messages people must not miss `duration={null}`, or show them as a Notification.',
    },
  ],
});
