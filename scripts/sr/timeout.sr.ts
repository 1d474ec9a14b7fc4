// SessionTimeoutWarning: the warning is spoken once when it opens, and the time left after that no more than
// four times a minute. The story's clock runs six times faster than real time (a clock minute is 10 s), so a
// minute of countdown costs 10 s of the stage, not 60; the steps are counted against that clock.
import { describe, test } from 'vitest';
import { hear, unavailable } from './harness.ts';

/**
 * Five or more announcements in one step: the time left ("kirjataan ulos …") or that it ran out ("kirjattiin
 * ulos"). The title read when focus moves at the end ("Sinut on kirjattu ulos") is not an announcement.
 */
const fiveTimes = /(kirja(?:taan|ttiin) ulos[\s\S]*){5}/i;

describe.skipIf(unavailable)('time limits', () => {
  test('SessionTimeoutWarning: opening is spoken once, then at most four announcements a minute', async () => {
    await hear('components-sessiontimeoutwarning--fast-clock', [
      { key: 'Tab', hear: ['Kokeile: 2 minuuttia jäljellä', 'push button'] },
      // The button brings the expiry two minutes near: the warning opens at once, focus on Continue.
      {
        key: 'Return',
        // As with AlertDialog, Orca names the dialog and then the alert (the title twice); the message once.
        once: ['alert', 'Sinut kirjataan ulos 2 minuutin kuluttua'],
        hear: ['Haluatko jatkaa?', 'Jatka push button'],
        focus: 'Jatka',
      },
      // The next clock minute (10 s): at most four announcements ("1 minuutin" at one minute left), never every
      // second, and the dialog is not read again. What is heard is not required here: in 2 of 5 runs on
      // 2026-12-07 Orca said nothing at all in this minute on the first attempt, although the page's region got
      // the text (not yet explained; recorded as a known issue). The next step requires the countdown heard.
      { listen: true, notHear: [fiveTimes, 'Haluatko jatkaa?'], timing: { minMs: 10_000, maxMs: 11_000 } },
      // The last clock minute: 45, 30 and 15 seconds, then that the time ran out: four, never every second.
      { listen: true, hear: ['15 sekunnin kuluttua'], notHear: [fiveTimes], timing: { minMs: 10_000, maxMs: 11_000 } },
    ]);
  });
});
