// Transcript checks: a scenario is a page and a sequence of keys, each with the phrases a resident must hear
// (and must not hear, or hear only once). A failed sequence is run once more from the start; passing then,
// it is reported as flaky. A failure names the scenario, the key and the missing phrase.
import type { ScreenReader, Timing, Utterance } from './screen-reader.ts';

export type Phrase = string | RegExp;

export interface Step {
  /** An xdotool key name (`Tab`, `shift+Tab`, `Return`, `space`, `Escape`, `Down`), or… */
  key?: string;
  /** …text to type, or… */
  type?: string;
  /** …nothing: just listen (e.g. for a timed announcement). */
  listen?: true;
  /** Phrases that must be heard after this key (case-insensitive; a string matches anywhere). */
  hear?: Phrase[];
  /** Phrases that must not be heard after this key. */
  notHear?: Phrase[];
  /** Phrases that must be heard exactly once after this key (e.g. a dialog's message). */
  once?: Phrase[];
  /** After the key, the focused element (see ScreenReader.focused) must match… */
  focus?: Phrase;
  /** …or must not match. */
  notFocus?: Phrase;
  timing?: Partial<Timing>;
}

export interface Scenario {
  /** Shown in messages, e.g. a Storybook story id. */
  name: string;
  url: string;
  /** Selector that exists once the page is ready. */
  ready?: string;
  /** Start the keyboard at the top of the page (default true; see OpenOptions.fromTop). */
  fromTop?: boolean;
  steps: Step[];
}

export interface StepResult {
  key: string;
  heard: string[];
  phrases: number;
}

export interface ScenarioResult {
  name: string;
  steps: StepResult[];
  attempts: number;
  /** Failed on the first run, passed on the second. */
  flaky: boolean;
  /** The first run's failure, when flaky. */
  firstFailure?: string;
}

/** Orca's mode announcements depend on what the page load left behind: never asserted. */
const modeLine = /^(browse|focus) mode\.?$/i;

const describe = (p: Phrase) => (typeof p === 'string' ? `"${p}"` : String(p));

function count(text: string, phrase: Phrase): number {
  if (typeof phrase === 'string') {
    const hay = text.toLowerCase();
    const needle = phrase.toLowerCase();
    let n = 0;
    for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + needle.length)) n += 1;
    return n;
  }
  const flags = phrase.flags.includes('g') ? phrase.flags : `${phrase.flags}g`;
  return (text.match(new RegExp(phrase.source, flags)) ?? []).length;
}

export class TranscriptError extends Error {
  readonly scenario: string;
  readonly key: string;
  constructor(scenario: string, key: string, message: string) {
    super(message);
    this.name = 'TranscriptError';
    this.scenario = scenario;
    this.key = key;
  }
}

const keyLabel = (step: Step, index: number) =>
  `key ${index + 1} ${step.key ? `"${step.key}"` : step.type ? `typing "${step.type}"` : '(listening)'}`;

/** Runs the steps once; throws a TranscriptError at the first step whose transcript does not match. */
export async function runOnce(sr: ScreenReader, scenario: Scenario): Promise<StepResult[]> {
  await sr.open(scenario.url, { ready: scenario.ready, fromTop: scenario.fromTop });
  const results: StepResult[] = [];
  for (const [index, step] of scenario.steps.entries()) {
    let heard: Utterance[];
    if (step.key) heard = await sr.press(step.key, step.timing);
    else if (step.type) heard = await sr.type(step.type, step.timing);
    else heard = await sr.listen(step.timing);
    const lines = heard.map((u) => u.text).filter((t) => !modeLine.test(t));
    const text = lines.join(' / ');
    const label = keyLabel(step, index);
    const where = `${scenario.name}, ${label}`;
    const said = `heard: ${text ? `"${text}"` : '(nothing)'}`;
    for (const phrase of step.hear ?? []) {
      if (!count(text, phrase)) throw new TranscriptError(scenario.name, label, `${where}: missing phrase ${describe(phrase)}; ${said}`);
    }
    for (const phrase of step.notHear ?? []) {
      if (count(text, phrase)) throw new TranscriptError(scenario.name, label, `${where}: must not hear ${describe(phrase)}; ${said}`);
    }
    for (const phrase of step.once ?? []) {
      const n = count(text, phrase);
      if (n !== 1) throw new TranscriptError(scenario.name, label, `${where}: ${describe(phrase)} heard ${n} times, want once; ${said}`);
    }
    if (step.focus) {
      const focused = await sr.focused();
      if (!count(focused, step.focus)) throw new TranscriptError(scenario.name, label, `${where}: focus should be on ${describe(step.focus)}, is on ${focused || '(nothing)'}; ${said}`);
    }
    if (step.notFocus) {
      const focused = await sr.focused();
      if (count(focused, step.notFocus)) throw new TranscriptError(scenario.name, label, `${where}: focus must not be on ${describe(step.notFocus)}, is on ${focused}; ${said}`);
    }
    const inserted = await sr.insertedLiveRegions();
    if (inserted.length) {
      throw new TranscriptError(
        scenario.name,
        label,
        `${where}: live region inserted together with its text ${inserted.map((t) => `"${t}"`).join(', ')}: the phrase is not reliably heard (NVDA, VoiceOver); render the region empty first, then set its text`,
      );
    }
    results.push({ key: step.key ?? step.type ?? '(listen)', heard: lines, phrases: (step.hear?.length ?? 0) + (step.notHear?.length ?? 0) + (step.once?.length ?? 0) + (step.focus ? 1 : 0) + (step.notFocus ? 1 : 0) });
  }
  return results;
}

/** Runs a scenario; on failure runs it once more and reports it as flaky if the second run passes. */
export async function runScenario(sr: ScreenReader, scenario: Scenario): Promise<ScenarioResult> {
  try {
    return { name: scenario.name, steps: await runOnce(sr, scenario), attempts: 1, flaky: false };
  } catch (caught) {
    // A page that did not load in time (a busy machine) is retried like a transcript that did not match.
    const first = caught instanceof TranscriptError ? caught : new TranscriptError(scenario.name, 'loading', `${scenario.name}: ${caught instanceof Error ? caught.message.split('\n')[0] : String(caught)}`);
    try {
      return { name: scenario.name, steps: await runOnce(sr, scenario), attempts: 2, flaky: true, firstFailure: first.message };
    } catch (second) {
      if (second instanceof TranscriptError && second.message !== first.message) second.message += `\n  (first run: ${first.message})`;
      throw second;
    }
  }
}
