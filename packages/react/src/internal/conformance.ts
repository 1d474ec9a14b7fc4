// The conformance record of a component: which WCAG 2.2 success criteria apply to it, how it meets each and
// how that was verified, which assistive technologies it is to be tested with, and its known issues. One
// record per component folder (`<Name>/<Name>.conformance.ts`); its docs page renders it (ConformanceTable),
// `scripts/check-conventions.mjs` checks it, and `scripts/conformance-json.mjs` collects every record into
// docs/conformance.json for the accessibility statement (`aukio-a11y statement --conformance`).
//
// Criterion names and levels are not repeated here: they come from the one table of WCAG 2.2 criteria,
// `successCriteria` in @aukio/a11y/wcag. The conventions check fails on a number that is not in it.
// Only people change a record: review it against the component, its tests and its docs page, and set
// `reviewed`. Assistive technologies are `expected` until someone has tested with them (then `tested` + date).

/** A WCAG success criterion number, e.g. `'1.4.3'`. */
export type CriterionId = `${1 | 2 | 3 | 4}.${number}.${number}`;

/** The conformance terms of the VPAT / EN 301 549 reports. */
export type ConformanceStatus = 'supports' | 'partially-supports' | 'does-not-support' | 'not-applicable';

/**
 * The browser checks outside axe. `test:audit > <check>` is a check of `npm run test:audit` (the
 * `aukio-a11y audit` of the built Storybook, with the checks of @aukio/a11y/checks over every story);
 * `stories:themes` is the story-test project of vite.config.ts that runs axe over every story in dark and in
 * high contrast.
 */
export type BrowserCheck =
  | 'test:audit > reflow'
  | 'test:audit > text-spacing'
  | 'test:audit > focus-visible'
  | 'test:audit > target-size'
  | 'test:audit > keyboard-trap'
  | 'stories:themes > axe in dark and high contrast';

/**
 * How a criterion was verified.
 * - `unit-test`: `'<Name>.test.tsx > <test name>'`, a test in the component's jsdom tests.
 * - `story-test`: `'<Name>.stories.tsx > <ExportName>'`, a story whose play function checks the behaviour.
 * - `app-test`: `'examples/<app>/test/<file> > <test name>'`, a test of an example app in real Chromium (a
 *   whole service: server, pages, a controlled clock).
 * - `axe`: `'<Name>.test.tsx > <test name>'` (jest-axe) or `'<Name>.stories.tsx > *'` (axe over every story
 *   in Chromium), or a repository path for a shared test (`'packages/tokens/test/contrast.test.ts > <name>'`).
 * - `browser-check`: one of the `BrowserCheck` runs.
 * - `manual`: what a person must check. Nobody has checked it yet unless the record says so with a date.
 * The conventions check fails when an automated reference names no existing test or story.
 */
export type Verification =
  | { kind: 'unit-test' | 'story-test' | 'app-test' | 'axe'; ref: string }
  | { kind: 'browser-check'; ref: BrowserCheck }
  | { kind: 'manual'; ref: string };

export interface CriterionRecord {
  id: CriterionId;
  status: ConformanceStatus;
  /** How the component meets the criterion (or what is missing). */
  how: string;
  verifiedBy: Verification[];
}

export interface AssistiveTechRecord {
  /** Screen reader, voice control, magnifier or browser setting, e.g. `'NVDA'`, `'Browser zoom 400 %'`. */
  name: string;
  browser: string;
  platform: string;
  /** `expected`: to be tested with; `tested`: tested on `date`. */
  status: 'expected' | 'tested';
  date?: string;
  /** For a screen reader run by `npm run test:sr`: the stories and keys its transcript tests press. */
  tested?: string;
  /** A short excerpt of what the screen reader said, quoted as heard. */
  heard?: string;
}

export interface KnownIssue {
  description: string;
  criteria: CriterionId[];
  workaround?: string;
}

export interface ConformanceRecord {
  /** The component's folder and export name. */
  component: string;
  /** When a person last reviewed this record (YYYY-MM-DD). */
  reviewed: string;
  criteria: CriterionRecord[];
  assistiveTech: AssistiveTechRecord[];
  knownIssues: KnownIssue[];
}

/** Identity: gives a record its type where it is written. */
export function defineConformance(record: ConformanceRecord): ConformanceRecord {
  return record;
}

/**
 * GNOME Orca with Chromium as `npm run test:sr` runs them (scripts/sr/*.sr.ts, @aukio/a11y/screen-reader):
 * a real screen reader in a real browser window, keys pressed as a person presses them. The versions and the
 * date are those of the run the excerpts were copied from. It is not a substitute for NVDA, JAWS,
 * VoiceOver or TalkBack, which are still to be tested (`screenReaders`).
 */
export function orcaInCi(tested: string, heard: string): AssistiveTechRecord {
  return { name: 'Orca 43.1', browser: 'Chromium 156', platform: 'Linux (Debian 12), npm run test:sr', status: 'tested', date: '2026-12-07', tested, heard };
}

/** The set every component is to be tested with; nobody has tested them yet. */
export const screenReaders: AssistiveTechRecord[] = [
  { name: 'NVDA', browser: 'Firefox', platform: 'Windows', status: 'expected' },
  { name: 'NVDA', browser: 'Chrome', platform: 'Windows', status: 'expected' },
  { name: 'JAWS', browser: 'Chrome', platform: 'Windows', status: 'expected' },
  { name: 'VoiceOver', browser: 'Safari', platform: 'macOS', status: 'expected' },
  { name: 'VoiceOver', browser: 'Safari', platform: 'iOS', status: 'expected' },
  { name: 'TalkBack', browser: 'Chrome', platform: 'Android', status: 'expected' },
];

/** Visual settings every component is to be tested with. */
export const displaySettings: AssistiveTechRecord[] = [
  { name: 'Windows high contrast (forced colours)', browser: 'Edge', platform: 'Windows', status: 'expected' },
  { name: 'Browser zoom 400 %', browser: 'Chrome', platform: 'Windows', status: 'expected' },
];

/** Voice control, for components people operate (controls, fields, links). */
export const voiceControl: AssistiveTechRecord[] = [
  { name: 'Dragon NaturallySpeaking', browser: 'Chrome', platform: 'Windows', status: 'expected' },
  { name: 'Voice Control', browser: 'Safari', platform: 'iOS', status: 'expected' },
];
