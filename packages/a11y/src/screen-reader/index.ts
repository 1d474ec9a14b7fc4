// @aukio/a11y/screen-reader: a real screen reader (GNOME Orca) in tests. Starts a private X display, D-Bus,
// AT-SPI and Orca with a speech back end that writes to a file, opens pages in a real Chromium window,
// presses real keys and returns, per key, what Orca said. Linux only; see screenReaderUnavailable().
export { defaultTiming, screenReaderUnavailable, startScreenReader } from './screen-reader.ts';
export type { OpenOptions, ScreenReader, ScreenReaderOptions, Timing, Utterance } from './screen-reader.ts';
export { runOnce, runScenario, TranscriptError } from './transcript.ts';
export type { Phrase, Scenario, ScenarioResult, Step, StepResult } from './transcript.ts';
export { ensureScreenReader, screenReaderPackages } from './install.ts';
